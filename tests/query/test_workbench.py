"""The workbench query layer on both backends, checked against brute-force answers computed in Python."""

from __future__ import annotations

import itertools
from datetime import date
from statistics import mean
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marsad.model import EVENT_TYPES
from marsad.plover.cameo import cameo_for
from marsad.query import workbench as wb_query
from marsad.query.workbench import EventQuery
from marsad.store import fts
from tests.fixtures.workbench import XSS_BODY, XSS_TITLE
from tests.query.brute import Oracle, bounds, text_matches
from tests.query.conftest import Workbench

EVENT_ROW_KEYS = {
    "doc_id", "event_id", "type", "mode", "contexts", "actor", "recipient", "date", "date_text", "date_basis",
    "aux", "location", "evidence", "evidence_spans", "confidence", "rule", "cameo", "lang", "title", "url",
    "outlet", "published",
}  # fmt: skip
SIDE_VALUES = [
    "IRQ", "rus", "kb:Q159", "kb:Q9900001", "name:claire dubois", "name:claire dubois|FRA", "amal", "حداد",
    "etats", "gouvernement irakien", "الحكومة العراقية", "Iraq", "UNO", "zzz", "name:nobody",
]  # fmt: skip


@pytest.fixture(scope="module")
def oracle(wb: Workbench) -> Oracle:
    return Oracle(wb.docs)


def keys(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return [(r["doc_id"], r["event_id"]) for r in rows]


def expected_keys(oracle: Oracle, q: EventQuery) -> list[tuple[str, str]]:
    return [(f.doc.id, f.ev.id) for f in oracle.events(q)]


def check_events(wb: Workbench, oracle: Oracle, q: EventQuery) -> None:
    page = wb_query.events(wb.store, q)
    expected = expected_keys(oracle, q)
    assert page["total"] == len(expected), q
    assert keys(page["items"]) == expected[q.offset : q.offset + q.limit], q


# -- events ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"actor": "IRQ"},
        {"actor": "irq"},
        {"recipient": "RUS"},
        {"party": "FRA"},
        {"dyad": ("IRQ", "RUS")},
        {"dyad": ("RUS", "IRQ"), "type": "CONSULT"},
        {"dyad": ("kb:Q9900001", "kb:Q9900002")},
        {"dyad": ("amal", "orlov")},
        {"dyad": ("IRQ", "kb:Q159")},  # a country and an actor
        {"actor": "kb:Q9900001"},
        {"actor": "name:claire dubois"},
        {"actor": "name:claire dubois|FRA"},
        {"actor": "حداد"},  # a name in Arabic finds the actor in every language
        {"recipient": "gouvernement"},  # a side without an entity, by name
        {"recipient": "Iraqi government"},
        {"actor": "zzz"},
        {"type": "ACCUSE"},
        {"type": "consult", "mode": "visit"},
        {"context": "military"},
        {"aux": "none"},
        {"aux": "future"},
        {"date_from": "2023"},
        {"date_from": "2023-05-15", "date_to": "2023-06"},
        {"date_to": "2022-02"},
        {"lang": "ar"},
        {"outlet": "Gulf Wire"},
        {"doc_id": "wb-0004-fr"},
        {"min_confidence": 0.8},
        {"text": "العراق"},
        {"text": "Sécurité ENERGIE"},
        {"text": "script alert"},
        {"text": "و"},  # no searchable word: nothing matches
        {"dyad": ("IRQ", "RUS"), "type": "AGREE", "date_from": "2022", "date_to": "2024-06"},
    ],
)
def test_event_filters_match_brute_force(wb: Workbench, oracle: Oracle, fields: dict[str, Any]) -> None:
    check_events(wb, oracle, EventQuery(**fields, limit=1000))


def test_paging_walks_the_same_order(wb: Workbench, oracle: Oracle) -> None:
    expected = expected_keys(oracle, EventQuery(limit=1000))
    seen = []
    for offset in range(0, len(expected), 25):
        page = wb_query.events(wb.store, EventQuery(limit=25, offset=offset))
        assert (page["limit"], page["offset"], page["total"]) == (25, offset, len(expected))
        seen += keys(page["items"])
    assert seen == expected


