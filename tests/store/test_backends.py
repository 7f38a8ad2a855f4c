"""Both backends behind the one ``Store`` interface: round trip, idempotent rewrites, replacement, atomic
batches, failures, migrations and errors; and the conversion of SQLite files written by Marsad 0.2."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from marsad.model import ActorRef, Failure
from marsad.query import workbench
from marsad.query.workbench import EventQuery
from marsad.store import EventFilter, SQLiteStore, StoreError, open_store
from marsad.store.base import Store
from marsad.store.migrate import available_migrations, split_statements
from tests.fixtures.workbench import XSS_BODY, XSS_TITLE, content_hash, make_documents
from tests.store.pg_server import PostgresServer

DOCS = make_documents(15, seed=3)


def save(store: Store, docs: list = DOCS) -> None:
    store.save_documents([(d, content_hash(d)) for d in docs], run_id=None)


def fingerprint(store: Store) -> dict:
    """Everything a reader sees, to compare before/after rewrites (order-sensitive where the API is)."""
    q = EventQuery(limit=1000)
    return {
        "records": list(store.iter_documents()),
        "events": workbench.events(store, q),
        "network": workbench.network(store, q, level="actor"),
        "countries": workbench.countries(store, q),
        "actors": workbench.search_actors(store, "a", limit=100),
        "search": workbench.search_documents(store, "sources", limit=100)["total"],
        "summary": store.summary(),
    }


def test_round_trip_is_the_contract_record(any_store: Store) -> None:
    save(any_store)
    assert list(any_store.iter_documents()) == [d.as_dict() for d in DOCS]
    assert [d["id"] for d in any_store.iter_documents([DOCS[3].id, "missing", DOCS[0].id])] == [DOCS[3].id, DOCS[0].id]
    assert any_store.stored_hash(DOCS[0].id) == content_hash(DOCS[0])
    assert any_store.stored_hash("missing") is None


def test_markup_is_stored_and_returned_verbatim(any_store: Store) -> None:
    save(any_store)
    record = next(r for r in any_store.iter_documents() if r["id"] == DOCS[1].id)
    assert XSS_TITLE in record["title"] and XSS_BODY in record["body"]
    rows = workbench.events(any_store, EventQuery(doc_id=DOCS[1].id))["items"]
    assert all(XSS_TITLE in row["title"] for row in rows)


def test_saving_the_same_documents_again_changes_nothing(any_store: Store) -> None:
    save(any_store)
    before = fingerprint(any_store)
    save(any_store)
    save(any_store, DOCS[:4])
    after = fingerprint(any_store)
    # a rewritten document moves to the end of the storing order; nothing else changes
    assert sorted(after.pop("records"), key=lambda r: r["id"]) == sorted(before.pop("records"), key=lambda r: r["id"])
    after["events"]["items"].sort(key=lambda r: (r["doc_id"], r["event_id"]))
    before["events"]["items"].sort(key=lambda r: (r["doc_id"], r["event_id"]))
    assert after == before


def test_a_changed_document_replaces_the_stored_one_wholly(any_store: Store) -> None:
    save(any_store)
    original = DOCS[2]
    changed = make_documents(1, seed=99)[0]
    changed.id, changed.source = original.id, original.source
    changed.title, changed.body = "Replaced headline", "Nothing about the old story: zanzibar."
    changed.entities, changed.events = [], []
    any_store.save_documents([(changed, "new-hash")], run_id=None)
    assert any_store.stored_hash(original.id) == "new-hash"
    assert [r for r in any_store.iter_documents([original.id])] == [changed.as_dict()]
    assert workbench.events(any_store, EventQuery(doc_id=original.id))["total"] == 0
    assert [i["id"] for i in workbench.search_documents(any_store, "zanzibar")["items"]] == [original.id]
    assert original.id not in {i["id"] for i in workbench.search_documents(any_store, "sources", limit=100)["items"]}
    assert any_store.summary()["articles"] == len(DOCS)
    # actors seen only in the old version have no document left
    for entity in original.entities:
        key = f"kb:{entity.kb_id}" if entity.kb_id else None
        if key and not any(e.kb_id == entity.kb_id for d in DOCS if d.id != original.id for e in d.entities):
            assert workbench.actor_page(any_store, key) is None


def test_a_batch_with_a_bad_document_stores_nothing(any_store: Store) -> None:
    bad = make_documents(3, seed=5)[2]
    bad.entities.append(bad.entities[0])  # a second entity with the same id
    with pytest.raises(ValueError, match=repr(bad.id)):
        any_store.save_documents([(DOCS[0], "h"), (bad, "h")], run_id=None)
    assert any_store.summary()["articles"] == 0
    save(any_store, DOCS[:2])
    assert any_store.summary()["articles"] == 2


def test_a_document_twice_in_one_batch_is_stored_once(any_store: Store) -> None:
    any_store.save_documents([(DOCS[0], "a"), (DOCS[0], "b")], run_id=None)
    assert any_store.summary()["articles"] == 1
    assert any_store.stored_hash(DOCS[0].id) == "b"


def test_failures_and_runs(any_store: Store) -> None:
    run = any_store.start_run({"languages": ["ar"]})
    any_store.record_failures([Failure("a", "a.txt", "clean", "E201", "empty")], run)
    any_store.record_failures([Failure("a", "a.txt", "clean", "E201", "still empty")], run)
    any_store.record_failures([Failure(DOCS[0].id, "x.txt", "nlp", "E301", "crash")], run)
    assert [(f["article_id"], f["message"]) for f in any_store.failures()] == [
        ("a", "still empty"),
        (DOCS[0].id, "crash"),
    ]
    save(any_store, DOCS[:1])
    assert [f["article_id"] for f in any_store.failures()] == ["a"]
    any_store.finish_run(run, 1, 1, 0)


def test_cli_event_filter_on_both_backends(any_store: Store) -> None:
    doc = make_documents(1)[0]
    doc.events[0].actor = [ActorRef(None, "Émile Lahoud", "LBN", "GOV")]
    save(any_store, [doc, *DOCS[1:]])
    rows = any_store.select_events(EventFilter(actor="émile"))
    assert [(r["doc_id"], r["event_id"]) for r in rows] == [(doc.id, "v1")]
    assert rows[0]["actor"] == [{"entity": None, "name": "Émile Lahoud", "country": "LBN", "sector": "GOV"}]
    assert isinstance(rows[0]["evidence"], str)
    everything = any_store.select_events(EventFilter())
    dates = [r["date"] for r in everything if r["date"]]
    assert dates == sorted(dates)
    assert everything[-1]["date"] is None
    assert any_store.select_events(EventFilter(limit=3, offset=1)) == everything[1:4]
    assert any_store.select_events(EventFilter(type="NOT_A_TYPE")) == []


def test_both_backends_answer_alike(tmp_path: Path, pg_url: str) -> None:
    with SQLiteStore(tmp_path / "a.db") as lite, open_store(pg_url) as pg:
        save(lite)
        save(pg)
        lite_view, pg_view = fingerprint(lite), fingerprint(pg)
        assert lite_view == pg_view
        for interval in ("month", "week"):
            assert workbench.timeline(lite, EventQuery(), interval) == workbench.timeline(pg, EventQuery(), interval)
        assert workbench.facets(lite) == workbench.facets(pg)


# -- PostgreSQL specifics --------------------------------------------------------------------


def test_open_store_picks_the_backend(tmp_path: Path, pg_url: str) -> None:
    from marsad.store.postgres import PostgresStore

    with open_store(tmp_path / "x.db") as lite:
        assert isinstance(lite, SQLiteStore)
    with open_store(pg_url) as pg:
        assert isinstance(pg, PostgresStore)
        assert isinstance(pg, Store)


def test_postgres_migrations_are_applied_once(pg_url: str) -> None:
    import psycopg

    with open_store(pg_url) as store:
        save(store, DOCS[:2])
    with open_store(pg_url) as store:
        assert store.summary()["articles"] == 2
    with psycopg.connect(pg_url) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == ["pg_0001_schema"]


def test_postgres_newer_schema_is_refused(pg_url: str) -> None:
    import psycopg

    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO schema_migrations VALUES ('pg_9999_future', 'later')")
    with pytest.raises(StoreError) as info:
        open_store(pg_url)
    assert info.value.code == "E402"
    assert "pg_9999_future" in str(info.value)


def test_unreachable_postgres_is_e403_without_the_password(pg_server: PostgresServer) -> None:
    from tests.store.pg_server import free_port

    url = f"postgresql://someone:s3cret@127.0.0.1:{free_port()}/nothing?connect_timeout=2"
    with pytest.raises(StoreError) as info:
        open_store(url)
    assert info.value.code == "E403"
    assert "s3cret" not in str(info.value)
    assert "server is running" in info.value.hint


def test_postgres_value_errors_roll_the_batch_back(pg_url: str) -> None:
    bad = make_documents(1, seed=8)[0]
    bad.id = "nul-byte"
    bad.body += "\x00"  # PostgreSQL text cannot hold NUL
    with open_store(pg_url) as store:
        with pytest.raises(ValueError, match="nul-byte"):
            store.save_documents([(DOCS[0], "h"), (bad, "h")], run_id=None)
        assert store.summary()["articles"] == 0


PG_CHILD = """
import sys
from marsad.store import open_store
from tests.fixtures.workbench import content_hash, make_documents

