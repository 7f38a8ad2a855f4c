"""Rebuild stored rows into records: whole ``Document`` objects, and event rows of the workbench contract.

Shared by both backends: ``fetch(sql, params)`` runs one ``?``-placeholder query and returns dict rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from marsad.model import ActorRef, Document, Entity, Event, EventDate, Evidence, Location, Mention, Paragraph
from marsad.store.rows import ACTOR

Fetch = Callable[[str, Sequence[Any]], list[dict[str, Any]]]
CHUNK = 500  # ids per IN (...) list


def placeholders(n: int) -> str:
    return ", ".join("?" * n)


def chunks(values: Sequence[Any], size: int = CHUNK) -> list[Sequence[Any]]:
    return [values[i : i + size] for i in range(0, len(values), size)]


def fetch_in(fetch: Fetch, sql: str, values: Sequence[Any]) -> list[dict[str, Any]]:
    """Run ``sql`` (with one ``{ids}`` slot) for ``values`` in chunks; rows of every chunk, in order."""
    rows: list[dict[str, Any]] = []
    for part in chunks(values):
        rows += fetch(sql.format(ids=placeholders(len(part))), list(part))
    return rows


# -- whole documents -------------------------------------------------------------------------


def load_document(fetch: Fetch, doc_id: str) -> Document | None:
    """The stored document ``doc_id`` as it was saved, or ``None``."""
    found = fetch("SELECT * FROM documents WHERE id = ?", [doc_id])
    if not found:
        return None
    row = found[0]
    rid = row["rid"]
    event_rows = fetch("SELECT * FROM events WHERE doc_rid = ? ORDER BY pos", [rid])
    seqs = [e["seq"] for e in event_rows]
    sides = _sides(fetch, seqs)
    spans = _spans(fetch, seqs)
    return Document(
        id=row["id"],
        source=row["source"],
        body=row["body"],
        url=row["url"],
        outlet=row["outlet"],
        lang=row["lang"],
        title=row["title"],
        published=row["published"],
        published_basis=row["published_basis"],
        removed=json.loads(row["removed_json"]),
        paragraphs=[Paragraph(**p) for p in json.loads(row["paragraphs_json"])],
        entities=_entities(fetch, rid),
        events=[_event(e, sides.get(e["seq"], ([], [])), spans.get(e["seq"], [])) for e in event_rows],
        warnings=json.loads(row["warnings_json"]),
    )


def _entities(fetch: Fetch, rid: int) -> list[Entity]:
    return build_entities(
        fetch("SELECT * FROM entities WHERE doc_rid = ? ORDER BY pos", [rid]),
        fetch("SELECT * FROM mentions WHERE doc_rid = ? ORDER BY entity_id, pos", [rid]),
    )


def build_entities(entity_rows: Sequence[Any], mention_rows: Sequence[Any]) -> list[Entity]:
    """Entities with their mentions from stored rows (current schema, or the 0001 schema being converted)."""
    mentions: dict[str, list[Mention]] = {}
    for m in mention_rows:
        mentions.setdefault(m["entity_id"], []).append(
            Mention(m["text"], m["start"], m["end"], m["label"] or "", m["rule"], m["confidence"])
        )
    return [
        Entity(
            id=e["entity_id"],
            name=e["name"],
            type=e["type"],
            mentions=mentions.get(e["entity_id"], []),
            country=e["country"],
            sector=e["sector"],
            role=e["role"],
            kb_id=e["kb_id"],
        )
        for e in entity_rows
    ]


def _sides(fetch: Fetch, seqs: Sequence[int]) -> dict[int, tuple[list[dict[str, Any]], list[dict[str, Any]]]]:
    """seq -> (actor members, recipient members), each member a dict with its ``actor_id``."""
    out: dict[int, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    sql = "SELECT * FROM event_actors WHERE seq IN ({ids}) ORDER BY seq, side, pos"
    for row in fetch_in(fetch, sql, seqs):
        member = {k: row[k] for k in ("entity", "name", "country", "sector", "actor_id")}
        out.setdefault(row["seq"], ([], []))[0 if row["side"] == ACTOR else 1].append(member)
    return out


def _spans(fetch: Fetch, seqs: Sequence[int]) -> dict[int, list[Evidence]]:
    out: dict[int, list[Evidence]] = {}
    for row in fetch_in(fetch, "SELECT * FROM event_spans WHERE seq IN ({ids}) ORDER BY seq, pos", seqs):
        out.setdefault(row["seq"], []).append(Evidence(row["text"], row["start"], row["end"]))
    return out


def _ref(member: dict[str, Any]) -> ActorRef:
    return ActorRef(member["entity"], member["name"], member["country"], member["sector"])


def _event(
    row: dict[str, Any], sides: tuple[list[dict[str, Any]], list[dict[str, Any]]], spans: list[Evidence]
) -> Event:
    location = json.loads(row["location_json"]) if row["location_json"] else None
    return Event(
        id=row["event_id"],
        type=row["type"],
        mode=row["mode"],
        contexts=json.loads(row["contexts_json"]),
        actor=[_ref(m) for m in sides[0]],
        recipient=[_ref(m) for m in sides[1]],
        date=EventDate(row["date"], row["date_text"], row["date_basis"]),
        evidence=Evidence(row["evidence_text"], row["evidence_start"], row["evidence_end"]),
        confidence=row["confidence"],
        rule=row["rule"],
        aux=row["aux"],
        location=Location(**location) if location else None,
        spans=spans,
    )


# -- event rows of the workbench contract ----------------------------------------------------

EVENT_ROW_SQL = (
    "SELECT e.*, d.id AS doc_id, d.title AS doc_title, d.url AS doc_url, d.outlet AS doc_outlet,"
    " d.lang AS doc_lang, d.published AS doc_published"
    " FROM events e JOIN documents d ON d.rid = e.doc_rid WHERE e.seq IN ({ids})"
)


def event_rows(fetch: Fetch, seqs: Sequence[int]) -> list[dict[str, Any]]:
    """Event rows (``marsad.query.workbench`` contract) of the given event keys, in the given order."""
    if not seqs:
        return []
    by_seq = {row["seq"]: row for row in fetch_in(fetch, EVENT_ROW_SQL, seqs)}
    sides = _sides(fetch, seqs)
    spans = _spans(fetch, seqs)
    return [event_row(by_seq[seq], sides.get(seq, ([], [])), spans.get(seq, [])) for seq in seqs if seq in by_seq]


def event_row(
    row: dict[str, Any], sides: tuple[list[dict[str, Any]], list[dict[str, Any]]], spans: list[Evidence]
) -> dict[str, Any]:
    evidence = {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]}
    confidence = row["confidence"]
    cameo = None
    if row["cameo_root"] is not None:
        cameo = {
            "root": row["cameo_root"],
            "code": row["cameo_code"],
            "goldstein": row["goldstein"],
            "quad_class": row["quad_class"],
        }
    return {
        "doc_id": row["doc_id"],
        "event_id": row["event_id"],
        "type": row["type"],
        "mode": row["mode"],
        "contexts": json.loads(row["contexts_json"]),
        "actor": sides[0],
        "recipient": sides[1],
        "date": row["date"],
        "date_text": row["date_text"],
        "date_basis": row["date_basis"],
        "aux": row["aux"],
        "location": json.loads(row["location_json"]) if row["location_json"] else None,
        "evidence": evidence,
        "evidence_spans": [s.as_dict() for s in spans] or [evidence],
        "confidence": round(confidence, 3) if confidence is not None else None,
        "rule": row["rule"],
        "cameo": cameo,
        "lang": row["doc_lang"],
        "title": row["doc_title"],
        "url": row["doc_url"],
        "outlet": row["doc_outlet"],
        "published": row["doc_published"],
    }


def legacy_row(row: dict[str, Any]) -> dict[str, Any]:
    """An event row in the shape ``select_events`` has always returned (``marsad events``)."""
    side_keys = ("entity", "name", "country", "sector")
    keys = (
        "doc_id", "event_id", "type", "mode", "contexts", "date", "date_text", "date_basis", "aux",
        "location", "confidence", "rule", "lang", "title", "url",
    )  # fmt: skip
    out = {k: row[k] for k in keys}
    out["actor"] = [{k: m[k] for k in side_keys} for m in row["actor"]]
    out["recipient"] = [{k: m[k] for k in side_keys} for m in row["recipient"]]
    out["evidence"] = row["evidence"]["text"]
    return out
