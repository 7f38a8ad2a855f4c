"""A fixture database (tests/fixtures/workbench.py) served through FastAPI's in-process TestClient."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

with warnings.catch_warnings():
    # Starlette 1.x prefers the httpx2 package for its TestClient and warns when it falls back to httpx.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`", category=UserWarning)
    from fastapi.testclient import TestClient

from marsad.api import create_app
from tests.api.shape import XSS_MARKERS
from tests.fixtures.workbench import fixture_db


@pytest.fixture(scope="session")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_db(tmp_path_factory.mktemp("api") / "workbench.db")


@pytest.fixture(scope="session")
def client(db_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db_path))) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def rows(client: TestClient) -> list[dict[str, Any]]:
    """Every event of the fixture database, as the API lists them."""
    page = client.get("/api/events", params={"limit": 1000}).json()
    assert page["total"] == len(page["items"]) > 0
    return list(page["items"])


@pytest.fixture(scope="session")
def xss_doc_id(db_path: Path) -> str:
    """The id of the fixture article whose title and body carry HTML/script payloads."""
    from marsad.store import SQLiteStore

    with SQLiteStore(db_path) as store:
        for record in store.iter_documents():
            if XSS_MARKERS[0] in (record.get("title") or "") and XSS_MARKERS[1] in record["body"]:
                return str(record["id"])
    raise AssertionError("the fixture database has no article with the injection payloads")
