"""A ``Document`` as the rows of every table, the same for SQLite and PostgreSQL.

Keys are given by the caller: ``rid`` (the document's integer key) and the first event ``seq``, so that
child rows can be written in bulk (``executemany`` / ``COPY``) without asking the database for each id.
Everything derived for the workbench is computed here, once, at write time: actor keys, date bounds,
CAMEO root/code/Goldstein/quad class, the per-event sides and dyads, and the full-text readings.
"""

from __future__ import annotations

import itertools
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from marsad.model import ActorRef, Document, Event
from marsad.normalize import fold
from marsad.store.eventquery import date_bounds

ACTOR, RECIPIENT = 0, 1  # event_actors.side
COUNTRY_LEVEL, ACTOR_LEVEL = 0, 1  # event_dyads.level
UNKNOWN = ""  # event_dyads.source / target of a member without country (or key)
CANONICAL = ""  # actor_names.lang of an entity's canonical name
UNKNOWN_LANG = "und"  # actor_names.lang of names from articles without a language


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def actor_key(kb_id: str | None, name: str | None, country: str | None) -> str | None:
    """The cross-document key of an actor: ``kb:<kb_id>``, else ``name:<folded name>|<country>``.

    ``None`` for a side known only by its country (no name, no entity).
    """
    if kb_id:
        return f"kb:{kb_id}"
    if name and fold(name):
        return f"name:{fold(name)}|{country or ''}"
    return None


def countries_of(side: list[ActorRef]) -> str | None:
    """Sorted, comma-joined known country codes of one side of an event (``"IRQ,RUS"``)."""
    codes = sorted({a.country for a in side if a.country})
    return ",".join(codes) or None


def cameo(ev: Event) -> tuple[str | None, str | None, float | None, str | None]:
    """(root, code, goldstein, quad_class) of an event; all ``None`` for a type or mode CAMEO does not know."""
    from marsad.plover.cameo import cameo_for

    try:
        info = cameo_for(ev.type, ev.mode)
    except (KeyError, ValueError):
        return None, None, None, None
    return info.root, info.code, info.goldstein, info.quad_class


def bounds(date: str | None) -> tuple[str | None, str | None]:
    """First and last day an event date covers; ``None`` for undated or unparseable dates."""
    if not date:
        return None, None
    try:
        return date_bounds(date)
    except ValueError:
        return None, None


@dataclass(slots=True)
class Rows:
    """Rows of one batch of documents, table by table, in the column order of ``COLUMNS``."""

    documents: list[tuple[Any, ...]] = field(default_factory=list)
    entities: list[tuple[Any, ...]] = field(default_factory=list)
    mentions: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    event_spans: list[tuple[Any, ...]] = field(default_factory=list)
    event_contexts: list[tuple[Any, ...]] = field(default_factory=list)
    event_actors: list[tuple[Any, ...]] = field(default_factory=list)
    event_dyads: list[tuple[Any, ...]] = field(default_factory=list)
    doc_actors: list[tuple[Any, ...]] = field(default_factory=list)
    # Upserted, not replaced: the latest write wins. actor_id -> row.
    actors: dict[str, tuple[Any, ...]] = field(default_factory=dict)
    # Added to the stored counts: (actor_id, lang, name) -> times written ("" = canonical name).
    actor_names: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    # rid -> (title readings, body readings), for the full-text index.
    search: list[tuple[int, str | None, str | None]] = field(default_factory=list)


