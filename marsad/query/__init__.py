"""The read path shared by the CLI and the API: event queries and their output formats."""

from marsad.query.events import list_events
from marsad.query.formats import to_csv, to_jsonl, to_rich_table
from marsad.store import EventFilter

__all__ = ["EventFilter", "list_events", "to_csv", "to_jsonl", "to_rich_table"]