queries = st.builds(
    EventQuery,
    actor=st.none() | st.sampled_from(SIDE_VALUES),
    recipient=st.none() | st.sampled_from(SIDE_VALUES),
    dyad=st.none() | st.tuples(st.sampled_from(SIDE_VALUES), st.sampled_from(SIDE_VALUES)),
    type=st.none() | st.sampled_from(EVENT_TYPES),
    context=st.none() | st.sampled_from(["military", "diplomatic", "economic"]),
    aux=st.none() | st.sampled_from(["none", "future", "historical"]),
    date_from=st.none() | st.sampled_from(["2022", "2022-07", "2023-03-15"]),
    date_to=st.none() | st.sampled_from(["2024", "2024-02", "2024-06-30"]),
    lang=st.none() | st.sampled_from(["ar", "fr", "en"]),
    text=st.none() | st.sampled_from(["العراق", "energie", "Pavel", "والطاقة", "sources"]),
    min_confidence=st.none() | st.sampled_from([0.6, 0.9]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=queries)
def test_any_combination_of_filters_matches_brute_force(wb: Workbench, oracle: Oracle, q: EventQuery) -> None:
    q.limit = 1000
    check_events(wb, oracle, q)


def test_event_row_shape(wb: Workbench, oracle: Oracle) -> None:
    rows = wb_query.events(wb.store, EventQuery(limit=1000))["items"]
    by_key = {(f.doc.id, f.ev.id): f for f in oracle.flat}
    merged = 0
    for row in rows:
        assert set(row) == EVENT_ROW_KEYS
        flat = by_key[(row["doc_id"], row["event_id"])]
        ev, doc = flat.ev, flat.doc
        assert row["evidence"] == ev.evidence.as_dict()
        assert row["evidence_spans"] == [e.as_dict() for e in ev.all_evidence()]
        for span in row["evidence_spans"]:
            assert doc.body[span["start"] : span["end"]] == span["text"]
        merged += len(row["evidence_spans"]) > 1
        assert [m["actor_id"] for m in row["actor"]] == [k for _, k in flat.sides[0]]
        assert [{k: m[k] for k in ("entity", "name", "country", "sector")} for m in row["recipient"]] == [
            r.as_dict() for r in ev.recipient
        ]
        info = cameo_for(ev.type, ev.mode)
        assert row["cameo"] == {
            "root": info.root, "code": info.code, "goldstein": info.goldstein, "quad_class": info.quad_class
        }  # fmt: skip
        assert (row["title"], row["url"], row["outlet"], row["published"], row["lang"]) == (
            doc.title, doc.url, doc.outlet, doc.published, doc.lang
        )  # fmt: skip
        assert row["confidence"] == round(ev.confidence, 3)
    assert merged, "the fixture has events reported by several sentences"


def test_one_event_with_its_document(wb: Workbench) -> None:
    row = wb_query.event(wb.store, "wb-0001-fr", "v1")
    assert row is not None
    assert row["document"]["id"] == "wb-0001-fr"
    assert XSS_TITLE in row["document"]["title"]  # stored and returned verbatim: escaping is the page's job
    assert wb_query.event(wb.store, "wb-0001-fr", "v99") is None
    assert wb_query.event(wb.store, "missing", "v1") is None


# -- aggregates ------------------------------------------------------------------------------


@pytest.mark.parametrize("interval", ["month", "week"])
@pytest.mark.parametrize("fields", [{}, {"dyad": ("IRQ", "RUS")}, {"lang": "fr", "aux": "none"}])
def test_timeline_matches_brute_force(wb: Workbench, oracle: Oracle, interval: str, fields: dict[str, Any]) -> None:
    q = EventQuery(**fields)
    got = wb_query.timeline(wb.store, q, interval=interval)
    want = oracle.timeline(q, interval)
    assert got["interval"] == interval
    assert (got["undated"], got["imprecise"]) == (want["undated"], want["imprecise"])
    periods = [p["period"] for p in got["periods"]]
    assert periods == sorted(periods) and len(set(periods)) == len(periods)
    assert set(want["counts"]) <= set(periods)
    for p in got["periods"]:
        counts = want["counts"].get(p["period"], {})
        quads = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")
        assert {k: p[k] for k in quads} == {k: counts.get(k, 0) for k in quads}
        assert p["total"] == sum(counts.values())
        scores = want["scores"].get(p["period"])
        assert p["score"] == (pytest.approx(mean(scores), abs=1e-3) if scores else None)


def test_timeline_has_no_gaps(wb: Workbench) -> None:
    months = [p["period"] for p in wb_query.timeline(wb.store, EventQuery())["periods"]]
    for earlier, later in itertools.pairwise(months):
        year, month = int(earlier[:4]), int(earlier[5:])
        assert later == (f"{year + 1}-01" if month == 12 else f"{year}-{month + 1:02d}")
    weeks = [p["period"] for p in wb_query.timeline(wb.store, EventQuery(), interval="week")["periods"]]
    mondays = [date.fromisocalendar(int(w[:4]), int(w[6:]), 1) for w in weeks]
    assert all((b - a).days == 7 for a, b in itertools.pairwise(mondays))


def test_timeline_rejects_other_intervals(wb: Workbench) -> None:
    with pytest.raises(ValueError, match="interval"):
        wb_query.timeline(wb.store, EventQuery(), interval="day")


@pytest.mark.parametrize("level", ["country", "actor"])
@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"type": "CONSULT"},
        {"party": "IRQ", "date_from": "2023"},
        {"date_from": "2023-05-15", "date_to": "2024-02"},  # month- and year-precise dates overlap the start
        {"date_from": "2023-03", "type": "AGREE"},
        {"date_to": "2022-06-30"},
    ],
)
def test_network_matches_brute_force(wb: Workbench, oracle: Oracle, level: str, fields: dict[str, Any]) -> None:
    q = EventQuery(**fields)
    want = oracle.dyads(q, level)
    got = wb_query.network(wb.store, q, level=level, limit=2000)
    edges = {(e["source"], e["target"]): e for e in got["edges"]}
    assert set(edges) == set(want)
    for pair, flats in want.items():
        edge = edges[pair]
        assert edge["weight"] == len(flats)
        assert edge["types"] == dict(sorted(_type_counts(flats).items(), key=lambda kv: (-kv[1], kv[0])))
        assert edge["score"] == pytest.approx(mean(cameo_for(f.ev.type, f.ev.mode).goldstein for f in flats), abs=1e-3)
    weights = [e["weight"] for e in got["edges"]]
    assert weights == sorted(weights, reverse=True)
    node_weights = {n["id"]: n["weight"] for n in got["nodes"]}
    for node, weight in node_weights.items():
        assert weight == sum(e["weight"] for (s, t), e in edges.items() if node in (s, t))
    if level == "actor" and got["nodes"]:
        labels = {n["id"]: n["label"] for n in got["nodes"]}
        assert labels.get("kb:Q9900001", "Amal Haddad") == "Amal Haddad"


