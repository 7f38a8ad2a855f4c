"""Roles and affiliation of people from titles and appositions around their names.

"le ministre russe des Affaires étrangères Serguei Lavrov", "Karim Alawi, membre de la Commission de la
sécurité et de la défense au Parlement irakien", "وزير الخارجية الروسي، سيرغي لافروف",
"Iran's Defence Minister Hossein Dehghan" → role, country, sector.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.extract.candidates import Candidate
from marsad.extract.context import Affiliation, is_boundary, read_affiliation
from marsad.extract.resources import LanguageTables, Resources
from marsad.extract.tokens import token_keys
from marsad.normalize import arabic_variants, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

_LEFT_WINDOW = 12
_RIGHT_WINDOW = 14
_VERB_POS = {"VERB", "AUX"}
# Titles that say little on their own: a more specific role read elsewhere replaces them.
GENERIC_ROLES = frozenset({"general", "minister", "member", "leader", "adviser", "envoy"})


@dataclass(slots=True)
class RoleReading:
    role: str | None
    sector: str | None
    country: str | None


def read_role(
    doc: Doc,
    person: Candidate,
    tables: LanguageTables,
    res: Resources,
    known: dict[int, str],
    others: frozenset[int] = frozenset(),
) -> RoleReading | None:
    """The title before the name (closest first), else an apposition after it.

    ``others`` are the tokens of other people's names: a title never reaches across another person.
    """
    left = _left(doc, person, tables, res, known, others)
    right = _right(doc, person, tables, res, known)
    if left is None or right is None:
        return left or right
    # "le général Omar Haddad, commandant de l'armée de l'air jordanienne": title before, affiliation after
    return RoleReading(
        role=right.role if left.role is None or left.role in GENERIC_ROLES else left.role,
        sector=left.sector or right.sector,
        country=left.country or right.country,
    )


def _left(
    doc: Doc, person: Candidate, tables: LanguageTables, res: Resources, known: dict[int, str], others: frozenset[int]
) -> RoleReading | None:
    start = person.tok_start
    begin = start
    while begin > 0 and start - begin < _LEFT_WINDOW:
        token = doc[begin - 1]
        if is_boundary(token, comma_ok=True) or token.pos_ in _VERB_POS or token.i in others:
            break
        begin -= 1
    title = _last_title(doc, begin, start, tables)
    if title is None:
        return None
    t_start, t_end, (role, sector) = title
    affiliation = read_affiliation(doc, t_end, start, tables, res, known)
    if affiliation.country is None:
        earlier = read_affiliation(doc, begin, t_start, tables, res, known)
        affiliation.country = earlier.country
    if affiliation.portfolio is None:
        affiliation.portfolio = _portfolio_before(doc, t_start, tables)  # "Defence Minister", "Foreign Minister"
    return _reading(role, sector, affiliation)


def _portfolio_before(doc: Doc, t_start: int, tables: LanguageTables) -> str | None:
    for width in (2, 1):
        if t_start - width >= 0:
            key = " ".join(fold(t.text) for t in doc[t_start - width : t_start])
            if key in tables.portfolios:
                return tables.portfolios[key]
    return None


def _right(
    doc: Doc, person: Candidate, tables: LanguageTables, res: Resources, known: dict[int, str]
) -> RoleReading | None:
    end = person.tok_end
    if end >= len(doc) or doc[end].text not in (",", "،"):
        return None
    first, country = end + 1, None
    while first < len(doc):  # articles, and in English the adjectives before the title: "an Iraqi lawmaker"
        key = fold(doc[first].text)
        if key in {"le", "la", "l", "the", "un", "une", "a", "an"}:
            first += 1
        elif tables.lang == "en" and res.nationality(key):
            country, first = res.nationality(key), first + 1
        else:
            break
    title = title_at(doc, first, tables)
    if title is None:
        return None
    t_end, (role, sector) = title
    stop = t_end
    while stop < min(len(doc), end + _RIGHT_WINDOW) and not is_boundary(doc[stop]) and doc[stop].pos_ not in _VERB_POS:
        stop += 1
    affiliation = read_affiliation(doc, t_end, stop, tables, res, known)
    affiliation.country = affiliation.country or country
    if affiliation.portfolio is None:
        affiliation.portfolio = _portfolio_before(doc, first, tables)
    return _reading(role, sector, affiliation)


def _last_title(
    doc: Doc, begin: int, end: int, tables: LanguageTables
) -> tuple[int, int, tuple[str, str | None]] | None:
    best = None
    i = begin
    while i < end:
        title = title_at(doc, i, tables)
        if title is not None and title[0] <= end:
            best = (i, title[0], title[1])
            i = title[0]
        else:
            i += 1
    return best


def title_at(doc: Doc, i: int, tables: LanguageTables, width: int = 6) -> tuple[int, tuple[str, str | None]] | None:
    keys = token_keys(doc)[i : i + width]
    if (
        not keys
        or not keys[0]
        or (keys[0].split()[0] not in tables.first_title_words and not _arabic_title_start(keys[0], tables))
    ):
        return None
    firsts = arabic_variants(keys[0]) if tables.lang == "ar" else [keys[0]]
    for n in range(len(keys), 0, -1):
        tail = [k for k in keys[1:n] if k]
        for first in firsts:
            key = " ".join([first, *tail])
            if key in tables.titles:
                return i + n, tables.titles[key]
    return None


def _arabic_title_start(key: str, tables: LanguageTables) -> bool:
    if tables.lang != "ar":
        return False
    return any(v in tables.first_title_words for v in arabic_variants(key))


def _reading(role: str, sector: str | None, affiliation: Affiliation) -> RoleReading:
    if role == "minister" and affiliation.portfolio:
        role = f"{affiliation.portfolio} minister"
    elif role == "member" and affiliation.legislative:
        role, sector = "member of parliament", "LEG"
    elif affiliation.legislative and sector is None:
        sector = "LEG"
    return RoleReading(role, sector, affiliation.country)
