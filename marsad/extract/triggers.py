"""Find the event triggers of a language pack in a sentence: lemmas (fr, en) or folded, clitic-stripped
forms (ar), multiword triggers with up to two tokens between their words, ``requires``/``excludes``."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.extract.tokens import token_keys
from marsad.nlp.lang.triggers_schema import Trigger
from marsad.normalize import arabic_variants, fold

if TYPE_CHECKING:
    from spacy.tokens import Span

_VERB = {"VERB", "AUX"}
_NOUN = {"NOUN", "PROPN"}


@dataclass(slots=True)
class TriggerMatch:
    trigger: Trigger
    head: int  # Doc index of the trigger's first word (the head for the dependency search)
    tokens: tuple[int, ...]


@lru_cache(maxsize=8)
def triggers_of(lang: str) -> dict[str, tuple[Trigger, ...]]:
    """The pack's triggers indexed by their first word."""
    try:
        module = importlib.import_module(f"marsad.nlp.lang.{lang}.triggers")
    except ModuleNotFoundError:
        return {}
    index: dict[str, list[Trigger]] = {}
    for trigger in module.TRIGGERS:
        index.setdefault(trigger.words[0], []).append(trigger)
    return {word: tuple(ts) for word, ts in index.items()}


def token_forms(sentence: Span, lang: str) -> list[tuple[str, ...]]:
    """Per token of the sentence, the forms a trigger word may equal."""
    if lang == "ar":
        keys = token_keys(sentence.doc)
        return [tuple(arabic_variants(keys[t.i])) if keys[t.i] else () for t in sentence]
    return [(t.lemma_.lower(), fold(t.lemma_)) for t in sentence]


def find_triggers(sentence: Span, lang: str) -> list[TriggerMatch]:
    index = triggers_of(lang)
    if not index:
        return []
    forms = token_forms(sentence, lang)
    all_forms = {f for fs in forms for f in fs}
    found = []
    for position, token in enumerate(sentence):
        for form in forms[position]:
            for trigger in index.get(form, ()):
                if not _pos_ok(trigger, token.pos_, lang):
                    continue
                positions = _rest(trigger.words[1:], forms, position, trigger.gap)
                if positions is None:
                    continue
                if trigger.requires and not (set(trigger.requires) & all_forms):
                    continue
                if trigger.excludes and set(trigger.excludes) & all_forms:
                    continue
                tokens = tuple(sentence[p].i for p in (position, *positions))
                found.append(TriggerMatch(trigger, token.i, tokens))
    return _longest_per_head(found)


def _pos_ok(trigger: Trigger, pos: str, lang: str) -> bool:
    if lang == "ar" or trigger.pos == "ANY" or not pos:
        return True
    return pos in (_VERB if trigger.pos == "VERB" else _NOUN)


def _rest(words: tuple[str, ...], forms: list[tuple[str, ...]], position: int, gap: int) -> list[int] | None:
    positions, cursor = [], position
    for word in words:
        for step in range(1, gap + 2):
            if cursor + step < len(forms) and word in forms[cursor + step]:
                cursor += step
                positions.append(cursor)
                break
        else:
            return None
    return positions


def _longest_per_head(found: list[TriggerMatch]) -> list[TriggerMatch]:
    """Where triggers share a word, the longer expression wins ("signer un accord" over "signer")."""
    kept: list[TriggerMatch] = []
    for match in sorted(found, key=lambda m: (-len(m.tokens), m.head)):
        if not any(set(match.tokens) & set(k.tokens) for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.head)
