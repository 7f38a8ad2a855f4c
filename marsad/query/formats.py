"""Write event rows (from ``list_events``) as CSV, JSON Lines or a rich table."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from rich.table import Table
from rich.text import Text

EVIDENCE_WIDTH = 80

CSV_COLUMNS = (
    "doc_id", "event_id", "date", "date_text", "date_basis", "type", "mode", "contexts",
    "actor", "actor_country", "actor_sector", "recipient", "recipient_country", "recipient_sector",
    "aux", "location", "confidence", "rule", "evidence", "lang", "title", "url",
)  # fmt: skip

# Compound sides (several actors) are joined with this in CSV cells, position by position.
JOIN = ";"


def _names(side: list[dict[str, Any]]) -> list[str]:
    return [a.get("name") or a.get("entity") or "" for a in side]


def _csv_cells(row: dict[str, Any]) -> dict[str, Any]:
    cells = {k: v for k, v in row.items() if k in CSV_COLUMNS}
    for key in ("actor", "recipient"):
        side = row.get(key) or []
        cells[key] = JOIN.join(_names(side))
        cells[f"{key}_country"] = JOIN.join(a.get("country") or "" for a in side)
        cells[f"{key}_sector"] = JOIN.join(a.get("sector") or "" for a in side)
    cells["contexts"] = JOIN.join(row.get("contexts") or [])
    location = row.get("location")
    cells["location"] = location.get("name") if location else None
    return cells


def to_csv(rows: Iterable[dict[str, Any]], fh: TextIO) -> None:
    """Write rows as CSV with a header, one event per line (open ``fh`` with ``newline=""``)."""
    writer = csv.DictWriter(fh, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(_csv_cells(row))


def to_jsonl(rows: Iterable[dict[str, Any]], fh: TextIO) -> None:
    """Write rows as JSON Lines (UTF-8 text, not ASCII-escaped)."""
    for row in rows:
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _side(side: list[dict[str, Any]]) -> str:
    parts = []
    for actor in side:
        name = actor.get("name") or actor.get("entity") or "?"
        parts.append(f"{name} ({actor['country']})" if actor.get("country") else name)
    return ", ".join(parts)


def truncate(text: str | None, width: int = EVIDENCE_WIDTH) -> str:
    """One line of at most ``width`` characters, ending with "…" when cut."""
    line = " ".join((text or "").split())
    return line if len(line) <= width else line[: width - 1] + "…"


def to_rich_table(rows: Iterable[dict[str, Any]]) -> Table:
    """A table for the terminal: date, type, mode, actor, recipient, evidence, doc id."""
    table = Table("date", "type", "mode", "actor", "recipient", "evidence", "doc id")
    for row in rows:
        # Text() keeps brackets in article text from being read as rich markup.
        cells = (
            row.get("date") or "",
            row.get("type") or "",
            row.get("mode") or "",
            _side(row.get("actor") or []),
            _side(row.get("recipient") or []),
            truncate(row.get("evidence")),
            row.get("doc_id") or "",
        )
        table.add_row(*(Text(cell) for cell in cells))
    return table
