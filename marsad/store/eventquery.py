"""``EventQuery``: the one description of "which events" shared by the store and the query layer.

It lives in the store (the earlier stage) so that both backends can turn it into SQL; the query layer
re-exports it as ``marsad.query.workbench.EventQuery``. Values are checked and normalised once, here:
bad values raise ``ValueError`` with a message that says what is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.model import EVENT_TYPES

AUX_VALUES = ("future", "historical", "hypothetical", "negation")
NO_AUX = "none"  # aux="none": only factual events (aux IS NULL)
MAX_LIMIT = 1000
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")


def date_bounds(value: str) -> tuple[str, str]:
    """First and last day covered by ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as ISO strings.

    The last day of a month is written ``-31`` whatever the month: bounds are compared as strings,
    and no real date falls between the 28th and the "31st" of a shorter month.
    """
    match = _DATE.match(value)
    if not match:
        raise ValueError(f"a date must look like YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month, day = match.groups()
    if month is None:
        return f"{year}-01-01", f"{year}-12-31"
    if not 1 <= int(month) <= 12:
        raise ValueError(f"month {month} of {value!r} is not between 01 and 12")
    if day is None:
        return f"{year}-{month}-01", f"{year}-{month}-31"
    if not 1 <= int(day) <= _DAYS[int(month) - 1]:
        raise ValueError(f"day {day} of {value!r} does not exist")
    return value, value


def looks_like_country(value: str) -> bool:
    """Three letters: may be an ISO 3166-1 alpha-3 or PLOVER code (the store checks it is one it knows)."""
    return bool(_COUNTRY.match(value))


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass
class EventQuery:
    """Conditions on events; every field left ``None`` matches everything. Conditions are ANDed.

    ``actor`` / ``recipient``: a country code (``"IRQ"``, any case), an actor key (``"kb:Q123"``,
    ``"name:sergei lavrov|RUS"``; ``"name:sergei lavrov"`` matches every country) or a part of an
    actor's name in any language. ``party``: the same, on either side. ``dyad``: two such values, in
    either direction. ``aux="none"`` keeps only factual events. ``date_from`` / ``date_to``: inclusive
    ``YYYY[-MM[-DD]]`` bounds; an event dated ``2024-05`` is inside ``2024-05-10..2024-06`` (its month
    overlaps); undated events never match a date bound. ``text``: words that must all appear in the
    article (title or body), matched after Arabic and Latin normalisation.
    """

    actor: str | None = None
    recipient: str | None = None
    dyad: tuple[str, str] | None = None
    type: str | None = None
    mode: str | None = None
    context: str | None = None
    aux: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    outlet: str | None = None
    doc_id: str | None = None
    text: str | None = None
    min_confidence: float | None = None
    limit: int = 50
    offset: int = 0
    party: str | None = None  # either side: like actor, but the value may be on the actor or recipient side

    def __post_init__(self) -> None:
        self.actor = _clean(self.actor)
        self.recipient = _clean(self.recipient)
        self.party = _clean(self.party)
        self.mode = _clean(self.mode)
        self.outlet = _clean(self.outlet)
        self.doc_id = _clean(self.doc_id)
        self.text = _clean(self.text)
        self._check_dyad()
        self._check_type()
        self._check_small_fields()
        self._check_dates()
        self._check_numbers()

    def _check_dyad(self) -> None:
        if self.dyad is None:
            return
        sides = tuple(_clean(side) for side in self.dyad)
        if len(sides) != 2 or not all(sides):
            raise ValueError(f"dyad needs exactly two non-empty sides, e.g. ('IRQ', 'RUS'), not {self.dyad!r}")
        self.dyad = (str(sides[0]), str(sides[1]))

    def _check_type(self) -> None:
        kind = _clean(self.type)
        if kind is not None:
            kind = kind.upper()
            if kind not in EVENT_TYPES:
                raise ValueError(f"unknown PLOVER event type {self.type!r}; expected one of {', '.join(EVENT_TYPES)}")
        self.type = kind

    def _check_small_fields(self) -> None:
        context = _clean(self.context)
        self.context = context.lower() if context else None
        aux = _clean(self.aux)
        if aux is not None:
            aux = aux.lower()
            if aux not in (*AUX_VALUES, NO_AUX):
                raise ValueError(f"unknown aux {self.aux!r}; expected one of {', '.join((*AUX_VALUES, NO_AUX))}")
        self.aux = aux
        lang = _clean(self.lang)
        if lang is not None and not re.fullmatch(r"[A-Za-z]{2,3}", lang):
            raise ValueError(f"lang must be an ISO 639 code such as ar, fr or en, not {self.lang!r}")
        self.lang = lang.lower() if lang else None

    def _check_dates(self) -> None:
        self.date_from = _clean(self.date_from)
        self.date_to = _clean(self.date_to)
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date_bounds(value)
                except ValueError as exc:
                    raise ValueError(f"{name}: {exc}") from None
        if self.date_from and self.date_to and date_bounds(self.date_from)[0] > date_bounds(self.date_to)[1]:
            raise ValueError(f"date_from {self.date_from} is after date_to {self.date_to}")

    def _check_numbers(self) -> None:
        if self.min_confidence is not None and not 0.0 <= float(self.min_confidence) <= 1.0:
            raise ValueError(f"min_confidence must be between 0 and 1, not {self.min_confidence}")
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or not 1 <= self.limit <= MAX_LIMIT:
            raise ValueError(f"limit must be an integer from 1 to {MAX_LIMIT}, not {self.limit!r}")
        if isinstance(self.offset, bool) or not isinstance(self.offset, int) or self.offset < 0:
            raise ValueError(f"offset must be an integer >= 0, not {self.offset!r}")

    @property
    def date_range(self) -> tuple[str | None, str | None]:
        """(first day of ``date_from``, last day of ``date_to``), ``None`` where unbounded."""
        low = date_bounds(self.date_from)[0] if self.date_from else None
        high = date_bounds(self.date_to)[1] if self.date_to else None
        return low, high
