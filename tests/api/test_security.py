"""Loopback rule, bearer token, security headers, no inline script, and article HTML that stays data."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.errors import ApiError
from marsad.api.security import check_bind, is_loopback
from marsad.web import API_DOCS_PAGE, INDEX_PAGE, STATIC_DIR
from tests.api.shape import XSS_MARKERS, assert_error

TOKEN = "s3cret-token-for-tests"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.0.0.53", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback(host)
    check_bind(host, None)


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.org", "marsad.local"])
def test_other_hosts_need_a_token(host: str) -> None:
    assert not is_loopback(host)
    with pytest.raises(ApiError) as raised:
        check_bind(host, None)
    assert raised.value.code == "E705" and "--token" in raised.value.hint
    check_bind(host, TOKEN)


def test_create_app_refuses_a_public_host_without_token(db_path: Path) -> None:
    with pytest.raises(ApiError, match="E705"):
        create_app(str(db_path), host="0.0.0.0")


@pytest.fixture(scope="module")
def guarded(db_path: Path) -> TestClient:
    with TestClient(create_app(str(db_path), TOKEN, host="0.0.0.0")) as client:
        yield client


@pytest.mark.parametrize(
    "authorization", [None, "Bearer wrong-token", f"Basic {TOKEN}", f"Bearer {TOKEN}x", "Bearer", f"{TOKEN}"]
)
def test_api_needs_the_token(guarded: TestClient, authorization: str | None) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    for url in ("/api/events", "/api/facets", "/api/openapi.json", "/api/no-such-route"):
        response = guarded.get(url, headers=headers)
        assert_error(response, 401, "E704")
        assert response.headers["www-authenticate"] == "Bearer"


def test_right_token_opens_the_api(guarded: TestClient) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    assert guarded.get("/api/facets", headers=headers).status_code == 200
    assert guarded.get("/api/openapi.json", headers={"Authorization": f"bearer {TOKEN}"}).status_code == 200


def test_page_shells_need_no_token(guarded: TestClient) -> None:
    for url in ("/", "/static/js/app.js", "/static/css/app.css", "/api/docs"):
        assert guarded.get(url).status_code == 200, url


@pytest.mark.parametrize("url", ["/", "/api/events", "/api/no-such-route", "/static/js/app.js", "/api/docs"])
def test_security_headers_on_every_response(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
    assert policy["default-src"] == "'self'"
    assert policy["script-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'" and policy["object-src"] == "'none'"
    assert "unsafe" not in headers["content-security-policy"]
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"


class ScriptCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[dict[str, str | None]] = []
        self.inline: list[str] = []
        self.handlers: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        if tag == "script":
            self.scripts.append(dict(attrs))
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script and data.strip():
            self.inline.append(data)


@pytest.mark.parametrize("page", [INDEX_PAGE, API_DOCS_PAGE], ids=lambda p: p.name)
def test_pages_have_no_inline_script_and_no_remote_asset(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    collector = ScriptCollector()
    collector.feed(html)
    assert collector.scripts and not collector.inline and not collector.handlers
    assert all((s.get("src") or "").startswith("/static/") for s in collector.scripts)
    assert not re.search(r"(src|href)=\"(https?:)?//", html)


def test_dashboard_code_never_parses_data_as_html() -> None:
    sources = {path: path.read_text(encoding="utf-8") for path in (STATIC_DIR / "js").rglob("*.js")}
    assert len(sources) >= 10
    for path, text in sources.items():
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
            assert sink not in text, f"{path.name} uses {sink}"
        assert not re.search(r"https?://", text), f"{path.name} names a remote URL"


def test_injected_article_comes_back_as_json_strings(client: TestClient, xss_doc_id: str) -> None:
    response = client.get(f"/api/documents/{quote(xss_doc_id, safe='')}")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    doc = response.json()
    assert XSS_MARKERS[0] in doc["title"] and XSS_MARKERS[1] in doc["body"]
    listed = client.get("/api/events", params={"doc_id": xss_doc_id}).json()
    for row in listed["items"]:
        assert row["title"] == doc["title"]


def test_payload_in_the_path_is_not_reflected_as_html(client: TestClient) -> None:
    response = client.get("/api/documents/" + quote(XSS_MARKERS[0], safe=""))
    error = assert_error(response, 404, "E701")
    assert "text/html" not in response.headers["content-type"]
    assert XSS_MARKERS[0] in error["message"]  # as a JSON string, which a browser never renders
