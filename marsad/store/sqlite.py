"""The embedded SQLite store: the single writer of documents, failures and runs, and its read queries."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from marsad.model import (
    ActorRef,
    Document,
    Entity,
    Event,
    EventDate,
    Evidence,
    Failure,
    Location,
    Mention,
    Paragraph,
)
from marsad.store.errors import StoreError
from marsad.store.migrate import NewerSchemaError, migrate

BUSY_TIMEOUT_MS = 10_000
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class EventFilter:
    """Which events ``select_events`` returns; every field left as ``None`` matches everything.

    ``actor`` / ``recipient``: a country code (``"IRQ"``, any case) or a case-insensitive substring of
    an actor name on that side. ``date_from`` / ``date_to`` are inclusive ``YYYY[-MM[-DD]]`` bounds,
    compared on the precision both sides share, so the event date ``2020-05`` is inside
    ``2020-05-01..2020-05-31`` and undated events never match a date bound.
    """

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise ValueError(f"{name} must look like YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be >= 0, not {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must be >= 0, not {self.offset}")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _casefold(value: object) -> str | None:
    return value.casefold() if isinstance(value, str) else None


def _countries(side: list[ActorRef]) -> str | None:
    """Sorted, comma-joined known country codes of one side of an event (``"IRQ,RUS"``)."""
    codes = sorted({a.country for a in side if a.country})
    return ",".join(codes) or None


class SQLiteStore:
    """Documents, extracted records, failures and runs in one SQLite file (or ``":memory:"``).

    One connection, guarded by a lock; every write runs in its own transaction. Migrations are applied
    when the store is opened.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._conn = self._connect(self.path)
        try:
            migrate(self._conn)
        except NewerSchemaError as exc:
            self._conn.close()
            raise StoreError("E402", path=self.path, names=", ".join(exc.names)) from None
        except sqlite3.Error as exc:
            self._conn.close()
            raise StoreError("E401", path=self.path, reason=str(exc)) from exc

    # -- connection ---------------------------------------------------------------------------

    @staticmethod
    def _connect(path: str) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError("E401", path=path, reason=str(exc)) from exc
        try:
            conn.execute("PRAGMA journal_mode=WAL")  # a no-op ("memory") for ":memory:"
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.create_function("marsad_casefold", 1, _casefold, deterministic=True)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError("E401", path=path, reason=str(exc)) from exc
        return conn

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cursor = self._conn.execute(sql, tuple(params))
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    def close(self) -> None:
        """Close the connection (checkpointing the WAL into the database file)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- runs ---------------------------------------------------------------------------------

    def start_run(self, config: dict[str, Any]) -> int:
        """Record the start of a run with its resolved config; return the run id."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO runs (started_at, config_json) VALUES (?, ?)",
                (_now(), json.dumps(config, ensure_ascii=False, sort_keys=True, default=str)),
            )
            return int(cursor.lastrowid or 0)

    def finish_run(self, run_id: int, n_ok: int, n_failed: int, n_skipped: int) -> None:
        """Record the end of a run and its counts."""
        with self._transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, n_ok = ?, n_failed = ?, n_skipped = ? WHERE id = ?",
                (_now(), n_ok, n_failed, n_skipped, run_id),
            )

    # -- documents: write ---------------------------------------------------------------------

    def stored_hash(self, doc_id: str) -> str | None:
        """Content hash of the stored document ``doc_id``, or ``None`` if it is not stored."""
        rows = self._query("SELECT content_hash FROM documents WHERE id = ?", (doc_id,))
        return rows[0]["content_hash"] if rows else None

    def save_documents(self, docs: list[tuple[Document, str]], run_id: int | None) -> None:
        """Store (document, content hash) pairs in one transaction, replacing stored versions wholly.

        On success, earlier failures recorded for these article ids are removed. Raises
        ``ValueError`` (and stores nothing of the batch) if a document breaks a key, e.g. two
        entities with the same id.
        """
        if not docs:
            return
        stored_at = _now()
        with self._transaction() as conn:
            for doc, content_hash in docs:
                _delete_document(conn, doc.id)
                try:
                    _insert_document(conn, doc, content_hash, run_id, stored_at)
                except sqlite3.IntegrityError as exc:
                    raise ValueError(f"document {doc.id!r} cannot be stored: {exc}") from exc
            conn.executemany("DELETE FROM failures WHERE article_id = ?", [(d.id,) for d, _ in docs])

    # -- failures -----------------------------------------------------------------------------

    def record_failures(self, failures: list[Failure], run_id: int | None) -> None:
        """Store failures; one that repeats (same article, source, stage, code) only updates time/message."""
        if not failures:
            return
        at = _now()
        rows = [(run_id, f.article_id, f.source, f.stage, f.code, f.message, at) for f in failures]
        with self._transaction() as conn:
            conn.executemany(
                "INSERT INTO failures (run_id, article_id, source, stage, code, message, at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id, source, stage, code) DO UPDATE SET"
                " run_id = excluded.run_id, message = excluded.message, at = excluded.at",
                rows,
            )

    def failures(self) -> list[dict[str, Any]]:
        """Every recorded failure, oldest first."""
        rows = self._query("SELECT article_id, source, stage, code, message, at, run_id FROM failures ORDER BY at, id")
        return [dict(row) for row in rows]

    # -- documents: read ----------------------------------------------------------------------

    def iter_documents(self, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Stored documents as ``Document.as_dict()`` records.

        All documents in the order they were (last) stored, or the given ids in the given order
        (unknown ids are skipped).
        """
        if ids is None:
            ids = [row["id"] for row in self._query("SELECT id FROM documents ORDER BY rowid")]
        for doc_id in ids:
            with self._lock:
                doc = _load_document(self._conn, doc_id)
            if doc is not None:
                yield doc.as_dict()

    # -- events -------------------------------------------------------------------------------

    def select_events(self, f: EventFilter) -> list[dict[str, Any]]:
        """Events matching ``f``, ordered by date (undated last), then document and position."""
        where, params = _event_conditions(f)
        sql = (
            "SELECT e.doc_id, e.event_id, e.type, e.mode, e.contexts_json, e.actor_json,"
            " e.recipient_json, e.date, e.date_text, e.date_basis, e.aux, e.location_json,"
            " e.evidence_text, e.confidence, e.rule, d.lang, d.title, d.url"
            " FROM events e JOIN documents d ON d.id = e.doc_id"
            f" WHERE {where}"
            " ORDER BY e.date IS NULL, e.date, e.doc_id, e.pos"
            " LIMIT ? OFFSET ?"
        )
        params += [-1 if f.limit is None else f.limit, f.offset]
        return [_event_row(row) for row in self._query(sql, params)]

    # -- summary ------------------------------------------------------------------------------

    def summary(self, top: int = 10) -> dict[str, Any]:
        """Counts for a quick look at the store: articles, languages, entities, events, dyads, failures."""
        count = self._count
        dyads = self._query(
            "SELECT COALESCE(actor_countries, 'UNK') AS a, COALESCE(recipient_countries, 'UNK') AS r,"
            " count(*) AS n FROM events GROUP BY a, r ORDER BY n DESC, a, r LIMIT ?",
            (top,),
        )
        return {
            "articles": count("SELECT count(*) FROM documents"),
            "by_lang": self._grouped("SELECT COALESCE(lang, 'unknown'), count(*) FROM documents GROUP BY 1"),
            "entities": count("SELECT count(*) FROM entities"),
            "events": count("SELECT count(*) FROM events"),
            "events_by_type": self._grouped("SELECT type, count(*) FROM events GROUP BY 1"),
            "top_dyads": [(row["a"], row["r"], row["n"]) for row in dyads],
            "failures": [
                {k: f[k] for k in ("article_id", "source", "stage", "code", "message")} for f in self.failures()
            ],
        }

    def _count(self, sql: str) -> int:
        return int(self._query(sql)[0][0])

    def _grouped(self, sql: str) -> dict[str, int]:
        """{key: n} from a two-column ``GROUP BY`` query, largest first, ties by key."""
        pairs = [(row[0], row[1]) for row in self._query(sql)]
        return dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))


# -- writing one document (inside the caller's transaction) ----------------------------------


def _delete_document(conn: sqlite3.Connection, doc_id: str) -> None:
    for table in ("mentions", "entities", "events"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def _insert_document(
    conn: sqlite3.Connection, doc: Document, content_hash: str, run_id: int | None, stored_at: str
) -> None:
    paragraphs = [{"start": p.start, "end": p.end, "lang": p.lang} for p in doc.paragraphs]
    conn.execute(
        "INSERT INTO documents (id, source, url, outlet, lang, title, published, published_basis, body,"
        " removed_json, warnings_json, paragraphs_json, content_hash, run_id, stored_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc.id, doc.source, doc.url, doc.outlet, doc.lang, doc.title, doc.published,
            doc.published_basis, doc.body, _dumps(doc.removed), _dumps(doc.warnings),
            _dumps(paragraphs), content_hash, run_id, stored_at,
        ),
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO entities (doc_id, entity_id, pos, name, type, country, sector, role, kb_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(doc.id, e.id, i, e.name, e.type, e.country, e.sector, e.role, e.kb_id) for i, e in enumerate(doc.entities)],
    )
    # The same span twice in one entity carries no information: keep the first.
    conn.executemany(
        'INSERT OR IGNORE INTO mentions (doc_id, entity_id, pos, text, start, "end", label, rule, confidence)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc.id, e.id, i, m.text, m.start, m.end, m.label, m.rule, m.confidence)
            for e in doc.entities
            for i, m in enumerate(e.mentions)
        ],
    )
    conn.executemany(
        "INSERT INTO events (doc_id, event_id, pos, type, mode, contexts_json, actor_json, recipient_json,"
        " actor_countries, recipient_countries, date, date_text, date_basis, aux, location_json,"
        " evidence_text, evidence_start, evidence_end, confidence, rule)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [_event_values(doc.id, i, ev) for i, ev in enumerate(doc.events)],
    )


def _event_values(doc_id: str, pos: int, ev: Event) -> tuple[Any, ...]:
    return (
        doc_id, ev.id, pos, ev.type, ev.mode, _dumps(list(ev.contexts)),
        _dumps([a.as_dict() for a in ev.actor]), _dumps([r.as_dict() for r in ev.recipient]),
        _countries(ev.actor), _countries(ev.recipient),
        ev.date.date, ev.date.text, ev.date.basis, ev.aux,
        _dumps(ev.location.as_dict()) if ev.location else None,
        ev.evidence.text, ev.evidence.start, ev.evidence.end, ev.confidence, ev.rule,
    )  # fmt: skip


# -- rebuilding one document -----------------------------------------------------------------


def _rows(conn: sqlite3.Connection, sql: str, params: tuple[Any, ...]) -> list[sqlite3.Row]:
    cursor = conn.execute(sql, params)
    cursor.row_factory = sqlite3.Row
    return cursor.fetchall()


def _load_document(conn: sqlite3.Connection, doc_id: str) -> Document | None:
    rows = _rows(conn, "SELECT * FROM documents WHERE id = ?", (doc_id,))
    if not rows:
        return None
    row = rows[0]
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
        entities=_load_entities(conn, doc_id),
        events=[_event_from_row(r) for r in _rows(conn, _EVENTS_OF_DOC, (doc_id,))],
        warnings=json.loads(row["warnings_json"]),
    )


_EVENTS_OF_DOC = "SELECT * FROM events WHERE doc_id = ? ORDER BY pos"


def _load_entities(conn: sqlite3.Connection, doc_id: str) -> list[Entity]:
    mentions: dict[str, list[Mention]] = {}
    for m in _rows(conn, "SELECT * FROM mentions WHERE doc_id = ? ORDER BY entity_id, pos", (doc_id,)):
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
        for e in _rows(conn, "SELECT * FROM entities WHERE doc_id = ? ORDER BY pos", (doc_id,))
    ]


def _actors(text: str) -> list[ActorRef]:
    return [ActorRef(**a) for a in json.loads(text)]


def _event_from_row(row: sqlite3.Row) -> Event:
    location = json.loads(row["location_json"]) if row["location_json"] else None
    return Event(
        id=row["event_id"],
        type=row["type"],
        mode=row["mode"],
        contexts=json.loads(row["contexts_json"]),
        actor=_actors(row["actor_json"]),
        recipient=_actors(row["recipient_json"]),
        date=EventDate(row["date"], row["date_text"], row["date_basis"]),
        evidence=Evidence(row["evidence_text"], row["evidence_start"], row["evidence_end"]),
        confidence=row["confidence"],
        rule=row["rule"],
        aux=row["aux"],
        location=Location(**location) if location else None,
    )


# -- event queries ---------------------------------------------------------------------------


def _side_condition(prefix: str, value: str) -> tuple[str, list[Any]]:
    """An actor/recipient side matches by country code or by a case-insensitive name substring."""
    sql = (
        f"(instr(',' || COALESCE(e.{prefix}_countries, '') || ',', ',' || ? || ',') > 0"
        f" OR EXISTS (SELECT 1 FROM json_each(e.{prefix}_json) AS j"
        "  WHERE instr(marsad_casefold(json_extract(j.value, '$.name')), ?) > 0))"
    )
    return sql, [value.strip().upper(), value.strip().casefold()]


def _date_condition(op: str, bound: str) -> tuple[str, list[Any]]:
    """Compare the event date and the bound on the precision they share (``YYYY``, ``YYYY-MM`` ...)."""
    shared = "min(length(e.date), length(?))"
    sql = f"(e.date IS NOT NULL AND substr(e.date, 1, {shared}) {op} substr(?, 1, {shared}))"
    return sql, [bound, bound, bound]


def _event_conditions(f: EventFilter) -> tuple[str, list[Any]]:
    parts: list[tuple[str, list[Any]]] = [("1 = 1", [])]
    if f.actor:
        parts.append(_side_condition("actor", f.actor))
    if f.recipient:
        parts.append(_side_condition("recipient", f.recipient))
    if f.type:
        parts.append(("e.type = ?", [f.type.strip().upper()]))
    if f.date_from:
        parts.append(_date_condition(">=", f.date_from))
    if f.date_to:
        parts.append(_date_condition("<=", f.date_to))
    if f.lang:
        parts.append(("d.lang = ?", [f.lang.strip().lower()]))
    if f.doc_id:
        parts.append(("e.doc_id = ?", [f.doc_id]))
    return " AND ".join(sql for sql, _ in parts), [p for _, params in parts for p in params]


def _event_row(row: sqlite3.Row) -> dict[str, Any]:
    confidence = row["confidence"]
    return {
        "doc_id": row["doc_id"],
        "event_id": row["event_id"],
        "type": row["type"],
        "mode": row["mode"],
        "contexts": json.loads(row["contexts_json"]),
        "actor": json.loads(row["actor_json"]),
        "recipient": json.loads(row["recipient_json"]),
        "date": row["date"],
        "date_text": row["date_text"],
        "date_basis": row["date_basis"],
        "aux": row["aux"],
        "location": json.loads(row["location_json"]) if row["location_json"] else None,
        "evidence": row["evidence_text"],
        "confidence": round(confidence, 3) if confidence is not None else None,
        "rule": row["rule"],
        "lang": row["lang"],
        "title": row["title"],
        "url": row["url"],
    }
