"""The dashboard in Chromium: offline, filter by dyad, open an event, evidence marked, charts drawn, entity
pages, and an article carrying script/HTML payloads that stays text."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

import httpx
import pytest

from tests.api.shape import XSS_MARKERS
from tests.web.conftest import Server, Watch

pytestmark = pytest.mark.usefixtures("vendor_assets")

# True once the canvas inside `selector` has a few thousand painted pixels.
PAINTED = """(selector) => {
  const canvas = document.querySelector(selector);
  if (!canvas || !canvas.width || !canvas.height) return false;
  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
  return painted > 2000;
}"""


def api(server: Server, path: str, **params: Any) -> Any:
    headers = {"Authorization": f"Bearer {server.token}"} if server.token else {}
    response = httpx.get(f"{server.url}/api/{path}", params=params, headers=headers, timeout=10)
    response.raise_for_status()
    return response.json()


def open_route(page: Any, server: Server, route: str) -> None:
    page.goto(f"{server.url}/{route}")


def xss_doc_id(server: Server) -> str:
    from marsad.store import SQLiteStore

    with SQLiteStore(server.db) as store:
        for record in store.iter_documents():
            if XSS_MARKERS[0] in (record.get("title") or ""):
                return str(record["id"])
    raise AssertionError("the fixture database has no article with the injection payloads")


def test_every_page_loads_offline_without_errors(page: Any, seen: Watch, live: Server) -> None:
    open_route(page, live, "")
    page.wait_for_selector(".cards .card")
    page.wait_for_function(PAINTED, arg="#overview-timeline canvas")
    word = api(live, "facets")["langs"][0]
    for route, ready in (
        ("#/events", "table.events-table tbody tr"),
        ("#/dyad", "form.dyad-form"),
        ("#/network", "#network-graph canvas"),
        ("#/map", "#world-map canvas"),
        (f"#/search?q={word}", "form.filters"),
        ("#/no-such-page", ".notice.error"),
    ):
        open_route(page, live, route)
        page.wait_for_selector(ready)
    assert any("/api/events" in url for url in seen.requests)
    assert any("/static/vendor/echarts.esm.min.js" in url for url in seen.requests)
    seen.assert_clean()


def test_filter_by_dyad_then_open_an_event_shows_its_evidence(page: Any, seen: Watch, live: Server) -> None:
    dyad = api(live, "top/dyads", n=1)[0]
    expected = api(live, "events", dyad=[dyad["actor"], dyad["recipient"]], limit=50)
    open_route(page, live, "#/events")
    rows = page.locator("table.events-table tbody tr")
    rows.first.wait_for()
    page.fill("#filter-dyad-a", dyad["actor"])
    page.fill("#filter-dyad-b", dyad["recipient"])
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"dyad=.*dyad="))
    page.wait_for_function(
        "n => document.querySelectorAll('table.events-table tbody tr').length === n", arg=len(expected["items"])
    )
    shown = [(row.get_attribute("data-doc"), row.get_attribute("data-event")) for row in rows.all()]
    assert shown == [(item["doc_id"], item["event_id"]) for item in expected["items"]]
    assert expected["total"] < api(live, "facets")["events"]
    first = expected["items"][0]

    rows.first.locator("a.open-event").click()
    page.wait_for_url(re.compile(r"#/article/.+\?event="))
    selected = page.locator(".article-body mark.evidence.selected")
    selected.first.wait_for()
    assert "".join(selected.all_text_contents()) == first["evidence"]["text"]
    assert selected.first.is_visible()
    assert page.locator("#selected-event .evidence-quote").text_content() == first["evidence"]["text"]
    assert page.locator(".article-body mark.mention").count() > 0
    seen.assert_clean()


@pytest.mark.parametrize(
    ("route", "canvas"),
    [("#/", "#overview-timeline canvas"), ("#/network", "#network-graph canvas"), ("#/map", "#world-map canvas")],
)
def test_charts_graph_and_map_are_drawn(page: Any, seen: Watch, live: Server, route: str, canvas: str) -> None:
    open_route(page, live, route)
    page.wait_for_function(PAINTED, arg=canvas)
    seen.assert_clean()


def test_dyad_timeline_is_drawn(page: Any, seen: Watch, live: Server) -> None:
    dated = api(live, "timeline")["periods"]
    assert dated, "the fixture database needs dated events"
    dyad = api(live, "top/dyads", n=1)[0]
    open_route(page, live, f"#/dyad?a={quote(dyad['actor'])}&b={quote(dyad['recipient'])}")
    page.wait_for_selector("p.summary")
    if api(live, "timeline", dyad=[dyad["actor"], dyad["recipient"]])["periods"]:
        page.wait_for_function(PAINTED, arg="#dyad-timeline canvas")
    seen.assert_clean()


def test_entity_page_shows_names_in_three_languages(page: Any, seen: Watch, live: Server) -> None:
    chosen = None
    for actor in api(live, "top/actors", n=100, level="actor"):
        record = api(live, f"actors/{quote(actor['id'], safe='')}")
        if all(record["names"].get(lang) for lang in ("ar", "fr", "en")):
            chosen = record
            break
    assert chosen, "the fixture database needs an actor named in ar, fr and en"
    open_route(page, live, f"#/actor/{quote(chosen['id'], safe='')}")
    page.wait_for_selector(".names")
    for lang in ("ar", "fr", "en"):
        shown = page.locator(f".names-lang[data-lang={lang}] li").all_text_contents()
        assert shown == chosen["names"][lang]
    assert page.locator(".names-lang[data-lang=ar] ul").get_attribute("dir") == "rtl"
    assert page.locator("table.events-table tbody tr[data-event]").count() == len(chosen["events"]["items"])
    seen.assert_clean()


def test_injected_article_is_shown_as_text_and_never_runs(page: Any, seen: Watch, live: Server) -> None:
    doc_id = xss_doc_id(live)
    doc = api(live, f"documents/{quote(doc_id, safe='')}")
    open_route(page, live, f"#/article/{quote(doc_id, safe='')}")
    page.wait_for_selector(".article-body")
    assert page.locator(".article-title").text_content() == doc["title"]
    body_text = page.locator(".article-body").inner_text()
    assert XSS_MARKERS[1] in body_text
    open_route(page, live, f"#/events?doc_id={quote(doc_id, safe='')}")
    page.wait_for_selector("table.events-table")
    open_route(page, live, "#/search?q=alert")
    page.wait_for_selector("form.filters")
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('main script, main img, main iframe').length") == 0
    assert not [url for url in seen.requests if urlsplit(url).path == "/x"]  # the <img src=x> never loaded
    seen.assert_clean()


def test_missing_libraries_name_make_web(page: Any, live: Server) -> None:
    page.route("**/static/vendor/echarts.esm.min.js", lambda route: route.fulfill(status=404, body=""))
    open_route(page, live, "#/map")
    notice = page.locator(".notice.warning")
    notice.wait_for()
    assert "make web" in notice.text_content()
    page.wait_for_selector("table.data tbody tr")  # the table still works


def test_token_from_the_url_is_kept_for_the_session(browser: Any, live_with_token: Server) -> None:
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(f"{live_with_token.url}/#/events")
        assert "E704" in tab.locator(".notice.error").text_content()
        tab.goto(f"{live_with_token.url}/?token={live_with_token.token}#/events")
        tab.locator("table.events-table tbody tr").first.wait_for()
        assert "token" not in tab.url
        assert tab.evaluate("sessionStorage.getItem('marsad.token')") == live_with_token.token
    finally:
        context.close()
