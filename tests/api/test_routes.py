"""Every /api route answers with the query layer's JSON on the fixture database."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

ROUTES = (
    "/api/events",
    "/api/events/{doc_id}/{event_id}",
    "/api/timeline",
    "/api/network",
    "/api/top/actors",
    "/api/top/dyads",
    "/api/countries",
    "/api/actors",
    "/api/actors/{actor_id}",
    "/api/documents",
    "/api/documents/{doc_id}",
    "/api/facets",
)


def countries(side: list[dict[str, Any]]) -> set[str]:
    return {actor["country"] for actor in side if actor.get("country")}


def first_actor_id(rows: list[dict[str, Any]]) -> str:
    return next(a["actor_id"] for row in rows for a in row["actor"] + row["recipient"] if a.get("actor_id"))


def test_events_pages_add_up_to_total(client: TestClient, rows: list[dict[str, Any]]) -> None:
    first = client.get("/api/events", params={"limit": 3}).json()
    second = client.get("/api/events", params={"limit": 3, "offset": 3}).json()
    assert (first["total"], first["limit"], first["offset"]) == (len(rows), 3, 0)
    assert second["offset"] == 3 and len(first["items"]) == len(second["items"]) == 3
    keys = [(r["doc_id"], r["event_id"]) for r in first["items"] + second["items"]]
    assert keys == [(r["doc_id"], r["event_id"]) for r in rows[:6]]
    last = client.get("/api/events", params={"limit": 5, "offset": len(rows) - 2}).json()
    assert len(last["items"]) == 2 and last["total"] == len(rows)


def test_event_rows_have_the_contract_fields(rows: list[dict[str, Any]]) -> None:
    fields = {"doc_id", "event_id", "type", "mode", "contexts", "actor", "recipient", "date", "evidence"}
    fields |= {"evidence_spans", "confidence", "rule", "cameo", "lang", "title", "outlet", "published"}
    for row in rows:
        assert fields <= set(row)
        assert {"text", "start", "end"} <= set(row["evidence"])


def test_events_filter_by_dyad_in_either_direction(client: TestClient, rows: list[dict[str, Any]]) -> None:
    dyad = client.get("/api/top/dyads", params={"n": 1}).json()[0]
    a, b = dyad["actor"], dyad["recipient"]
    page = client.get("/api/events", params=[("dyad", a), ("dyad", b), ("limit", 1000)]).json()
    reverse = client.get("/api/events", params=[("dyad", b), ("dyad", a), ("limit", 1000)]).json()
    assert page["total"] >= dyad["events"] > 0
    assert page["total"] == reverse["total"]
    for row in page["items"]:
        sides = (countries(row["actor"]), countries(row["recipient"]))
        assert (a in sides[0] and b in sides[1]) or (b in sides[0] and a in sides[1])
    assert page["total"] < len(rows)


def test_events_filter_by_type_and_language(client: TestClient, rows: list[dict[str, Any]]) -> None:
    kind, lang = rows[0]["type"], rows[0]["lang"]
    page = client.get("/api/events", params={"type": kind, "lang": lang, "limit": 1000}).json()
    expected = [r for r in rows if r["type"] == kind and r["lang"] == lang]
    assert page["total"] == len(expected) > 0
    assert all(r["type"] == kind and r["lang"] == lang for r in page["items"])


def test_one_event_with_its_document(client: TestClient, rows: list[dict[str, Any]]) -> None:
    row = rows[0]
    event = client.get(f"/api/events/{quote(row['doc_id'], safe='')}/{row['event_id']}").json()
    assert (event["doc_id"], event["event_id"], event["type"]) == (row["doc_id"], row["event_id"], row["type"])
    assert event["document"]["id"] == row["doc_id"]
    assert {"title", "url", "outlet", "lang", "published"} <= set(event["document"])


def test_timeline_by_month_and_week(client: TestClient, rows: list[dict[str, Any]]) -> None:
    month = client.get("/api/timeline").json()
    week = client.get("/api/timeline", params={"interval": "week"}).json()
    assert month["interval"] == "month" and week["interval"] == "week"
    periods = [p["period"] for p in month["periods"]]
    assert periods == sorted(periods) and all(re.fullmatch(r"\d{4}-\d{2}", p) for p in periods)
    assert all(re.fullmatch(r"\d{4}-W\d{2}", p["period"]) for p in week["periods"])
    quads = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
    for period in month["periods"]:
        assert period["total"] == sum(period[q] for q in quads)
        assert period["score"] is None if period["total"] == 0 else -10 <= period["score"] <= 10
    dated = sum(p["total"] for p in month["periods"])
    assert dated > 0
    assert dated + month["undated"] + month.get("imprecise", 0) == len(rows)


def test_network_edges_join_listed_nodes(client: TestClient) -> None:
    for level in ("country", "actor"):
        graph = client.get("/api/network", params={"level": level}).json()
        ids = {node["id"] for node in graph["nodes"]}
        assert graph["edges"] and ids
        for edge in graph["edges"]:
            assert {edge["source"], edge["target"]} <= ids
            assert edge["weight"] == sum(edge["types"].values())
    heavy = client.get("/api/network", params={"min_weight": 2}).json()
    assert all(edge["weight"] >= 2 for edge in heavy["edges"])
    one = client.get("/api/network", params={"limit": 1}).json()
    assert len(one["edges"]) == 1


def test_top_actors_and_dyads(client: TestClient) -> None:
    actors = client.get("/api/top/actors", params={"n": 3}).json()
    assert 0 < len(actors) <= 3
    assert [a["events"] for a in actors] == sorted((a["events"] for a in actors), reverse=True)
    assert {"id", "label", "country", "events"} <= set(actors[0])
    by_actor = client.get("/api/top/actors", params={"n": 3, "level": "actor"}).json()
    assert by_actor and all(":" in a["id"] for a in by_actor)
    dyads = client.get("/api/top/dyads", params={"n": 2}).json()
    assert 0 < len(dyads) <= 2 and {"actor", "recipient", "events", "score"} <= set(dyads[0])


def test_countries_count_both_sides(client: TestClient, rows: list[dict[str, Any]]) -> None:
    table = client.get("/api/countries").json()
    assert table
    for entry in table[:5]:
        code = entry["country"]
        as_actor = sum(1 for r in rows if code in countries(r["actor"]))
        as_recipient = sum(1 for r in rows if code in countries(r["recipient"]))
        assert (entry["as_actor"], entry["as_recipient"]) == (as_actor, as_recipient)


def test_actor_page_and_search(client: TestClient, rows: list[dict[str, Any]]) -> None:
    actor_id = first_actor_id(rows)
    page = client.get(f"/api/actors/{quote(actor_id, safe='')}").json()
    assert page["id"] == actor_id
    assert set(page["names"]) >= {"ar", "fr", "en"}
    assert page["events"]["total"] >= len(page["events"]["items"]) > 0
    for role in page["roles"]:
        assert {"role", "from", "to", "documents"} <= set(role)
    label = next(a["name"] for r in rows for a in r["actor"] + r["recipient"] if a.get("actor_id") == actor_id)
    found = client.get("/api/actors", params={"q": label[:5]}).json()
    assert actor_id in [a["id"] for a in found]


def test_document_is_the_stored_record(client: TestClient, rows: list[dict[str, Any]]) -> None:
    doc = client.get(f"/api/documents/{quote(rows[0]['doc_id'], safe='')}").json()
    assert doc["id"] == rows[0]["doc_id"]
    for entity in doc["entities"]:
        for mention in entity["mentions"]:
            assert doc["body"][mention["start"] : mention["end"]] == mention["text"]
    for event in doc["events"]:
        for span in event["evidence_spans"]:
            assert doc["body"][span["start"] : span["end"]] == span["text"]


def test_document_search_gives_plain_snippets_with_spans(client: TestClient, rows: list[dict[str, Any]]) -> None:
    doc = client.get(f"/api/documents/{quote(rows[0]['doc_id'], safe='')}").json()
    word = max(re.findall(r"\w{6,}", doc["body"]), key=len)
    found = client.get("/api/documents", params={"q": word, "limit": 200}).json()
    assert doc["id"] in [item["id"] for item in found["items"]]
    assert found["total"] >= len(found["items"]) >= 1
    for item in found["items"]:
        assert isinstance(item["snippet"], str)
        for start, end in item["snippet_spans"]:
            assert 0 <= start < end <= len(item["snippet"])


def test_facets_count_the_database(client: TestClient, rows: list[dict[str, Any]]) -> None:
    facets = client.get("/api/facets").json()
    assert facets["events"] == len(rows)
    assert set(facets["types"]) == {r["type"] for r in rows}
    assert set(facets["langs"]) >= {"ar", "fr", "en"}
    assert facets["documents"] >= len({r["doc_id"] for r in rows})


def test_head_is_allowed(client: TestClient) -> None:
    response = client.head("/api/facets")
    assert response.status_code == 200 and response.content == b""


def test_openapi_documents_every_route(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    documented = set(schema["paths"])
    assert set(ROUTES) <= documented
    assert all(set(methods) == {"get"} for methods in schema["paths"].values())
    assert "bearer" in schema["components"]["securitySchemes"]
    page = client.get("/api/docs")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "/static/vendor/swagger-ui-bundle.js" in page.text and "cdn" not in page.text.lower()
