"""Article text out of a page copy: headline, body paragraphs, removed chrome, outlet and dateline.

The top of a copied page (the *head*) runs until the first line that reads like a body paragraph.
In the head, short lines are section labels, date lines are clocks (before the headline) or the
article's timestamp (after it), and the first remaining line of some length is the headline.
Below it, chrome lines are removed one by one, and a related-articles list or a comment form ends
the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from marsad.clean.chrome import TAIL_MARKERS, Chrome, classify_line, is_byline, outlet_of, words
from marsad.clean.pubdate import read_stamp

_SENTENCE_END = (".", "!", "…", "»", '"', "”", ":", ")", "؛", "。")
_TITLE_MIN_WORDS = 3


@dataclass(slots=True)
class Cleaned:
    """What the text cleaner found; ``paragraphs`` are the body lines in order."""

    paragraphs: list[str]
    removed: list[str] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    dateline: str | None = None
    dateline_basis: str | None = None
    clocks: list[str] = field(default_factory=list)
    # A stamp with day and month but no year ("Sep 17"), as ``--MM-DD``, and the line it came from.
    dateline_partial: str | None = None
    dateline_partial_line: str | None = None


def clean_text(
    text: str,
    *,
    title_hint: str | None = None,
    min_body_words: int = 12,
    max_label_words: int = 4,
    month_first: bool = False,
) -> Cleaned:
    lines = [_tidy(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    lines = [line for line in lines if line]
    kinds = [classify_line(line) for line in lines]
    body_at = _first_body_line(lines, kinds, min_body_words)
    result = Cleaned(paragraphs=[], title=title_hint)
    _read_head(lines[:body_at], kinds[:body_at], result, max_label_words, month_first)
    _read_body(lines[body_at:], kinds[body_at:], result, month_first)
    if not result.paragraphs and result.title and result.title != title_hint:
        result.paragraphs, result.title = [result.title], None  # a one-line text is body, not headline
    return result


def _tidy(line: str) -> str:
    return re.sub(r"[ \t\u00a0\u200b\ufeff]+", " ", line).strip()


def looks_like_body(line: str, min_words: int) -> bool:
    n = len(words(line))
    ends = line.rstrip().endswith(_SENTENCE_END) or (line.rstrip().endswith(("?", "؟")) and n >= 25)
    return (n >= min_words and ends) or n >= 30


def _first_body_line(lines: list[str], kinds: list[Chrome | None], min_words: int) -> int:
    """The first line that reads like a paragraph; failing that, the first long enough line."""
    for relaxed in (False, True):
        for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
            if kind is not None or is_byline(line):
                continue
            if looks_like_body(line, min_words) or (relaxed and len(words(line)) >= min_words):
                return index
    return len(lines)


def _read_head(
    lines: list[str], kinds: list[Chrome | None], out: Cleaned, max_label_words: int, month_first: bool
) -> None:
    for line, kind in zip(lines, kinds, strict=True):
        n_words = len(words(line))
        if kind is Chrome.DATE_LINE:
            _date_line(line, out, after_title=out.title is not None, month_first=month_first)
        elif kind is not None:
            _remove(line, kind, out)
        elif out.title is not None and _same_text(line, out.title):
            out.removed.append(line)  # the headline printed twice
        elif is_byline(line) or n_words <= max_label_words:
            out.removed.append(line)  # byline, section label or menu word
        elif out.title is None and n_words >= _TITLE_MIN_WORDS:
            out.title = line
        else:
            out.paragraphs.append(line)  # a standfirst or subtitle under the headline


def _read_body(lines: list[str], kinds: list[Chrome | None], out: Cleaned, month_first: bool) -> None:
    ended = False
    for index, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if ended or kind in TAIL_MARKERS:
            ended = True
            out.outlet = outlet_of(line) or out.outlet
            out.removed.append(line)
        elif kind is Chrome.DATE_LINE:
            _date_line(line, out, after_title=True, month_first=month_first)
        elif kind is not None:
            _remove(line, kind, out)
        elif is_byline(line) and index >= len(lines) - 3:
            out.removed.append(line)  # a signature at the foot of the article
        else:
            out.paragraphs.append(line)


def _remove(line: str, kind: Chrome, out: Cleaned) -> None:
    if kind is Chrome.SOURCE:
        out.outlet = outlet_of(line)
    out.removed.append(line)


def _date_line(line: str, out: Cleaned, *, after_title: bool, month_first: bool) -> None:
    """A stamp under the headline or with a 'published' keyword dates the article; one above it is a clock.

    A publication stamp beats a plain date, which beats an update stamp; a stamp without a year is kept
    as a partial date.
    """
    out.removed.append(line)
    stamp = read_stamp(line, month_first=month_first)
    if not (after_title or stamp.keyword):
        out.clocks.append(line)
        return
    if stamp.date is None:
        if stamp.partial and out.dateline_partial is None:
            out.dateline_partial, out.dateline_partial_line = stamp.partial, line
        return
    if out.dateline is None or (out.dateline_basis == "updated stamp" and stamp.basis != "updated stamp"):
        out.dateline, out.dateline_basis = stamp.date, stamp.basis


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\W+", " ", a).strip().casefold() == re.sub(r"\W+", " ", b).strip().casefold()
