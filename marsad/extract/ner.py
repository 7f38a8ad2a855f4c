"""Entity mentions from the statistical NER of each language pack, with its known errors repaired.

The French model tags titles as ORG ("ministre irakien des Affaires étrangères"), nationality nouns as
LOC ("Américains"), fragments as PER ("président de la"); honorifics ride along ("M. Konovalov").
Titles and honorifics are cut off, leaving the name; nationality nouns and nameless spans are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.candidates import Candidate
from marsad.extract.resources import LanguageTables, Resources
from marsad.extract.roles import title_at
from marsad.extract.tokens import span_text
from marsad.nlp.lang import pack
from marsad.normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NAME_PARTICLES = {"al", "el", "ben", "bin", "ibn", "abu", "abou", "ould", "bou", "von", "van", "de", "du", "da"}


def ner_candidates(
    doc: Doc, lang: str, model_name: str, tables: LanguageTables, res: Resources, offset: int
) -> list[Candidate]:
    lang_pack = pack(lang)
    labels = lang_pack.LABELS if lang_pack else {}
    confidence = lang_pack.NER_CONFIDENCE if lang_pack else 0.5
    found = []
    for ent in doc.ents:
        kind = labels.get(ent.label_)
        if kind is None:
            continue
        repaired = _repair(doc, ent, kind, tables, res)
        if repaired is None:
            continue
        start, end, kind = repaired
        text, begin, finish = span_text(doc, start, end)
        found.append(
            Candidate(
                text, begin + offset, finish + offset, start, end, kind, "ner", f"spacy:{model_name}:ner", confidence
            )
        )
    return found


def _repair(doc: Doc, ent: Span, kind: str, tables: LanguageTables, res: Resources) -> tuple[int, int, str] | None:
    start, end = ent.start, ent.end
    titled = False
    while start < end:
        key = fold(doc[start].text)
        title = title_at(doc, start, tables)
        if title is not None and title[0] <= end:
            start, titled = title[0], True
        elif key in tables.honorifics or key in tables.articles or (not key and start < end - 1):
            start += 1
        else:
            break
    while end > start and not fold(doc[end - 1].text):
        end -= 1
    if titled:
        name_start = _trailing_name(doc, start, end)
        if name_start is None:
            return None
        start, kind = name_start, "PERSON"
    if start >= end:
        return None
    text = doc[start:end].text
    if res.nationality(fold(text)):
        return None  # "Américains", "Iraniens": a nationality noun is not a place or a group
    if kind in ("GPE", "LOC") and res.place(text) is None:
        if _title_before(doc, start, tables):
            return start, end, "PERSON"  # "le général Karim Haddad" tagged LOC
        if tables.lang != "ar" and not any(t.pos_ == "PROPN" for t in doc[start:end]):
            return None  # "États voisins": a common noun is not a place name
    if kind == "PERSON" and not _looks_like_name(doc, start, end, tables, res):
        return None
    if kind == "ORG" and (place := res.place(text)) is not None and place.kind != "region":
        return start, end, "GPE"  # "Sinjar" tagged ORG
    return start, end, kind


def _title_before(doc: Doc, start: int, tables: LanguageTables) -> bool:
    for begin in range(max(0, start - 6), start):
        title = title_at(doc, begin, tables)
        if title is not None and title[0] == start:
            return True
    return False


def _trailing_name(doc: Doc, start: int, end: int) -> int | None:
    """Start of the proper-noun run that ends the span ("… de la Défense Salem al-Khatib" → Salem)."""
    first = end
    while first > start and _name_part(doc[first - 1]):
        first -= 1
    while first < end and not fold(doc[first].text):
        first += 1
    has_proper_noun = any(doc[i].pos_ == "PROPN" for i in range(first, end))
    return first if first < end and has_proper_noun else None


def _name_part(token: Token) -> bool:
    key = fold(token.text)
    return token.pos_ == "PROPN" or key in NAME_PARTICLES or not key


def _looks_like_name(doc: Doc, start: int, end: int, tables: LanguageTables, res: Resources) -> bool:
    """Starts and ends like a name, and holds no nationality adjective ("malien de la Défense" is not one)."""
    if tables.lang == "ar":
        return True
    first, last = doc[start], doc[end - 1]
    starts_well = first.text[:1].isupper() or fold(first.text) in NAME_PARTICLES
    has_adjective = any(res.nationality(fold(t.text)) for t in doc[start:end] if t.text[:1].islower())
    return starts_well and last.text[:1].isupper() and not last.is_stop and not has_adjective


def titled_names(doc: Doc, lang: str, tables: LanguageTables, res: Resources, offset: int) -> list[Candidate]:
    """Names the NER missed right after a person's title: "le ministre jordanien de la Défense Salem al-Khatib".

    Needs part-of-speech tags (French and English pipelines): the name is the run of proper nouns that
    follows the title and its affiliation words (nationality, portfolio, "de la", "du gouvernement").
    """
    if lang == "ar" or not doc.has_annotation("POS"):
        return []
    found, i = [], 0
    while i < len(doc):
        title = title_at(doc, i, tables)
        if title is None:
            i += 1
            continue
        start = _skip_affiliation(doc, title[0], tables, res)
        end = start
        while end < len(doc) and _name_part(doc[end]) and end - start < 6:
            end += 1
        while end > start and not fold(doc[end - 1].text):
            end -= 1
        if end - start >= 2 and doc[start].pos_ == "PROPN":
            text, begin, finish = span_text(doc, start, end)
            found.append(
                Candidate(text, begin + offset, finish + offset, start, end, "PERSON", "ner", f"{lang}:title-name", 0.7)
            )
        i = max(end, title[0])
    return found


def _skip_affiliation(doc: Doc, i: int, tables: LanguageTables, res: Resources, limit: int = 6) -> int:
    stop = min(len(doc), i + limit)
    while i < stop:
        token = doc[i]
        key = fold(token.text)
        if token.pos_ == "PROPN":
            return i
        if not (token.pos_ in ("ADJ", "DET", "ADP", "NOUN") or not key or res.nationality(key)):
            return i
        i += 1
    return i
