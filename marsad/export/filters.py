"""Which records and events an export keeps: article language, event types and an inclusive date range.

Dates are compared on the precision both sides share, as ``marsad events`` does: the event date ``2020-05``
is inside ``--from 2020-05-01 --to 2020-05-31``, and undated events never match a date bound. A filter on
events (type or dates) also drops the articles left without any event; a language filter alone keeps
articles without events.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from marsad.export.errors import ExportError
from marsad.export.views import Record
from marsad.model import EVENT_TYPES

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class ExportCounts:
    """How many articles and events went through the filter (what the export holds)."""

    articles: int = 0
    events: int = 0


@dataclass(slots=True)
class RecordFilter:
    """Keep records of ``lang`` and events of ``types`` dated inside ``date_from..date_to`` (all optional)."""

    lang: str | None = None
    types: frozenset[str] = frozenset()
    date_from: str | None = None
    date_to: str | None = None
    counts: ExportCounts = field(default_factory=ExportCounts)

    @classmethod
    def build(
        cls,
        lang: str | None = None,
        types: Iterable[str] = (),
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> RecordFilter:
        """A validated filter; ``types`` may hold comma-separated lists ("CONSULT,AID"), in any case."""
        wanted = {t.strip().upper() for value in types for t in value.split(",") if t.strip()}
        for kind in sorted(wanted):
            if kind not in EVENT_TYPES:
                raise ExportError("E804", value=kind, allowed=", ".join(EVENT_TYPES))
        for option, value in (("--from", date_from), ("--to", date_to)):
            if value is not None and not _DATE.match(value):
                raise ExportError("E803", option=option, value=value)
        return cls(lang=lang.lower() if lang else None, types=frozenset(wanted), date_from=date_from, date_to=date_to)

    @property
    def filters_events(self) -> bool:
        return bool(self.types or self.date_from or self.date_to)

    def keeps_event(self, event: Record) -> bool:
        if self.types and event.get("type") not in self.types:
            return False
        date = event.get("date")
        if self.date_from and not (date and _shared(date, self.date_from, operator.ge)):
            return False
        return not (self.date_to and not (date and _shared(date, self.date_to, operator.le)))

    def apply(self, records: Iterable[Record]) -> Iterator[Record]:
        """The kept records, each with only its kept events (a new dict; the input is not changed)."""
        for record in records:
            if self.lang and (record.get("lang") or "").lower() != self.lang:
                continue
            events = record.get("events") or []
            if self.filters_events:
                events = [e for e in events if self.keeps_event(e)]
                if not events:
                    continue
                record = {**record, "events": events}
            self.counts.articles += 1
            self.counts.events += len(events)
            yield record


def _shared(date: str, bound: str, compare: Callable[[str, str], bool]) -> bool:
    """Compare two YYYY[-MM[-DD]] strings on the precision they share."""
    n = min(len(date), len(bound))
    return compare(date[:n], bound[:n])
