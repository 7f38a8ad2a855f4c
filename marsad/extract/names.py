"""Named actors found by dictionary: knowledge-base aliases (people, organisations, weapons) and places."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.candidates import Candidate
from marsad.extract.resources import LanguageTables, Sense
from marsad.extract.tokens import FoldedTokens, span_text
from marsad.normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

KB_CONFIDENCE = 0.9
PLACE_CONFIDENCE = 0.85


def find_names(doc: Doc, folded: FoldedTokens, tables: LanguageTables, offset: int) -> list[Candidate]:
    found = []
    for match in folded.scan(tables.names, starts=tables.name_starts):
        first = doc[match.start]
        if not folded.arabic and not _capitalised(first.text) and not any(s.lower_ok for s in match.value):
            continue  # "nice", "mobile", "is": in Latin script a name starts with a capital or a digit
        text, start, end = span_text(doc, match.start, match.end, match.cut)
        sense = _best(match.value)
        if folded.arabic and _doubtful_arabic_town(sense, doc, match.start, match.cut):
            continue
        found.append(_candidate(sense, text, start + offset, end + offset, match.start, match.end))
    return found


_AR_PLACE_CUES = {"في", "الى", "من", "مدينه", "بلده", "محافظه", "قضاء", "ناحيه", "قرب", "شمال", "جنوب", "شرق", "غرب"}
_BIG_CITY = 1_000_000


def _doubtful_arabic_town(sense: Sense, doc: Doc, start: int, cut: int) -> bool:
    """Arabic has no capitals: a smaller town whose name is also a word ("الجديدة", new) needs a cue
    before it ("في", "مدينة", "قرب"…) or an attached preposition ("بالموصل")."""
    place = sense.place
    if place is None or place.kind not in ("city", "capital") or place.population >= _BIG_CITY or cut:
        return False
    return start == 0 or fold(doc[start - 1].text) not in _AR_PLACE_CUES


def _capitalised(text: str) -> bool:
    return text[:1].isupper() or text[:1].isdigit()


def _best(senses: tuple[Sense, ...]) -> Sense:
    """A knowledge-base entry over a place of the same name (the Kremlin is the Russian presidency)."""
    entries = [s for s in senses if s.entry is not None]
    return entries[0] if entries else senses[0]


def _candidate(sense: Sense, text: str, start: int, end: int, tok_start: int, tok_end: int) -> Candidate:
    span = (text, start, end, tok_start, tok_end)
    if sense.entry is not None:
        entry = sense.entry
        return Candidate(
            *span,
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
    kind = "LOC" if place.kind == "region" else "GPE"
    return Candidate(
        *span,
        kind,
        "gazetteer",
        f"gazetteer:{place.kind}",
        PLACE_CONFIDENCE,
        place=place,
        name=place.name,
        country=place.country,
    )
