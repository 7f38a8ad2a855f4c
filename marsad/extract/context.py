"""Affiliation read from the words around a name: nationality adjectives, "de Russie", portfolios, titles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.extract.resources import LanguageTables, Resources
from marsad.extract.tokens import token_keys
from marsad.normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

STOP_PUNCT = {".", ";", "!", "?", "؟", ":", "«", "»", '"', "“", "”", "(", ")"}


@dataclass(slots=True)
class Affiliation:
    country: str | None = None
    portfolio: str | None = None
    legislative: bool = False
    last: int = -1  # Doc index of the last token that gave information


def is_boundary(token: Token, comma_ok: bool = False) -> bool:
    if token.is_sent_start and token.i > 0:
        return True
    text = token.text
    return text in STOP_PUNCT or (not comma_ok and text in {",", "،"})


def read_affiliation(
    doc: Doc,
    start: int,
    end: int,
    tables: LanguageTables,
    res: Resources,
    known: dict[int, str],
    place_after_of: bool = False,
) -> Affiliation:
    """Country, portfolio and legislative words in tokens ``start..end`` (first country found wins).

    ``known`` maps Doc token indices inside already attributed names (people, organisations) to their
    country, so "envoyé spécial de Vladimir Poutine" is Russian.
    """
    found = Affiliation()
    keys = token_keys(doc)
    i = start
    while i < end:
        key = keys[i]
        portfolio = _longest(doc, i, end, tables.portfolios)
        if portfolio is not None and found.portfolio is None:
            found.portfolio, span = portfolio
            found.last = i + span - 1
            i += span
            continue
        if any(key == word or key.startswith(word) for word in tables.legislative if key):
            found.legislative = True
        if found.country is None:
            place_ok = not place_after_of or tables.lang == "ar" or (i > 0 and fold(doc[i - 1].text) in tables.of_words)
            country = known.get(i) or res.nationality(key) or (_place_country(doc, i, end, res) if place_ok else None)
            if country:
                found.country, found.last = country, i
        i += 1
    return found


def _longest(doc: Doc, start: int, end: int, table: dict[str, str], width: int = 4) -> tuple[str, int] | None:
    keys = token_keys(doc)[start : min(end, start + width)]
    for n in range(len(keys), 0, -1):
        key = " ".join(k for k in keys[:n] if k)
        if key and key in table:
            return table[key], n
    return None


def _place_country(doc: Doc, i: int, end: int, res: Resources) -> str | None:
    token = doc[i]
    if not (token.text[:1].isupper() or not token.text[:1].isascii()):
        return None
    for n in (3, 2, 1):
        if i + n <= end:
            place = res.place(doc[i : i + n].text)
            if place is not None and place.kind in ("country", "capital"):
                return place.country
    return None
