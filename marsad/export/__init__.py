"""Exports of stored records (`marsad export`): the JSONL contract, CSV, PLOVER JSON, POLECAT-style and
GDELT-style TSV, Parquet, and the actor network as GraphML or GEXF. See docs/exports.md.

``export(records, "csv", path)`` filters nothing; put a ``RecordFilter`` in front to choose languages,
types and dates. ``FORMATS`` maps each name to its writer, binary nature and file extension.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from marsad.export.destination import open_destination
from marsad.export.errors import ExportError
from marsad.export.filters import ExportCounts, RecordFilter
from marsad.export.registry import FORMATS, ExportFormat, get_format
from marsad.export.views import Record


def export(records: Iterable[Record], fmt: str | ExportFormat, path: Path | None = None) -> None:
    """Write ``records`` in ``fmt`` to ``path`` (stdout for text formats when None or "-")."""
    chosen = get_format(fmt) if isinstance(fmt, str) else fmt
    with open_destination(chosen, path) as stream:
        chosen.write(records, stream)


__all__ = ["FORMATS", "ExportCounts", "ExportError", "ExportFormat", "RecordFilter", "export", "get_format"]
