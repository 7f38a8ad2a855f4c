"""POLECAT-style TSV: one row per event, in the column order of the POLECAT weekly files.

Compound sides are joined with ";" position by position; ``Contexts`` holds the contexts, then the
auxiliary mode (where the PLOVER manual puts it). Columns POLECAT fills from sources Marsad does not have
(COW codes, GeoNames ids and admin levels, feature types) are left empty; docs/exports.md lists them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, TextIO

from marsad import __version__
from marsad.export.tsv import write_tsv
from marsad.export.views import EventView, Member, Record, iter_events, joined

COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
    "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector", "Recipient Sectors",
    "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID",
    "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language", "Version",
)  # fmt: skip

VERSION = f"marsad {__version__}"
_WIKIDATA = re.compile(r"^Q\d+$")
_STORY_TYPES = {"Story People": ("PERSON",), "Story Organizations": ("ORG",), "Story Locations": ("GPE", "LOC")}


def _side(members: tuple[Member, ...]) -> list[str]:
    """Name, Country, COW, Primary Sector, Sectors, Title, Name Raw, Wikipedia ID of one side."""
    return [
        joined(m.name for m in members),
        joined(m.country for m in members),
        "",
        joined(m.sector for m in members),
        joined(m.sector for m in members),
        joined(m.role for m in members),
        joined(m.raw_text for m in members),
        joined(m.kb_id if m.kb_id and _WIKIDATA.match(m.kb_id) else None for m in members),
    ]


def _story(record: Record, types: tuple[str, ...]) -> str:
    """Canonical names of the article's entities of these types, in order, without repeats."""
    names = dict.fromkeys(e["name"] for e in record.get("entities") or [] if e.get("type") in types)
    return joined(names)


def polecat_row(view: EventView) -> list[Any]:
    event, record, location = view.event, view.record, view.location
    place = location.get("name")
    return [
        view.uid,
        event.get("date"),
        event.get("type"),
        event.get("mode"),
        view.score,
        view.quad_code,
        joined(view.contexts_with_aux),
        *_side(view.actor),
        *_side(view.recipient),
        place,
        "",
        "",
        "",
        location.get("country"),
        location.get("lat"),
        location.get("lon"),
        "",
        place,
        "",
        record.get("outlet"),
        record.get("published"),
        *(_story(record, types) for types in _STORY_TYPES.values()),
        record.get("lang"),
        VERSION,
    ]


def write_polecat_tsv(records: Iterable[Record], sink: TextIO) -> None:
    """A header and one row per event."""
    write_tsv(sink, COLUMNS, (polecat_row(view) for view in iter_events(records)))
