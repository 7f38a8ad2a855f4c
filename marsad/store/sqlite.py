"""The embedded SQLite store: one writer (batched transactions), FTS5 full-text index, the shared read queries."""

from __future__ import annotations

import itertools
import json
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from marsad.model import Document, Failure
from marsad.store import fts, legacy
from marsad.store.conditions import Dialect
from marsad.store.errors import StoreError
from marsad.store.filters import EventFilter
from marsad.store.load import chunks, placeholders
from marsad.store.migrate import NewerSchemaError, migrate
from marsad.store.reads import Reads
from marsad.store.rows import COLUMNS, Rows, add_document, check_document, name_counts, name_rows

__all__ = ["EventFilter", "SQLiteStore"]

BUSY_TIMEOUT_MS = 10_000
MMAP_BYTES = 4 << 30
# Tables keyed by event seq, and by document rid: what replacing a document deletes.
EVENT_TABLES = ("event_spans", "event_contexts", "event_actors", "event_dyads")
DOCUMENT_TABLES = ("events", "mentions", "entities", "doc_actors")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _dict_row(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


def insert_sql(table: str, columns: Sequence[str] | None = None) -> str:
    columns = columns or COLUMNS[table]
    quoted = ", ".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({quoted}) VALUES ({placeholders(len(columns))})"


ACTOR_UPSERT = (
    insert_sql("actors") + " ON CONFLICT (actor_id) DO UPDATE SET label = excluded.label,"
    " type = COALESCE(excluded.type, actors.type), country = COALESCE(excluded.country, actors.country),"
    " sector = COALESCE(excluded.sector, actors.sector), kb_id = COALESCE(excluded.kb_id, actors.kb_id)"
)
NAME_UPSERT = (
    insert_sql("actor_names") + " ON CONFLICT (actor_id, lang, name) DO UPDATE SET n = actor_names.n + excluded.n"
)
BUMP_VERSION = "UPDATE store_state SET version = version + 1"
NAME_DECREMENT = "UPDATE actor_names SET n = n - ? WHERE actor_id = ? AND lang = ? AND name = ?"


class SQLiteStore(Reads):
    """Documents, extracted records, failures and runs in one SQLite file (or ``":memory:"``).

    One connection, guarded by a lock; every write runs in its own transaction. Migrations are applied
    when the store is opened, and documents stored by Marsad 0.2 are converted to the current tables.
    """

    dialect = Dialect("sqlite")

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._lock = threading.RLock()
        self._conn = self._connect(self.path)
        try:
            migrate(self._conn)
            self._convert_legacy()
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
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA cache_size=-65536")  # 64 MB of page cache: aggregates over many events
            conn.execute(f"PRAGMA mmap_size={MMAP_BYTES}")  # read pages from the OS cache without copying
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

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self._conn.execute(sql, tuple(params))
            cursor.row_factory = _dict_row
            return cursor.fetchall()

    def optimize(self) -> None:
        """Refresh the planner's statistics (``ANALYZE``); worth running after a large load."""
        with self._lock:
            self._conn.execute("ANALYZE")
            self._conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')")

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

    def save_documents(self, docs: list[tuple[Document, str]], run_id: int | None) -> None:
        """Store (document, content hash) pairs in one transaction, replacing stored versions wholly.

        On success, earlier failures recorded for these article ids are removed. Raises
        ``ValueError`` (and stores nothing of the batch) if a document breaks a key, e.g. two
        entities with the same id. A document given twice in one batch is stored once (the last one).
        """
        batch = list({doc.id: (doc, content_hash) for doc, content_hash in docs}.values())
        if not batch:
            return
        for doc, _ in batch:
            check_document(doc)
        stored_at = _now()
        with self._transaction() as conn:
            try:
                self._write_batch(conn, batch, run_id, stored_at)
            except sqlite3.IntegrityError as exc:
                names = ", ".join(repr(doc.id) for doc, _ in batch)
                raise ValueError(f"a document of the batch {names} cannot be stored: {exc}") from exc

    def _write_batch(
        self, conn: sqlite3.Connection, batch: list[tuple[Document, str]], run_id: int | None, stored_at: str
    ) -> None:
        ids = [doc.id for doc, _ in batch]
        old = [tuple(r) for part in chunks(ids) for r in conn.execute(_rids_sql(len(part)), tuple(part))]
        if old:
            gone: Counter[tuple[str, str, str]] = Counter()
            for _, doc_id in old:
                stored = self.load_document(doc_id)
                if stored is not None:
                    gone.update(name_counts(stored))
            conn.executemany(NAME_DECREMENT, [(n, *key) for key, n in sorted(gone.items())])
            _delete_documents(conn, [rid for rid, _ in old])
        rid = int(conn.execute("SELECT COALESCE(max(rid), 0) FROM documents").fetchone()[0]) + 1
        seqs = itertools.count(int(conn.execute("SELECT COALESCE(max(seq), 0) FROM events").fetchone()[0]) + 1)
        rows = Rows()
        for doc, content_hash in batch:
            add_document(rows, doc, content_hash, run_id, stored_at, rid, seqs)
            rid += 1
        _insert_rows(conn, rows)
        conn.executemany("DELETE FROM failures WHERE article_id = ?", [(i,) for i in ids])
        conn.execute(BUMP_VERSION)

    def _convert_legacy(self) -> None:
        """Move documents stored by the 0001 schema into the current tables, then drop the old tables."""
        with self._transaction() as conn:
            if not legacy.has_legacy_tables(conn):
                return
            for batch in legacy.iter_legacy_batches(conn):
                self._write_batch(conn, [(doc, content_hash) for doc, content_hash, _ in batch], None, _now())
                conn.executemany(
                    "UPDATE documents SET run_id = ?, stored_at = ? WHERE id = ?",
                    [(run_id, stored_at, doc.id) for doc, _, (run_id, stored_at) in batch],
                )
            legacy.drop_legacy_tables(conn)

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


def _rids_sql(n: int) -> str:
    return f"SELECT rid, id FROM documents WHERE id IN ({placeholders(n)})"


def _delete_documents(conn: sqlite3.Connection, rids: list[int]) -> None:
    """Delete documents (by rid) and every row derived from them."""
    for part in chunks(rids):
        marks = placeholders(len(part))
        seqs = f"SELECT seq FROM events WHERE doc_rid IN ({marks})"
        for table in EVENT_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE seq IN ({seqs})", tuple(part))
        for table in DOCUMENT_TABLES:
            conn.execute(f"DELETE FROM {table} WHERE doc_rid IN ({marks})", tuple(part))
        conn.execute(f"DELETE FROM documents_fts WHERE rowid IN ({marks})", tuple(part))
        conn.execute(f"DELETE FROM documents WHERE rid IN ({marks})", tuple(part))


def _insert_rows(conn: sqlite3.Connection, rows: Rows) -> None:
    for table in ("documents", "entities", "mentions", "events", *EVENT_TABLES, "doc_actors"):
        conn.executemany(insert_sql(table), getattr(rows, table))
    conn.executemany(ACTOR_UPSERT, list(rows.actors.values()))
    conn.executemany(NAME_UPSERT, name_rows(rows.actor_names))
    conn.executemany(
        "INSERT INTO documents_fts (rowid, title, body, lang) VALUES (?, ?, ?, ?)",
        [
            (rid, fts.index_text(title), fts.index_text(body), document[5] or "")
            for (rid, title, body), document in zip(rows.search, rows.documents, strict=True)
        ],
    )
