"""GDELT-style TSV: the 61 columns of the GDELT 2.0 event table, in GDELT's order, with CAMEO codes.

CAMEO-coded data has one actor per slot, so a compound side is expanded the CAMEO way (PLOVER manual,
"Compound and Reciprocal Actors"): one row per actor × recipient pair; an empty side is one empty slot.
``GLOBALEVENTID`` numbers the rows of the file from 1. ``SOURCEURL`` is the article's URL, else
``marsad:<doc id>/<event id>``. Columns Marsad has no data for (tone, actor geography, ethnic and religion
codes, GDELT's FIPS country codes and feature ids, DATEADDED) are empty; docs/exports.md lists them all.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, TextIO

from marsad.export.tsv import write_tsv
from marsad.export.views import EventView, Member, Record, iter_events
from marsad.plover.cameo import cameo_code

_ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
    "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)  # fmt: skip
_GEO_FIELDS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

# PLOVER's non-state "countries" and UNK are not country codes: they go into ActorCode only.
NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "UNK"})


def date_columns(value: str | None) -> list[Any]:
    """SQLDATE (YYYYMMDD), MonthYear (YYYYMM), Year, FractionDate (year + day of year / 365), as far as known."""
    if not value:
        return ["", "", "", ""]
    parts = value.split("-")
    year = parts[0]
    month_year = year + parts[1] if len(parts) > 1 else ""
    if len(parts) < 3:
        return ["", month_year, year, ""]
    try:
        day_of_year = date(int(year), int(parts[1]), int(parts[2])).timetuple().tm_yday
    except ValueError:  # not a calendar date: keep the digits, skip the fraction
        return [value.replace("-", ""), month_year, year, ""]
    return [value.replace("-", ""), month_year, year, round(int(year) + day_of_year / 365, 4)]


def actor_columns(member: Member | None) -> list[Any]:
    """The ten ActorN columns of one side member (all empty for an empty side)."""
    if member is None:
        return [""] * len(_ACTOR_FIELDS)
    country = member.country or ""
    state = country if country and country not in NON_STATE else ""
    code = country + (member.sector or "")
    return [code, member.name, state, "", "", "", "", member.sector, "", ""]


def cameo_columns(view: EventView) -> list[Any]:
    """EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale.

    A type or mode that pins no CAMEO code gets the root's "not specified below" code (root + "0", e.g.
    040), as GDELT codes it; GoldsteinScale is always that of EventCode.
    """
    cameo = view.cameo
    if not cameo:
        return ["", "", "", "", ""]
    root = cameo["root"]
    code = cameo.get("code") or root + "0"
    try:
        row = cameo_code(code)
    except KeyError:
        code, row = root, cameo_code(root)
    return [code, code[:3], root, cameo_code(root).quad_class, row.goldstein]


def is_root_event(view: EventView) -> int:
    """1 when the evidence sentence is in the article's first paragraph (GDELT's lead-paragraph flag)."""
    start = view.evidence.get("start")
    if start is None:
        return 0
    paragraphs = view.record.get("paragraphs") or []
    if paragraphs:
        first_end = paragraphs[0]["end"]
    else:
        body = view.record.get("body") or ""
        first_end = body.find("\n") if "\n" in body else len(body)
    return int(start < first_end)


def gdelt_rows(views: Iterable[EventView]) -> Iterator[list[Any]]:
    """One row per actor × recipient pair of every event, numbered from 1."""
    number = itertools.count(1)
    for view in views:
        event, record, location = view.event, view.record, view.location
        shared = [
            is_root_event(view),
            *cameo_columns(view),
            len(event.get("evidence_spans") or []) or 1,
            1,
            1,
            "",
            *[""] * len(_GEO_FIELDS),
            *[""] * len(_GEO_FIELDS),
            "",
            location.get("name"),
            "",
            "",
            "",
            location.get("lat"),
            location.get("lon"),
            "",
            "",
            record.get("url") or f"marsad:{view.uid}",
        ]
        dated = date_columns(event.get("date"))
        actors: tuple[Member | None, ...] = view.actor or (None,)
        recipients: tuple[Member | None, ...] = view.recipient or (None,)
        for actor, recipient in itertools.product(actors, recipients):
            yield [next(number), *dated, *actor_columns(actor), *actor_columns(recipient), *shared]


def write_gdelt_tsv(records: Iterable[Record], sink: TextIO) -> None:
    """A header line (GDELT's own files have none), then the rows."""
    write_tsv(sink, COLUMNS, gdelt_rows(iter_events(records)))
