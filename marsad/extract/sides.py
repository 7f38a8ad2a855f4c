"""The sides of an event: actor and recipient of a trigger, from the dependency parse (fr, en) or from
word order (ar, verb-first), resolved to the article's actors; "son homologue russe" / "نظيره الروسي"
through the nationality; coordinated names become compound sides."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.extract.candidates import Candidate
from marsad.extract.resources import Resources
from marsad.extract.tokens import token_keys
from marsad.extract.triggers import TriggerMatch
from marsad.normalize import arabic_variants

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ACTOR_TYPES = {"PERSON", "ORG", "GPE"}
COUNTERPART_WORDS = {"homologue", "homologues", "counterpart", "counterparts", "نظير", "نظيره", "نظيرها", "نظيرته"}
PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "it"}
_AR_WINDOW = 10


@dataclass(slots=True)
class SideRef:
    """One member of a side: an actor candidate, or a counterpart known only by its country."""

    candidate: Candidate | None
    country: str | None
    how: str


def actor_index(candidates: list[Candidate]) -> dict[int, Candidate]:
    return {i: c for c in candidates if c.type in ACTOR_TYPES for i in range(c.tok_start, c.tok_end)}


def parse_sides(
    match: TriggerMatch, sentence: Span, at: dict[int, Candidate], res: Resources, previous: Candidate | None
) -> tuple[list[SideRef], list[SideRef]]:
    head = sentence.doc[match.head]
    actor = _first_side(head, match.trigger.actor, at, res, previous)
    if not actor and head.dep_ in ("xcomp", "advcl", "acl", "ccomp", "conj") and head.head is not head:
        actor = _first_side(head.head, ("nsubj", "nsubj:pass"), at, res, previous)  # "se dit prêt à livrer"
    recipient = _first_side(head, match.trigger.recipient, at, res, None)
    return actor, recipient


def _first_side(
    head: Token, specs: tuple[str, ...], at: dict[int, Candidate], res: Resources, previous: Candidate | None
) -> list[SideRef]:
    for spec in specs:
        for node in _nodes(head, spec):
            side = _side_at(node, at, res, previous)
            if side:
                return side
    return []


def _nodes(head: Token, spec: str) -> list[Token]:
    """Tokens that fill ``spec`` for ``head``: a dependency label or a preposition."""
    found = []
    for child in head.children:
        if child.dep_ == spec or (":" not in spec and child.dep_.split(":")[0] == spec):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == spec:
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif any(g.dep_ in ("case", "mark") and g.lower_ in (spec, spec.replace("'", "’")) for g in child.children):
            found.append(child)
        elif spec == "by" and child.dep_ == "agent":
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _side_at(node: Token, at: dict[int, Candidate], res: Resources, previous: Candidate | None) -> list[SideRef]:
    members = []
    for token in [node, *[c for c in node.children if c.dep_ == "conj"]]:
        ref = _ref_at(token, at, res, previous)
        if ref is not None:
            members.append(ref)
    return members


def _ref_at(token: Token, at: dict[int, Candidate], res: Resources, previous: Candidate | None) -> SideRef | None:
    if token.i in at:
        return SideRef(at[token.i], None, "parse")
    if token.lower_ in COUNTERPART_WORDS:
        country = _nationality_near(token, res)
        return SideRef(None, country, "counterpart") if country else None
    if token.lower_ in PRONOUNS and previous is not None and token.pos_ == "PRON":
        return SideRef(previous, None, "pronoun")
    for sub in token.subtree:  # "le ministre russe des Affaires étrangères Sergueï Lavrov"
        if sub.i in at and (sub.head.i == token.i or sub.dep_ in ("appos", "flat:name", "compound")):
            return SideRef(at[sub.i], None, "parse")
    country = _nationality_near(token, res)
    if country and token.pos_ in ("NOUN", "PROPN"):  # "les autorités irakiennes", "la partie russe"
        return SideRef(None, country, "nominal")
    return None


def _nationality_near(token: Token, res: Resources) -> str | None:
    keys = token_keys(token.doc)
    for child in token.children:
        if child.dep_ in ("amod", "nmod", "compound") and (country := res.nationality(keys[child.i])):
            return country
    return None


def ordered_sides(
    match: TriggerMatch, sentence: Span, candidates: list[Candidate], res: Resources
) -> tuple[list[SideRef], list[SideRef]]:
    """Arabic, verb first: "التقى وزير الخارجية العراقي فؤاد حسين نظيره الروسي سيرغي لافروف"."""
    doc = sentence.doc
    keys = token_keys(doc)
    end_of_trigger = max(match.tokens) + 1
    after = [
        c
        for c in candidates
        if c.type in ACTOR_TYPES
        and end_of_trigger <= c.tok_start < end_of_trigger + _AR_WINDOW
        and c.tok_start < sentence.end
    ]
    before = [c for c in candidates if c.type in ACTOR_TYPES and sentence.start <= c.tok_start < match.head]
    counterpart = _ar_counterpart(doc, end_of_trigger, sentence.end, keys, res)
    slots = {
        "after": [SideRef(after[0], None, "order")] if after else [],
        "after2": [SideRef(after[1], None, "order")] if len(after) > 1 else [],
        "before": [SideRef(before[-1], None, "order")] if before else [],
    }
    if counterpart is not None:
        slots["after2"] = [counterpart]
    actor = _slot(match.trigger.actor, slots, doc, end_of_trigger, sentence.end, candidates, keys)
    recipient = _slot(match.trigger.recipient, slots, doc, end_of_trigger, sentence.end, candidates, keys)
    if actor and recipient and actor[0].candidate is not None and actor[0].candidate is (recipient[0].candidate):
        recipient = slots["after2"]
    return actor, recipient


def _slot(specs, slots, doc, start, end, candidates, keys) -> list[SideRef]:  # type: ignore[no-untyped-def]
    for spec in specs:
        if slots.get(spec):
            return slots[spec]
        for i in range(start, min(end, start + _AR_WINDOW)):
            readings = arabic_variants(keys[i]) if keys[i] else []
            if spec in readings:
                following = [c for c in candidates if c.type in ACTOR_TYPES and c.tok_start in (i, i + 1)]
                if following:
                    return [SideRef(following[0], None, "order")]
    return []


def _ar_counterpart(doc, start: int, end: int, keys: list[str], res: Resources) -> SideRef | None:  # type: ignore[no-untyped-def]
    for i in range(start, min(end, start + _AR_WINDOW) - 1):
        if any(r in COUNTERPART_WORDS for r in arabic_variants(keys[i])):
            country = res.nationality(keys[i + 1])
            if country:
                return SideRef(None, country, "counterpart")
    return None
