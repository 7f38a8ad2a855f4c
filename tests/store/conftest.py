"""Store fixtures: the throw-away PostgreSQL server, and one empty store per backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from marsad.store.base import Store
from tests.store.pg_server import pg_server, pg_url  # noqa: F401  (fixtures)


@pytest.fixture(params=["sqlite", "postgres"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """An empty store of each backend (the PostgreSQL one in a new database on the test server)."""
    if request.param == "sqlite":
        from marsad.store import SQLiteStore

        store: Store = SQLiteStore(tmp_path / "store.db")
    else:
        from marsad.store.postgres import PostgresStore

        store = PostgresStore(request.getfixturevalue("pg_url"))
    try:
        yield store
    finally:
        store.close()
