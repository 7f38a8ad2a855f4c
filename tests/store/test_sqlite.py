"""SQLiteStore: round trip, idempotent reruns, failures, migrations, summary and crash safety."""

from __future__ import annotations

import os
import pickle
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from marsad.model import (
    ActorRef,
    Document,
    Entity,
    Event,
    EventDate,
    Evidence,
    Failure,
    Location,
    Mention,
    Paragraph,
)
from marsad.store import SQLiteStore, StoreError

BODY = "Le ministre irakien Ibrahim al-Jaafari est arrivé jeudi à Moscou.\nSerguei Lavrov l'a reçu."


def make_entities(n: int, tag: str = "") -> list[Entity]:
    """``n`` entities e1..en, each with two mentions (ids past e9 check that order survives)."""
    return [
        Entity(
            id=f"e{i}",
            name=f"Person {i}{tag}",
            type="PERSON" if i % 2 else "GPE",
            mentions=[
                Mention(f"P{i}", 3 * i, 3 * i + 2, "PER", "model", 0.87654),
                Mention(f"Pers {i}", 100 + 3 * i, 106 + 3 * i, "PER", "coref", 0.5),
            ],
            country="IRQ" if i % 3 else None,
            sector="GOV" if i % 2 else None,
            role="minister" if i == 1 else None,
            kb_id=f"Q{i}" if i % 2 else None,
        )
        for i in range(1, n + 1)
    ]


def make_event(i: int, date: str | None = "2024-11-28", aux: str | None = None) -> Event:
    return Event(
        id=f"v{i}",
        type="CONSULT",
        mode="visit",
        contexts=["military", "diplomatic"],
        actor=[
            ActorRef("e1", "Ibrahim al-Jaafari", "IRQ", "GOV"),
            ActorRef(None, "Iraqi delegation", None, "GOV"),
        ],
        recipient=[ActorRef(None, "Russia", "RUS", "GOV")],
        date=EventDate(date, "jeudi", "publication date + weekday"),
        evidence=Evidence("Le ministre irakien Ibrahim al-Jaafari est arrivé jeudi à Moscou.", 0, 66),
        confidence=0.81234,
        rule="fr:consult:visite",
        aux=aux,
        location=Location("Moscou", "RUS", 55.75, 37.62) if i % 2 else None,
    )


def make_doc(doc_id: str, n_entities: int = 12, n_events: int = 3, tag: str = "") -> Document:
    """A rich document: paragraphs, removed lines, warnings, entities with mentions, events."""
    return Document(
        id=doc_id,
        source=f"/data/{doc_id}.html",
        body=BODY + tag,
        url=f"https://example.org/{doc_id}",
        outlet="Al-Manar",
        lang="fr",
        title="Le ministre des AE irakien à Moscou" + tag,
        published="2024-11-27",
        published_basis="html meta",
        removed=["27-11-2024 02:30 PM Jerusalem Timing", "Source: assafir"],
        paragraphs=[Paragraph(0, 66, "fr"), Paragraph(67, len(BODY), None)],
        entities=make_entities(n_entities, tag),
        events=[make_event(i, aux="future" if i == 2 else None) for i in range(1, n_events + 1)],
        warnings=["publication date taken from the page"],
    )


def counts(store: SQLiteStore) -> tuple[int, int, int]:
    s = store.summary()
    return s["articles"], s["entities"], s["events"]


