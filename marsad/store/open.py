"""``open_store``: a SQLite path or a ``postgresql://`` URL to the matching backend."""

from __future__ import annotations

from pathlib import Path

from marsad.store.base import Store

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(url_or_path: str | Path) -> bool:
    return isinstance(url_or_path, str) and url_or_path.startswith(POSTGRES_SCHEMES)


def open_store(url_or_path: str | Path) -> Store:
    """``PostgresStore`` for ``postgresql://…`` (or ``postgres://…``), else ``SQLiteStore`` on the file path.

    Raises ``StoreError`` (E401 cannot open, E402 newer schema, E403 PostgreSQL unreachable).
    """
    if is_postgres_url(url_or_path):
        from marsad.store.postgres import PostgresStore

        return PostgresStore(str(url_or_path))
    from marsad.store.sqlite import SQLiteStore

    return SQLiteStore(url_or_path)
