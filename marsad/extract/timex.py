"""Finding time expressions in Arabic, French and English text, with their parsed parts.

``find_time_expressions(text, lang)`` returns every date-like expression of ``text`` as a
:class:`TimeExpression`: offsets, kind and parsed parts (year, month, day, weekday, day delta,
period, range end, Hijri calendar). Nothing is resolved here: ``marsad.extract.dates.resolve`` turns
an expression into a calendar date against a publication date.

How it works
- The text is folded into a *key* (case, Latin accents, Arabic diacritics and tatweel removed,
  أ/إ/آ→ا, ى→ي, ة→ه, Eastern Arabic digits→ASCII, ’→') with a map back to the original offsets, so the
  patterns are written once per language and offsets stay exact.
- Patterns are built from the language pack's lexicon (``marsad.nlp.lang.<lang>.dates``): full
  dates (numeric and written), day-month, month-year, months after a context word ("en mars"),
  years after a context word ("en 2003", "عام 2014"), weekdays, relative days, relative periods,
  "three days ago" counts, ranges, Hijri dates, and days counted from another date ("la veille").
- Overlapping candidates: the longest wins. Then neighbouring pieces separated only by punctuation
  or a glue word are merged into one ``combined`` expression: "hier, le 26 octobre", "أمس الثلاثاء",
  "Tuesday, June 3", "dimanche 26 février", "الخميس 21 رمضان 1441 الموافق 14 مايو 2020".
- Noise guards: words that are also ordinary words are dates only in a date context: French and
  English weekday/month abbreviations ("sa", "mar", "Sat") only next to a day-month; "mai", "mars",
  "May", "March" alone only after a context word (English ones capitalised); Arabic مارس، آب، نيسان
  only with a number, a year, شهر or a direction word; "الاثنين" ("the two") only with a date context.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module
from types import ModuleType

__all__ = ["KINDS", "TimeExpression", "find_time_expressions", "fold_key", "pack"]

KINDS = (
    "full_date",
    "day_month",
    "weekday",
    "relative_day",
    "relative_period",
    "month_year",
    "month",
    "year",
    "range",
    "hijri",
    "combined",
    "anaphoric",
)


@dataclass(slots=True)
class TimeExpression:
    """One time expression: ``text == source[start - offset : end - offset]`` and its parsed parts.

    kind: "full_date" (day, month, year), "day_month" (no year), "month_year", "month" (a month after
    a context word, no year), "year", "weekday", "relative_day" (``delta_days`` from publication),
    "relative_period" (``period_unit`` "week" | "weekend" | "month" | "year" | "days" and
    ``period_delta``), "range" (start in year/month/day, end in end_*), "hijri" (year/month/day in
    the Hijri calendar, ``calendar == "hijri"``), "anaphoric" (``delta_days`` from another date of
    the story: "la veille", "the next day"), "combined" (several of these as one expression; the
    kinds merged are in ``components``).
    direction: "past" | "future" | "current" | None ("mardi dernier", "next Tuesday", "مايو الجاري").
    modifier: "early" | "mid" | "late" | "since" | "until" | "by" | None.
    """

    text: str
    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    delta_days: int | None = None
    period_unit: str | None = None
    period_delta: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    direction: str | None = None
    modifier: str | None = None
    calendar: str = "gregorian"
    components: tuple[str, ...] = ()
    lang: str = ""


def pack(lang: str) -> ModuleType | None:
    """The ``dates`` module of a language pack, or None."""
    if lang not in ("ar", "en", "fr"):
        return None
    return import_module(f"marsad.nlp.lang.{lang}.dates")


# ---------------------------------------------------------------------------------------------- folding

_AR_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
_APOSTROPHES = "’‘`´ʼ"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch == "\u0640":  # tatweel
        return ""
    if ch.isdigit() and not ch.isascii():
        try:
            return str(unicodedata.digit(ch))
        except (TypeError, ValueError):
            return ch
    if ch in "–—‐‑":
        return "-"
    ch = _AR_LETTERS.get(ch, ch)
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    return base.lower()


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """The key of ``text`` and, for each key position, the offset of the character it came from."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        for folded in _fold_char(ch):
            chars.append(folded)
            origin.append(index)
    origin.append(len(text))
    return "".join(chars), origin