def count_rows(path: Path, table: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    with SQLiteStore(":memory:") as s:
        yield s


# -- round trip ------------------------------------------------------------------------------


def test_round_trip_equals_as_dict(store: SQLiteStore) -> None:
    doc = make_doc("000_ad9e357cc1c54ed1")
    doc.lang = None
    doc.events.append(make_event(9, date=None))
    doc.events[-1].mode = None
    doc.body = "عقد وزير الخارجية العراقي محادثات في موسكو"
    store.save_documents([(doc, "h1")], run_id=store.start_run({}))
    [stored] = list(store.iter_documents())
    assert stored == doc.as_dict()
    assert [e["id"] for e in stored["entities"]][9:] == ["e10", "e11", "e12"]


def test_iter_documents_by_ids_keeps_given_order_and_skips_unknown(store: SQLiteStore) -> None:
    store.save_documents([(make_doc(i), i) for i in ("a", "b", "c")], run_id=None)
    assert [d["id"] for d in store.iter_documents()] == ["a", "b", "c"]
    assert [d["id"] for d in store.iter_documents(["c", "missing", "a"])] == ["c", "a"]


def test_document_without_entities_or_events(store: SQLiteStore) -> None:
    doc = Document(id="bare", source="-", body="text")
    store.save_documents([(doc, "h")], run_id=None)
    assert list(store.iter_documents()) == [doc.as_dict()]


# -- reruns ----------------------------------------------------------------------------------


def test_saving_same_documents_twice_changes_nothing(store: SQLiteStore) -> None:
    docs = [(make_doc("a"), "ha"), (make_doc("b"), "hb")]
    store.save_documents(docs, run_id=None)
    before = counts(store)
    store.save_documents(docs, run_id=None)
    assert counts(store) == before == (2, 24, 6)


def test_changed_document_replaces_stored_one_wholly(store: SQLiteStore) -> None:
    store.save_documents([(make_doc("a"), "old")], run_id=None)
    changed = make_doc("a", n_entities=2, n_events=1, tag=" (mis à jour)")
    store.save_documents([(changed, "new")], run_id=None)
    assert counts(store) == (1, 2, 1)
    assert store.stored_hash("a") == "new"
    assert list(store.iter_documents()) == [changed.as_dict()]


def test_stored_hash_of_unknown_document_is_none(store: SQLiteStore) -> None:
    assert store.stored_hash("nope") is None


def test_batch_with_invalid_document_stores_nothing(store: SQLiteStore) -> None:
    bad = make_doc("bad")
    bad.entities.append(make_entities(1)[0])  # a second "e1"
    with pytest.raises(ValueError, match="'bad'"):
        store.save_documents([(make_doc("good"), "h"), (bad, "h")], run_id=None)
    assert counts(store) == (0, 0, 0)
    store.save_documents([(make_doc("good"), "h")], run_id=None)  # the store is still usable
    assert counts(store) == (1, 12, 3)


# -- failures --------------------------------------------------------------------------------


def test_repeated_failure_updates_instead_of_adding(store: SQLiteStore) -> None:
    run1 = store.start_run({})
    store.record_failures([Failure("a", "a.html", "clean", "E201", "empty body")], run1)
    run2 = store.start_run({})
    store.record_failures([Failure("a", "a.html", "clean", "E201", "still empty")], run2)
    [failure] = store.failures()
    assert (failure["message"], failure["run_id"]) == ("still empty", run2)
    store.record_failures([Failure("a", "a.html", "nlp", "E301", "no model")], run2)
    assert len(store.failures()) == 2


def test_success_clears_earlier_failures_of_that_article(store: SQLiteStore) -> None:
    store.record_failures(
        [Failure("a", "a.html", "clean", "E201", "x"), Failure("b", "b.html", "clean", "E201", "y")], None
    )
    store.save_documents([(make_doc("a"), "h")], run_id=None)
    assert [f["article_id"] for f in store.failures()] == ["b"]


# -- runs ------------------------------------------------------------------------------------


def test_runs_are_recorded(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with SQLiteStore(db) as s:
        run_id = s.start_run({"languages": ["fr", "ar"]})
        s.finish_run(run_id, n_ok=3, n_failed=1, n_skipped=2)
    conn = sqlite3.connect(db)
    row = conn.execute("SELECT config_json, n_ok, n_failed, n_skipped, finished_at FROM runs").fetchone()
    conn.close()
    assert row[:4] == ('{"languages": ["fr", "ar"]}', 3, 1, 2)
    assert row[4]


# -- opening, migrations, WAL ----------------------------------------------------------------


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    with SQLiteStore(db) as s:
        s.save_documents([(make_doc("a"), "h")], run_id=None)
    conn = sqlite3.connect(db)
    first = conn.execute("SELECT name, applied_at FROM schema_migrations").fetchall()
    conn.close()
    with SQLiteStore(db) as s:
        assert counts(s) == (1, 12, 3)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT name, applied_at FROM schema_migrations").fetchall() == first
    conn.close()
    assert [name for name, _ in first] == ["0001_initial", "0002_workbench"]


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    SQLiteStore(db).close()
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO schema_migrations VALUES ('9999_future', 'later')")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError) as info:
        SQLiteStore(db)
    assert info.value.code == "E402"
    assert info.value.hint == "upgrade marsad"
    assert "9999_future" in str(info.value)


@pytest.mark.parametrize("make_path", [lambda d: d / "missing" / "m.db", lambda d: d])
def test_unopenable_path_raises_e401(tmp_path: Path, make_path: Callable[[Path], Path]) -> None:
    with pytest.raises(StoreError) as info:
        SQLiteStore(make_path(tmp_path))
    assert info.value.code == "E401"
    assert "permissions" in info.value.hint


def test_file_that_is_not_a_database_raises_e401(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite" * 100)
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    assert info.value.code == "E401"


def test_file_database_uses_wal(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    SQLiteStore(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


# -- summary ---------------------------------------------------------------------------------


def test_summary(store: SQLiteStore) -> None:
    en = make_doc("b", n_entities=1, n_events=1)
    en.lang = "en"
    en.events[0].type = "ACCUSE"
    en.events[0].actor = [ActorRef(None, "gunmen", None, None)]
    unknown = make_doc("c", n_entities=0, n_events=0)
    unknown.lang = None
    store.save_documents([(make_doc("a"), "h"), (en, "h"), (unknown, "h")], run_id=None)
    store.record_failures([Failure("z", "z.txt", "ingest", "E101", "unreadable")], None)
    assert store.summary() == {
        "articles": 3,
        "by_lang": {"en": 1, "fr": 1, "unknown": 1},
        "entities": 13,
        "events": 4,
        "events_by_type": {"CONSULT": 3, "ACCUSE": 1},
        "top_dyads": [("IRQ", "RUS", 3), ("UNK", "RUS", 1)],
        "failures": [
            {"article_id": "z", "source": "z.txt", "stage": "ingest", "code": "E101", "message": "unreadable"}
        ],
    }
    assert store.summary(top=1)["top_dyads"] == [("IRQ", "RUS", 3)]


# -- crash safety ----------------------------------------------------------------------------

CHILD = """
import pickle, sys
from marsad.store import SQLiteStore

with open(sys.argv[2], "rb") as fh:
    docs = pickle.load(fh)
store = SQLiteStore(sys.argv[1])
run_id = store.start_run({"test": "crash"})
batches = [docs[i : i + 5] for i in range(0, len(docs), 5)]
while True:
    for batch in batches:
        store.save_documents([(d, "h-" + d.id) for d in batch], run_id)
"""


def stored_documents(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db, timeout=10)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:  # schema not created yet
        return 0
    finally:
        conn.close()


def run_and_kill(db: Path, docs_file: Path) -> None:
    """Start a writer, wait until it has stored something, then SIGKILL it at a random moment."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(docs_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while stored_documents(db) < 1:
            if child.poll() is not None:
                pytest.fail(f"writer exited early: {child.stderr.read().decode() if child.stderr else ''}")
            if time.monotonic() > deadline:
                pytest.fail("writer stored nothing within 60 s")
            time.sleep(0.01)
        time.sleep(random.uniform(0.0, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        if child.stderr:
            child.stderr.close()


def test_killed_writer_leaves_a_consistent_database(tmp_path: Path) -> None:
    n = 60
    docs = [make_doc(f"doc{i:03d}", n_entities=20, n_events=8, tag=f" #{i}") for i in range(n)]
    docs_file = tmp_path / "docs.pickle"
    docs_file.write_bytes(pickle.dumps(docs))
    db = tmp_path / "crash.db"

    run_and_kill(db, docs_file)

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    expected = {d.id: d.as_dict() for d in docs}
    with SQLiteStore(db) as s:
        stored = list(s.iter_documents())
        assert stored, "the writer was killed before anything was committed"
        for record in stored:  # no half-written document
            assert record == expected[record["id"]]
        for i in range(0, n, 5):
            s.save_documents([(d, "h-" + d.id) for d in docs[i : i + 5]], run_id=None)
        assert counts(s) == (n, n * 20, n * 8)
        assert sorted(d["id"] for d in s.iter_documents()) == sorted(expected)
