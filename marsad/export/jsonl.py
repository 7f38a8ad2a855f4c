"""JSON Lines: the extraction contract itself, one article record per line (``marsad extract``'s output)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from marsad.export.views import Record


def write_jsonl(records: Iterable[Record], sink: TextIO) -> None:
    """One record per line, UTF-8 text (not ASCII-escaped), exactly as ``marsad extract`` prints it."""
    for record in records:
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
