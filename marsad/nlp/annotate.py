"""Run each language's pipeline over the paragraphs of a chunk of articles, batched with ``nlp.pipe``.

Paragraphs are the unit (entities never cross a line break). A paragraph longer than the configured
limit is split at sentence ends first. A crash in a batch is retried article by article so that only
the article that caused it fails.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from marsad.errors import NlpError, warning
from marsad.model import Document
from marsad.nlp.models import ModelRegistry

if TYPE_CHECKING:
    from spacy.tokens import Doc

_SENTENCE_BREAK = re.compile(r"(?<=[.!?؟。])\s+")


@dataclass(slots=True)
class ParsedParagraph:
    """A piece of the body (``offset`` into ``Document.body``) and its spaCy Doc. Stays inside nlp/extract."""

    offset: int
    lang: str
    doc: Doc


def annotate(
    docs: list[Document], models: ModelRegistry, *, batch_size: int = 64, max_chars: int = 20000
) -> Iterator[tuple[Document, list[ParsedParagraph] | NlpError]]:
    """Yield each article with its parsed paragraphs, or with the NlpError that stopped it."""
    jobs = _jobs(docs, models, max_chars)
    try:
        parsed = _run(jobs, models, batch_size)
    except Exception:
        parsed = {}
        for index in range(len(docs)):
            own = {lang: [j for j in items if j[1] == index] for lang, items in jobs.items()}
            try:
                parsed.update(_run(own, models, batch_size))
            except Exception as exc:
                parsed[index] = NlpError("E301", reason=f"{type(exc).__name__}: {exc}")
    for index, doc in enumerate(docs):
        yield doc, parsed.get(index, [])


def _jobs(docs: list[Document], models: ModelRegistry, max_chars: int) -> dict[str, list[tuple[str, int, int]]]:
    """Per language: (text, article index, body offset) for every paragraph piece of a known language."""
    jobs: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for index, doc in enumerate(docs):
        unsupported: dict[str, int] = defaultdict(int)
        for para in doc.paragraphs:
            lang = para.lang or doc.lang
            if not lang or not models.has_pack(lang):
                unsupported[lang or "unknown"] += 1
                continue
            for start, end in _pieces(doc.body, para.start, para.end, max_chars):
                jobs[lang].append((doc.body[start:end], index, start))
        for lang, count in unsupported.items():
            doc.warnings.append(warning("W002", lang=lang, n=count))
    return jobs


def _pieces(body: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    while end - start > max_chars:
        window = body[start : start + max_chars]
        breaks = [m.end() for m in _SENTENCE_BREAK.finditer(window)]
        cut = start + (breaks[-1] if breaks else max_chars)
        yield start, cut
        start = cut
    if end > start:
        yield start, end


def _run(
    jobs: dict[str, list[tuple[str, int, int]]], models: ModelRegistry, batch_size: int
) -> dict[int, Any]:
    parsed: dict[int, list[ParsedParagraph]] = defaultdict(list)
    for lang, items in jobs.items():
        nlp = models.get(lang)
        stream = ((text, (index, offset)) for text, index, offset in items)
        for spacy_doc, (index, offset) in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
            parsed[index].append(ParsedParagraph(offset, lang, spacy_doc))
    for pieces in parsed.values():
        pieces.sort(key=lambda p: p.offset)
    return parsed
