"""Publication dates from real evidence only: datelines and timestamps, dates in URLs, ``published`` hints.

A site clock or a crawl date is never a publication date; when unsure the answer is None.
"""

from __future__ import annotations

import datetime as dt
import re

from marsad.clean.chrome import PUBLISHED_KEYWORDS, fold_digits

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "janvier january jan janv يناير كانون_الثاني جانفي",
        "février fevrier february feb févr fevr فبراير شباط فيفري",
        "mars march mar مارس آذار اذار",
        "avril april apr avr أبريل ابريل إبريل نيسان أفريل افريل",
        "mai may مايو أيار ايار ماي",
        "juin june jun يونيو يونيه حزيران جوان",
        "juillet july jul juil يوليو يوليه تموز جويلية",
        "août aout august aug أغسطس اغسطس آب اب أوت اوت",
        "septembre september sep sept سبتمبر أيلول ايلول",
        "octobre october oct أكتوبر اكتوبر تشرين_الأول تشرين_الاول",
        "novembre november nov نوفمبر تشرين_الثاني",
        "décembre decembre december dec déc ديسمبر كانون_الأول كانون_الاول",
    ],
    start=1,
):
    for _name in _names.split():
        MONTHS[_name.replace("_", " ")] = _number

_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_D_MONTH_Y = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})(?!\d)", re.I)
_MONTH_D_Y = re.compile(rf"(?<![^\W\d_])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
_KEYWORD = re.compile(rf"^\s*(?:{PUBLISHED_KEYWORDS})\b", re.IGNORECASE)
_UPDATED = re.compile(r"updated|mis à jour|mis a jour|mise à jour|تحديث|محدث", re.IGNORECASE)

_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)")
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_URL_DMY_PARAM = re.compile(r"[?&;][a-z_]*date=(\d{2})(\d{2})((?:19|20)\d{2})(?!\d)", re.IGNORECASE)


def parse_date(text: str, *, month_first: bool = False, today: dt.date | None = None) -> str | None:
    """The first complete calendar date written in ``text`` as YYYY-MM-DD, or None."""
    text = fold_digits(text)
    candidates: list[tuple[int, int, int, int]] = []  # (position, year, month, day)
    for match in _ISO.finditer(text):
        candidates.append((match.start(), int(match[1]), int(match[2]), int(match[3])))
    for match in _DMY.finditer(text):
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        day, month = (second, first) if month_first and second <= 31 and first <= 12 else (first, second)
        if month > 12 and day <= 12:
            day, month = month, day
        candidates.append((match.start(), year, month, day))
    for match in _D_MONTH_Y.finditer(text):
        candidates.append((match.start(), int(match[3]), MONTHS[match[2].lower()], int(match[1])))
    for match in _MONTH_D_Y.finditer(text):
        candidates.append((match.start(), int(match[3]), MONTHS[match[1].lower()], int(match[2])))
    for _pos, year, month, day in sorted(candidates):
        iso = _valid(year, month, day, today)
        if iso:
            return iso
    return None


def date_from_url(url: str | None, today: dt.date | None = None) -> str | None:
    """A publication date written in an article URL: /2019/07/13/, 2019-07-13, 20190712, cdate=29082024."""
    if not url:
        return None
    for pattern, order in ((_URL_YMD, "ymd"), (_URL_DMY_PARAM, "dmy"), (_URL_COMPACT, "ymd")):
        for match in pattern.finditer(url):
            a, b, c = (int(g) for g in match.groups())
            year, month, day = (a, b, c) if order == "ymd" else (c, b, a)
            iso = _valid(year, month, day, today)
            if iso:
                return iso
    return None


def normalise_hint(value: str | None, today: dt.date | None = None) -> str | None:
    """A ``published`` hint (ISO date or datetime, or a written date) as YYYY-MM-DD, or None."""
    if not value:
        return None
    return parse_date(value, today=today)


def has_published_keyword(line: str) -> bool:
    return bool(_KEYWORD.match(line))


def is_update_stamp(line: str) -> bool:
    return bool(_UPDATED.search(line))


def _year(raw: str) -> int:
    year = int(raw)
    return year + 2000 if len(raw) == 2 and year < 70 else year + 1900 if len(raw) == 2 else year


def _valid(year: int, month: int, day: int, today: dt.date | None) -> str | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    limit = (today or dt.date.today()) + dt.timedelta(days=1)
    if value.year < 1900 or value > limit:
        return None
    return value.isoformat()
