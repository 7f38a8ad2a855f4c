"""CSV: one row per event, for spreadsheets, with text cells protected against formula injection.

The columns are those of ``marsad events --format csv`` (``marsad.query.formats.CSV_COLUMNS``), then what
the stored record adds: publication date and outlet, the location's country and coordinates, the CAMEO
fields and the evidence offsets. Compound sides are joined with ";" position by position, so the n-th name,
country and sector belong to the same member. Text cells go through ``marsad.export.cells.protect``;
numeric cells (confidence, goldstein, lat, lon, offsets) are written as numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, TextIO

from marsad.export.cells import protect
from marsad.export.views import EventView, Record, iter_events, joined
from marsad.query.formats import CSV_COLUMNS

EXTRA_COLUMNS = (
    "published", "outlet", "location_country", "lat", "lon",
    "cameo_root", "cameo_code", "goldstein", "quad_class", "evidence_start", "evidence_end",
)  # fmt: skip
COLUMNS = (*CSV_COLUMNS, *EXTRA_COLUMNS)
NUMERIC_COLUMNS = frozenset({"confidence", "goldstein", "lat", "lon", "evidence_start", "evidence_end"})


def csv_row(view: EventView) -> dict[str, Any]:
    """The cells of one event, before protection: text as str (or None), numbers as int/float (or None)."""
    event, record, cameo = view.event, view.record, view.cameo or {}
    row: dict[str, Any] = {
        "doc_id": record["id"],
        "event_id": event["id"],
        "date": event.get("date"),
        "date_text": event.get("date_text"),
        "date_basis": event.get("date_basis"),
        "type": event.get("type"),
        "mode": event.get("mode"),
        "contexts": joined(event.get("contexts") or []),
        "aux": event.get("aux"),
        "location": view.location.get("name"),
        "confidence": event.get("confidence"),
        "rule": event.get("rule"),
        "evidence": view.evidence.get("text"),
        "lang": record.get("lang"),
        "title": record.get("title"),
        "url": record.get("url"),
        "published": record.get("published"),
        "outlet": record.get("outlet"),
        "location_country": view.location.get("country"),
        "lat": view.location.get("lat"),
        "lon": view.location.get("lon"),
        "cameo_root": cameo.get("root"),
        "cameo_code": cameo.get("code"),
        "goldstein": cameo.get("goldstein"),
        "quad_class": cameo.get("quad_class"),
        "evidence_start": view.evidence.get("start"),
        "evidence_end": view.evidence.get("end"),
    }
    for side in ("actor", "recipient"):
        members = getattr(view, side)
        row[side] = joined(m.name for m in members)
        row[f"{side}_country"] = joined(m.country for m in members)
        row[f"{side}_sector"] = joined(m.sector for m in members)
    return row


def write_csv(records: Iterable[Record], sink: TextIO) -> None:
    """Write a header and one row per event (open ``sink`` with ``newline=""``)."""
    writer = csv.writer(sink)
    writer.writerow(COLUMNS)
    for view in iter_events(records):
        row = csv_row(view)
        writer.writerow(
            ("" if row[c] is None else row[c]) if c in NUMERIC_COLUMNS else protect(row[c]) for c in COLUMNS
        )
