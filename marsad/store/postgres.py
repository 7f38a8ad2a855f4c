"""The PostgreSQL store (psycopg 3): the same tables, writes and read queries as ``SQLiteStore``.

Writes: one transaction per batch under an advisory lock (one writer at a time, as in SQLite); keys are
taken from sequences in bulk, rows go in with ``COPY``. The full-text index is a ``tsvector`` of the
``marsad.store.fts`` readings with a GIN index. Schema: ``migrations/pg_NNNN_*.sql``, applied once each.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import resources
from types import TracebackType
from typing import Any

from marsad.model import Document, Failure
from marsad.store import fts
from marsad.store.conditions import Dialect
from marsad.store.errors import StoreError
from marsad.store.migrate import MIGRATIONS_PACKAGE, NewerSchemaError
from marsad.store.reads import Reads
from marsad.store.rows import COLUMNS, Rows, add_document, check_document, name_counts, name_rows

_PG_NAME = re.compile(r"^pg_\d{4}_[A-Za-z0-9_]+\.sql$")
_PASSWORD = re.compile(r"(://[^:/@]+):[^@]*@")
WRITE_LOCK = 0x6D617273  # pg_advisory_xact_lock key of the single writer ("mars")
MIGRATION_LOCK = 0x6D617274
EVENT_TABLES = ("event_spans", "event_contexts", "event_actors", "event_dyads")
DOCUMENT_TABLES = ("events", "mentions", "entities", "doc_actors")
COPY_TABLES = ("entities", "mentions", "events", *EVENT_TABLES, "doc_actors")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def redact(url: str) -> str:
    """The URL without its password, for messages."""
    return _PASSWORD.sub(r"\1:***@", url)


def tsvector_literal(lexemes: list[str]) -> str:
    """A ``tsvector`` in its text form (what ``COPY`` reads): quoted lexemes, no positions."""
    return " ".join("'" + lex.replace("\\", "\\\\").replace("'", "''") + "'" for lex in lexemes)


def available_pg_migrations() -> list[tuple[str, str]]:
    """(name, SQL) of every shipped PostgreSQL migration, in order."""
    found = [
        (entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8"))
        for entry in resources.files(MIGRATIONS_PACKAGE).iterdir()
        if _PG_NAME.match(entry.name)
    ]
    return sorted(found)


def _columns(table: str, extra: tuple[str, ...] = ()) -> str:
    return ", ".join(f'"{c}"' for c in (*COLUMNS[table], *extra))


class PostgresStore(Reads):
    """Documents, extracted records, failures and runs in a PostgreSQL database (``postgresql://…`` URL)."""

    dialect = Dialect("postgres")

    def __init__(self, url: str) -> None:
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError:  # pragma: no cover - psycopg is a dependency
            raise ImportError("Storing to PostgreSQL needs psycopg: pip install 'psycopg[binary]'") from None
        self.url = url
        self._lock = threading.RLock()
        try:
            # prepare_threshold=None: plan every query for its values (skewed countries need different plans)
            self._conn = psycopg.connect(url, autocommit=True, row_factory=dict_row, prepare_threshold=None)
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreError("E403", url=redact(url), reason=reason) from None
        try:
            self._migrate()
        except NewerSchemaError as exc:
            self._conn.close()
            raise StoreError("E402", path=redact(url), names=", ".join(exc.names)) from None
        except psycopg.Error as exc:
            self._conn.close()
            raise StoreError("E401", path=redact(url), reason=str(exc).strip()) from exc

    # -- connection ---------------------------------------------------------------------------

    def _migrate(self) -> list[str]:
        applied = []
        with self._lock, self._conn.transaction():
            self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
            self._conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
            done = {row["name"] for row in self._conn.execute("SELECT name FROM schema_migrations").fetchall()}
            shipped = available_pg_migrations()
            unknown = sorted(done - {name for name, _ in shipped})
            if unknown:
                raise NewerSchemaError(unknown)
            for name, script in shipped:
                if name not in done:
                    self._conn.execute(script.encode("utf-8"))
                    self._conn.execute("INSERT INTO schema_migrations VALUES (%s, %s)", (name, _now()))
                    applied.append(name)
        return applied

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            cursor = self._conn.execute(sql.replace("?", "%s"), list(params))
            return cursor.fetchall() if cursor.description else []

    def _fetch_through_indexes(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """``_fetch`` with sequential scans discouraged: the planner underrates the cost of matching every
        row's tsvector, and counts a common word's articles 4-8 times slower by reading the whole table."""
        with self._lock, self._conn.transaction():
            self._conn.execute("SET LOCAL enable_seqscan = off")
            return self._fetch(sql, params)

    def optimize(self) -> None:
        """``VACUUM ANALYZE``: planner statistics and the visibility map (index-only scans) after a large load."""
        with self._lock:
            self._conn.execute("VACUUM ANALYZE")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- runs and failures --------------------------------------------------------------------

    def start_run(self, config: dict[str, Any]) -> int:
        """Record the start of a run with its resolved config; return the run id."""
        rows = self._fetch(
            "INSERT INTO runs (started_at, config_json) VALUES (?, ?) RETURNING id",
            [_now(), json.dumps(config, ensure_ascii=False, sort_keys=True, default=str)],
        )
        return int(rows[0]["id"])

    def finish_run(self, run_id: int, n_ok: int, n_failed: int, n_skipped: int) -> None:
        """Record the end of a run and its counts."""
        self._fetch(
            "UPDATE runs SET finished_at = ?, n_ok = ?, n_failed = ?, n_skipped = ? WHERE id = ?",
            [_now(), n_ok, n_failed, n_skipped, run_id],
        )

    def record_failures(self, failures: list[Failure], run_id: int | None) -> None:
        """Store failures; one that repeats (same article, source, stage, code) only updates time/message."""
        if not failures:
            return
        at = _now()
        with self._lock, self._conn.transaction(), self._conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO failures (run_id, article_id, source, stage, code, message, at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s)"
                " ON CONFLICT (article_id, source, stage, code) DO UPDATE SET"
                " run_id = excluded.run_id, message = excluded.message, at = excluded.at",
                [(run_id, f.article_id, f.source, f.stage, f.code, f.message, at) for f in failures],
            )

    # -- documents: write ---------------------------------------------------------------------

    def save_documents(self, docs: list[tuple[Document, str]], run_id: int | None) -> None:
        """Store (document, content hash) pairs in one transaction, replacing stored versions wholly.

        Same contract as ``SQLiteStore.save_documents``: ``ValueError`` and nothing stored when a
        document breaks a key; earlier failures of the stored articles are removed.
        """
        import psycopg

        batch = list({doc.id: (doc, content_hash) for doc, content_hash in docs}.values())
        if not batch:
            return
        for doc, _ in batch:
            check_document(doc)
        try:
            with self._lock, self._conn.transaction(), self._conn.cursor() as cur:
                cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
                self._write_batch(cur, batch, run_id, _now())
        except (psycopg.errors.IntegrityError, psycopg.errors.DataError) as exc:
            names = ", ".join(repr(doc.id) for doc, _ in batch)
            raise ValueError(f"a document of the batch {names} cannot be stored: {exc}") from exc

    def _write_batch(self, cur: Any, batch: list[tuple[Document, str]], run_id: int | None, stored_at: str) -> None:
        ids = [doc.id for doc, _ in batch]
        found = cur.execute("SELECT rid, id FROM documents WHERE id = ANY(%s)", (ids,)).fetchall()
        old = [row["rid"] for row in found]
        if old:
            gone: Counter[tuple[str, str, str]] = Counter()
            for row in found:
                stored = self.load_document(row["id"])
                if stored is not None:
                    gone.update(name_counts(stored))
            cur.executemany(
                "UPDATE actor_names SET n = n - %s WHERE actor_id = %s AND lang = %s AND name = %s",
                [(n, *key) for key, n in sorted(gone.items())],
            )
            seqs_sql = "SELECT seq FROM events WHERE doc_rid = ANY(%s)"
            for table in EVENT_TABLES:
                cur.execute(f"DELETE FROM {table} WHERE seq IN ({seqs_sql})", (old,))
            for table in DOCUMENT_TABLES:
                cur.execute(f"DELETE FROM {table} WHERE doc_rid = ANY(%s)", (old,))
            cur.execute("DELETE FROM documents WHERE rid = ANY(%s)", (old,))
        rids = self._keys(cur, "document_rids", len(batch))
        seqs = iter(self._keys(cur, "event_seqs", sum(len(doc.events) for doc, _ in batch)))
        rows = Rows()
        for (doc, content_hash), rid in zip(batch, rids, strict=True):
            add_document(rows, doc, content_hash, run_id, stored_at, rid, seqs)
        _copy_rows(cur, rows)
        cur.execute("DELETE FROM failures WHERE article_id = ANY(%s)", (ids,))
        cur.execute("UPDATE store_state SET version = version + 1")

    @staticmethod
    def _keys(cur: Any, sequence: str, n: int) -> list[int]:
        if n == 0:
            return []
        rows = cur.execute(f"SELECT nextval('{sequence}') AS k FROM generate_series(1, %s)", (n,)).fetchall()
        return [int(row["k"]) for row in rows]


def _copy(cur: Any, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    with cur.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _copy_rows(cur: Any, rows: Rows) -> None:
    documents = [
        (*row, tsvector_literal(fts.lexemes(title, body)))
        for row, (_, title, body) in zip(rows.documents, rows.search, strict=True)
    ]
    _copy(cur, "documents", _columns("documents", ("search",)), documents)
    for table in COPY_TABLES:
        _copy(cur, table, _columns(table), getattr(rows, table))
    if rows.actors:
        cur.executemany(
            f"INSERT INTO actors ({_columns('actors')}) VALUES (%s, %s, %s, %s, %s, %s)"
            " ON CONFLICT (actor_id) DO UPDATE SET label = excluded.label,"
            " type = COALESCE(excluded.type, actors.type), country = COALESCE(excluded.country, actors.country),"
            " sector = COALESCE(excluded.sector, actors.sector), kb_id = COALESCE(excluded.kb_id, actors.kb_id)",
            sorted(rows.actors.values()),
        )
    if rows.actor_names:
        cur.executemany(
            f"INSERT INTO actor_names ({_columns('actor_names')}) VALUES (%s, %s, %s, %s, %s)"
            " ON CONFLICT (actor_id, lang, name) DO UPDATE SET n = actor_names.n + excluded.n",
            name_rows(rows.actor_names),
        )
