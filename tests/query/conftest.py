"""Workbench fixtures: the synthetic articles of tests/fixtures/workbench.py stored in each backend."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from marsad.model import Document
from marsad.store.base import Store
from tests.fixtures.workbench import content_hash, make_documents
from tests.store.pg_server import pg_server  # noqa: F401  (fixture)

N_DOCS = 90


@dataclass
class Workbench:
    """A store holding ``docs`` (written in one batch, in order) and the backend's name."""

    store: Store
    docs: list[Document]
    backend: str


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def wb(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workbench]:
    docs = make_documents(N_DOCS, seed=7)
    if request.param == "sqlite":
        from marsad.store import SQLiteStore

        store: Store = SQLiteStore(tmp_path_factory.mktemp("wb") / "wb.db")
    else:
        from marsad.store.postgres import PostgresStore

        server = request.getfixturevalue("pg_server")
        store = PostgresStore(server.create_database())
    store.save_documents([(doc, content_hash(doc)) for doc in docs], run_id=None)
    try:
        yield Workbench(store, docs, request.param)
    finally:
        store.close()
