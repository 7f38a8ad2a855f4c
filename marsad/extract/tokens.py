"""A folded view of a spaCy Doc for dictionary lookups: one key per token, Arabic clitics stripped on demand.

Tokens whose key is empty (a lone hyphen or quote) are skipped, so "al-Kazemi" (al, -, Kazemi) is the
key "al kazemi" and "S-400" is "s 400", the same keys as the folded aliases of the lexicons.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from marsad.normalize import arabic_variants, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")
MAX_TOKENS = 8


@dataclass(slots=True)
class Match(Generic[T]):
    """Tokens ``start..end`` (Doc indices, end exclusive) matched ``value``; ``cut`` letters of a clitic
    prefix are not part of the name ("وموسكو" → cut 1)."""

    start: int
    end: int
    value: T
    cut: int = 0


class FoldedTokens:
    """Keys of the non-empty tokens of a Doc, with their Doc indices."""

    def __init__(self, doc: Doc, arabic: bool = False) -> None:
        self.doc = doc
        self.arabic = arabic
        self.index: list[int] = []
        self.keys: list[str] = []
        for token, key in zip(doc, token_keys(doc), strict=True):
            if key:
                self.index.append(token.i)
                self.keys.append(key)

    def __len__(self) -> int:
        return len(self.keys)

    def key(self, position: int) -> str:
        return self.keys[position]

    def longest(
        self, position: int, table: Mapping[str, T], max_tokens: int = MAX_TOKENS, starts: frozenset[str] | None = None
    ) -> Match[T] | None:
        """The longest entry of ``table`` starting at folded position ``position``.

        ``starts`` (the first words of the table's keys) lets most positions be skipped at once.
        """
        firsts = [(self.keys[position], 0)]
        if self.arabic:
            firsts = [(v, len(self.keys[position]) - len(v)) for v in arabic_variants(self.keys[position])]
        if starts is not None:
            firsts = [(f, cut) for f, cut in firsts if f.split(" ", 1)[0] in starts]
            if not firsts:
                return None
        stop = min(len(self.keys), position + max_tokens)
        for end in range(stop, position, -1):
            tail = " ".join(self.keys[position + 1 : end])
            for first, cut in firsts:
                key = f"{first} {tail}" if tail else first
                if key in table:
                    return Match(self.index[position], self.index[end - 1] + 1, table[key], cut)
        return None

    def scan(
        self, table: Mapping[str, T], max_tokens: int = MAX_TOKENS, starts: frozenset[str] | None = None
    ) -> list[Match[T]]:
        """Non-overlapping longest matches, left to right."""
        found, position = [], 0
        while position < len(self.keys):
            match = self.longest(position, table, max_tokens, starts)
            if match is None:
                position += 1
                continue
            found.append(match)
            position = self.position_of(match.end - 1) + 1
        return found

    def position_of(self, token_index: int) -> int:
        """Folded position of a Doc token (the next non-empty one if it was skipped)."""
        return bisect_left(self.index, token_index)


def first_words(table: Mapping[str, object]) -> frozenset[str]:
    return frozenset(key.split(" ", 1)[0] for key in table)


def token_keys(doc: Doc) -> list[str]:
    """``fold`` of every token of the Doc, computed once per Doc."""
    keys = doc.user_data.get("marsad_keys")
    if keys is None:
        keys = doc.user_data["marsad_keys"] = [fold(token.text) for token in doc]
    return keys


def span_text(doc: Doc, start: int, end: int, cut: int = 0) -> tuple[str, int, int]:
    """Surface text and character offsets (in the Doc) of tokens ``start..end``, minus ``cut`` clitic letters."""
    begin = doc[start].idx
    text = doc[start:end].text
    finish = begin + len(text)
    if cut:
        skipped = _letters_prefix(text, cut)
        text, begin = text[skipped:], begin + skipped
    return text, begin, finish


def _letters_prefix(text: str, letters: int) -> int:
    """Characters spanned by the first ``letters`` letters (diacritics and tatweel ride along)."""
    seen = 0
    for position, char in enumerate(text):
        if char.isalpha() and char != "\u0640":
            if seen == letters:
                return position
            seen += 1
    return len(text)