def fold_key(text: str) -> str:
    """A lexicon key or a piece of text as the finder sees it (spaces collapsed)."""
    return re.sub(r"\s+", " ", "".join(_fold_char(ch) for ch in text)).strip()


# ---------------------------------------------------------------------------------------------- patterns

_LB = r"(?<![^\W_])"
_RB = r"(?![^\W_])"
_AR_CLITIC = r"(?:[وف]?[بل]|[وف])?"
_PUNCT = r"[\s,،;:()\[\]/\-|]"


def _phrase(key: str) -> str:
    tokens = fold_key(key).split(" ")
    parts = []
    for token in tokens:
        part = re.escape(token).replace(r"\-", r"[-\s]?").replace("'", r"'\s?")
        parts.append(part)
    return r"\s+".join(parts)


def _alt(keys: object) -> str:
    keys = sorted({fold_key(k) for k in keys if k}, key=len, reverse=True)  # type: ignore[attr-defined]
    if not keys:
        return r"(?!x)x"
    return "(?:" + "|".join(_phrase(k) for k in keys) + ")"


def _lookup(table: dict, raw: str) -> object:
    return table.get(fold_key(raw).rstrip("."))


class _Lexicon:
    """Folded lookup tables and compiled patterns of one language pack."""

    def __init__(self, lang: str, data: ModuleType) -> None:
        self.lang = lang
        self.data = data
        fk = fold_key
        self.weekdays = {fk(k): v for k, v in data.WEEKDAYS.items()}
        self.weekday_abbr = {fk(k): v for k, v in data.WEEKDAY_ABBREVIATIONS.items()}
        self.ambiguous_weekdays = {fk(k) for k in data.AMBIGUOUS_WEEKDAYS}
        self.months = {fk(k): v for k, v in data.MONTHS.items()}
        self.month_abbr = {fk(k): v for k, v in data.MONTH_ABBREVIATIONS.items()}
        self.all_months = {**self.month_abbr, **self.months}
        self.ambiguous_months = {fk(k) for k in data.AMBIGUOUS_MONTHS} | set(self.month_abbr)
        self.ambiguous_context = {fk(k) for k in data.AMBIGUOUS_MONTH_CONTEXT}
        self.month_context = {fk(k): v for k, v in data.MONTH_CONTEXT.items()}
        self.year_context = {fk(k): v for k, v in data.YEAR_CONTEXT.items()}
        self.direction_before = {fk(k): v for k, v in data.DIRECTION_BEFORE.items()}
        self.direction_after = {fk(k): v for k, v in data.DIRECTION_AFTER.items()}
        self.relative_days = {fk(k): v for k, v in data.RELATIVE_DAYS.items()}
        self.anaphoric = {fk(k): v for k, v in data.ANAPHORIC_DAYS.items()}
        self.periods = {fk(k): v for k, v in data.RELATIVE_PERIODS.items()}
        self.period_modifiers = {fk(k): v for k, v in data.PERIOD_MODIFIERS.items()}
        self.numbers = {fk(k): v for k, v in data.NUMBER_WORDS.items()}
        self.units = {fk(k): v for k, v in data.UNITS.items()}
        self.ago_before = {fk(k): v for k, v in data.AGO_BEFORE.items()}
        self.ago_after = {fk(k): v for k, v in data.AGO_AFTER.items()}
        self.hijri_months = {fk(k): v for k, v in data.HIJRI_MONTHS.items()}
        self.weak_joiners = {fk(k) for k in data.RANGE_WEAK_JOINERS}
        self.patterns = self._compile()

    def _compile(self) -> list[tuple[str, re.Pattern[str]]]:
        d = self.data
        ar = self.lang == "ar"
        start = _LB + (_AR_CLITIC if ar else "")
        gloss = rf"(?:\s*[/(]\s*{_alt(self.months)}\s*\)?)?" if ar else ""

        def day(name: str) -> str:
            return rf"(?<![\d.,:/])(?:ال)?(?P<{name}>3[01]|[12]\d|0?[1-9])(?:er|re|st|nd|rd|th|e)?{_RB}"

        def month(name: str, *, abbreviations: bool = True) -> str:
            abbr = rf"|{_alt(self.month_abbr)}\.?" if abbreviations and self.month_abbr else ""
            return rf"(?P<{name}>{_alt(self.months)}{abbr}){gloss}"

        def year(name: str) -> str:
            return rf"(?<![\d.,])(?P<{name}>1[89]\d\d|20\d\d)(?!\d)(?:\s?م{_RB})?"

        prefix = rf"(?:{_alt(d.DAY_PREFIXES)}\s+)?"
        dm_link = rf"(?:\s+{_alt(d.DAY_MONTH_LINKS)})?" if d.DAY_MONTH_LINKS else ""
        my_link = rf"(?:{_alt(d.MONTH_YEAR_LINKS)}\s+)?" if d.MONTH_YEAR_LINKS else ""
        dir_after = rf"(?:\s+(?P<dira>{_alt(self.direction_after)}){_RB})?" if self.direction_after else ""
        dir_before = rf"(?:(?P<dirb>{_alt(self.direction_before)})\s+)?" if self.direction_before else ""
        tod_before = rf"(?:{_alt(d.TIME_OF_DAY_BEFORE)}\s+)?" if d.TIME_OF_DAY_BEFORE else ""
        tod_after = rf"(?:[\s-]+{_alt(d.TIME_OF_DAY_AFTER)}{_RB})?" if d.TIME_OF_DAY_AFTER else ""
        sep = r"(?:\s*-\s*|\s+)"
        joiners = _alt(d.RANGE_JOINERS)
        opener = rf"(?:(?P<open>{_alt(d.RANGE_OPENERS)})\s+)?"
        number = rf"(?:(?P<n>\d{{1,2}})|(?P<nw>{_alt(self.numbers)}))"
        units = rf"(?P<unit>{_alt(self.units)})"
        hmarker = rf"(?:\s*{_alt(d.HIJRI_MARKERS)})?"
        en = self.lang == "en"
        mctx = _alt(self.month_context)
        dmy = rf"{prefix}{day('d')}{dm_link}\s+{month('m')},?\s+{my_link}{year('y')}"
        mdy = rf"{month('m')}\s+{day('d')},?\s+{year('y')}"
        specs: list[tuple[str, str]] = [
            ("numeric", r"(?<![\d./-])(?P<a>\d{1,4})(?P<s>[-/.])(?P<b>\d{1,2})(?P=s)(?P<c>\d{4}|\d{2})(?![\d])"),
            ("full_date", dmy),
            ("day_month", rf"{prefix}{day('d')}{dm_link}\s+{month('m')}{dir_after}"),
            ("month_year", rf"(?:(?P<ctx>{_alt(self.month_context)}){sep})?{month('m')},?\s+{my_link}{year('y')}"),
            ("month", rf"(?P<ctx>{mctx}(?:\s+{mctx})?){sep}{month('m', abbreviations=False)}{dir_after}"),
            ("month", rf"{dir_before}{month('m', abbreviations=False)}{dir_after}"),
            ("year", rf"(?P<ctx>{_alt(self.year_context)})(?:\s+{_alt(self.year_context)})?{sep}{year('y')}"),
            ("weekday", rf"{tod_before}{dir_before}(?P<w>{_alt(self.weekdays)}){tod_after}{dir_after}"),
            ("weekday_abbr", rf"(?P<w>{_alt(self.weekday_abbr)})\.?,?(?=\s+(?:\d|{_alt(self.all_months)}))"),
            ("relative_day", rf"{tod_before}(?P<r>{_alt(self.relative_days)}){tod_after}"),
            ("anaphoric", rf"(?P<r>{_alt(self.anaphoric)})"),
            ("relative_period", rf"(?:(?P<pm>{_alt(self.period_modifiers)}){sep})?(?P<p>{_alt(self.periods)})"),
            ("ago", rf"(?P<ago>{_alt(self.ago_before)})\s+(?:{number}\s+)?{units}"),
            ("ago_after", rf"{number}\s+{units}\s+(?P<ago>{_alt(self.ago_after)})"),
            (
                "range_days",
                rf"{opener}{prefix}{day('d')}\s*(?P<j>{joiners})\s*{prefix}{day('d2')}{dm_link}"
                rf"\s+{month('m')}(?:,?\s+{my_link}{year('y')})?",
            ),
            (
                "range_dates",
                rf"{opener}{prefix}{day('d')}{dm_link}\s+{month('m')}(?:,?\s+{year('y')})?"
                rf"\s*(?P<j>{joiners})\s*{prefix}{day('d2')}{dm_link}\s+{month('m2')}"
                rf"(?:,?\s+{my_link}{year('y2')})?",
            ),
            (
                "range_years",
                rf"{opener}(?:(?:{_alt(self.year_context)})\s+)?{year('y')}\s*(?P<j>{joiners})\s*"
                rf"(?:(?:{_alt(self.year_context)})\s+)?{year('y2')}",
            ),
            (
                "hijri",
                rf"{prefix}{day('d')}{dm_link}\s+(?P<hm>{_alt(self.hijri_months)})"
                rf"(?:\s+(?P<hy>1[345]\d\d)(?!\d){hmarker})?",
            ),
            ("hijri", rf"(?P<hm>{_alt(self.hijri_months)})\s+(?P<hy>1[345]\d\d)(?!\d){hmarker}"),
        ]
        if en:
            specs += [
                ("full_date", mdy),
                ("day_month", rf"{month('m')}\s+{day('d')}"),
                (
                    "range_days",
                    rf"{opener}{month('m')}\s+{day('d')}\s*(?P<j>{joiners})\s*{day('d2')}"
                    rf"(?:,?\s+{year('y')})?",
                ),
                (
                    "range_dates",
                    rf"{opener}{month('m')}\s+{day('d')}\s*(?P<j>{joiners})\s*{month('m2')}\s+"
                    rf"{day('d2')}(?:,?\s+{year('y2')})?",
                ),
            ]
        return [(name, re.compile(rf"{start}(?P<e>{body}){_RB}")) for name, body in specs]


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> _Lexicon | None:
    data = pack(lang)
    return _Lexicon(lang, data) if data is not None else None


