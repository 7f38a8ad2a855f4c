"""The export formats by name: each with its writer, whether it is binary, its file extension and what a unit is.

Writers take an iterable of contract records (``Document.as_dict()``) and a stream: a text stream (open
it with ``encoding="utf-8", newline=""``) for text formats, a binary stream for binary ones. They stream
the records; Parquet holds one row group, the network formats hold the aggregated graph.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from marsad.export.csvfile import write_csv
from marsad.export.errors import ExportError
from marsad.export.gdelt import write_gdelt_tsv
from marsad.export.jsonl import write_jsonl
from marsad.export.network import write_gexf, write_graphml
from marsad.export.parquet import write_parquet
from marsad.export.plover_json import write_plover_json
from marsad.export.polecat import write_polecat_tsv
from marsad.export.views import Record

Writer = Callable[[Iterable[Record], Any], None]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: ``write(records, stream)``; ``binary`` formats need a binary stream and a file."""

    name: str
    write: Writer
    binary: bool
    extension: str
    rows: str
    description: str


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("jsonl", write_jsonl, False, ".jsonl", "article", "the extraction contract, as `marsad extract`"),
        ExportFormat("csv", write_csv, False, ".csv", "event", "spreadsheets; formula injection neutralised"),
        ExportFormat("plover-json", write_plover_json, False, ".plover.jsonl", "event", "PLOVER manual field names"),
        ExportFormat("polecat-tsv", write_polecat_tsv, False, ".tsv", "event", "POLECAT weekly-file columns"),
        ExportFormat("gdelt-tsv", write_gdelt_tsv, False, ".tsv", "dyad", "GDELT 2.0 event table, CAMEO codes"),
        ExportFormat("parquet", write_parquet, True, ".parquet", "event", "typed columns for pandas, DuckDB, R"),
        ExportFormat("graphml", write_graphml, False, ".graphml", "actor", "actor network (Gephi, networkx)"),
        ExportFormat("gexf", write_gexf, False, ".gexf", "actor", "actor network (Gephi)"),
    )
}


def get_format(name: str) -> ExportFormat:
    """The format called ``name`` (case-insensitive), or ExportError E801 listing the formats."""
    try:
        return FORMATS[name.lower()]
    except KeyError:
        raise ExportError("E801", name=name, allowed=", ".join(FORMATS)) from None
