"""``EventFilter``: the filter of ``marsad events`` (``select_events``), kept for the CLI."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(slots=True)
class EventFilter:
    """Which events ``select_events`` returns; every field left as ``None`` matches everything.

    ``actor`` / ``recipient``: a country code (``"IRQ"``, any case), an actor key, or a case-insensitive
    part of an actor name on that side. ``date_from`` / ``date_to`` are inclusive ``YYYY[-MM[-DD]]`` bounds,
    compared on the precision both sides share, so the event date ``2020-05`` is inside
    ``2020-05-01..2020-05-31`` and undated events never match a date bound.
    """

    actor: str | None = None
    recipient: str | None = None
    type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    doc_id: str | None = None
    limit: int | None = None
    offset: int = 0

    def __post_init__(self) -> None:
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value is not None and not _DATE.match(value):
                raise ValueError(f"{name} must look like YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        if self.limit is not None and self.limit < 0:
            raise ValueError(f"limit must be >= 0, not {self.limit}")
        if self.offset < 0:
            raise ValueError(f"offset must be >= 0, not {self.offset}")