# ---------------------------------------------------------------------------------------------- finding


@dataclass(slots=True)
class _Candidate:
    start: int  # key offsets
    end: int
    expr: TimeExpression
    needs_date: bool = False  # weekday abbreviation: kept only when merged with a date
    ambiguous: bool = False  # "الاثنين": kept only with a date context


def find_time_expressions(text: str, lang: str, offset: int = 0) -> list[TimeExpression]:
    """Every time expression of ``text`` in language ``lang`` (ar, en, fr), in text order.

    Offsets are ``offset`` + offsets into ``text``. Unknown languages give [].
    """
    lexicon = _lexicon(lang)
    if lexicon is None or not text:
        return []
    key, origin = _fold_with_map(text)
    candidates: list[_Candidate] = []
    for name, pattern in lexicon.patterns:
        for match in pattern.finditer(key):
            candidate = _read(name, match, lexicon, text, origin)
            if candidate is not None:
                candidates.append(candidate)
    chosen = _select(candidates)
    merged = _merge(chosen, key, lexicon)
    result = []
    for cand in merged:
        if cand.needs_date or (cand.ambiguous and not _has_context(cand, key, lexicon)):
            continue
        expr = cand.expr
        expr.start, expr.end = origin[cand.start], origin[cand.end - 1] + 1
        while expr.end < len(text) and text[expr.end] == "\u0640":  # a tatweel closing "هـ"
            expr.end += 1
        expr.text = text[expr.start : expr.end]
        expr.start += offset
        expr.end += offset
        expr.lang = lang
        result.append(expr)
    return result