# Column order of every table written from ``Rows`` (the same in both backends' schemas).
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "rid", "id", "source", "url", "outlet", "lang", "title", "published", "published_basis", "body",
        "removed_json", "warnings_json", "paragraphs_json", "content_hash", "run_id", "stored_at",
    ),
    "entities": (
        "doc_rid", "entity_id", "pos", "name", "type", "country", "sector", "role", "kb_id", "actor_id", "published",
    ),
    "mentions": ("doc_rid", "entity_id", "pos", "text", "start", "end", "label", "rule", "confidence"),
    "events": (
        "seq", "doc_rid", "event_id", "pos", "type", "mode", "contexts_json", "actor_countries",
        "recipient_countries", "date", "date_lo", "date_hi", "date_text", "date_basis", "aux", "location_json",
        "evidence_text", "evidence_start", "evidence_end", "confidence", "rule", "cameo_root", "cameo_code",
        "goldstein", "quad_class", "lang", "outlet",
    ),
    "event_spans": ("seq", "pos", "text", "start", "end"),
    "event_contexts": ("seq", "context"),
    "event_actors": (
        "seq", "side", "pos", "entity", "name", "country", "sector", "actor_id", "date_lo", "actor_first",
        "country_first", "country_side_first",
    ),
    "event_dyads": (
        "level", "source", "target", "seq", "type", "date", "date_lo", "date_hi", "quad_class", "goldstein",
    ),
    "doc_actors": ("doc_rid", "actor_id"),
    "actors": ("actor_id", "label", "type", "country", "sector", "kb_id"),
    "actor_names": ("actor_id", "lang", "name", "folded", "n"),
}  # fmt: skip


def check_document(doc: Document) -> None:
    """Refuse a document whose entity or event ids repeat (``ValueError`` naming the document)."""
    for what, ids in (("entity", [e.id for e in doc.entities]), ("event", [e.id for e in doc.events])):
        seen: set[str] = set()
        for item_id in ids:
            if item_id in seen:
                raise ValueError(f"document {doc.id!r} cannot be stored: two {what} records have the id {item_id!r}")
            seen.add(item_id)


def add_document(
    rows: Rows, doc: Document, content_hash: str, run_id: int | None, stored_at: str, rid: int, seqs: Iterator[int]
) -> None:
    """Append the rows of ``doc`` to ``rows``, taking one event key from ``seqs`` per event."""
    check_document(doc)
    paragraphs = [{"start": p.start, "end": p.end, "lang": p.lang} for p in doc.paragraphs]
    rows.documents.append(
        (
            rid, doc.id, doc.source, doc.url, doc.outlet, doc.lang, doc.title, doc.published, doc.published_basis,
            doc.body, dumps(doc.removed), dumps(doc.warnings), dumps(paragraphs), content_hash, run_id, stored_at,
        )
    )  # fmt: skip
    rows.search.append((rid, doc.title, doc.body))
    entity_keys = _add_entities(rows, doc, rid)
    for pos, ev in enumerate(doc.events):
        _add_event(rows, doc, rid, next(seqs), pos, ev, entity_keys)
    rows.doc_actors.extend((rid, key) for key in sorted(_doc_actor_keys(doc, entity_keys)))


def name_counts(doc: Document) -> Counter[tuple[str, str, str]]:
    """What ``doc`` adds to ``actor_names`` counts (subtracted again when it is replaced)."""
    rows = Rows()
    add_document(rows, doc, "", None, "", 0, itertools.count())
    return rows.actor_names


def name_rows(counts: Counter[tuple[str, str, str]]) -> list[tuple[str, str, str, str, int]]:
    """``actor_names`` rows (actor_id, lang, name, folded, n) of some counts, sorted."""
    return [(key, lang, name, fold(name), n) for (key, lang, name), n in sorted(counts.items())]


def _add_entities(rows: Rows, doc: Document, rid: int) -> dict[str, str]:
    keys: dict[str, str] = {}
    for pos, entity in enumerate(doc.entities):
        key = actor_key(entity.kb_id, entity.name, entity.country) or f"entity:{doc.id}/{entity.id}"
        keys[entity.id] = key
        rows.entities.append(
            (rid, entity.id, pos, entity.name, entity.type, entity.country, entity.sector, entity.role,
             entity.kb_id, key, doc.published)
        )  # fmt: skip
        rows.actors[key] = (key, entity.name, entity.type, entity.country, entity.sector, entity.kb_id)
        _add_name(rows, key, CANONICAL, entity.name)
        seen: set[tuple[int, int]] = set()
        for m_pos, mention in enumerate(entity.mentions):
            if (mention.start, mention.end) in seen:  # the same span twice carries no information
                continue
            seen.add((mention.start, mention.end))
            rows.mentions.append(
                (rid, entity.id, m_pos, mention.text, mention.start, mention.end, mention.label, mention.rule,
                 mention.confidence)
            )  # fmt: skip
            _add_name(rows, key, doc.lang or UNKNOWN_LANG, mention.text)
    return keys


