"""Candidate mentions before merging: a span of one paragraph with its type, provenance and attribution."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from marsad.gazetteer import Place
    from marsad.kb import KbEntry

# Higher wins when two candidates overlap.
PRIORITY = {"kb": 3, "gazetteer": 3, "nominal": 2, "ner": 1}


@dataclass(slots=True)
class Candidate:
    """``text`` at ``start..end`` in the body (tokens ``tok_start..tok_end`` of its paragraph Doc)."""

    text: str
    start: int
    end: int
    tok_start: int
    tok_end: int
    type: str
    source: str
    rule: str
    confidence: float
    entry: KbEntry | None = None
    place: Place | None = None
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kind: str | None = None
    entity_id: str | None = None  # set once candidates are grouped into entities

    @property
    def priority(self) -> int:
        return PRIORITY[self.source]

    def overlaps(self, other: Candidate) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Candidate) -> bool:
        return (
            self.start <= other.start and other.end <= self.end and (self.end - self.start) > (other.end - other.start)
        )
