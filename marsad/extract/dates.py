"""Event dates: time expressions resolved against the publication date, never invented.

``find_time_expressions`` (from ``marsad.extract.timex``) finds the expressions; this module turns one
into an :class:`~marsad.model.EventDate` (``date`` as YYYY-MM-DD, YYYY-MM or YYYY, ``text``, ``basis``):

- explicit dates keep what is written (a weekday that disagrees may correct the year only towards the
  publication year);
- day-month without a year takes the year that puts it before the publication date for a past-tense
  clause, after it for an announced event (``tense="future"``), and the nearest otherwise; a weekday
  given with it must agree, and may move the year by one;
- weekdays and relative days ("jeudi", "أمس", "earlier this month") are counted from the publication
  date; without one they stay unresolved (basis "no publication date") unless the article pins the
  year (``year_hint``) and the expression carries day and month;
- a period that cannot be a day ("last week") is given at the precision its days share (YYYY-MM or
  YYYY), or None.

Bases are short machine-readable reasons (see ``BASES`` and docs/dates.md).
It also gives the events stage its helpers: ``article_year_hint``, ``expressions_in_span``,
``governing_expression`` and ``guess_tense``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from marsad.extract.timex import TimeExpression, find_time_expressions, fold_key, pack
from marsad.model import EventDate

__all__ = [
    "BASES",
    "TimeExpression",
    "article_year_hint",
    "expressions_in_span",
    "find_time_expressions",
    "governing_expression",
    "guess_tense",
    "resolve",
]

BASES = (
    "explicit",
    "explicit (weekday disagrees)",
    "weekday corrects year",
    "explicit hijri",
    "hijri date adjusted to weekday",
    "hijri month",
    "hijri day-month relative to publication",
    "day-month relative to publication",
    "relative day+day-month agree",
    "weekday+day-month agree with publication",
    "weekday+day-month agree with year next to publication",
    "weekday+day-month agree with year hint",
    "weekday+day-month agree with year next to hint",
    "weekday disagrees with day-month",
    "year from article",
    "month relative to publication",
    "weekday before publication",
    "weekday after publication",
    "weekday of publication",
    "relative day+weekday agree",
    "relative to publication",
    "relative to reference date",
    "relative to another date",
    "no publication date",
    "range start: ...",
)


# ---------------------------------------------------------------------------------------------- resolve


def resolve(
    expr: TimeExpression,
    published: str | None,
    *,
    tense: str = "past",
    year_hint: int | None = None,
    reference: str | None = None,
) -> EventDate:
    """The date ``expr`` stands for, with its basis; ``date`` is None when it cannot be known.

    published: the article's publication date (YYYY-MM-DD) or None.
    tense: "past" (the event happened), "future" (announced), anything else: no preference.
    year_hint: a year the article itself pins (``article_year_hint``), used only without ``published``.
    reference: for "la veille" / "the next day" (kind "anaphoric"): the date they count from.
    """
    pub = _iso(published)
    date, basis = _resolve(expr, pub, _preference(expr, tense), year_hint, _iso(reference))
    return EventDate(date=date, text=expr.text, basis=basis)


def _preference(expr: TimeExpression, tense: str) -> str:
    """Which way to look: the expression's own direction word wins over the clause's tense."""
    if expr.direction in ("past", "future", "current"):
        return expr.direction
    return tense if tense in ("past", "future") else "nearest"


def _resolve(
    expr: TimeExpression, pub: dt.date | None, way: str, hint: int | None, ref: dt.date | None
) -> tuple[str | None, str]:
    if expr.kind == "anaphoric":
        if ref is None or expr.delta_days is None:
            return None, "relative to another date"
        return (ref + dt.timedelta(days=expr.delta_days)).isoformat(), "relative to reference date"
    if expr.kind == "range":
        date, basis = _resolve_day(expr, pub, way, hint)
        return date, f"range start: {basis}"
    if expr.calendar == "hijri":
        return _resolve_hijri(expr, pub, way)
    if expr.month is not None and expr.day is not None:
        return _resolve_day(expr, pub, way, hint)
    if expr.month is not None:
        return _resolve_month(expr, pub, way, hint)
    if expr.year is not None:
        return str(expr.year), "explicit"
    if pub is None:
        return None, "no publication date"
    if expr.weekday is not None:
        return _resolve_weekday(expr, pub, way)
    if expr.delta_days is not None:
        return (pub + dt.timedelta(days=expr.delta_days)).isoformat(), "relative to publication"
    if expr.period_unit is not None:
        return _resolve_period(expr, pub, way), "relative to publication"
    return None, "undated"


def _resolve_day(expr: TimeExpression, pub: dt.date | None, way: str, hint: int | None) -> tuple[str | None, str]:
    month, day = expr.month, expr.day
    if month is None or day is None:  # a range of years
        return (str(expr.year), "explicit") if expr.year is not None else (None, "undated")
    if expr.year is not None:
        return _resolve_explicit(expr.year, month, day, expr.weekday, pub, hint)
    if pub is not None:
        if expr.delta_days is not None and expr.weekday is None:
            rel = pub + dt.timedelta(days=expr.delta_days)
            if (rel.month, rel.day) == (month, day):
                return rel.isoformat(), "relative day+day-month agree"
        return _year_from_publication(month, day, expr.weekday, pub, way)
    if hint is None:
        return None, "no publication date"
    if expr.weekday is None:
        value = _date(hint, month, day)
        return (value.isoformat(), "year from article") if value else (None, "undated")
    near = "with year next to hint"
    for year, basis in ((hint, "with year hint"), (hint - 1, near), (hint + 1, near)):
        value = _date(year, month, day)
        if value and value.weekday() == expr.weekday:
            return value.isoformat(), f"weekday+day-month agree {basis}"
    return None, "weekday disagrees with day-month"


def _resolve_explicit(
    year: int, month: int, day: int, weekday: int | None, pub: dt.date | None, hint: int | None
) -> tuple[str | None, str]:
    value = _date(year, month, day)
    if value is None:
        return None, "undated"
    if weekday is None or value.weekday() == weekday:
        return value.isoformat(), "explicit"
    anchor = pub.year if pub else hint
    if anchor is not None and abs(anchor - year) == 1:
        fixed = _date(anchor, month, day)
        if fixed and fixed.weekday() == weekday and (pub is None or fixed <= pub + dt.timedelta(days=366)):
            return fixed.isoformat(), "weekday corrects year"
    return value.isoformat(), "explicit (weekday disagrees)"


_NEAR_MISS = 2  # days: a past event dated just after publication is a clock or tense problem, not last year


def _year_from_publication(month: int, day: int, weekday: int | None, pub: dt.date, way: str) -> tuple[str | None, str]:
    candidates = [v for v in (_date(pub.year + k, month, day) for k in (-1, 0, 1)) if v is not None]
    wrong_side = [v for v in candidates if 0 < abs((v - pub).days) <= _NEAR_MISS and (v > pub) == (way == "past")]
    if way in ("past", "future") and wrong_side:
        return None, "day-month next to publication, on the wrong side"  # a day off: a stamp or a tense is wrong
    preferred = _pick(candidates, pub, way)
    if weekday is None:
        return (preferred.isoformat(), "day-month relative to publication") if preferred else (None, "undated")
    if preferred is not None and preferred.weekday() == weekday:
        return preferred.isoformat(), "weekday+day-month agree with publication"
    agreeing = _pick([v for v in candidates if v.weekday() == weekday], pub, way)
    if agreeing is not None:
        return agreeing.isoformat(), "weekday+day-month agree with year next to publication"
    return None, "weekday disagrees with day-month"


def _pick(candidates: Iterable[dt.date], pub: dt.date, way: str) -> dt.date | None:
    """The candidate before (past) / after (future) / nearest to the publication date."""
    values = sorted(candidates)
    if way == "past":
        before = [v for v in values if v <= pub]
        return before[-1] if before else None
    if way == "future":
        after = [v for v in values if v >= pub]
        return after[0] if after else None
    if way == "current":
        same = [v for v in values if v.year == pub.year]
        return same[0] if same else None
    return min(values, key=lambda v: (abs((v - pub).days), v), default=None)


def _resolve_month(expr: TimeExpression, pub: dt.date | None, way: str, hint: int | None) -> tuple[str | None, str]:
    month = expr.month or 0
    if expr.year is not None:
        return f"{expr.year:04d}-{month:02d}", "explicit"
    if pub is not None:
        firsts = [dt.date(pub.year + k, month, 1) for k in (-1, 0, 1)]
        this_month = dt.date(pub.year, pub.month, 1)
        strict = expr.direction in ("past", "future")  # "octobre dernier" in October: last year's
        if way == "past":
            chosen = max(v for v in firsts if v < this_month or (v == this_month and not strict))
        elif way == "future":
            chosen = min(v for v in firsts if v > this_month or (v == this_month and not strict))
        elif way == "current":
            chosen = dt.date(pub.year, month, 1)
        else:
            chosen = min(firsts, key=lambda v: (abs((v - this_month).days), v))
        return f"{chosen.year:04d}-{month:02d}", "month relative to publication"
    if hint is not None:
        return f"{hint:04d}-{month:02d}", "year from article"
    return None, "no publication date"


def _resolve_weekday(expr: TimeExpression, pub: dt.date, way: str) -> tuple[str | None, str]:
    weekday = expr.weekday or 0
    if expr.delta_days is not None:
        rel = pub + dt.timedelta(days=expr.delta_days)
        if rel.weekday() == weekday:
            return rel.isoformat(), "relative day+weekday agree"
        way = "past" if expr.delta_days <= 0 else "future"
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    strict = expr.direction in ("past", "future")
    days = (ahead or (7 if strict else 0)) if way == "future" else -(back or (7 if strict else 0))
    value = pub + dt.timedelta(days=days)
    basis = (
        "weekday of publication"
        if days == 0
        else "weekday after publication"
        if days > 0
        else ("weekday before publication")
    )
    return value.isoformat(), basis


def _resolve_period(expr: TimeExpression, pub: dt.date, way: str) -> str | None:
    unit, delta = expr.period_unit, expr.period_delta or 0
    if unit == "year":
        return f"{pub.year + delta:04d}"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 + delta
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    if unit == "week":
        monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=delta)
        return _shared_prefix(monday, monday + dt.timedelta(days=6))
    if unit == "weekend":
        monday = pub - dt.timedelta(days=pub.weekday())
        if delta == 0 and pub.weekday() < 5 and way == "past":
            delta = -1  # "ce week-end" in a past-tense clause on a weekday: the one just gone
        saturday = monday + dt.timedelta(days=5, weeks=delta)
        return _shared_prefix(saturday, saturday + dt.timedelta(days=1))
    if unit == "days":
        other = pub + dt.timedelta(days=delta)
        return _shared_prefix(min(pub, other), max(pub, other))
    return None


def _resolve_hijri(expr: TimeExpression, pub: dt.date | None, way: str) -> tuple[str | None, str]:
    month, day, year = expr.month or 0, expr.day, expr.year
    if day is None:
        first, last = _hijri_to_date(year or 0, month, 1), _hijri_month_end(year or 0, month)
        if first is None or last is None:
            return None, "undated"
        return _shared_prefix(first, last), "hijri month"
    if year is not None:
        value = _hijri_to_date(year, month, day)
        if value is None:
            return None, "undated"
        if expr.weekday is None or value.weekday() == expr.weekday:
            return value.isoformat(), "explicit hijri"
        for shift in (-1, 1):  # Umm al-Qura and local moon sighting differ by a day
            other = value + dt.timedelta(days=shift)
            if other.weekday() == expr.weekday:
                return other.isoformat(), "hijri date adjusted to weekday"
        return value.isoformat(), "explicit (weekday disagrees)"
    if pub is None:
        return None, "no publication date"
    hijri_year = _hijri_year(pub)
    if hijri_year is None:
        return None, "undated"
    candidates = [v for v in (_hijri_to_date(hijri_year + k, month, day) for k in (-1, 0, 1)) if v]
    chosen = _pick(candidates, pub, way if way != "current" else "nearest")
    return (chosen.isoformat(), "hijri day-month relative to publication") if chosen else (None, "undated")


# ---------------------------------------------------------------------------------------------- helpers


def _iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _shared_prefix(first: dt.date, last: dt.date) -> str | None:
    """The most precise date string both ends share: YYYY-MM-DD, YYYY-MM, YYYY or None."""
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    if first.year == last.year:
        return f"{first.year:04d}"
    return None


def _hijri_to_date(year: int, month: int, day: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri_month_end(year: int, month: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        first = Hijri(year, month, 1)
        return Hijri(year, month, first.month_length()).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _hijri_year(value: dt.date) -> int | None:
    from hijridate import Gregorian

    try:
        return Gregorian(value.year, value.month, value.day).to_hijri().year
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------------------------------------- article year


def article_year_hint(body: str, removed: Sequence[str], lang: str, published: str | None) -> int | None:
    """A year the article itself pins, or None. Conservative, in this order:

    1. the publication year, when the publication date is known;
    2. else the year of a full date (in the body or in a removed line such as a caption or a dateline)
       whose day and month are those of a day-month expression of the body ("le 26 octobre" in the
       text, "26 octobre 2019" under the photo): the writer's own year for that day;
       two such dates with different years give None;
    3. else the single year of all full dates and month-years written in the body ("le 3 mars 2019",
       "en mars 2019"), when there is exactly one; bare years ("en 2003") do not count, being mostly
       background.
    Removed lines count only for rule 2, because a site clock or a crawl date can be among them.
    """
    pub = _iso(published)
    if pub is not None:
        return pub.year
    body_exprs = find_time_expressions(body, lang)
    day_months = {(e.month, e.day) for e in body_exprs if e.year is None and e.day is not None and e.month}
    full = [e for e in body_exprs if _is_full(e)]
    for line in removed:
        full.extend(e for e in find_time_expressions(line, lang) if _is_full(e))
    matching = {e.year for e in full if (e.month, e.day) in day_months}
    if len(matching) == 1:
        return matching.pop()
    if matching:
        return None
    years = {e.year for e in body_exprs if e.calendar == "gregorian" and e.year and e.month is not None}
    return years.pop() if len(years) == 1 else None


def _is_full(expr: TimeExpression) -> bool:
    return expr.calendar == "gregorian" and None not in (expr.year, expr.month, expr.day)


# ---------------------------------------------------------------------------------------------- attachment helpers


def expressions_in_span(exprs: Iterable[TimeExpression], start: int, end: int) -> list[TimeExpression]:
    """The expressions lying wholly inside ``[start, end)``, in text order."""
    return sorted((e for e in exprs if e.start >= start and e.end <= end), key=lambda e: e.start)


def governing_expression(
    exprs: Iterable[TimeExpression], sentence_start: int, sentence_end: int, clause_anchor: int | None
) -> TimeExpression | None:
    """The expression that governs a clause: of the sentence's expressions, the one closest to
    ``clause_anchor`` (the offset of the clause's verb or trigger word); ties go to the one before the
    anchor. Without an anchor, the first one of the sentence. None when the sentence has none.

    Expressions counted from another date ("la veille") are left out: they need that date first.
    """
    inside = [e for e in expressions_in_span(exprs, sentence_start, sentence_end) if e.kind != "anaphoric"]
    if not inside:
        return None
    if clause_anchor is None:
        return inside[0]

    def distance(e: TimeExpression) -> tuple[int, int]:
        if e.start <= clause_anchor < e.end:
            return 0, 0
        gap = e.start - clause_anchor if e.start > clause_anchor else clause_anchor - e.end + 1
        return gap, 0 if e.end <= clause_anchor else 1

    return min(inside, key=distance)


# ---------------------------------------------------------------------------------------------- tense


_AR_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_AR_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


def _tense_text(text: str) -> str:
    return _AR_MARKS.sub("", text).translate(_AR_FOLD).replace("’", "'")


@lru_cache(maxsize=8)
def _tense_patterns(lang: str) -> tuple[list[re.Pattern[str]], list[re.Pattern[str]], frozenset[str]]:
    data = pack(lang)
    if data is None:
        return [], [], frozenset()
    future = [re.compile(_tense_text(p)) for p in data.FUTURE_MARKERS]
    past = [re.compile(_tense_text(p)) for p in data.PAST_MARKERS]
    return future, past, frozenset(_tense_text(w).lower() for w in data.FUTURE_EXCEPTIONS)


def guess_tense(clause: str, lang: str, anchor: int | None = None) -> str:
    """ "future" when the clause carries a future cue of the language pack (and no past cue nearer to
    ``anchor``, an offset into ``clause``), else "past". A heuristic for ``resolve``'s ``tense``."""
    future, past, exceptions = _tense_patterns(lang)
    text = _tense_text(clause)
    future_hits = [
        m
        for p in future
        for m in p.finditer(text)
        if m.group(0).strip().lower() not in exceptions and fold_key(m.group(0)).lstrip("وف") not in exceptions
    ]
    if not future_hits:
        return "past"
    past_hits = [  # a past cue inside a future one ("scheduled" in "is scheduled to") does not count
        m
        for p in past
        for m in p.finditer(text)
        if not any(f.start() <= m.start() and m.end() <= f.end() for f in future_hits)
    ]
    if not past_hits:
        return "future"
    if anchor is None:
        return "past"

    def gap(m: re.Match[str]) -> int:
        return 0 if m.start() <= anchor < m.end() else min(abs(m.start() - anchor), abs(m.end() - anchor))

    return "future" if min(map(gap, future_hits)) < min(map(gap, past_hits)) else "past"
