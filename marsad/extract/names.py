"""Named actors found by dictionary: knowledge-base aliases (people, organisations, weapons) and places."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.candidates import Candidate
from marsad.extract.resources import LanguageTables, Sense
from marsad.extract.tokens import FoldedTokens, span_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

KB_CONFIDENCE = 0.9
PLACE_CONFIDENCE = 0.85


def find_names(doc: Doc, folded: FoldedTokens, tables: LanguageTables, offset: int) -> list[Candidate]:
    found = []
    for match in folded.scan(tables.names):
        first = doc[match.start]
        if not folded.arabic and not _capitalised(first.text) and not any(s.lower_ok for s in match.value):
            continue  # "nice", "mobile", "is": in Latin script a name starts with a capital or a digit
        text, start, end = span_text(doc, match.start, match.end, match.cut)
        sense = _best(match.value)
        found.append(_candidate(sense, text, start + offset, end + offset, match.start, match.end))
    return found


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _best(senses: tuple[Sense, ...]) -> Sense:
    """A knowledge-base entry over a place of the same name (the Kremlin is the Russian presidency)."""
    entries = [s for s in senses if s.entry is not None]
    return entries[0] if entries else senses[0]


def _candidate(sense: Sense, text: str, start: int, end: int, tok_start: int, tok_end: int) -> Candidate:
    if sense.entry is not None:
        entry = sense.entry
        return Candidate(
            text,
            start,
            end,
            tok_start,
            tok_end,
            entry.type,
            "kb",
            f"kb:{entry.id}",
            KB_CONFIDENCE,
            entry=entry,
            name=entry.name,
            country=entry.country,
            sector=entry.sector,
            kind=entry.kind,
        )
    place = sense.place
    assert place is not None
    return Candidate(
        text,
        start,
        end,
        tok_start,
        tok_end,
        "GPE",
        "gazetteer",
        f"gazetteer:{place.kind}",
        PLACE_CONFIDENCE,
        place=place,
        name=place.name,
        country=place.country,
    )