def _read(name: str, m: re.Match[str], lex: _Lexicon, text: str, origin: list[int]) -> _Candidate | None:
    """A candidate from one match, or None when the match is noise."""
    groups = m.groupdict()
    s, e = m.span("e")
    expr = TimeExpression(text="", start=s, end=e, kind=name)
    cand = _Candidate(s, e, expr)
    direction = _direction(groups, lex)
    if direction is not None:
        expr.direction = direction
    if name == "numeric":
        return _read_numeric(groups, lex, cand)
    if groups.get("m") is not None:
        expr.month = _lookup(lex.all_months, groups["m"])  # type: ignore[assignment]
        if expr.month is None or not _month_ok(m, "m", lex, text, origin, groups):
            return None
    if groups.get("m2") is not None:
        expr.end_month = _lookup(lex.all_months, groups["m2"])  # type: ignore[assignment]
        if expr.end_month is None or not _month_ok(m, "m2", lex, text, origin, groups):
            return None
    if groups.get("d") is not None:
        expr.day = int(groups["d"])
    if groups.get("y") is not None:
        expr.year = int(groups["y"])
    if groups.get("ctx") is not None:
        expr.modifier = _context_modifier(groups["ctx"], lex, year=name == "year")
    if name in ("day_month", "range_days", "range_dates") and _is_a_name(s, e, m.string, lex):
        return None  # "ثورة 25 يناير", "the March 14 alliance": a name, not a date of the story
    if name == "month" and not (groups.get("ctx") or groups.get("dira") or groups.get("dirb")):
        return None  # a month name alone is a date only after a context word or with a direction word
    if name in ("full_date", "day_month", "month_year", "month", "year"):
        return cand
    if name in ("weekday", "weekday_abbr"):
        if _blocked(m.end("e"), m.string, lex.data.WEEKDAY_BLOCKERS):
            return None
        key = fold_key(groups["w"])
        expr.kind = "weekday"
        expr.weekday = (lex.weekday_abbr if name == "weekday_abbr" else lex.weekdays)[key]
        cand.needs_date = name == "weekday_abbr"
        cand.ambiguous = key in lex.ambiguous_weekdays and m.group("e") == groups["w"]
        return cand
    if name == "relative_day":
        if _blocked(m.end("e"), m.string, lex.data.RELATIVE_DAY_BLOCKERS):
            return None
        expr.delta_days = lex.relative_days[fold_key(groups["r"])]
        return cand
    if name == "anaphoric":
        expr.delta_days = lex.anaphoric[fold_key(groups["r"])]
        return cand
    if name == "relative_period":
        expr.period_unit, expr.period_delta = lex.periods[fold_key(groups["p"])]
        if groups.get("pm"):
            expr.modifier = lex.period_modifiers.get(fold_key(groups["pm"]))
        return cand
    if name in ("ago", "ago_after"):
        return _read_ago(groups, m, lex, cand)
    if name.startswith("range"):
        return _read_range(name, groups, lex, cand)
    if name == "hijri":
        expr.calendar = "hijri"
        expr.month = lex.hijri_months.get(fold_key(groups["hm"]))
        expr.year = int(groups["hy"]) if groups.get("hy") else None
        return cand if expr.month else None
    return None


