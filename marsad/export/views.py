"""One event of a contract record, seen with what the flat formats need: a global id, both sides with
their entities' details, CAMEO fields, the PLOVER score and quad code, and the evidence.

Records are the dicts of ``shared/docs/output-format.md`` (``Document.as_dict()``); nothing here changes them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from marsad.export.scores import plover_score
from marsad.model import cameo_fields

Record = dict[str, Any]

# Compound sides and lists are joined with this in one cell (the same as `marsad events --format csv`).
JOIN = ";"

# The PLOVER manual's quad categories, numbered as PLOVER JSON ``quad_code`` (and GDELT's QuadClass) count them.
QUAD_CODES: dict[str, int] = {
    "verbal cooperation": 1,
    "material cooperation": 2,
    "verbal conflict": 3,
    "material conflict": 4,
}


@dataclass(frozen=True, slots=True)
class Member:
    """One member of an event side, with the details of its entity when the side names one."""

    name: str | None
    country: str | None
    sector: str | None
    entity: str | None = None
    entity_type: str | None = None
    kb_id: str | None = None
    role: str | None = None
    raw_text: str | None = None

    @property
    def label(self) -> str:
        """What to call this member: its name, else its country code, else "UNK"."""
        return self.name or self.country or "UNK"


class EventView:
    """An event with its record; the side members and derived fields are computed once, on first use."""

    def __init__(self, record: Record, event: Record, entities: dict[str, Record]) -> None:
        self.record = record
        self.event = event
        self._entities = entities

    @property
    def uid(self) -> str:
        """Unique across a store: ``<doc id>/<event id>``, as in the API path ``/api/events/<doc>/<event>``."""
        return f"{self.record['id']}/{self.event['id']}"

    @cached_property
    def actor(self) -> tuple[Member, ...]:
        return self._members("actor")

    @cached_property
    def recipient(self) -> tuple[Member, ...]:
        return self._members("recipient")

    @cached_property
    def cameo(self) -> dict[str, Any] | None:
        if "cameo" in self.event:
            cameo: dict[str, Any] | None = self.event["cameo"]
            return cameo
        return cameo_fields(self.event.get("type") or "", self.event.get("mode"))

    @property
    def quad_code(self) -> int | None:
        return QUAD_CODES.get(self.cameo["quad_class"]) if self.cameo else None

    @property
    def score(self) -> float | None:
        return plover_score(self.event.get("type"), self.event.get("mode"))

    @property
    def evidence(self) -> Record:
        evidence: Record = self.event.get("evidence") or {}
        return evidence

    @property
    def evidence_texts(self) -> list[str]:
        """Every sentence that reports the event, the main evidence first."""
        spans = self.event.get("evidence_spans") or ([self.evidence] if self.evidence else [])
        return [span["text"] for span in spans]

    @property
    def location(self) -> Record:
        location: Record = self.event.get("location") or {}
        return location

    @property
    def contexts_with_aux(self) -> list[str]:
        """The contexts, then the auxiliary mode: the PLOVER manual puts auxiliary modes in ``context``."""
        contexts = list(self.event.get("contexts") or [])
        aux = self.event.get("aux")
        return [*contexts, aux] if aux else contexts

    def _members(self, side: str) -> tuple[Member, ...]:
        members = []
        for ref in self.event.get(side) or []:
            entity = self._entities.get(ref.get("entity") or "")
            if entity is None:
                members.append(Member(ref.get("name"), ref.get("country"), ref.get("sector")))
                continue
            members.append(
                Member(
                    name=ref.get("name") or entity.get("name"),
                    country=ref.get("country"),
                    sector=ref.get("sector"),
                    entity=entity["id"],
                    entity_type=entity.get("type"),
                    kb_id=entity.get("kb_id"),
                    role=entity.get("role"),
                    raw_text=self._surface_form(entity),
                )
            )
        return tuple(members)

    def _surface_form(self, entity: Record) -> str | None:
        """The entity's words in the evidence sentence, else its first mention in the article."""
        mentions = entity.get("mentions") or []
        start, end = self.evidence.get("start"), self.evidence.get("end")
        if start is not None and end is not None:
            for mention in mentions:
                if start <= mention["start"] and mention["end"] <= end:
                    return str(mention["text"])
        return str(mentions[0]["text"]) if mentions else None


def iter_events(records: Iterable[Record]) -> Iterator[EventView]:
    """Every event of every record, in order."""
    for record in records:
        entities = {entity["id"]: entity for entity in record.get("entities") or []}
        for event in record.get("events") or []:
            yield EventView(record, event, entities)


def joined(values: Iterable[Any]) -> str:
    """Values joined with ";" (None as an empty string), position by position."""
    return JOIN.join("" if value is None else str(value) for value in values)
