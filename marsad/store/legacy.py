"""Read documents stored by the 0001 schema (renamed ``legacy_*`` by migration 0002) to convert them.

Only SQLite databases made by Marsad 0.2 have these tables; ``SQLiteStore`` rewrites their documents
through the current write path and drops them, in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from typing import Any

from marsad.model import ActorRef, Document, Entity, Event, EventDate, Evidence, Location, Paragraph
from marsad.store.load import build_entities

LEGACY_TABLES = ("legacy_mentions", "legacy_entities", "legacy_events", "legacy_documents")
BATCH = 200

LegacyDocument = tuple[Document, str, tuple[int | None, str]]  # document, content hash, (run id, stored at)


def has_legacy_tables(conn: sqlite3.Connection) -> bool:
    found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'legacy_documents'")
    return found.fetchone() is not None


def drop_legacy_tables(conn: sqlite3.Connection) -> None:
    for table in LEGACY_TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
    cursor = conn.execute(sql, params)
    cursor.row_factory = sqlite3.Row
    return cursor.fetchall()


def iter_legacy_batches(conn: sqlite3.Connection) -> Iterator[list[LegacyDocument]]:
    """Legacy documents in the order they were stored, ``BATCH`` at a time."""
    ids = [row[0] for row in conn.execute("SELECT id FROM legacy_documents ORDER BY rowid")]
    for start in range(0, len(ids), BATCH):
        yield [_load(conn, doc_id) for doc_id in ids[start : start + BATCH]]


def _load(conn: sqlite3.Connection, doc_id: str) -> LegacyDocument:
    row = _rows(conn, "SELECT * FROM legacy_documents WHERE id = ?", (doc_id,))[0]
    doc = Document(
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
        entities=_entities(conn, doc_id),
        events=[_event(r) for r in _rows(conn, "SELECT * FROM legacy_events WHERE doc_id = ? ORDER BY pos", (doc_id,))],
        warnings=json.loads(row["warnings_json"]),
    )
    return doc, row["content_hash"], (row["run_id"], row["stored_at"])


def _entities(conn: sqlite3.Connection, doc_id: str) -> list[Entity]:
    return build_entities(
        _rows(conn, "SELECT * FROM legacy_entities WHERE doc_id = ? ORDER BY pos", (doc_id,)),
        _rows(conn, "SELECT * FROM legacy_mentions WHERE doc_id = ? ORDER BY entity_id, pos", (doc_id,)),
    )


def _event(row: sqlite3.Row) -> Event:
    location = json.loads(row["location_json"]) if row["location_json"] else None
    return Event(
        id=row["event_id"],
        type=row["type"],
        mode=row["mode"],
        contexts=json.loads(row["contexts_json"]),
        actor=[ActorRef(**a) for a in json.loads(row["actor_json"])],
        recipient=[ActorRef(**a) for a in json.loads(row["recipient_json"])],
        date=EventDate(row["date"], row["date_text"], row["date_basis"]),
        evidence=Evidence(row["evidence_text"], row["evidence_start"], row["evidence_end"]),
        confidence=row["confidence"],
        rule=row["rule"],
        aux=row["aux"],
        location=Location(**location) if location else None,
    )
