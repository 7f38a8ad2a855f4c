"""Records passed between stages: raw inputs, documents, mentions, entities, events, failures.

These dataclasses are the only types that cross stage boundaries. spaCy objects never leave
``marsad.nlp`` / ``marsad.extract``; JSON exists only at the edges (``as_dict`` for the output
contract in ``shared/docs/output-format.md``, ``marsad.store`` for SQLite).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ENTITY_TYPES = ("PERSON", "ORG", "GPE", "LOC", "WEAPON")
EVENT_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)


@dataclass(slots=True)
class RawRecord:
    """One article as read from disk or stdin, before cleaning.

    Exactly one of ``text`` / ``html`` is set. The other fields are optional hints given by the
    input record (a .json/.jsonl field); ``None`` means "find it yourself".
    """

    id: str
    source: str
    text: str | None = None
    html: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    encoding: str | None = None


@dataclass(slots=True)
class Paragraph:
    """A line of the cleaned body: ``body[start:end]``, with its detected language."""

    start: int
    end: int
    lang: str | None = None


@dataclass(slots=True)
class Mention:
    """One surface form in the body, with its provenance (rule or model, confidence)."""

    text: str
    start: int
    end: int
    label: str
    rule: str
    confidence: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
            "confidence": round(self.confidence, 3),
        }


@dataclass(slots=True)
class Entity:
    """One real-world referent of an article, with all its mentions."""

    id: str
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    kb_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "mentions": [m.as_dict() for m in self.mentions],
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "kb_id": self.kb_id,
        }


@dataclass(slots=True)
class ActorRef:
    """One side (or one member of a compound side) of an event."""

    entity: str | None
    name: str | None
    country: str | None
    sector: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "name": self.name, "country": self.country, "sector": self.sector}


@dataclass(slots=True)
class EventDate:
    """When an event happened: resolved value, the words it came from, and how it was resolved."""

    date: str | None = None
    text: str | None = None
    basis: str = "undated"


@dataclass(slots=True)
class Location:
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


@dataclass(slots=True)
class Evidence:
    """The sentence an event was read from: ``body[start:end]``."""

    text: str
    start: int
    end: int

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event:
    """A PLOVER 2.0 event with its dyad, date, evidence and provenance."""

    id: str
    type: str
    mode: str | None
    contexts: list[str]
    actor: list[ActorRef]
    recipient: list[ActorRef]
    date: EventDate
    evidence: Evidence
    confidence: float
    rule: str
    aux: str | None = None
    location: Location | None = None
    # Every sentence that reports this happening (headline, lead, later paragraphs), ``evidence`` first.
    spans: list[Evidence] = field(default_factory=list)

    def all_evidence(self) -> list[Evidence]:
        """``evidence`` followed by the other sentences merged into this event, without repeats."""
        out = [self.evidence]
        for span in self.spans:
            if all((span.start, span.end) != (e.start, e.end) for e in out):
                out.append(span)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "contexts": list(self.contexts),
            "actor": [a.as_dict() for a in self.actor],
            "recipient": [r.as_dict() for r in self.recipient],
            "date": self.date.date,
            "date_text": self.date.text,
            "date_basis": self.date.basis,
            "aux": self.aux,
            "location": self.location.as_dict() if self.location else None,
            "evidence": self.evidence.as_dict(),
            "evidence_spans": [e.as_dict() for e in self.all_evidence()],
            "confidence": round(self.confidence, 3),
            "rule": self.rule,
            "cameo": cameo_fields(self.type, self.mode),
        }


def cameo_fields(kind: str, mode: str | None) -> dict[str, Any] | None:
    """For GDELT users: CAMEO root, a CAMEO code where the mode pins one, Goldstein value, quad class."""
    from marsad.plover.cameo import cameo_for

    try:
        info = cameo_for(kind, mode)
    except (KeyError, ValueError):
        return None
    return {"root": info.root, "code": info.code, "goldstein": info.goldstein, "quad_class": info.quad_class}


@dataclass(slots=True)
class Document:
    """A cleaned article and everything extracted from it (the unit of the output contract)."""

    id: str
    source: str
    body: str
    url: str | None = None
    outlet: str | None = None
    lang: str | None = None
    title: str | None = None
    published: str | None = None
    published_basis: str | None = None
    removed: list[str] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Hidden from the contract: mentions before they are grouped into entities.
    mentions: list[Mention] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The record of ``shared/docs/output-format.md`` (fields may only be added)."""
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "lang": self.lang,
            "title": self.title,
            "published": self.published,
            "body": self.body,
            "removed": list(self.removed),
            "entities": [e.as_dict() for e in self.entities],
            "events": [e.as_dict() for e in self.events],
            "warnings": list(self.warnings),
            "source": self.source,
            "published_basis": self.published_basis,
            "paragraphs": [{"start": p.start, "end": p.end, "lang": p.lang} for p in self.paragraphs],
        }


@dataclass(slots=True)
class Failure:
    """An article (or input file) that could not be processed at some stage."""

    article_id: str
    source: str
    stage: str
    code: str
    message: str

    def line(self) -> str:
        return f"{self.source} [{self.article_id}] {self.stage} {self.code}: {self.message}"