def _read_numeric(groups: dict[str, str | None], lex: _Lexicon, cand: _Candidate) -> _Candidate | None:
    a, b, c = groups["a"] or "", groups["b"] or "", groups["c"] or ""
    expr = cand.expr
    expr.kind = "full_date"
    if len(a) == 4 and len(c) <= 2:
        year, month, day = int(a), int(b), int(c)
    elif len(c) == 4 and len(a) <= 2:
        first, second = int(a), int(b)
        month_first = lex.lang == "en" and first <= 12
        if first > 12 or (not month_first and second <= 12):
            day, month = first, second
        else:
            month, day = first, second
        year = int(c)
    else:
        return None
    if not (1800 <= year <= 2099 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    expr.year, expr.month, expr.day = year, month, day
    return cand


def _read_ago(groups: dict[str, str | None], m: re.Match[str], lex: _Lexicon, cand: _Candidate) -> _Candidate | None:
    if _blocked(m.end("e"), m.string, lex.data.AGO_BLOCKERS):
        return None
    unit, implied = lex.units[fold_key(groups["unit"] or "")]
    sign = (lex.ago_before if cand.expr.kind == "ago" else lex.ago_after)[fold_key(groups["ago"] or "")]
    if groups.get("n"):
        count = int(groups["n"] or 0)
    elif groups.get("nw"):
        count = lex.numbers[fold_key(groups["nw"] or "")]
    elif implied is not None:
        count = implied
    else:
        return None
    if count <= 0:
        return None
    expr = cand.expr
    if unit == "day":
        expr.kind, expr.delta_days = "relative_day", sign * count
    else:
        expr.kind, expr.period_unit, expr.period_delta = "relative_period", unit, sign * count
    return cand


def _read_range(name: str, groups: dict[str, str | None], lex: _Lexicon, cand: _Candidate) -> _Candidate | None:
    expr = cand.expr
    joiner = fold_key(groups.get("j") or "")
    if joiner in lex.weak_joiners and not groups.get("open"):
        return None
    expr.kind = "range"
    if name == "range_years":
        expr.year, expr.end_year = int(groups["y"] or 0), int(groups["y2"] or 0)
        if not 0 < expr.end_year - expr.year <= 50:
            return None
        return cand
    expr.end_day = int(groups["d2"] or 0)
    if name == "range_days":
        expr.end_month, expr.end_year = expr.month, expr.year
        if expr.end_day <= (expr.day or 0):
            return None
    else:
        expr.end_year = int(groups["y2"]) if groups.get("y2") else expr.year
        if expr.year is None:
            expr.year = expr.end_year if (expr.month or 0) <= (expr.end_month or 0) else None
            if expr.year is None and expr.end_year is not None:
                expr.year = expr.end_year - 1
    return cand


def _direction(groups: dict[str, str | None], lex: _Lexicon) -> str | None:
    if groups.get("dira"):
        return lex.direction_after.get(fold_key(groups["dira"] or ""))
    if groups.get("dirb"):
        return lex.direction_before.get(fold_key(groups["dirb"] or ""))
    return None


def _context_modifier(raw: str, lex: _Lexicon, *, year: bool) -> str | None:
    """The modifier of the first context word that has one ("منذ عام" → since)."""
    table = lex.year_context if year else lex.month_context
    words = fold_key(raw)
    for key in sorted(table, key=len, reverse=True):
        if (words == key or words.startswith(key + " ")) and table[key] is not None:
            return table[key]
    return None


def _month_ok(
    m: re.Match[str], group: str, lex: _Lexicon, text: str, origin: list[int], groups: dict[str, str | None]
) -> bool:
    """A month name that is also an ordinary word needs a date context; English ones a capital letter."""
    name = fold_key(m.group(group)).rstrip(".")
    if name not in lex.ambiguous_months:
        return True
    if lex.lang == "en" and not text[origin[m.start(group)]].isupper():
        return False
    has_number = any(groups.get(g) for g in ("d", "d2", "y", "y2"))
    if has_number:
        return True
    if groups.get("dira") or groups.get("dirb"):
        return True
    ctx = groups.get("ctx")
    if ctx is None:
        return False
    words = fold_key(ctx)
    return any(words == c or words.endswith(" " + c) for c in lex.ambiguous_context)


def _is_a_name(start: int, end: int, key: str, lex: _Lexicon) -> bool:
    """A day-month preceded or followed by a word that makes it a proper name (DATE_NAME_BEFORE / _AFTER)."""
    before = " " + " ".join(key[max(0, start - 40) : start].split())
    if any(before.endswith(" " + fold_key(w)) for w in lex.data.DATE_NAME_BEFORE):
        return True
    return _blocked(end, key, lex.data.DATE_NAME_AFTER)


def _blocked(end: int, key: str, blockers: tuple[str, ...]) -> bool:
    """True when one of ``blockers`` is the next word after ``end`` in ``key``."""
    if not blockers:
        return False
    following = key[end : end + 40].split()
    return bool(following) and following[0] in {fold_key(b) for b in blockers}


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping candidates, longest first; returned in text order."""
    chosen: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= other.start or cand.start >= other.end for other in chosen):
            chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


_DATED = {"full_date", "day_month", "hijri", "range", "month_year"}
_MERGEABLE = (
    {("relative_day", "weekday"), ("weekday", "relative_day")}
    | {(a, b) for a in ("relative_day", "weekday") for b in ("full_date", "day_month", "hijri", "range")}
    | {(b, "weekday") for b in ("full_date", "day_month", "hijri")}
    | {("hijri", "full_date"), ("full_date", "hijri")}
)


def _merge(chosen: list[_Candidate], key: str, lex: _Lexicon) -> list[_Candidate]:
    glue = (
        re.compile(rf"^{_PUNCT}*(?:{_alt(lex.data.GLUE)}{_PUNCT}*)?$") if lex.data.GLUE else re.compile(rf"^{_PUNCT}*$")
    )
    out: list[_Candidate] = []
    for cand in chosen:
        if out and _can_merge(out[-1], cand) and glue.match(key[out[-1].end : cand.start]):
            out[-1] = _combine(out[-1], cand)
        else:
            out.append(cand)
    return out


def _kinds(cand: _Candidate) -> set[str]:
    expr = cand.expr
    return set(expr.components) if expr.kind == "combined" else {expr.kind}


def _can_merge(left: _Candidate, right: _Candidate) -> bool:
    lk, rk = _kinds(left), _kinds(right)
    if lk & rk and not ({"hijri", "full_date"} >= (lk | rk)):
        return False
    if (lk & _DATED) and (rk & _DATED) and not ({"hijri", "full_date"} & lk and {"hijri", "full_date"} & rk):
        return False
    return any((a, b) in _MERGEABLE for a in lk for b in rk)


def _combine(left: _Candidate, right: _Candidate) -> _Candidate:
    a, b = left.expr, right.expr
    expr = TimeExpression(text="", start=left.start, end=right.end, kind="combined")
    parts = [a, b]
    comps: list[str] = []
    for p in parts:
        comps.extend(p.components if p.kind == "combined" else (p.kind,))
    expr.components = tuple(comps)
    dated = [p for p in parts if (p.kind in _DATED or p.kind == "combined") and p.month is not None]
    gregorian = [p for p in dated if p.calendar == "gregorian"]
    source = gregorian[0] if gregorian else (dated[0] if dated else None)
    if source is not None:
        for field in ("year", "month", "day", "end_year", "end_month", "end_day", "calendar", "modifier"):
            setattr(expr, field, getattr(source, field))
    for p in parts:
        if p.weekday is not None:
            expr.weekday = p.weekday
        if p.delta_days is not None:
            expr.delta_days = p.delta_days
        if p.direction is not None:
            expr.direction = p.direction
    return _Candidate(left.start, right.end, expr, needs_date=False, ambiguous=False)


def _has_context(cand: _Candidate, key: str, lex: _Lexicon) -> bool:
    """An ambiguous weekday word ("الاثنين") is a date when a comma, a bracket or a direction word is next to it."""
    before = key[max(0, cand.start - 3) : cand.start].rstrip()
    after = key[cand.end : cand.end + 3].lstrip()
    return before.endswith(("،", ",", "(")) or after.startswith(("،", ",", ")", "."))
