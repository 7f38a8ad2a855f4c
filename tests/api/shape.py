"""Checks shared by the API tests: the one error shape, the injection payloads of the fixture article."""

from __future__ import annotations

from typing import Any

XSS_MARKERS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    """The one error shape: {"error": {"code", "message", "hint"}}, JSON, with the given status and code."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code
    assert body["error"]["message"] and body["error"]["hint"]
    return dict(body["error"])
