"""Plain tab-separated values, as GDELT and POLECAT publish them: no quoting, one line per row.

A cell cannot hold a tab or a line break in this format, so each tab, CR, LF (and the other line
separators ``str.splitlines`` knows) inside a value becomes one space; nothing else is changed.
None is written as an empty cell. Read the files back with ``csv.reader(f, delimiter="\\t",
quoting=csv.QUOTE_NONE)`` or ``pandas.read_csv(path, sep="\\t", quoting=3, dtype=str)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

_BREAKS = re.compile(r"[\t\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def tsv_cell(value: Any) -> str:
    """One cell: None as "", bools as 1/0, tabs and line breaks inside text as spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return _BREAKS.sub(" ", str(value))


def write_tsv(sink: TextIO, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """The header line, then one line per row, each ending with "\\n"."""
    sink.write("\t".join(header) + "\n")
    for row in rows:
        sink.write("\t".join(tsv_cell(value) for value in row) + "\n")
