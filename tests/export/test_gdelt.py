"""GDELT-style TSV read back with csv: the 61 GDELT 2.0 columns, one row per dyad, CAMEO codes, dates."""

from __future__ import annotations

import csv
import io

import pytest

from marsad.export.gdelt import COLUMNS, date_columns, write_gdelt_tsv
from tests.export.sample import records


def read_back() -> list[dict[str, str]]:
    buffer = io.StringIO(newline="")
    write_gdelt_tsv(records(), buffer)
    reader = csv.reader(io.StringIO(buffer.getvalue(), newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    header, *rows = list(reader)
    assert tuple(header) == COLUMNS
    assert all(len(row) == 61 for row in rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_gdelt_column_order() -> None:
    assert len(COLUMNS) == 61
    assert COLUMNS[:7] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name")
    assert COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )  # fmt: skip
    assert COLUMNS[51:53] == ("ActionGeo_Type", "ActionGeo_FullName")
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")


def test_compound_sides_expand_to_one_row_per_dyad() -> None:
    rows = read_back()
    # v1: 2 actors x 1 recipient; v2: 1 x empty; v3: empty x 1; AID: 1 x 2; THREATEN: 1 x 1
    assert len(rows) == 7
    assert [r["GLOBALEVENTID"] for r in rows] == [str(i) for i in range(1, 8)]
    jaafari, army = rows[0], rows[1]
    assert (jaafari["Actor1Code"], jaafari["Actor1Name"], jaafari["Actor1CountryCode"]) == (
        "IRQGOV",
        "Ibrahim al-Jaafari",
        "IRQ",
    )
    assert (army["Actor1Code"], army["Actor1Name"], army["Actor1Type1Code"]) == ("IRQMIL", "", "MIL")
    assert jaafari["Actor2Code"] == army["Actor2Code"] == "RUSGOV"
    assert rows[2]["Actor2Code"] == "" and rows[3]["Actor1Code"] == ""
    assert [rows[4]["Actor2Type1Code"], rows[5]["Actor2Type1Code"]] == ["GOV", "MIL"]


def test_cameo_columns() -> None:
    visit, _, accuse, strike, aid, _, threat = read_back()
    assert [visit[c] for c in ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass")] == ["042", "042", "04", "1"]
    assert float(visit["GoldsteinScale"]) == 1.9
    # ACCUSE disapprove pins no code: the root's "not specified below" code, GDELT style.
    assert (accuse["EventCode"], accuse["EventRootCode"], accuse["GoldsteinScale"]) == ("110", "11", "-2.0")
    assert (strike["EventCode"], strike["QuadClass"], strike["GoldsteinScale"]) == ("195", "4", "-10.0")
    assert (aid["EventCode"], aid["QuadClass"]) == ("070", "2")
    assert (threat["EventCode"], threat["GoldsteinScale"]) == ("130", "-4.4")


def test_dates_mentions_places_and_sources() -> None:
    visit, _, accuse, strike, aid, _, _ = read_back()
    assert [visit[c] for c in ("SQLDATE", "MonthYear", "Year")] == ["20241128", "202411", "2024"]
    assert float(visit["FractionDate"]) == pytest.approx(2024 + 333 / 365, abs=1e-4)
    assert [accuse[c] for c in ("SQLDATE", "MonthYear", "Year", "FractionDate")] == ["", "", "", ""]
    assert [strike[c] for c in ("SQLDATE", "MonthYear", "Year", "FractionDate")] == ["", "202411", "2024", ""]
    assert visit["NumMentions"] == "2" and accuse["NumMentions"] == "1" and visit["NumArticles"] == "1"
    assert (visit["IsRootEvent"], strike["IsRootEvent"], aid["IsRootEvent"]) == ("0", "1", "1")
    assert (visit["ActionGeo_FullName"], visit["ActionGeo_Lat"], visit["ActionGeo_Long"]) == (
        "Moscou",
        "55.75",
        "37.62",
    )
    assert strike["ActionGeo_FullName"] == "Ouest, Irak" and strike["ActionGeo_Long"] == "-7.25"
    assert visit["SOURCEURL"] == "https://example.org/fr-001?a=1,b=2"
    assert aid["SOURCEURL"] == "marsad:ar-001/v1"  # no URL: the Marsad event instead
    assert visit["AvgTone"] == "" and visit["DATEADDED"] == "" and visit["Actor1Geo_FullName"] == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ["", "", "", ""]),
        ("2024", ["", "", "2024", ""]),
        ("2024-02", ["", "202402", "2024", ""]),
        ("2024-01-01", ["20240101", "202401", "2024", round(2024 + 1 / 365, 4)]),
        ("2024-02-30", ["20240230", "202402", "2024", ""]),
    ],
)
def test_date_columns(value: str | None, expected: list) -> None:
    assert date_columns(value) == expected
