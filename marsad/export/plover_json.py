"""PLOVER JSON: one event per line (JSON Lines, as the PLOVER manual suggests) with the manual's field names.

Event fields (manual table "PLOVER JSON"): ``id``, ``date``, ``actor``, ``recipient``, ``event``,
``mode``, ``context``, ``event_loc``, ``event_text``, ``quad_code``, ``event_scale``, ``text_info``,
``cite_info``, ``coder``. Entity objects (table "Information object for entities"): ``code``, ``sector``,
``entity_text``, ``identifier_id``, ``identifier_text``, ``office``. Location (table "Location object"):
``extracted_place``, ``country_code``, ``lat``, ``lon``. Citation (table "Information object for
citations"): ``citation``, ``url``, ``title``, ``language``, ``publication``, ``coder``, ``codebook``.
Marsad's own fields that the manual has no name for follow, as the manual allows: ``date_text``,
``date_basis``, ``aux``, ``confidence``, ``rule``, ``cameo``. docs/exports.md has the full mapping.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from marsad import __version__
from marsad.export.views import EventView, Member, Record, iter_events

CODER = f"marsad {__version__}"
CODEBOOK = "plover-2.0"


def entity_object(member: Member) -> dict[str, Any]:
    """A side member as the manual's entity object."""
    return {
        "code": member.country,
        "sector": member.sector,
        "entity_text": member.raw_text or member.name,
        "identifier_id": member.kb_id,
        "identifier_text": member.name if member.entity else None,
        "office": member.role,
    }


def plover_record(view: EventView) -> dict[str, Any]:
    """One event with the PLOVER manual's field names (absent values as null, empty lists as null)."""
    event, record, location = view.event, view.record, view.location
    return {
        "id": view.uid,
        "date": event.get("date"),
        "actor": [entity_object(m) for m in view.actor],
        "recipient": [entity_object(m) for m in view.recipient] or None,
        "event": [event["type"]],
        "mode": [event["mode"]] if event.get("mode") else None,
        "context": view.contexts_with_aux or None,
        "event_loc": {
            "extracted_place": location.get("name"),
            "country_code": location.get("country"),
            "lat": location.get("lat"),
            "lon": location.get("lon"),
        }
        if location
        else None,
        "event_text": view.evidence_texts or None,
        "quad_code": view.quad_code,
        "event_scale": view.score,
        "text_info": {"start": view.evidence.get("start"), "end": view.evidence.get("end")} if view.evidence else None,
        "cite_info": {
            "citation": record["id"],
            "url": record.get("url"),
            "title": record.get("title"),
            "language": record.get("lang"),
            "publication": record.get("outlet"),
            "coder": CODER,
            "codebook": CODEBOOK,
        },
        "coder": CODER,
        "date_text": event.get("date_text"),
        "date_basis": event.get("date_basis"),
        "aux": event.get("aux"),
        "confidence": event.get("confidence"),
        "rule": event.get("rule"),
        "cameo": view.cameo,
    }


def write_plover_json(records: Iterable[Record], sink: TextIO) -> None:
    """One PLOVER event record per line, UTF-8 text."""
    for view in iter_events(records):
        sink.write(json.dumps(plover_record(view), ensure_ascii=False) + "\n")
