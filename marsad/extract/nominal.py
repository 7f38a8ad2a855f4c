"""Nominal actors: "le gouvernement irakien", "الحكومة العراقية", "Russian forces" → ORG with country and sector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from marsad.extract.candidates import Candidate
from marsad.extract.context import is_boundary, read_affiliation
from marsad.extract.resources import LanguageTables, Resources
from marsad.extract.tokens import FoldedTokens, span_text
from marsad.normalize import arabic_variants, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

NOMINAL_CONFIDENCE = 0.75
_PORTFOLIO_MINISTRY = {
    "foreign": "Ministry of Foreign Affairs",
    "defence": "Ministry of Defence",
    "interior": "Ministry of Interior",
    "finance": "Ministry of Finance",
    "oil": "Ministry of Oil",
    "energy": "Ministry of Energy",
    "justice": "Ministry of Justice",
}
_RIGHT_WINDOW = 5


def find_nominals(
    doc: Doc, folded: FoldedTokens, tables: LanguageTables, res: Resources, offset: int
) -> list[Candidate]:
    found: list[Candidate] = []
    position = 0
    while position < len(folded):
        match = folded.longest(position, tables.agents, max_tokens=5, starts=tables.agent_starts)
        if match is None or (position > 0 and _is_title_word(folded.key(position - 1), tables)):
            position += 1
            continue
        candidate = _nominal(doc, match.start, match.end, match.value, tables, res, offset, match.cut)
        if candidate is not None:
            found.append(candidate)
            position = folded.position_of(candidate.tok_end)
        else:
            position = folded.position_of(match.end)
    return found


def _nominal(
    doc: Doc,
    start: int,
    end: int,
    agent: tuple[str, str, str],
    tables: LanguageTables,
    res: Resources,
    offset: int,
    cut: int,
) -> Candidate | None:
    kind, sector, template = agent
    country, first, last, portfolio = None, start, end - 1, None
    if tables.lang == "en":
        country, first = _country_before(doc, start, res)
    if country is None:
        stop = end
        while stop < min(len(doc), end + _RIGHT_WINDOW) and not is_boundary(doc[stop]):
            stop += 1
        found = read_affiliation(doc, end, stop, tables, res, {}, place_after_of=True)
        if found.country and _adjacent(doc, end, found.last):
            country, last, portfolio = found.country, found.last, found.portfolio
    if country is None:
        return None
    text, begin, finish = span_text(doc, first, last + 1, cut if first == start else 0)
    name = _name(template, kind, portfolio, country, res)
    return Candidate(
        text,
        begin + offset,
        finish + offset,
        first,
        last + 1,
        "ORG",
        "nominal",
        f"{tables.lang}:nominal:{kind}",
        NOMINAL_CONFIDENCE,
        name=name,
        country=country,
        sector=sector,
        kind=kind,
    )


def _is_title_word(key: str, tables: LanguageTables) -> bool:
    readings = arabic_variants(key) if tables.lang == "ar" else [key]
    return any(r in tables.titles for r in readings)


def _country_before(doc: Doc, start: int, res: Resources) -> tuple[str | None, int]:
    """English order: "the Iraqi government", "Iraq's army"."""
    if start >= 1:
        country = res.nationality(fold(doc[start - 1].text))
        if country:
            return country, start - 1
    if start >= 2 and doc[start - 1].text in ("'s", "’s"):
        place = res.place(doc[start - 2].text)
        if place is not None and place.kind in ("country", "capital"):
            return place.country, start - 2
    return None, start


def _adjacent(doc: Doc, end: int, last: int) -> bool:
    """The country word belongs to this agent: at most three short words in between ("de l'air")."""
    between = [t for t in doc[end:last] if fold(t.text)]
    return len(between) <= 3 and not any(
        t.text[:1].isupper() for t in between if t.text[:1].isalpha() and t.text[:1].isascii() and t.i != last
    )


def _name(template: str, kind: str, portfolio: str | None, country: str, res: Resources) -> str:
    names = res.country_names(country)
    if kind == "ministry" and portfolio in _PORTFOLIO_MINISTRY:
        return f"{_PORTFOLIO_MINISTRY[portfolio]} ({names.name})"
    return template.format(country=names.name, adjective=names.adjective)
