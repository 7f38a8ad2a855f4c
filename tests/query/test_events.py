"""list_events filters and the CSV / JSON Lines / rich table formats."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator

import pytest
from rich.console import Console
from rich.table import Table

from marsad.model import ActorRef, Document, Event, EventDate, Evidence, Location
from marsad.query import EventFilter, list_events, to_csv, to_jsonl, to_rich_table
from marsad.store import SQLiteStore


def actor(name: str | None, country: str | None, sector: str | None = "GOV") -> ActorRef:
    return ActorRef(None, name, country, sector)


def event(
    event_id: str,
    type_: str,
    actors: list[ActorRef],
    recipients: list[ActorRef],
    date: str | None,
    evidence: str = "Evidence sentence.",
) -> Event:
    return Event(
        id=event_id,
        type=type_,
        mode=None,
        contexts=["diplomatic"],
        actor=actors,
        recipient=recipients,
        date=EventDate(date, "jeudi" if date else None, "explicit" if date else "undated"),
        evidence=Evidence(evidence, 0, len(evidence)),
        confidence=0.71234,
        rule="test:rule",
        location=Location("Moscou", "RUS", 55.75, 37.62) if type_ == "CONSULT" else None,
    )


def documents() -> list[Document]:
    d1 = Document(
        id="d1",
        source="d1.html",
        body="...",
        lang="fr",
        title="Jaafari à Moscou",
        url="https://example.org/d1",
        events=[
            event("v1", "CONSULT", [actor("Ibrahim al-Jaafari", "IRQ")], [actor("Russia", "RUS")], "2020-05-14"),
            event("v2", "ACCUSE", [actor("Sergey Lavrov", "RUS")], [actor("United States", "USA")], "2020-05"),
        ],
    )
    d2 = Document(
        id="d2",
        source="d2.txt",
        body="...",
        lang="en",
        title="Strike in Gaza",
        events=[
            event(
                "v1",
                "ASSAULT",
                [actor("Israeli army", "ISR", "MIL"), actor("gunmen", None, None)],
                [actor("Palestinians", "PSE", "CVL")],
                "2021-01-03",
                evidence="The army [bold]struck[/bold] " + "a building in the north of the strip " * 4,
            ),
            event("v2", "SUPPORT", [actor("Émile Lahoud", "LBN")], [actor("Syria", "SYR")], None),
        ],
    )
    d3 = Document(
        id="d3",
        source="d3.json",
        body="...",
        lang="ar",
        events=[event("v1", "CONSULT", [actor(None, "EGY")], [actor("Russia", "RUS")], "2020-04-30")],
    )
    return [d1, d2, d3]


@pytest.fixture
def store() -> Iterator[SQLiteStore]:
    with SQLiteStore(":memory:") as s:
        s.save_documents([(d, "h") for d in documents()], run_id=None)
        yield s


def ids(rows: list[dict]) -> list[str]:
    return [f"{r['doc_id']}/{r['event_id']}" for r in rows]


ALL_BY_DATE = ["d3/v1", "d1/v2", "d1/v1", "d2/v1", "d2/v2"]


@pytest.mark.parametrize(
    ("filt", "expected"),
    [
        (EventFilter(), ALL_BY_DATE),
        (EventFilter(actor="IRQ"), ["d1/v1"]),
        (EventFilter(actor="rus"), ["d1/v2"]),  # the code matches on the actor side only
        (EventFilter(recipient="RUS"), ["d3/v1", "d1/v1"]),
        (EventFilter(actor="ISR"), ["d2/v1"]),  # one member of a compound actor
        (EventFilter(actor="lavrov"), ["d1/v2"]),
        (EventFilter(actor="émile"), ["d2/v2"]),
        (EventFilter(recipient="united"), ["d1/v2"]),
        (EventFilter(type="assault"), ["d2/v1"]),
        (EventFilter(date_from="2021"), ["d2/v1"]),
        (EventFilter(date_to="2020-05-31"), ["d3/v1", "d1/v2", "d1/v1"]),
        (EventFilter(date_from="2020-05-01", date_to="2020-05-31"), ["d1/v2", "d1/v1"]),
        (EventFilter(date_from="2020-05-15"), ["d1/v2", "d2/v1"]),  # "2020-05" overlaps the bound
        (EventFilter(date_to="2020-04"), ["d3/v1"]),
        (EventFilter(lang="en"), ["d2/v1", "d2/v2"]),
        (EventFilter(doc_id="d1"), ["d1/v2", "d1/v1"]),
        (EventFilter(type="CONSULT", lang="ar"), ["d3/v1"]),
        (EventFilter(limit=2), ALL_BY_DATE[:2]),
        (EventFilter(limit=2, offset=2), ALL_BY_DATE[2:4]),
        (EventFilter(offset=4), ALL_BY_DATE[4:]),
        (EventFilter(actor="nobody"), []),
    ],
)
def test_filters(store: SQLiteStore, filt: EventFilter, expected: list[str]) -> None:
    assert ids(list_events(store, filt)) == expected


@pytest.mark.parametrize(
    "kwargs", [{"date_from": "2020/05/01"}, {"date_to": "May 2020"}, {"limit": -1}, {"offset": -2}]
)
def test_bad_filter_values_are_refused(kwargs: dict) -> None:
    with pytest.raises(ValueError):
        EventFilter(**kwargs)


def test_row_shape(store: SQLiteStore) -> None:
    [row] = list_events(store, EventFilter(actor="IRQ"))
    assert row == {
        "doc_id": "d1",
        "event_id": "v1",
        "type": "CONSULT",
        "mode": None,
        "contexts": ["diplomatic"],
        "actor": [{"entity": None, "name": "Ibrahim al-Jaafari", "country": "IRQ", "sector": "GOV"}],
        "recipient": [{"entity": None, "name": "Russia", "country": "RUS", "sector": "GOV"}],
        "date": "2020-05-14",
        "date_text": "jeudi",
        "date_basis": "explicit",
        "aux": None,
        "location": {"name": "Moscou", "country": "RUS", "lat": 55.75, "lon": 37.62},
        "evidence": "Evidence sentence.",
        "confidence": 0.712,
        "rule": "test:rule",
        "lang": "fr",
        "title": "Jaafari à Moscou",
        "url": "https://example.org/d1",
    }


# -- formats ---------------------------------------------------------------------------------


def test_csv(store: SQLiteStore) -> None:
    fh = io.StringIO(newline="")
    to_csv(list_events(store, EventFilter()), fh)
    rows = list(csv.DictReader(io.StringIO(fh.getvalue(), newline="")))
    assert [f"{r['doc_id']}/{r['event_id']}" for r in rows] == ALL_BY_DATE
    assault = rows[3]
    assert assault["actor"] == "Israeli army;gunmen"
    assert assault["actor_country"] == "ISR;"
    assert assault["recipient_sector"] == "CVL"
    assert assault["contexts"] == "diplomatic"
    assert assault["date"] == "2021-01-03"
    assert rows[4]["date"] == ""
    assert rows[2]["location"] == "Moscou"


def test_csv_of_no_rows_is_a_header() -> None:
    fh = io.StringIO()
    to_csv([], fh)
    assert fh.getvalue().startswith("doc_id,event_id,date,")


def test_jsonl_round_trips(store: SQLiteStore) -> None:
    rows = list_events(store, EventFilter())
    fh = io.StringIO()
    to_jsonl(rows, fh)
    lines = fh.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == rows
    assert "Émile" in fh.getvalue()


def render(table: Table) -> str:
    console = Console(file=io.StringIO(), width=400, color_system=None)
    console.print(table)
    return console.file.getvalue()


def test_rich_table(store: SQLiteStore) -> None:
    rows = list_events(store, EventFilter())
    table = to_rich_table(rows)
    assert [c.header for c in table.columns] == [
        "date", "type", "mode", "actor", "recipient", "evidence", "doc id",
    ]  # fmt: skip
    assert table.row_count == 5
    text = render(table)
    assert "Israeli army (ISR), gunmen" in text
    assert "[bold]struck[/bold]" in text  # article text is not read as markup
    evidence = next(line for line in text.splitlines() if "struck" in line)
    cell = evidence[evidence.index("The army") :].split("│")[0].strip()
    assert len(cell) == 80
    assert cell.endswith("…")
