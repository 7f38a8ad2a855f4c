"""Publication dates from real evidence only: datelines and timestamps, dates in URLs, ``published`` hints.

A site clock or a crawl date is never a publication date; when unsure the answer is None.

- ``parse_date``: the first complete calendar date written in a text, in fr/ar/en (numeric, written
  months of every Arabic region, Eastern Arabic digits), or a Hijri date converted when no Gregorian
  date is written beside it.
- ``read_stamp``: a stamp line split at its keywords ("Publié le … , mis à jour le …"): the publication
  stamp wins over a plain date, which wins over an update stamp; a day and month without a year is
  kept as a *partial* date ("--09-17").
- ``agency_dateline``: the dateline that opens a dispatch ("BAGHDAD, July 13 (Reuters) -",
  "بغداد - 14 مايو 2020 (أ ف ب) -").
- ``date_from_url`` / ``year_month_from_url``: dates written in an article URL.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass

from marsad.clean.chrome import HIJRI_MONTH_NAMES, MONTH_NAMES, PUBLISHED_KEYWORDS, WEEKDAY_NAMES, fold_digits

MONTHS: dict[str, int] = dict(MONTH_NAMES)


def _alternation(names: dict[str, int]) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


_MONTH_ALT = _alternation(MONTHS)
_GLOSS = rf"(?:\s*[/(]\s*(?:{_MONTH_ALT})\s*\)?)?"
_ISO = re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)")
_D_MONTH_Y = re.compile(
    rf"(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+|من\s+)?({_MONTH_ALT})\.?{_GLOSS},?\s+(\d{{4}})(?!\d)",
    re.I,
)
_MONTH_D_Y = re.compile(rf"(?<![^\W\d_])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\d)", re.I)
_D_MONTH = re.compile(rf"(?<!\d)(\d{{1,2}})(?:er|st|nd|rd|th)?\s+({_MONTH_ALT})(?![^\W\d_])", re.I)
_MONTH_D = re.compile(rf"(?<![^\W\d_])({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)", re.I)
_HIJRI = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({_alternation(HIJRI_MONTH_NAMES)})\s+(1[34]\d\d)(?!\d)")
_KEYWORD = re.compile(rf"^\s*(?:{PUBLISHED_KEYWORDS})\b", re.IGNORECASE)
_ANY_KEYWORD = re.compile(rf"(?<![^\W\d_])(?:{PUBLISHED_KEYWORDS})(?![^\W\d_])", re.IGNORECASE)
_UPDATED = re.compile(r"updated|mis à jour|mis a jour|mise à jour|تحديث|محدث", re.IGNORECASE)

_URL_YMD = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?!\d)")
_URL_COMPACT = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")
_URL_DMY_PARAM = re.compile(r"[?&;][a-z_]*date=(\d{2})(\d{2})((?:19|20)\d{2})(?!\d)", re.IGNORECASE)
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/")

# The opening of a dispatch: a place (capitalised, or Arabic), a date, an optional agency, a dash.
_PLACE_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[\u0621-\u064a]{2,})"
_NOT_PLACE = r"(?!(?i:le|la|les|l'|on|in|the|en|au|dès|depuis|since|until|jusqu|في|منذ|يوم|ce|cette)\b)"
_AGENCY_DATELINE = re.compile(
    rf"^\s*{_NOT_PLACE}(?P<place>{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|de|du|d'|al-|el-)){{0,3}})"
    rf"\s*(?:[,،]|[-–—])?\s*(?i:le\s+|on\s+)?"
    rf"(?P<date>(?i:\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTH_ALT})\.?{_GLOSS}(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{4}}))"
    rf"\s*(?:\([^()\d]{{1,40}}\)\s*)?[-–—:]\s"
)


@dataclass(slots=True)
class Stamp:
    """What a stamp line says: a full date and how it was stated, or only a partial ``--MM-DD`` date."""

    date: str | None = None
    partial: str | None = None
    basis: str | None = None  # "published stamp" | "dateline" | "updated stamp" | "agency dateline"
    keyword: bool = False  # the line names itself a publication / update stamp


def parse_date(text: str, *, month_first: bool = False, today: dt.date | None = None) -> str | None:
    """The first complete calendar date written in ``text`` as YYYY-MM-DD, or None.

    A Hijri date ("21 رمضان 1441 هـ") counts only when no Gregorian date is written.
    """
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
        candidates.append((match.start(), int(match[3]), _month(match[2]), int(match[1])))
    for match in _MONTH_D_Y.finditer(text):
        candidates.append((match.start(), int(match[3]), _month(match[1]), int(match[2])))
    for _pos, year, month, day in sorted(candidates):
        iso = _valid(year, month, day, today)
        if iso:
            return iso
    for match in _HIJRI.finditer(text):
        iso = _hijri(int(match[3]), HIJRI_MONTH_NAMES[_space(match[2])], int(match[1]), today)
        if iso:
            return iso
    return None


def parse_partial(text: str) -> str | None:
    """A day and month written without a year ("Sep 17", "17 sept.", "17 سبتمبر") as ``--MM-DD``, or None."""
    text = fold_digits(text)
    # A month abbreviation that is also a weekday abbreviation ("mar. 17 sept.") is the weaker reading.
    found = sorted(
        [(_space(m[2]) in WEEKDAY_NAMES, m.start(), _month(m[2]), int(m[1])) for m in _D_MONTH.finditer(text)]
        + [(_space(m[1]) in WEEKDAY_NAMES, m.start(), _month(m[1]), int(m[2])) for m in _MONTH_D.finditer(text)]
    )
    for _weak, _pos, month, day in found:
        try:
            dt.date(2000, month, day)  # a leap year: 29 February is a valid partial date
        except ValueError:
            continue
        return f"--{month:02d}-{day:02d}"
    return None


def read_stamp(line: str, *, month_first: bool = False, today: dt.date | None = None) -> Stamp:
    """The date a stamp line gives: the publication segment first, then a plain date, then an update."""
    keywords = list(_ANY_KEYWORD.finditer(line))
    cuts = [0] + [k.start() for k in keywords if k.start() > 0] + [len(line)]
    segments: list[tuple[str, str]] = []
    for begin, end in itertools.pairwise(cuts):
        segment = line[begin:end]
        head = _ANY_KEYWORD.match(segment.lstrip())
        kind = "dateline" if head is None else "updated stamp" if _UPDATED.match(head.group(0)) else "published stamp"
        segments.append((kind, segment))
    order = {"published stamp": 0, "dateline": 1, "updated stamp": 2}
    stamp = Stamp(keyword=bool(keywords))
    for kind, segment in sorted(segments, key=lambda s: order[s[0]]):
        date = parse_date(segment, month_first=month_first, today=today)
        if date:
            stamp.date, stamp.basis = date, kind
            return stamp
    for kind, segment in sorted(segments, key=lambda s: order[s[0]]):
        partial = parse_partial(segment)
        if partial:
            stamp.partial, stamp.basis = partial, kind
            return stamp
    return stamp


def agency_dateline(paragraph: str, *, month_first: bool = False, today: dt.date | None = None) -> Stamp | None:
    """The date of a dispatch dateline opening ``paragraph`` ("MOSCOU, 14 mai 2020 (AFP) -"), or None."""
    match = _AGENCY_DATELINE.match(fold_digits(paragraph[:160]))
    if match is None:
        return None
    written = match.group("date")
    date = parse_date(written, month_first=month_first, today=today)
    if date:
        return Stamp(date=date, basis="agency dateline")
    partial = parse_partial(written)
    return Stamp(partial=partial, basis="agency dateline") if partial else None


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


def year_month_from_url(url: str | None) -> tuple[int, int] | None:
    """A year and month folder of an article URL (".../2019/09/story"), or None."""
    if not url:
        return None
    match = _URL_YM.search(url)
    if match is None or not 1 <= int(match[2]) <= 12:
        return None
    return int(match[1]), int(match[2])


def complete_partial(partial: str | None, url: str | None, today: dt.date | None = None) -> str | None:
    """A partial ``--MM-DD`` date completed by the year of a URL folder of the same month, or None."""
    if not partial:
        return None
    folder = year_month_from_url(url)
    month, day = int(partial[2:4]), int(partial[5:7])
    if folder is None or folder[1] != month:
        return None
    return _valid(folder[0], month, day, today)


def normalise_hint(value: str | None, today: dt.date | None = None) -> str | None:
    """A ``published`` hint (ISO date or datetime, or a written date) as YYYY-MM-DD, or None."""
    if not value:
        return None
    return parse_date(value, today=today)


def has_published_keyword(line: str) -> bool:
    return bool(_KEYWORD.match(line))


def is_update_stamp(line: str) -> bool:
    return bool(_UPDATED.search(line))


def _space(name: str) -> str:
    return re.sub(r"\s+", " ", name.lower())


def _month(name: str) -> int:
    return MONTHS[_space(name)]


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


def _hijri(year: int, month: int, day: int, today: dt.date | None) -> str | None:
    from hijridate import Hijri

    try:
        value = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return _valid(value.year, value.month, value.day, today)
