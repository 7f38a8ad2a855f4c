"""One error shape for every error: 404, 405, 422 and 500 all answer {"error": {"code", "message", "hint"}}."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from tests.api.shape import assert_error

BAD_REQUESTS = [
    ("/api/events?limit=0", 422, "E702"),
    ("/api/events?limit=1001", 422, "E702"),
    ("/api/events?offset=-1", 422, "E702"),
    ("/api/events?limit=many", 422, "E702"),
    ("/api/events?type=NOT_A_TYPE", 422, "E702"),
    ("/api/events?date_from=last-week", 422, "E702"),
    ("/api/events?min_confidence=2", 422, "E702"),
    ("/api/events?dyad=IRQ", 422, "E702"),
    ("/api/timeline?interval=year", 422, "E702"),
    ("/api/timeline?type=NOT_A_TYPE", 422, "E702"),
    ("/api/network?level=planet", 422, "E702"),
    ("/api/network?min_weight=0", 422, "E702"),
    ("/api/top/actors?n=0", 422, "E702"),
    ("/api/top/dyads?level=planet", 422, "E702"),
    ("/api/countries?date_to=2020-1", 422, "E702"),
    ("/api/actors", 422, "E702"),
    ("/api/documents", 422, "E702"),
    ("/api/documents?q=x&limit=0", 422, "E702"),
    ("/api/documents/no-such-document", 404, "E701"),
    ("/api/events/no-such-document/v1", 404, "E701"),
    ("/api/actors/kb:Q0000000000", 404, "E701"),
    ("/api/no-such-route", 404, "E701"),
    ("/no-such-page", 404, "E701"),
    ("/static/no-such-file.js", 404, "E701"),
]


@pytest.mark.parametrize(("url", "status", "code"), BAD_REQUESTS)
def test_bad_requests_get_the_error_shape(client: TestClient, url: str, status: int, code: str) -> None:
    assert_error(client.get(url), status, code)


def test_validation_message_names_the_parameter(client: TestClient) -> None:
    error = assert_error(client.get("/api/events?limit=5000"), 422, "E702")
    assert "limit" in error["message"]
    error = assert_error(client.get("/api/events?type=NOT_A_TYPE"), 422, "E702")
    assert "NOT_A_TYPE" in error["message"]


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
@pytest.mark.parametrize("url", ["/api/events", "/api/documents/x", "/", "/static/js/app.js"])
def test_writes_are_refused(client: TestClient, method: str, url: str) -> None:
    response = client.request(method, url, json={"type": "CONSULT"})
    assert_error(response, 405, "E703")
    assert response.headers["allow"] == "GET, HEAD"


class BrokenStore:
    """A store whose every query fails, to see a 500 in the error shape."""

    def __getattr__(self, name: str) -> Any:
        raise RuntimeError(f"store method {name} is broken")

    def close(self) -> None:
        pass


def test_internal_errors_get_the_error_shape(db_path: Path) -> None:
    app = create_app(str(db_path), store_factory=lambda _: BrokenStore())
    with TestClient(app, raise_server_exceptions=False) as client:
        error = assert_error(client.get("/api/facets"), 500, "E799")
    assert "RuntimeError" in error["message"] and "report" in error["hint"]


def test_unopenable_store_is_a_coded_error(tmp_path: Path) -> None:
    from marsad.api.errors import ApiError

    with pytest.raises(ApiError) as raised:
        create_app(str(tmp_path / "missing-dir" / "x.db"))
    assert raised.value.code == "E706" and "make demo" in raised.value.hint
