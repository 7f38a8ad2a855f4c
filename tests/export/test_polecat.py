"""POLECAT-style TSV read back with csv (tab, no quoting): the POLECAT columns, exact values, no broken lines."""

from __future__ import annotations

import csv
import io

from marsad.export.polecat import COLUMNS, write_polecat_tsv
from marsad.model import ActorRef
from tests.export.sample import french, records


def read_back(recs: list[dict] | None = None) -> list[dict[str, str]]:
    buffer = io.StringIO(newline="")
    write_polecat_tsv(records() if recs is None else recs, buffer)
    reader = csv.reader(io.StringIO(buffer.getvalue(), newline=""), delimiter="\t", quoting=csv.QUOTE_NONE)
    header, *rows = list(reader)
    assert tuple(header) == COLUMNS
    assert all(len(row) == len(COLUMNS) for row in rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


def test_polecat_column_order() -> None:
    assert COLUMNS[:7] == ("Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts")
    assert COLUMNS[-2:] == ("Language", "Version") and len(COLUMNS) == 40


def test_event_values() -> None:
    visit, accuse, strike, aid, threat = read_back()
    assert (visit["Event ID"], visit["Event Date"], visit["Event Type"], visit["Event Mode"]) == (
        "fr-001/v1",
        "2024-11-28",
        "CONSULT",
        "visit",
    )
    assert float(visit["Intensity"]) == 4.0 and visit["Quad Code"] == "1"
    assert visit["Actor Name"] == "Ibrahim al-Jaafari;" and visit["Actor Country"] == "IRQ;IRQ"
    assert visit["Primary Actor Sector"] == "GOV;MIL" and visit["Actor Title"] == "foreign minister;"
    assert visit["Actor Name Raw"] == "al-Jaafari;" and visit["Wikipedia Actor ID"] == "Q1334466;"
    assert visit["Recipient Name"] == "Russia" and visit["Recipient Country"] == "RUS"
    assert (visit["Placename"], visit["Latitude"], visit["Longitude"]) == ("Moscou", "55.75", "37.62")
    assert visit["Source"] == 'Al-Manar, "Beyrouth"' and visit["Publication Date"] == "2024-11-29"
    assert visit["Story People"] == "Ibrahim al-Jaafari;Sergey Lavrov" and visit["Language"] == "fr"
    assert accuse["Contexts"] == "future" and accuse["Event Date"] == "" and accuse["Recipient Name"] == ""
    assert float(accuse["Intensity"]) == -2.0
    assert strike["Actor Name"] == "" and strike["Recipient Country"] == "IRQ" and strike["Longitude"] == "-7.25"
    assert aid["Actor Name Raw"] == "الأمريكي" and aid["Story Locations"] == "United States"
    assert aid["Source"] == "الميادين" and threat["Wikipedia Recipient ID"] == "Q30"


def test_tabs_and_line_breaks_in_values_become_spaces() -> None:
    doc = french()
    doc.events[0].recipient = [ActorRef(None, 'Moscow\tKremlin\nPress, "office"', "RUS", "GOV")]
    doc.outlet = "Al-Manar\r\nBeyrouth"
    [visit, *_] = read_back([doc.as_dict()])
    assert visit["Recipient Name"] == 'Moscow Kremlin Press, "office"'
    assert visit["Source"] == "Al-Manar  Beyrouth"
