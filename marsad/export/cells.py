"""Spreadsheet formula injection: text cells that a spreadsheet would run as a formula get a leading ``'``.

A cell is dangerous when it starts with a tab or a carriage return, or when its first character after
leading whitespace is ``=``, ``+``, ``-`` or ``@`` (OWASP "CSV injection"): ``=HYPERLINK(...)`` or ``-2+3``
would be evaluated by Excel, LibreOffice or Google Sheets. The apostrophe makes the spreadsheet show the
text as text; it is the only change made. Only text columns are protected: numbers Marsad writes as
numbers (a Goldstein value of -2.0, a longitude of -7.6) stay numbers.
"""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@")
LEADING_CONTROLS = ("\t", "\r")


def is_dangerous(text: str) -> bool:
    """Would a spreadsheet read this cell as a formula?"""
    return text.startswith(LEADING_CONTROLS) or text.lstrip().startswith(TRIGGERS)


def protect(text: str | None) -> str:
    """The text to write in a CSV cell: None as "", a dangerous cell behind a leading apostrophe."""
    if text is None:
        return ""
    return "'" + text if is_dangerous(text) else text
