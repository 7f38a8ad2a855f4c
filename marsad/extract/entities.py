"""Entities of an article: candidates from the knowledge base, the gazetteer, nominal actors and NER,
overlaps settled, people's roles read from context, and one entity per real-world referent.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from marsad.errors import warning
from marsad.extract.candidates import Candidate
from marsad.extract.names import find_names
from marsad.extract.ner import ner_candidates, titled_names
from marsad.extract.nominal import find_nominals
from marsad.extract.resources import Resources
from marsad.extract.roles import GENERIC_ROLES, RoleReading, read_role
from marsad.extract.tokens import FoldedTokens
from marsad.model import Document, Entity, Mention
from marsad.nlp.annotate import ParsedParagraph
from marsad.normalize import fold

_FUZZY_SAME_PERSON = 90
_ARTICLE = re.compile(r"^(?:al|el|ال)\s*")


def extract_entities(
    doc: Document, parsed: list[ParsedParagraph], model_names: dict[str, str], res: Resources
) -> list[list[Candidate]]:
    """Fill ``doc.mentions`` and ``doc.entities`` (and role warnings in ``doc.warnings``).

    Returns, per parsed paragraph, its actor candidates (tokens, country, sector, ``entity_id``) for
    the event extractor.
    """
    chosen: list[tuple[Candidate, RoleReading | None]] = []
    per_paragraph = []
    for paragraph in parsed:
        found = _paragraph(paragraph, model_names.get(paragraph.lang, "blank"), res)
        per_paragraph.append([c for c, _ in found])
        chosen.extend(found)
    doc.mentions = [_mention(c) for c, _ in chosen]
    doc.entities = group(chosen, doc.published, doc.warnings)
    return per_paragraph


def _paragraph(
    paragraph: ParsedParagraph, model_name: str, res: Resources
) -> list[tuple[Candidate, RoleReading | None]]:
    spacy_doc, lang = paragraph.doc, paragraph.lang
    tables = res.tables(lang)
    folded = FoldedTokens(spacy_doc, arabic=lang == "ar")
    found = find_names(spacy_doc, folded, tables, paragraph.offset)
    found += find_nominals(spacy_doc, folded, tables, res, paragraph.offset)
    found += ner_candidates(spacy_doc, lang, model_name, tables, res, paragraph.offset)
    found += titled_names(spacy_doc, lang, tables, res, paragraph.offset)
    kept = settle_overlaps(found)
    _link(kept, res)
    known = {
        i: c.country for c in kept if c.country and c.type in ("PERSON", "ORG") for i in range(c.tok_start, c.tok_end)
    }
    known.update({i: c.country for c in kept if c.country and c.type == "GPE" for i in range(c.tok_start, c.tok_end)})
    people = [c for c in kept if c.type == "PERSON"]
    readings = []
    for cand in kept:
        reading = None
        if cand.type == "PERSON":
            others = frozenset(i for p in people if p is not cand for i in range(p.tok_start, p.tok_end))
            reading = read_role(spacy_doc, cand, tables, res, known, others)
        readings.append((cand, reading))
    return readings


def settle_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Dictionary matches beat nominal actors beat NER; an NER name that contains a dictionary match of the
    same kind keeps its longer span and takes the match's identity ("Mostafa al-Kazemi" ⊃ "al-Kazemi")."""
    chosen: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (-c.priority, -(c.end - c.start), c.start)):
        clashes = [o for o in chosen if o.overlaps(cand)]
        if not clashes:
            chosen.append(cand)
        elif cand.type == "PERSON" and all(o.source == "gazetteer" and cand.contains(o) for o in clashes):
            # people are named after places: "Salem Al-Rashidi" is not Salem
            chosen = [o for o in chosen if o not in clashes] + [cand]
        elif len(clashes) == 1 and _adds_tokens(cand, clashes[0]) and _absorbs(cand, clashes[0]):
            _extend(clashes[0], cand)
    return sorted(chosen, key=lambda c: c.start)


def _adds_tokens(wide: Candidate, narrow: Candidate) -> bool:
    """The wider span holds more words, not just the clitic letters a dictionary match cut off ("وموسكو")."""
    return wide.contains(narrow) and (wide.tok_start < narrow.tok_start or wide.tok_end > narrow.tok_end)


def _absorbs(wide: Candidate, narrow: Candidate) -> bool:
    if wide.type == narrow.type == "PERSON":
        return True
    if wide.type in ("GPE", "LOC") and narrow.type == "GPE":
        return True
    # "Conseil de sécurité de l'ONU" ⊃ "ONU": an organisation's name may contain another name, if it ends like a name
    last = wide.text.split()[-1]
    ends_like_name = last[:1].isupper() or wide.end == narrow.end or not last[:1].isascii()
    return (
        wide.type == "ORG" and wide.tok_end - wide.tok_start >= 3 and narrow.type in ("ORG", "GPE") and ends_like_name
    )


def _extend(narrow: Candidate, wide: Candidate) -> None:
    """Give the dictionary match the wider span of the NER name that contains it."""
    if wide.type == "ORG" and narrow.type != "ORG":
        narrow.entry = narrow.place = None
        narrow.name, narrow.type, narrow.source, narrow.rule = None, "ORG", wide.source, wide.rule
    elif wide.type == "ORG" and narrow.entry is not None:
        narrow.name, narrow.entry, narrow.sector, narrow.kind = None, None, None, None
        narrow.source, narrow.rule = wide.source, wide.rule
    narrow.text, narrow.start, narrow.end = wide.text, wide.start, wide.end
    narrow.tok_start, narrow.tok_end = wide.tok_start, wide.tok_end


