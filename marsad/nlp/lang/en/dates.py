"""English time lexicon: weekdays, months, relative days and periods, tense cues (data only).

Every language pack's ``dates.py`` defines the same names; ``marsad.extract.timex`` builds its
patterns from them and ``marsad.extract.dates`` resolves what they find. Keys are written as in
text: the finder folds them (case, accents, apostrophes ’→'). Spaces inside a key match any run of
spaces; a hyphen matches a hyphen or a space. English month and weekday names count only when
written with a capital letter ("May 3", not "may").

Weekday numbers follow Python (Monday = 0 ... Sunday = 6); month numbers are 1-12.
A *direction* is "past" or "future"; a *modifier* is one of "early", "mid", "late", "since",
"until", "by" or None (the word only marks a date context).
"""

from __future__ import annotations

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Abbreviations are dates only right before a day-month ("Sun 17 Sep", "Tue., June 3"): "Sat", "Sun" are words.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}
AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset()

# Words after a weekday that make it part of a name: newspapers ("the Sunday Times").
WEEKDAY_BLOCKERS: tuple[str, ...] = (
    "times", "telegraph", "express", "mirror", "herald", "post", "tribune", "independent", "star",
)

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviations are months only next to a day number or a year ("Jan. 3", "Sept 2019"): "Jan" is also a name.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
# "May" is a modal verb and "march" a noun and verb: months only next to a day number or a year, or
# after a MONTH_CONTEXT word ("in May", "since March"), and always capitalised.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"may", "march"})

MONTH_CONTEXT: dict[str, str | None] = {
    "in": None, "during": None, "the month of": None, "this": None, "early": "early", "earlier in": None,
    "mid": "mid", "late": "late", "later in": None, "since": "since", "until": "until", "till": "until",
    "through": "until", "by": "by", "by the end of": "by", "the end of": "late", "the beginning of": "early",
    "the start of": "early", "the middle of": "mid",
}
# Context words enough for an AMBIGUOUS_MONTHS name standing alone: all of MONTH_CONTEXT.
AMBIGUOUS_MONTH_CONTEXT: tuple[str, ...] = tuple(MONTH_CONTEXT)
YEAR_CONTEXT: dict[str, str | None] = {
    "in": None, "the year": None, "during": None, "early": "early", "mid": "mid", "late": "late",
    "since": "since", "until": "until", "till": "until", "through": "until", "by": "by", "by the end of": "by",
    "the end of": "late", "the beginning of": "early", "the start of": "early", "the middle of": "mid",
}
DAY_PREFIXES: tuple[str, ...] = ("the",)
# Words before / after a day-month that make it the name of a movement or a revolution ("ثورة 25 يناير",
# "the March 14 alliance", "le mouvement du 20 février"): not a date of the story.
DATE_NAME_BEFORE: tuple[str, ...] = ()
DATE_NAME_AFTER: tuple[str, ...] = (
    "revolution", "alliance", "coalition", "movement", "uprising", "bloc", "camp", "forces",
)
DAY_MONTH_LINKS: tuple[str, ...] = ("of",)
MONTH_YEAR_LINKS: tuple[str, ...] = ()
DIRECTION_BEFORE: dict[str, str | None] = {
    "last": "past", "this past": "past", "past": "past", "next": "future", "this coming": "future",
    "coming": "future", "this": None,
}
DIRECTION_AFTER: dict[str, str] = {}
TIME_OF_DAY_BEFORE: tuple[str, ...] = ("late", "early")
TIME_OF_DAY_AFTER: tuple[str, ...] = ("morning", "afternoon", "evening", "night")

RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "earlier today": 0,
    "later today": 0, "yesterday": -1, "last night": -1, "the day before yesterday": -2, "tomorrow": 1,
    "the day after tomorrow": 2,
}
# Words after a relative-day word that make it something else (none).
RELATIVE_DAY_BLOCKERS: tuple[str, ...] = ()
ANAPHORIC_DAYS: dict[str, int] = {
    "the day before": -1, "the previous day": -1, "the eve": -1, "the next day": 1, "the following day": 1,
    "the day after": 1, "the same day": 0, "that day": 0,
}
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "last week": ("week", -1), "earlier this week": ("week", 0), "this week": ("week", 0),
    "later this week": ("week", 0), "next week": ("week", 1), "last weekend": ("weekend", -1),
    "this weekend": ("weekend", 0), "over the weekend": ("weekend", -1), "next weekend": ("weekend", 1),
    "last month": ("month", -1), "earlier this month": ("month", 0), "this month": ("month", 0),
    "later this month": ("month", 0), "next month": ("month", 1), "last year": ("year", -1),
    "earlier this year": ("year", 0), "this year": ("year", 0), "later this year": ("year", 0),
    "next year": ("year", 1), "the past week": ("days", -7), "the past few days": ("days", -7),
    "recent days": ("days", -7), "the last few days": ("days", -7), "the coming days": ("days", 7),
    "the next few days": ("days", 7), "the past month": ("days", -30), "the coming weeks": ("days", 21),
}
PERIOD_MODIFIERS: dict[str, str | None] = {"early": "early", "late": "late", "mid": "mid"}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}
UNITS: dict[str, tuple[str, int | None]] = {
    "day": ("day", None), "days": ("day", None), "week": ("week", None), "weeks": ("week", None),
    "month": ("month", None), "months": ("month", None), "year": ("year", None), "years": ("year", None),
}
AGO_BEFORE: dict[str, int] = {"in": 1}
AGO_AFTER: dict[str, int] = {"ago": -1}

# Words after a counted period that make it something else: "in two days of talks" is a duration.
AGO_BLOCKERS: tuple[str, ...] = ("of",)

RANGE_OPENERS: tuple[str, ...] = ("from", "between")
RANGE_JOINERS: tuple[str, ...] = ("to", "and", "through", "until", "till", "-", "–")
# Joiners that also make lists ("le 3 et le 5 mai"): a range only after a RANGE_OPENERS word.
RANGE_WEAK_JOINERS: tuple[str, ...] = ("and",)

HIJRI_MONTHS: dict[str, int] = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi al-thani": 4, "jumada al-ula": 5, "jumada al-akhira": 6,
    "rajab": 7, "shaban": 8, "sha'ban": 8, "ramadan": 9, "ramadhan": 9, "shawwal": 10, "dhu al-qadah": 11,
    "dhul qadah": 11, "dhu al-hijjah": 12, "dhul hijjah": 12,
}
HIJRI_MARKERS: tuple[str, ...] = ("ah", "a.h.", "h")

GLUE: tuple[str, ...] = ("the", "on")

# Tense cues (regular expressions, case kept; see marsad.extract.dates.guess_tense).
FUTURE_MARKERS: tuple[str, ...] = (
    r"\bwill\b", r"'ll\b", r"\bshall\b", r"\bwould\b", r"\b(?:is|are|was|were) (?:due|set|scheduled|expected|slated"
    r"|poised|going|planning) to\b", r"\b(?:is|are) to\b", r"\bplans? to\b", r"\bplanned\b", r"\bto be held\b",
    r"\bnext\b", r"\bupcoming\b", r"\bforthcoming\b", r"\bintends? to\b", r"\bcoming\b",
)
PAST_MARKERS: tuple[str, ...] = (
    r"\bwas\b", r"\bwere\b", r"\bhad\b", r"\b(?:has|have) \w+(?:ed|en|ne|un|ought|aught)\b", r"\bago\b",
    r"\blast\b", r"\byesterday\b", r"\bdid\b", r"\b[a-z]{3,}ed\b",
)
FUTURE_EXCEPTIONS: tuple[str, ...] = ()
