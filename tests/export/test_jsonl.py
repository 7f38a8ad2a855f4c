"""JSON Lines export: exactly the contract records, one per line, UTF-8 text."""

from __future__ import annotations

import io
import json

from marsad.export.jsonl import write_jsonl
from tests.export.sample import records


def test_records_round_trip_exactly() -> None:
    buffer = io.StringIO()
    write_jsonl(records(), buffer)
    lines = buffer.getvalue().split("\n")
    assert lines[-1] == ""
    assert [json.loads(line) for line in lines[:-1]] == records()


def test_text_is_not_ascii_escaped() -> None:
    buffer = io.StringIO()
    write_jsonl(records(), buffer)
    assert "تسليم طائرات" in buffer.getvalue()
    assert "\\t" in buffer.getvalue()  # a tab inside evidence stays inside its JSON string