def _link(candidates: list[Candidate], res: Resources) -> None:
    """NER names the dictionary scan did not cover: try the knowledge base and the gazetteer directly."""
    for cand in candidates:
        if cand.source != "ner":
            continue
        if cand.type in ("PERSON", "ORG"):
            entries = [e for e in res.kb.lookup(cand.text) if e.type == cand.type]
            if len(entries) == 1:
                entry = entries[0]
                cand.entry, cand.name, cand.country, cand.sector, cand.kind = (
                    entry,
                    entry.name,
                    entry.country,
                    entry.sector,
                    entry.kind,
                )
        elif cand.type in ("GPE", "LOC"):
            place = res.place(cand.text)
            if place is not None:
                cand.place, cand.name, cand.country, cand.type = place, place.name, place.country, "GPE"


def _mention(cand: Candidate) -> Mention:
    return Mention(cand.text, cand.start, cand.end, cand.type, cand.rule, cand.confidence)


# --- one entity per referent -------------------------------------------------------------------------


def group(
    chosen: list[tuple[Candidate, RoleReading | None]], published: str | None, warnings: list[str]
) -> list[Entity]:
    groups: dict[tuple[str, str], list[tuple[Candidate, RoleReading | None]]] = {}
    for cand, reading in chosen:
        groups.setdefault(_identity(cand), []).append((cand, reading))
    _merge_people(groups)
    ordered = sorted(groups.values(), key=lambda members: min(c.start for c, _ in members))
    return [_entity(f"e{n}", members, published, warnings) for n, members in enumerate(ordered, start=1)]


def _identity(cand: Candidate) -> tuple[str, str]:
    if cand.entry is not None:
        return ("kb", cand.entry.id)
    if cand.place is not None:
        return ("place", f"{cand.place.kind}:{cand.place.country}:{cand.place.name}")
    if cand.source == "nominal" and cand.name:
        return ("nominal", cand.name)
    return (cand.type, fold(cand.text))


def _merge_people(groups: dict[tuple[str, str], list]) -> None:
    """Join the short forms of a person to the full name, within one article.

    "Lavrov" joins "Serguei Lavrov", "الكاظمي" joins "مصطفى الكاظمي", "Kazimi" joins "Kazemi" (fuzzy), and a
    name the NER mislabelled as a place or organisation ("Benhadj" ORG beside "Karim Benhadj") too.
    """
    people = {k: v for k, v in groups.items() if v[0][0].type == "PERSON"}
    for key in [k for k in groups if k[0] in ("GPE", "LOC", "ORG")]:
        short = _ARTICLE.sub("", key[1])
        targets = [k for k in people if short and (_surname(people[k]) == short or _full(people[k]) == key[1])]
        if len(targets) == 1:
            for cand, _ in groups[key]:
                cand.type = "PERSON"
            groups[targets[0]].extend(groups.pop(key))
    for key in [k for k in people if k[0] == "PERSON"]:
        short = _ARTICLE.sub("", key[1])
        targets = [k for k in people if k != key and _surname(people[k]) in (short, key[1])]
        if not targets:
            targets = [k for k in people if k != key and fuzz.ratio(_full(people[k]), key[1]) >= _FUZZY_SAME_PERSON]
        if len(targets) == 1 and key in groups:
            groups[targets[0]].extend(groups.pop(key))


def _surname(members: list) -> str:
    words = fold(max((c.text for c, _ in members), key=len)).split()
    return _ARTICLE.sub("", words[-1]) if len(words) > 1 else ""


def _full(members: list) -> str:
    return fold(max((c.text for c, _ in members), key=len))


def _entity(
    entity_id: str, members: list[tuple[Candidate, RoleReading | None]], published: str | None, warnings: list[str]
) -> Entity:
    cands = [c for c, _ in members]
    for cand in cands:
        cand.entity_id = entity_id
    head = next((c for c in cands if c.entry is not None), None) or next(
        (c for c in cands if c.place is not None or c.name), cands[0]
    )
    entity = Entity(
        id=entity_id,
        name=head.name or _display(cands),
        type=head.type,
        mentions=sorted((_mention(c) for c in cands), key=lambda m: m.start),
        country=head.country,
        sector=head.sector,
        kb_id=head.entry.id if head.entry else None,
    )
    if head.place is not None:
        entity.sector = None
    if head.entry is not None and head.type == "WEAPON":
        entity.sector = None
    reading = next((r for _, r in members if r is not None and (r.role or r.country)), None)
    if head.entry is not None and head.type == "PERSON":
        _from_office(entity, head, published)
    if reading is not None:
        _from_text(entity, reading, warnings)
    return entity


def _from_office(entity: Entity, head: Candidate, published: str | None) -> None:
    office = head.entry.office_at(published) if head.entry else None
    if office is not None:
        entity.role, entity.sector, entity.country = office.role, office.sector, office.country or entity.country


def _from_text(entity: Entity, reading: RoleReading, warnings: list[str]) -> None:
    """The article's own words win over the knowledge base, with a warning when they disagree."""
    if entity.kb_id and reading.country and entity.country and reading.country != entity.country:
        warnings.append(
            warning(
                "W010", name=entity.name, text_country=reading.country, role=reading.role, kb_country=entity.country
            )
        )
    if entity.kb_id and reading.role and entity.role and _specific(reading.role) and reading.role != entity.role:
        warnings.append(warning("W011", name=entity.name, text_role=reading.role, kb_role=entity.role))
    entity.country = reading.country or entity.country
    if reading.role and (_specific(reading.role) or not entity.role):
        entity.role = reading.role
        entity.sector = reading.sector or entity.sector
    elif entity.sector is None:
        entity.sector = reading.sector


def _specific(role: str) -> bool:
    return role not in GENERIC_ROLES


def _display(cands: list[Candidate]) -> str:
    return max((c.text for c in cands), key=len)
