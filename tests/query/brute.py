"""Brute-force answers to workbench queries, computed in Python from the Document objects (no SQL).

The store's answers are checked against these; the rules are written again here, plainly, from the
documented semantics of ``EventQuery`` and the query functions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date as Date
from typing import Any

from marsad.model import ActorRef, Document, Event
from marsad.normalize import fold
from marsad.plover.cameo import cameo_for
from marsad.store import fts
from marsad.store.eventquery import EventQuery

Member = tuple[str | None, str | None]  # (country, actor key)


def key_of(kb_id: str | None, name: str | None, country: str | None) -> str | None:
    if kb_id:
        return "kb:" + kb_id
    if name and fold(name):
        return f"name:{fold(name)}|{country or ''}"
    return None


@dataclass
class Flat:
    """One stored event with what the queries need, in storing order (``index``)."""

    index: int
    doc: Document
    ev: Event
    sides: tuple[list[Member], list[Member]]


def member(doc: Document, ref: ActorRef) -> Member:
    entity = next((e for e in doc.entities if e.id == ref.entity), None)
    if entity is not None:
        return ref.country, key_of(entity.kb_id, entity.name, entity.country)
    return ref.country, key_of(None, ref.name, ref.country)


def flatten(docs: list[Document]) -> list[Flat]:
    out = []
    for doc in docs:
        for ev in doc.events:
            sides = ([member(doc, r) for r in ev.actor], [member(doc, r) for r in ev.recipient])
            out.append(Flat(len(out), doc, ev, sides))
    return out


def aliases(docs: list[Document]) -> dict[str, set[str]]:
    """actor key -> folded names it is written with anywhere (canonical names, mentions, side names)."""
    names: dict[str, set[str]] = defaultdict(set)
    for doc in docs:
        for entity in doc.entities:
            key = key_of(entity.kb_id, entity.name, entity.country)
            if key:
                names[key].update(fold(n) for n in [entity.name, *(m.text for m in entity.mentions)])
        for ev in doc.events:
            for ref in (*ev.actor, *ev.recipient):
                entity_known = any(e.id == ref.entity for e in doc.entities)
                key = member(doc, ref)[1]
                if key and ref.name and not entity_known:
                    names[key].add(fold(ref.name))
    return names


def countries(flat: list[Flat]) -> set[str]:
    return {c for f in flat for side in f.sides for c, _ in side if c}


def side_matches(value: str, side: list[Member], names: dict[str, set[str]], known: set[str]) -> bool:
    if value.startswith("kb:") or (value.startswith("name:") and "|" in value):
        return any(key == value for _, key in side)
    if value.startswith("name:"):
        return any(key and key.startswith(value + "|") for _, key in side)
    if len(value) == 3 and value.isalpha() and value.upper() in known:
        return any(c == value.upper() for c, _ in side)
    needle = fold(value)
    return bool(needle) and any(key and any(needle in n for n in names.get(key, ())) for _, key in side)


def bounds(value: str) -> tuple[str, str]:
    if len(value) == 4:
        return value + "-01-01", value + "-12-31"
    if len(value) == 7:
        return value + "-01", value + "-31"
    return value, value


def text_matches(doc: Document, text: str) -> bool:
    terms = fts.query_terms(text)
    have = {r for t in (doc.title or "", doc.body) for _, _, found in fts.words(t) for r in found}
    return bool(terms) and all(have.intersection(term) for term in terms)


class Oracle:
    """Answers for one set of stored documents."""

    def __init__(self, docs: list[Document]) -> None:
        self.docs = docs
        self.flat = flatten(docs)
        self.names = aliases(docs)
        self.known = countries(self.flat)

    def side(self, value: str, side: list[Member]) -> bool:
        return side_matches(value, side, self.names, self.known)

    def matches(self, f: Flat, q: EventQuery) -> bool:
        ev, doc = f.ev, f.doc
        if q.actor and not self.side(q.actor, f.sides[0]):
            return False
        if q.recipient and not self.side(q.recipient, f.sides[1]):
            return False
        if q.party and not self.side(q.party, f.sides[0] + f.sides[1]):
            return False
        if q.dyad:
            a, b = q.dyad
            forward = self.side(a, f.sides[0]) and self.side(b, f.sides[1])
            backward = self.side(b, f.sides[0]) and self.side(a, f.sides[1])
            if not (forward or backward):
                return False
        for value, actual in ((q.type, ev.type), (q.mode, ev.mode), (q.lang, doc.lang), (q.outlet, doc.outlet)):
            if value is not None and value != actual:
                return False
        if q.context and q.context not in [c.lower() for c in ev.contexts]:
            return False
        if q.aux == "none" and ev.aux is not None:
            return False
        if q.aux and q.aux != "none" and ev.aux != q.aux:
            return False
        if q.date_from or q.date_to:
            if not ev.date.date:
                return False
            low, high = bounds(ev.date.date)
            if q.date_from and high < bounds(q.date_from)[0]:
                return False
            if q.date_to and low > bounds(q.date_to)[1]:
                return False
        if q.doc_id and doc.id != q.doc_id:
            return False
        if q.min_confidence is not None and ev.confidence < q.min_confidence:
            return False
        return not (q.text and not text_matches(doc, q.text))

    def events(self, q: EventQuery) -> list[Flat]:
        """Matching events, newest first (first day of the date), undated last, later stored first on ties."""
        found = [f for f in self.flat if self.matches(f, q)]
        dated = sorted(
            (f for f in found if f.ev.date.date), key=lambda f: (bounds(f.ev.date.date or "")[0], f.index), reverse=True
        )
        undated = sorted((f for f in found if not f.ev.date.date), key=lambda f: f.index, reverse=True)
        return dated + undated

    def timeline(self, q: EventQuery, interval: str) -> dict[str, Any]:
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        scores: dict[str, list[float]] = defaultdict(list)
        undated = imprecise = 0
        for f in self.events(q):
            value = f.ev.date.date
            if value is None:
                undated += 1
                continue
            if interval == "month" and len(value) >= 7:
                period = value[:7]
            elif interval == "week" and len(value) == 10:
                year, week, _ = Date.fromisoformat(value).isocalendar()
                period = f"{year}-W{week:02d}"
            else:
                imprecise += 1
                continue
            info = cameo_for(f.ev.type, f.ev.mode)
            counts[period][info.quad_class.replace(" ", "_")] += 1
            scores[period].append(info.goldstein)
        return {"counts": counts, "scores": scores, "undated": undated, "imprecise": imprecise}

    def pairs(self, f: Flat, level: str) -> set[tuple[str, str]]:
        index = 0 if level == "country" else 1
        sources = {m[index] for m in f.sides[0] if m[index]}
        targets = {m[index] for m in f.sides[1] if m[index]}
        return {(s, t) for s in sources for t in targets}

    def dyads(self, q: EventQuery, level: str) -> dict[tuple[str, str], list[Flat]]:
        out: dict[tuple[str, str], list[Flat]] = defaultdict(list)
        for f in self.events(q):
            for pair in self.pairs(f, level):
                out[pair].append(f)
        return out

    def participants(self, q: EventQuery, level: str) -> Counter[str]:
        index = 0 if level == "country" else 1
        counter: Counter[str] = Counter()
        for f in self.events(q):
            counter.update({m[index] for m in f.sides[0] + f.sides[1] if m[index]})
        return counter

    def country_sides(self, q: EventQuery) -> dict[str, tuple[int, int, int]]:
        out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for f in self.events(q):
            actor = {c for c, _ in f.sides[0] if c}
            recipient = {c for c, _ in f.sides[1] if c}
            for c in actor | recipient:
                out[c][0] += 1
            for c in actor:
                out[c][1] += 1
            for c in recipient:
                out[c][2] += 1
        return {c: (v[0], v[1], v[2]) for c, v in out.items()}
