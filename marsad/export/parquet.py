"""Parquet: one row per event, typed columns, sides and evidence spans as nested lists; row groups of 10,000.

Only one row group is held in memory at a time. Dates stay strings (``YYYY``, ``YYYY-MM`` or
``YYYY-MM-DD``: Marsad never invents a day or a month). pyarrow is imported only when this format is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

from marsad.export.views import EventView, Record, iter_events

ROW_GROUP_SIZE = 10_000


def _schema() -> Any:
    import pyarrow as pa

    member = pa.struct(
        [
            ("entity", pa.string()),
            ("name", pa.string()),
            ("country", pa.string()),
            ("sector", pa.string()),
            ("kb_id", pa.string()),
        ]
    )
    span = pa.struct([("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())])
    text = pa.string()
    return pa.schema(
        [
            ("event_uid", text), ("doc_id", text), ("event_id", text),
            ("date", text), ("date_text", text), ("date_basis", text),
            ("type", text), ("mode", text), ("contexts", pa.list_(text)), ("aux", text),
            ("actor", pa.list_(member)), ("recipient", pa.list_(member)),
            ("location_name", text), ("location_country", text), ("lat", pa.float64()), ("lon", pa.float64()),
            ("evidence", text), ("evidence_start", pa.int64()), ("evidence_end", pa.int64()),
            ("evidence_spans", pa.list_(span)),
            ("confidence", pa.float64()), ("rule", text),
            ("cameo_root", text), ("cameo_code", text), ("goldstein", pa.float64()), ("quad_class", text),
            ("plover_score", pa.float64()),
            ("lang", text), ("title", text), ("url", text), ("outlet", text), ("published", text),
        ]
    )  # fmt: skip


def parquet_row(view: EventView) -> dict[str, Any]:
    event, record, location, cameo = view.event, view.record, view.location, view.cameo or {}

    def members(side: str) -> list[dict[str, Any]]:
        refs, details = event.get(side) or [], getattr(view, side)
        return [{**ref, "kb_id": member.kb_id} for ref, member in zip(refs, details, strict=True)]

    return {
        "event_uid": view.uid,
        "doc_id": record["id"],
        "event_id": event["id"],
        "date": event.get("date"),
        "date_text": event.get("date_text"),
        "date_basis": event.get("date_basis"),
        "type": event.get("type"),
        "mode": event.get("mode"),
        "contexts": list(event.get("contexts") or []),
        "aux": event.get("aux"),
        "actor": members("actor"),
        "recipient": members("recipient"),
        "location_name": location.get("name"),
        "location_country": location.get("country"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "evidence": view.evidence.get("text"),
        "evidence_start": view.evidence.get("start"),
        "evidence_end": view.evidence.get("end"),
        "evidence_spans": list(event.get("evidence_spans") or []),
        "confidence": event.get("confidence"),
        "rule": event.get("rule"),
        "cameo_root": cameo.get("root"),
        "cameo_code": cameo.get("code"),
        "goldstein": cameo.get("goldstein"),
        "quad_class": cameo.get("quad_class"),
        "plover_score": view.score,
        "lang": record.get("lang"),
        "title": record.get("title"),
        "url": record.get("url"),
        "outlet": record.get("outlet"),
        "published": record.get("published"),
    }


def write_parquet(records: Iterable[Record], sink: BinaryIO, row_group_size: int = ROW_GROUP_SIZE) -> None:
    """Write every event, ``row_group_size`` rows per row group (an empty export is a valid, empty file)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    with pq.ParquetWriter(sink, schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for view in iter_events(records):
            batch.append(parquet_row(view))
            if len(batch) >= row_group_size:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema), row_group_size=row_group_size)
                batch = []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema), row_group_size=row_group_size)