docs = make_documents(120, seed=11)
store = open_store(sys.argv[1])
while True:
    for i in range(0, len(docs), 10):
        store.save_documents([(d, content_hash(d)) for d in docs[i : i + 10]], None)
"""


def test_killed_postgres_writer_leaves_whole_documents(pg_url: str) -> None:
    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen(
        [sys.executable, "-c", PG_CHILD, pg_url], cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        deadline = time.monotonic() + 60
        with open_store(pg_url) as probe:
            while probe.summary()["articles"] < 30:
                assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
                assert time.monotonic() < deadline, "the writer stored nothing within 60 s"
                time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stderr:
            child.stderr.close()
    expected = {d.id: d.as_dict() for d in make_documents(120, seed=11)}
    with open_store(pg_url) as store:
        stored = list(store.iter_documents())
        assert stored
        for record in stored:
            assert record == expected[record["id"]]
        assert store.summary()["articles"] % 10 == 0  # whole batches only


# -- SQLite files of Marsad 0.2 --------------------------------------------------------------


def make_0001_database(path: Path) -> None:
    """A database as Marsad 0.2 left it: migration 0001 only, one document with an entity and an event."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    name, script = available_migrations()[0]
    assert name == "0001_initial"
    for statement in split_statements(script):
        conn.execute(statement)
    conn.execute("INSERT INTO schema_migrations VALUES ('0001_initial', 'then')")
    conn.execute(
        "INSERT INTO documents (id, source, url, outlet, lang, title, published, published_basis, body, removed_json,"
        " warnings_json, paragraphs_json, content_hash, run_id, stored_at) VALUES ('old', 'old.txt', NULL, 'Wire',"
        " 'fr', 'Titre', '2020-05-14', 'hint', 'Lavrov a reçu Jaafari.', '[]', '[]',"
        ' \'[{"start": 0, "end": 22, "lang": "fr"}]\', \'h-old\', 3, \'2020-05-15T00:00:00+00:00\')'
    )
    conn.execute(
        "INSERT INTO entities VALUES ('old', 'e1', 0, 'Sergey Lavrov', 'PERSON', 'RUS', 'GOV', 'foreign minister',"
        " 'Q34286')"
    )
    conn.execute("INSERT INTO mentions VALUES ('old', 'e1', 0, 'Lavrov', 0, 6, 'PER', 'kb:Q34286', 0.9)")
    conn.execute(
        "INSERT INTO events VALUES ('old', 'v1', 0, 'CONSULT', 'visit', '[\"diplomatic\"]',"
        ' \'[{"entity": "e1", "name": "Sergey Lavrov", "country": "RUS", "sector": "GOV"}]\','
        ' \'[{"entity": null, "name": "Jaafari", "country": "IRQ", "sector": "GOV"}]\','
        " 'RUS', 'IRQ', '2020-05-14', 'jeudi', 'explicit', NULL, NULL, 'Lavrov a reçu Jaafari.', 0, 22, 0.8,"
        " 'fr:consult')"
    )
    conn.commit()
    conn.close()


