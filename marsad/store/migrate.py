"""Apply the numbered SQL migrations of ``marsad.store.migrations`` once each, in order."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime
from importlib import resources

MIGRATIONS_PACKAGE = "marsad.store.migrations"
_NAME = re.compile(r"^(\d{4})_[A-Za-z0-9_]+\.sql$")


class NewerSchemaError(Exception):
    """The database records migrations this version of Marsad does not know."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        super().__init__(", ".join(names))


def available_migrations() -> list[tuple[str, str]]:
    """(name, SQL text) of every shipped migration, in numeric order; name has no ``.sql``."""
    found = [
        (entry.name.removesuffix(".sql"), entry.read_text(encoding="utf-8"))
        for entry in resources.files(MIGRATIONS_PACKAGE).iterdir()
        if _NAME.match(entry.name)
    ]
    return sorted(found)


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (semicolons inside triggers are kept)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if _strip_comments(buffer):
                statements.append(buffer.strip())
            buffer = ""
    if _strip_comments(buffer):
        raise ValueError(f"incomplete SQL statement at end of migration: {buffer.strip()[:80]!r}")
    return statements


def _strip_comments(sql: str) -> str:
    lines = (line for line in sql.splitlines() if not line.strip().startswith("--"))
    return "\n".join(lines).strip().rstrip(";").strip()


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names already recorded in ``schema_migrations``."""
    rows = conn.execute("SELECT name FROM schema_migrations ORDER BY name").fetchall()
    return [row[0] for row in rows]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending migrations, each in its own transaction; return the names applied.

    ``conn`` must be in autocommit mode (``isolation_level=None``). Raises ``NewerSchemaError``
    when the database has migrations this package does not ship.
    """
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    shipped = available_migrations()
    done = set(applied_migrations(conn))
    unknown = sorted(done - {name for name, _ in shipped})
    if unknown:
        raise NewerSchemaError(unknown)
    applied = []
    for name, script in shipped:
        if name not in done:
            _apply(conn, name, script)
            applied.append(name)
    return applied


def _apply(conn: sqlite3.Connection, name: str, script: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another process may have applied it while we waited for the write lock.
        if conn.execute("SELECT 1 FROM schema_migrations WHERE name = ?", (name,)).fetchone():
            conn.execute("COMMIT")
            return
        for statement in split_statements(script):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)",
            (name, datetime.now(UTC).isoformat(timespec="seconds")),
        )
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
