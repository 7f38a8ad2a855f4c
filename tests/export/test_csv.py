"""CSV export read back with the csv module: one row per event, exact values, protected text, numeric numbers."""

from __future__ import annotations

import csv
import io

from marsad.export.csvfile import COLUMNS, write_csv
from marsad.query.formats import CSV_COLUMNS
from tests.export.sample import ARITHMETIC, HYPERLINK, TRICKY_EVIDENCE, records


def read_back() -> list[dict[str, str]]:
    buffer = io.StringIO(newline="")
    write_csv(records(), buffer)
    return list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))


def test_header_starts_with_the_events_command_columns() -> None:
    buffer = io.StringIO(newline="")
    write_csv([], buffer)
    header = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert tuple(header) == COLUMNS
    assert tuple(header[: len(CSV_COLUMNS)]) == CSV_COLUMNS


def test_one_row_per_event_in_order() -> None:
    rows = read_back()
    assert [(r["doc_id"], r["event_id"]) for r in rows] == [
        ("fr-001", "v1"),
        ("fr-001", "v2"),
        ("fr-001", "v3"),
        ("ar-001", "v1"),
        ("ar-001", "v2"),
    ]


def test_quotes_commas_tabs_and_newlines_survive_exactly() -> None:
    visit = read_back()[0]
    assert visit["evidence"] == TRICKY_EVIDENCE
    assert visit["outlet"] == 'Al-Manar, "Beyrouth"'
    assert visit["url"] == "https://example.org/fr-001?a=1,b=2"
    assert visit["location"] == "Moscou"


def test_arabic_text_survives_exactly() -> None:
    aid = read_back()[3]
    assert aid["title"] == "تسليم طائرات مسيرة إلى العراق"
    assert aid["date_text"] == "السبت"
    assert aid["rule"] == "ar:aid:تسليم"
    assert aid["outlet"] == "الميادين"


def test_formula_payloads_are_neutralised_in_text_columns() -> None:
    rows = read_back()
    assert rows[0]["title"] == "'" + HYPERLINK
    assert rows[1]["evidence"].startswith("'" + ARITHMETIC)
    assert rows[3]["evidence"].startswith("'@")  # the Arabic lead starts with "@"
    for row in rows:
        for column, value in row.items():
            assert not value.lstrip().startswith(("=", "+", "@")), (column, value)


def test_numbers_stay_numbers() -> None:
    visit, accuse, strike = read_back()[:3]
    assert float(visit["confidence"]) == 0.8
    assert float(accuse["goldstein"]) == -2.0 and accuse["goldstein"] == "-2.0"
    assert float(strike["lon"]) == -7.25 and strike["lon"] == "-7.25"
    assert float(strike["goldstein"]) == -10.0
    assert int(visit["evidence_start"]) == 66


def test_compound_and_empty_sides_and_undated_events() -> None:
    visit, accuse, strike, aid, _ = read_back()
    assert (visit["actor"], visit["actor_country"], visit["actor_sector"]) == (
        "Ibrahim al-Jaafari;",
        "IRQ;IRQ",
        "GOV;MIL",
    )
    assert (accuse["recipient"], accuse["recipient_country"]) == ("", "")
    assert (strike["actor"], strike["recipient_country"], strike["recipient_sector"]) == ("", "IRQ", "")
    assert (aid["recipient"], aid["recipient_sector"]) == ("Iraq;Iraq", "GOV;MIL")
    assert accuse["date"] == "" and accuse["date_basis"] == "undated"
    assert strike["date"] == "2024-11"
    assert visit["contexts"] == "diplomatic;military" and accuse["aux"] == "future"
    assert (visit["cameo_root"], visit["cameo_code"], visit["quad_class"]) == ("04", "042", "verbal cooperation")
