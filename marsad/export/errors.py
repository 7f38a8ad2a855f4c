"""Errors of ``marsad export``: a stable E8xx code, what went wrong and how to fix it."""

from __future__ import annotations

from typing import Any

from marsad.errors import MarsadError

# code -> message template; every message ends with what to do.
CATALOGUE: dict[str, str] = {
    "E801": "Unknown export format {name!r}. Use one of: {allowed}.",
    "E802": (
        "{name} is a binary format and is never written to the terminal or standard output. "
        "Give a file with --output, e.g. --output events{extension}."
    ),
    "E803": "{option} must look like YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}. Example: {option} 2024-11.",
    "E804": "Unknown event type {value!r}. Use PLOVER 2.0 types: {allowed}.",
    "E805": "Cannot write {path}: {reason}. Check that the folder exists and that you may write to it.",
}


class ExportError(MarsadError):
    """A problem with an export request (format, destination, filter); the message says how to fix it."""

    def __init__(self, code: str, **details: Any) -> None:
        self.code = code
        self.details = details
        Exception.__init__(self, f"{code}: " + CATALOGUE[code].format(**details))