def test_a_marsad_0_2_database_is_converted(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    make_0001_database(db)
    with SQLiteStore(db) as store:
        [record] = list(store.iter_documents())
        assert record["entities"][0]["mentions"] == [
            {"text": "Lavrov", "start": 0, "end": 6, "rule": "kb:Q34286", "confidence": 0.9}
        ]
        assert record["events"][0]["evidence_spans"] == [{"text": "Lavrov a reçu Jaafari.", "start": 0, "end": 22}]
        assert store.stored_hash("old") == "h-old"
        assert workbench.events(store, EventQuery(dyad=("IRQ", "RUS")))["total"] == 1
        assert workbench.actor_page(store, "kb:Q34286")["roles"][0]["role"] == "foreign minister"
        assert workbench.search_documents(store, "recu")["total"] == 1
    conn = sqlite3.connect(db)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    run_id = conn.execute("SELECT run_id FROM documents").fetchone()[0]
    conn.close()
    assert not {t for t in tables if t.startswith("legacy_")}
    assert run_id == 3


def test_an_event_in_both_directions_of_a_dyad_counts_once(any_store: Store) -> None:
    doc = make_documents(1)[0]
    both = [ActorRef(None, "Iraqi delegation", "IRQ", "GOV"), ActorRef(None, "Russian delegation", "RUS", "GOV")]
    doc.events = doc.events[:1]
    doc.events[0].actor, doc.events[0].recipient = both, list(reversed(both))
    save(any_store, [doc])
    for dyad in (("IRQ", "RUS"), ("RUS", "IRQ"), ("IRQ", "IRQ")):
        q = EventQuery(dyad=dyad)
        assert workbench.events(any_store, q)["total"] == 1
        assert (
            sum(p["total"] for p in workbench.timeline(any_store, q)["periods"])
            + workbench.timeline(any_store, q)["undated"]
            + workbench.timeline(any_store, q)["imprecise"]
            == 1
        )
    assert workbench.countries(any_store, EventQuery()) == [
        {"country": "IRQ", "events": 1, "as_actor": 1, "as_recipient": 1},
        {"country": "RUS", "events": 1, "as_actor": 1, "as_recipient": 1},
    ]
    assert {(e["source"], e["target"]) for e in workbench.network(any_store, EventQuery())["edges"]} == {
        ("IRQ", "IRQ"), ("IRQ", "RUS"), ("RUS", "IRQ"), ("RUS", "RUS")
    }  # fmt: skip


def test_cached_whole_store_aggregates_follow_writes_of_any_process(any_store: Store, tmp_path: Path) -> None:
    save(any_store, DOCS[:5])
    before = (workbench.countries(any_store, EventQuery()), workbench.facets(any_store))
    assert workbench.countries(any_store, EventQuery()) == before[0]  # from the cache
    url = getattr(any_store, "url", None) or any_store.path  # type: ignore[attr-defined]
    with open_store(url) as other:  # another connection, as another process would have
        save(other, DOCS[5:])
    after = (workbench.countries(any_store, EventQuery()), workbench.facets(any_store))
    assert after[1]["documents"] == len(DOCS) != before[1]["documents"]
    assert after[0] != before[0]
    timeline = workbench.timeline(any_store, EventQuery())
    timeline["periods"].clear()  # callers get their own copy
    assert workbench.timeline(any_store, EventQuery())["periods"]