def _add_name(rows: Rows, key: str, lang: str, name: str | None) -> None:
    if name and name.strip():
        rows.actor_names[(key, lang, name.strip())] += 1


def side_key(ref: ActorRef, entity_keys: dict[str, str]) -> str | None:
    """The actor key of one side member: its entity's key, else one made from its name and country."""
    if ref.entity and ref.entity in entity_keys:
        return entity_keys[ref.entity]
    return actor_key(None, ref.name, ref.country)


def _add_event(rows: Rows, doc: Document, rid: int, seq: int, pos: int, ev: Event, entity_keys: dict[str, str]) -> None:
    root, code, goldstein, quad = cameo(ev)
    low, high = bounds(ev.date.date)
    rows.events.append(
        (
            seq, rid, ev.id, pos, ev.type, ev.mode, dumps(list(ev.contexts)), countries_of(ev.actor),
            countries_of(ev.recipient), ev.date.date, low, high, ev.date.text, ev.date.basis, ev.aux,
            dumps(ev.location.as_dict()) if ev.location else None, ev.evidence.text, ev.evidence.start,
            ev.evidence.end, ev.confidence, ev.rule, root, code, goldstein, quad, doc.lang, doc.outlet,
        )
    )  # fmt: skip
    rows.event_spans.extend((seq, i, s.text, s.start, s.end) for i, s in enumerate(ev.all_evidence()))
    rows.event_contexts.extend((seq, c) for c in dict.fromkeys(c.lower() for c in ev.contexts))
    sides: list[list[tuple[str | None, str | None]]] = [[], []]
    seen_keys: set[str] = set()
    seen_countries: set[str] = set()
    for side, members in ((ACTOR, ev.actor), (RECIPIENT, ev.recipient)):
        side_countries: set[str] = set()
        for i, ref in enumerate(members):
            key = side_key(ref, entity_keys)
            flags = (
                int(key is not None and key not in seen_keys),
                int(ref.country is not None and ref.country not in seen_countries),
                int(ref.country is not None and ref.country not in side_countries),
            )
            seen_keys.update([key] if key else [])
            seen_countries.update([ref.country] if ref.country else [])
            side_countries.update([ref.country] if ref.country else [])
            rows.event_actors.append((seq, side, i, ref.entity, ref.name, ref.country, ref.sector, key, low, *flags))
            sides[side].append((ref.country, key))
            if key and (not ref.entity or ref.entity not in entity_keys):
                rows.actors.setdefault(key, (key, ref.name, None, ref.country, ref.sector, None))
                _add_name(rows, key, doc.lang or UNKNOWN_LANG, ref.name)
    facts = (ev.type, ev.date.date, low, high, quad, goldstein)
    rows.event_dyads.extend((*pair, seq, *facts) for pair in _dyads(sides[ACTOR], sides[RECIPIENT]))


def _dyads(
    actors: list[tuple[str | None, str | None]], recipients: list[tuple[str | None, str | None]]
) -> Iterable[tuple[int, str, str]]:
    """Distinct (level, source, target) pairs of an event at country level and at actor level.

    An unknown member, or a side with no member, pairs as ``""``, so that an event with one known side is
    found by a filter on that side.
    """
    for level, index in ((COUNTRY_LEVEL, 0), (ACTOR_LEVEL, 1)):
        sources = list(dict.fromkeys(m[index] or UNKNOWN for m in actors)) or [UNKNOWN]
        targets = list(dict.fromkeys(m[index] or UNKNOWN for m in recipients)) or [UNKNOWN]
        for source in sources:
            for target in targets:
                yield level, source, target


def _doc_actor_keys(doc: Document, entity_keys: dict[str, str]) -> set[str]:
    keys = set(entity_keys.values())
    for ev in doc.events:
        for ref in (*ev.actor, *ev.recipient):
            key = side_key(ref, entity_keys)
            if key:
                keys.add(key)
    return keys
