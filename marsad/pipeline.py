"""The pipeline: ingest → clean → language → nlp → extract, article by article, failures isolated.

Articles flow in chunks: each chunk is cleaned, its paragraphs' languages identified in one call,
then parsed with one ``nlp.pipe`` stream per language. An article that fails at any stage becomes a
``Failure`` (id, stage, code, message) and the others go on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from marsad import __version__
from marsad.clean import clean_record
from marsad.config import Settings
from marsad.errors import ArticleError, MarsadError, message, warning
from marsad.extract import extract_entities
from marsad.extract.backstop import Backstop
from marsad.extract.events import extract_events
from marsad.extract.resources import Resources
from marsad.language import LanguageIdentifier
from marsad.model import Document, Failure, RawRecord
from marsad.nlp import ModelRegistry, annotate


@dataclass(slots=True)
class Processed:
    """A finished article and the hash of its input (to skip it when a rerun sees it unchanged)."""

    document: Document
    content_hash: str


@dataclass(slots=True)
class Skipped:
    article_id: str
    source: str


Outcome = Processed | Failure | Skipped


class Pipeline:
    """Holds the models (loaded once) and runs batches of records through every stage."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.models = ModelRegistry(settings)
        self.languages = LanguageIdentifier(
            settings.get("language.candidates"), settings.get("language.min_paragraph_chars")
        )
        self._settings_digest = hashlib.sha256(settings.as_json().encode()).hexdigest()
        self._model_names = {lang: self.models.name(lang) for lang in settings.data["languages"]}
        self.resources = Resources([Path(p) for p in settings.get("kb.extra_paths")])
        # the sentence encoder itself loads on the first sentence that needs it
        self.backstop = Backstop() if settings.get("events.backstop") else None

    def content_hash(self, record: RawRecord) -> str:
        """Same input, same Marsad version and same settings give the same hash."""
        payload = [
            record.text,
            record.html,
            record.url,
            record.outlet,
            record.title,
            record.published,
            record.lang,
            __version__,
            self._settings_digest,
        ]
        return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode()).hexdigest()

    def process(
        self, items: Iterable[RawRecord | Failure], *, unchanged: Callable[[str, str], bool] | None = None
    ) -> Iterator[Outcome]:
        """Process records in chunks; ``unchanged(id, hash)`` lets a store skip what it already holds."""
        self.resources.check()
        seen: dict[str, str] = {}
        chunk: list[tuple[Document, str]] = []
        size = self.settings.get("nlp.chunk_articles")
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            renamed = _unique_id(item, seen)
            digest = self.content_hash(item)
            if unchanged is not None and unchanged(item.id, digest):
                yield Skipped(item.id, item.source)
                continue
            cleaned = self._clean(item)
            if isinstance(cleaned, Failure):
                yield cleaned
                continue
            cleaned.warnings[:0] = item_warnings(item) + ([renamed] if renamed else [])
            chunk.append((cleaned, digest))
            if len(chunk) >= size:
                yield from self._analyse(chunk)
                chunk = []
        if chunk:
            yield from self._analyse(chunk)

    def process_one(self, record: RawRecord) -> Document:
        """One article through every stage; raises MarsadError instead of returning a Failure."""
        for outcome in self.process([record]):
            if isinstance(outcome, Failure):
                raise ArticleError("E901", stage=outcome.stage, reason=outcome.message)
            if isinstance(outcome, Processed):
                return outcome.document
        raise ArticleError("E901", stage="pipeline", reason="no result")

    def _clean(self, record: RawRecord) -> Document | Failure:
        try:
            return clean_record(
                record,
                min_body_words=self.settings.get("clean.min_body_words"),
                max_label_words=self.settings.get("clean.max_label_words"),
            )
        except MarsadError as exc:
            return Failure(record.id, record.source, "clean", exc.code, str(exc))
        except Exception as exc:
            return _internal(record.id, record.source, "clean", exc)

    def _analyse(self, chunk: list[tuple[Document, str]]) -> Iterator[Outcome]:
        docs = [doc for doc, _ in chunk]
        hashes = {doc.id: digest for doc, digest in chunk}
        try:
            self.languages.assign(docs)
        except Exception as exc:
            for doc in docs:
                yield _internal(doc.id, doc.source, "language", exc)
            return
        batch = self.settings.get("nlp.batch_size")
        limit = self.settings.get("nlp.max_paragraph_chars")
        for doc, parsed in annotate(docs, self.models, batch_size=batch, max_chars=limit):
            if isinstance(parsed, ArticleError):
                yield Failure(doc.id, doc.source, "nlp", parsed.code, str(parsed))
                continue
            try:
                actors = extract_entities(doc, parsed, self._model_names, self.resources)
                extract_events(
                    doc, parsed, actors, self.resources, tuple(self.settings.get("events.keep_aux")), self.backstop
                )
            except Exception as exc:
                yield Failure(doc.id, doc.source, "extract", "E302", message("E302", reason=exc))
                continue
            yield Processed(doc, hashes[doc.id])


def item_warnings(record: RawRecord) -> list[str]:
    notes = []
    if record.encoding and record.encoding not in ("utf-8", "utf-8-sig"):
        notes.append(warning("W004", encoding=record.encoding))
    return notes


def _unique_id(record: RawRecord, seen: dict[str, str]) -> str | None:
    """Two inputs with one id in a batch (same file stem in two folders) must not overwrite each other."""
    other = seen.get(record.id)
    if other is None or other == record.source:
        seen[record.id] = record.source
        return None
    old, record.id = record.id, f"{record.id}~{hashlib.sha1(record.source.encode()).hexdigest()[:8]}"
    seen[record.id] = record.source
    return warning("W006", old=old, other=other, new=record.id)


def _internal(article_id: str, source: str, stage: str, exc: Exception) -> Failure:
    return Failure(
        article_id, source, stage, "E901", message("E901", stage=stage, reason=f"{type(exc).__name__}: {exc}")
    )