def _type_counts(flats: list[Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in flats:
        counts[f.ev.type] = counts.get(f.ev.type, 0) + 1
    return counts


def test_network_min_weight_and_limit(wb: Workbench) -> None:
    full = wb_query.network(wb.store, EventQuery())
    heavy = wb_query.network(wb.store, EventQuery(), min_weight=5, limit=3)
    assert len(heavy["edges"]) <= 3
    assert all(e["weight"] >= 5 for e in heavy["edges"])
    assert heavy["edges"] == [e for e in full["edges"] if e["weight"] >= 5][:3]
    assert {n["id"] for n in heavy["nodes"]} == {k for e in heavy["edges"] for k in (e["source"], e["target"])}


@pytest.mark.parametrize("level", ["country", "actor"])
def test_top_actors_and_dyads_match_brute_force(wb: Workbench, oracle: Oracle, level: str) -> None:
    q = EventQuery(lang="ar") if level == "actor" else EventQuery()
    counts = oracle.participants(q, level)
    want = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    got = wb_query.top_actors(wb.store, q, n=5, level=level)
    assert [(a["id"], a["events"]) for a in got] == want
    dyads = oracle.dyads(q, level)
    want_dyads = sorted(((pair, len(f)) for pair, f in dyads.items()), key=lambda kv: (-kv[1], kv[0]))[:5]
    got_dyads = wb_query.top_dyads(wb.store, q, n=5, level=level)
    assert [((d["actor"], d["recipient"]), d["events"]) for d in got_dyads] == want_dyads
    for d in got_dyads:
        flats = dyads[(d["actor"], d["recipient"])]
        assert d["score"] == pytest.approx(mean(cameo_for(f.ev.type, f.ev.mode).goldstein for f in flats), abs=1e-3)


def test_countries_match_brute_force(wb: Workbench, oracle: Oracle) -> None:
    for q in (EventQuery(), EventQuery(type="CONSULT", lang="en")):
        got = {c["country"]: (c["events"], c["as_actor"], c["as_recipient"]) for c in wb_query.countries(wb.store, q)}
        assert got == oracle.country_sides(q)


@pytest.mark.parametrize("bad", [{"level": "region"}])
def test_aggregates_reject_unknown_levels(wb: Workbench, bad: dict[str, str]) -> None:
    with pytest.raises(ValueError, match="level"):
        wb_query.network(wb.store, EventQuery(), **bad)
    with pytest.raises(ValueError, match="level"):
        wb_query.top_actors(wb.store, EventQuery(), **bad)


# -- actors ----------------------------------------------------------------------------------


def test_actor_page(wb: Workbench, oracle: Oracle) -> None:
    page = wb_query.actor_page(wb.store, "kb:Q9900001")
    assert page is not None
    assert (page["label"], page["type"], page["country"], page["kb_id"]) == ("Amal Haddad", "PERSON", "IRQ", "Q9900001")
    assert page["names"]["ar"] == ["أمل حداد"]
    assert page["names"]["fr"] == page["names"]["en"] == ["Amal Haddad"]
    docs = [d for d in wb.docs if any(e.kb_id == "Q9900001" for e in d.entities)]
    assert page["documents"] == len(docs)
    roles: dict[str, list[str]] = {}
    for d in docs:
        entity = next(e for e in d.entities if e.kb_id == "Q9900001")
        if entity.role:
            roles.setdefault(entity.role, []).append(d.published or "")
    assert {r["role"]: r["documents"] for r in page["roles"]} == {k: len(v) for k, v in roles.items()}
    minister = next(r for r in page["roles"] if r["role"] == "prime minister")
    assert minister["from"] == min(p for p in roles["prime minister"] if p)
    assert minister["to"] == max(roles["prime minister"])
    expected = expected_keys(oracle, EventQuery(party="kb:Q9900001", limit=1000))
    assert page["events"]["total"] == len(expected)
    assert keys(page["events"]["items"]) == expected[:50]


def test_actor_page_of_a_side_without_entity(wb: Workbench) -> None:
    page = wb_query.actor_page(wb.store, "name:gouvernement irakien|IRQ")
    assert page is not None
    assert page["names"]["fr"] == ["gouvernement irakien"]
    assert page["events"]["total"] > 0
    assert wb_query.actor_page(wb.store, "kb:Q0") is None


def test_search_actors_in_any_language_and_spelling(wb: Workbench) -> None:
    assert [a["id"] for a in wb_query.search_actors(wb.store, "حداد")] == ["kb:Q9900001"]
    assert [a["id"] for a in wb_query.search_actors(wb.store, "ETATS-unis")] == ["kb:Q30"]
    found = wb_query.search_actors(wb.store, "ir", limit=50)
    assert {"kb:Q796", "kb:Q794"} <= {a["id"] for a in found}
    counts = [a["documents"] for a in found]
    assert counts == sorted(counts, reverse=True)
    assert len(wb_query.search_actors(wb.store, "a", limit=2)) == 2
    assert wb_query.search_actors(wb.store, "zzzz") == []
    assert wb_query.search_actors(wb.store, "  ") == []


# -- documents -------------------------------------------------------------------------------


def test_document_is_the_contract_record_with_actor_keys(wb: Workbench) -> None:
    doc = wb.docs[1]
    record = wb_query.document(wb.store, doc.id)
    assert record is not None
    assert XSS_TITLE in record["title"] and XSS_BODY in record["body"]
    keys_of_entities = {e["id"]: e.pop("actor_id") for e in record["entities"]}
    assert keys_of_entities == {
        e.id: (f"kb:{e.kb_id}" if e.kb_id else f"name:{e.name.lower()}|{e.country}") for e in doc.entities
    }
    for ev in record["events"]:
        for member in (*ev["actor"], *ev["recipient"]):
            assert member.pop("actor_id")
    assert record == doc.as_dict()
    assert wb_query.document(wb.store, "missing") is None


@pytest.mark.parametrize("text", ["العراق", "والعراق", "الْعِرَاق", "securite", "SÉCURITÉ énergie", "Pavel", "alert"])
@pytest.mark.parametrize("lang", [None, "ar", "fr"])
def test_search_documents_matches_brute_force(wb: Workbench, text: str, lang: str | None) -> None:
    want = {d.id for d in wb.docs if text_matches(d, text) and (lang is None or d.lang == lang)}
    got = wb_query.search_documents(wb.store, text, lang=lang, limit=200)
    assert got["total"] == len(want)
    assert {item["id"] for item in got["items"]} == want
    terms = fts.query_terms(text)
    wanted = {r for term in terms for r in term}
    for item in got["items"]:
        assert "<mark" not in item["snippet"]
        for start, end in item["snippet_spans"]:
            assert wanted & set(fts.readings(item["snippet"][start:end]))


def test_search_snippet_is_plain_text_with_markup_verbatim(wb: Workbench) -> None:
    [item] = wb_query.search_documents(wb.store, "onerror")["items"]
    assert XSS_BODY in item["snippet"]
    start, end = item["snippet_spans"][0]
    assert item["snippet"][start:end] == "onerror"


def test_search_documents_paging(wb: Workbench) -> None:
    first = wb_query.search_documents(wb.store, "sources", limit=5)
    second = wb_query.search_documents(wb.store, "sources", limit=5, offset=5)
    assert first["total"] == second["total"] > 10
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    assert wb_query.search_documents(wb.store, "و") == {"total": 0, "items": []}


def test_facets(wb: Workbench, oracle: Oracle) -> None:
    facets = wb_query.facets(wb.store)
    events = [f.ev for f in oracle.flat]
    assert set(facets["types"]) == {e.type for e in events}
    assert set(facets["modes"]) == {e.mode for e in events if e.mode}
    assert set(facets["contexts"]) == {c for e in events for c in e.contexts}
    assert set(facets["langs"]) == {d.lang for d in wb.docs}
    assert set(facets["outlets"]) == {d.outlet for d in wb.docs if d.outlet}
    assert facets["date_min"] == min(bounds(e.date.date)[0] for e in events if e.date.date)
    assert facets["date_max"] == max(bounds(e.date.date)[0] for e in events if e.date.date)
    assert (facets["documents"], facets["events"]) == (len(wb.docs), len(events))


# -- the query object ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"type": "VISIT"},
        {"date_from": "2024/05/01"},
        {"date_to": "2024-13"},
        {"date_from": "2024-02-30"},
        {"date_from": "2024-06", "date_to": "2024-05"},
        {"aux": "maybe"},
        {"limit": 0},
        {"limit": 1001},
        {"offset": -1},
        {"dyad": ("IRQ", "")},
        {"min_confidence": 1.5},
        {"lang": "french"},
    ],
)
def test_bad_query_values_are_refused_with_a_clear_message(fields: dict[str, Any]) -> None:
    with pytest.raises(ValueError) as info:
        EventQuery(**fields)
    assert str(info.value)


def test_query_values_are_normalised() -> None:
    q = EventQuery(type=" consult ", context="Military", aux="NONE", lang="AR", actor="  ", dyad=(" IRQ", "RUS "))
    assert (q.type, q.context, q.aux, q.lang, q.actor, q.dyad) == (
        "CONSULT",
        "military",
        "none",
        "ar",
        None,
        ("IRQ", "RUS"),
    )
    assert EventQuery(date_from="2024-02", date_to="2024").date_range == ("2024-02-01", "2024-12-31")
