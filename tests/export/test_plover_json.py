"""PLOVER JSON: one event per line with the field names of the PLOVER manual, read back with json."""

from __future__ import annotations

import io
import json
from typing import Any

from marsad.export.plover_json import write_plover_json
from tests.export.sample import TRICKY_EVIDENCE, records

# The manual's event fields (table "PLOVER JSON") and entity object fields used by Marsad.
MANUAL_EVENT_FIELDS = {
    "id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "event_text",
    "quad_code", "event_scale", "text_info", "cite_info", "coder",
}  # fmt: skip
MARSAD_FIELDS = {"date_text", "date_basis", "aux", "confidence", "rule", "cameo"}
ENTITY_FIELDS = {"code", "sector", "entity_text", "identifier_id", "identifier_text", "office"}


def read_back() -> list[dict[str, Any]]:
    buffer = io.StringIO()
    write_plover_json(records(), buffer)
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_field_names_are_the_manuals() -> None:
    events = read_back()
    assert len(events) == 5
    for event in events:
        assert set(event) == MANUAL_EVENT_FIELDS | MARSAD_FIELDS
        for entity in event["actor"] + (event["recipient"] or []):
            assert set(entity) == ENTITY_FIELDS


def test_visit_event_values() -> None:
    visit = read_back()[0]
    assert visit["id"] == "fr-001/v1"
    assert visit["date"] == "2024-11-28"
    assert visit["event"] == ["CONSULT"] and visit["mode"] == ["visit"]
    assert visit["context"] == ["diplomatic", "military"]
    assert visit["quad_code"] == 1 and visit["event_scale"] == 4.0
    jaafari, army = visit["actor"]
    assert jaafari == {
        "code": "IRQ",
        "sector": "GOV",
        "entity_text": "al-Jaafari",  # the words of the evidence sentence, not the first mention
        "identifier_id": "Q1334466",
        "identifier_text": "Ibrahim al-Jaafari",
        "office": "foreign minister",
    }
    assert army["code"] == "IRQ" and army["sector"] == "MIL" and army["identifier_id"] is None
    assert visit["recipient"][0]["entity_text"] == "Russia"
    assert visit["event_loc"] == {"extracted_place": "Moscou", "country_code": "RUS", "lat": 55.75, "lon": 37.62}
    assert visit["event_text"][0] == TRICKY_EVIDENCE and len(visit["event_text"]) == 2
    assert visit["text_info"] == {"start": 66, "end": 136}
    assert visit["cite_info"]["url"] == "https://example.org/fr-001?a=1,b=2"
    assert visit["cite_info"]["language"] == "fr" and visit["cite_info"]["publication"] == 'Al-Manar, "Beyrouth"'


def test_aux_goes_into_context_and_empty_values_are_null() -> None:
    accuse, strike = read_back()[1:3]
    assert accuse["context"] == ["future"] and accuse["aux"] == "future"
    assert accuse["recipient"] is None and accuse["date"] is None and accuse["event_loc"] is None
    assert accuse["event_scale"] == -2.0 and accuse["quad_code"] == 3
    assert strike["actor"] == [] and strike["date"] == "2024-11"


def test_arabic_values_survive() -> None:
    aid, threat = read_back()[3:]
    assert aid["actor"][0]["entity_text"] == "الأمريكي"
    assert aid["mode"] is None and aid["event_scale"] == 10.0
    assert aid["cite_info"]["title"] == "تسليم طائرات مسيرة إلى العراق"
    assert threat["recipient"][0]["identifier_id"] == "Q30"
