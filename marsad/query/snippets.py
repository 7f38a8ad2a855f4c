"""Plain-text snippets of a search hit: a window of the body around the first match, with match offsets.

Never HTML: the text is returned as stored, and the matches as ``[start, end]`` offsets into the snippet,
so that the page that shows it decides how to mark them (and escapes the text).
"""

from __future__ import annotations

from marsad.store import fts

WIDTH = 240  # characters of body in a snippet
BEFORE = 60  # of which before the first match
ELLIPSIS = "…"


def _cut_start(body: str, start: int) -> int:
    """Move a cut forward to the next word boundary (never past the original position + 20)."""
    if start <= 0:
        return 0
    for i in range(start, min(start + 20, len(body))):
        if body[i - 1].isspace():
            return i
    return start


def _cut_end(body: str, end: int) -> int:
    if end >= len(body):
        return len(body)
    for i in range(end, max(end - 20, 0), -1):
        if body[i].isspace():
            return i
    return end


def snippet(body: str, terms: list[list[str]]) -> tuple[str, list[list[int]]]:
    """(snippet text, [[start, end], ...] of matching words inside it) for the query ``terms``."""
    matches = fts.match_spans(body, terms)
    first = matches[0][0] if matches else 0
    start = _cut_start(body, max(first - BEFORE, 0))
    end = _cut_end(body, min(start + WIDTH, len(body)))
    if matches and matches[0][1] > end:  # a very long first word: show it whole
        end = matches[0][1]
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(body) else ""
    text = prefix + body[start:end].replace("\n", " ") + suffix
    shift = len(prefix) - start
    spans = [[s + shift, e + shift] for s, e in matches if s >= start and e <= end]
    return text, spans
