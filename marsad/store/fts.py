"""Full-text normalisation shared by both backends: the words an article is indexed under, and query terms.

Every word of a title or body is indexed under its *readings*: the word folded by ``marsad.normalize.fold``
(NFKC; Arabic diacritics and tatweel removed; alef, ya, ta marbuta, hamza-carrier variants unified; Latin
accents removed; case folded), and, for Arabic, the same word with its proclitics split off
(و ف, ب ل ك, ال, لل: "والعراق" is indexed as والعراق, العراق and عراق; see ``arabic_stems``).
A query goes through the same steps: each query word becomes the set of its readings, and an article
matches when, for every query word, one of its readings is among the article's. SQLite (FTS5) and
PostgreSQL (tsvector) index the same readings, so both backends find the same articles; ``match_spans``
finds the matching words of a text again, for plain-text snippets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from marsad.normalize import fold, is_arabic

# A word with its combining marks (Arabic harakat, Quranic marks, tatweel; Latin combining accents).
_WORD = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]+")
MAX_READING = 64  # longer "words" (hashes, URLs glued together) are not indexed
CONJUNCTIONS = "وف"
PREPOSITIONS = "بلك"


def arabic_stems(word: str) -> list[str]:
    """A folded Arabic word and its readings without proclitics: conjunction (و ف), then preposition
    (ب ل ك; ل + ال is written لل), then the article ال. A letter is split off only from a word of four
    letters or more, and a reading has at least two letters."""
    stems = [word]
    if len(word) > 3 and word[0] in CONJUNCTIONS:
        stems.append(word[1:])
    for stem in list(stems):
        if len(stem) > 3 and stem[0] in PREPOSITIONS:
            stems.append(stem[1:])
        if len(stem) > 3 and stem.startswith("لل"):
            stems.append("ال" + stem[2:])
    for stem in list(stems):
        if len(stem) > 3 and stem.startswith("ال"):
            stems.append(stem[2:])
    return [s for s in dict.fromkeys(stems) if len(s) >= 2]


def readings(word: str) -> list[str]:
    """The index keys of one raw word: folded, and for Arabic also without proclitics; may be empty."""
    out: list[str] = []
    for folded in fold(word).split():
        forms = arabic_stems(folded) if is_arabic(folded) else [folded]
        out.extend(f for f in forms if len(f) <= MAX_READING and f not in out)
    return out


def words(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """(start, end, readings) of every word of ``text`` that has readings."""
    for match in _WORD.finditer(text):
        found = readings(match.group())
        if found:
            yield match.start(), match.end(), found


def index_text(text: str | None) -> str:
    """The normalised text the full-text index stores: every reading of every word, space-separated."""
    if not text:
        return ""
    return " ".join(r for _, _, found in words(text) for r in found)


def lexemes(*texts: str | None) -> list[str]:
    """The distinct readings of some texts, sorted (the PostgreSQL tsvector of a document)."""
    return sorted({r for text in texts if text for _, _, found in words(text) for r in found})


def query_terms(text: str) -> list[list[str]]:
    """The words of a query, each as the list of its readings; words without readings are dropped.

    A document matches when every term has at least one reading among the document's readings.
    """
    terms: list[list[str]] = []
    for _, _, found in words(text):
        if found not in terms:
            terms.append(found)
    return terms


def fts5_query(terms: list[list[str]], lang: str | None = None) -> str:
    """The FTS5 MATCH expression of ``query_terms`` on title and body: ``{title body} : (("a" OR "b") AND ("c"))``,
    and ``AND lang : "ar"`` for articles of one language."""
    words = " AND ".join("(" + " OR ".join(_fts5_string(r) for r in term) + ")" for term in terms)
    expression = "{title body} : (" + words + ")"
    return expression + f" AND lang : {_fts5_string(lang)}" if lang else expression


def _fts5_string(reading: str) -> str:
    return '"' + reading.replace('"', '""') + '"'


def tsquery(terms: list[list[str]]) -> str:
    """The PostgreSQL ``tsquery`` text of ``query_terms``: ``('a' | 'b') & ('c')`` with quoted lexemes."""
    return " & ".join("(" + " | ".join(_ts_lexeme(r) for r in term) + ")" for term in terms)


def _ts_lexeme(reading: str) -> str:
    return "'" + reading.replace("\\", "\\\\").replace("'", "''") + "'"


def match_spans(text: str, terms: list[list[str]]) -> list[tuple[int, int]]:
    """(start, end) of every word of ``text`` that matches one of the query terms."""
    wanted = {r for term in terms for r in term}
    return [(start, end) for start, end, found in words(text) if wanted.intersection(found)]
