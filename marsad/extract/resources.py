"""Lookup tables the actor extractors share, built once per language: knowledge base, gazetteer, lexicons."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from marsad.extract.tokens import first_words
from marsad.normalize import fold, is_arabic

if TYPE_CHECKING:
    from marsad.gazetteer import Gazetteer, Place
    from marsad.kb import KbEntry, KnowledgeBase


@dataclass(frozen=True, slots=True)
class Sense:
    """One reading of a name found in the text: a knowledge-base entry or a place."""

    entry: KbEntry | None = None
    place: Place | None = None
    lower_ok: bool = False  # the alias is written in lower case ("coalition internationale")


@dataclass(slots=True)
class LanguageTables:
    """Folded-key tables of one language."""

    lang: str
    names: dict[str, tuple[Sense, ...]]
    titles: dict[str, tuple[str, str | None]]
    portfolios: dict[str, str]
    agents: dict[str, tuple[str, str, str]]
    legislative: tuple[str, ...]
    honorifics: frozenset[str]
    of_words: frozenset[str]
    articles: frozenset[str] = field(default_factory=frozenset)
    first_title_words: frozenset[str] = field(default_factory=frozenset)
    name_starts: frozenset[str] = field(default_factory=frozenset)
    agent_starts: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class CountryNames:
    name: str
    adjective: str


class Resources:
    """Knowledge base + gazetteer + per-language tables; create once per pipeline."""

    def __init__(self, kb_paths: list[Path] | None = None) -> None:
        self._kb_paths = tuple(kb_paths or ())
        self._tables: dict[str, LanguageTables] = {}
        self._nationality: dict[str, str | None] = {}

    @property
    def kb(self) -> KnowledgeBase:
        from marsad.kb import load_kb

        return load_kb(list(self._kb_paths) or None)

    @property
    def gazetteer(self) -> Gazetteer:
        from marsad.gazetteer import load_gazetteer

        return load_gazetteer()

    def check(self) -> None:
        """Load the knowledge base and the gazetteer now, so that a broken user file stops the run at
        start-up (ConfigError E501) instead of failing every article."""
        _ = self.kb, self.gazetteer

    def tables(self, lang: str) -> LanguageTables:
        if lang not in self._tables:
            self._tables[lang] = self._build(lang)
        return self._tables[lang]

    def nationality(self, key: str) -> str | None:
        """ISO3 of a folded nationality adjective or demonym ("irakienne", "الروسي", "iraqis"), cached."""
        if key not in self._nationality:
            self._nationality[key] = self.gazetteer.nationality(key) if key else None
        return self._nationality[key]

    def place(self, text: str) -> Place | None:
        return self.gazetteer.place(text)

    def country_names(self, iso3: str) -> CountryNames:
        """English name and adjective of a country, for canonical names such as "Government of Iraq"."""
        try:
            info = self.gazetteer.country(iso3)
        except KeyError:
            return CountryNames(iso3, iso3)
        names = info.names.get("en") or [iso3]
        adjectives = info.adjectives.get("en") or names
        return CountryNames(names[0], adjectives[0])

    def _build(self, lang: str) -> LanguageTables:
        lexicon = _lexicon(lang)
        names: dict[str, list[Sense]] = {}
        for surface in self.gazetteer.surface_forms(lang):
            place = self.gazetteer.place(surface)
            if place is not None:
                _add(names, fold(surface), Sense(place=place))
        for region in _regions():
            for surface in region[lang]:
                _add(names, fold(surface), Sense(place=region["place"], lower_ok=surface[:1].islower()))
        stop_words = _stop_words(lang)
        for entry in self.kb.entries():
            for alias in entry.aliases.get(lang, ()) + _other_scripts(entry, lang):
                key = fold(alias)
                if key not in stop_words:  # "كآن" (the KAAN jet) folds to "كان", "was"
                    _add(names, key, Sense(entry=entry, lower_ok=alias[:1].islower()))
        titles = _folded(getattr(lexicon, "TITLES", {}))
        agents = _folded(getattr(lexicon, "AGENTS", {}))
        return LanguageTables(
            lang=lang,
            names={key: tuple(senses) for key, senses in names.items()},
            titles=titles,
            portfolios=_folded(getattr(lexicon, "PORTFOLIOS", {})),
            agents=agents,
            name_starts=first_words(names),
            agent_starts=first_words(agents),
            legislative=tuple(fold(w) for w in getattr(lexicon, "LEGISLATIVE_WORDS", ())),
            honorifics=frozenset(fold(h) for h in getattr(lexicon, "HONORIFICS", ())),
            of_words=frozenset(fold(w) for w in getattr(lexicon, "OF_WORDS", ())),
            articles=frozenset(fold(w) for w in getattr(lexicon, "ARTICLES", ())),
            first_title_words=frozenset(key.split()[0] for key in titles),
        )


def _add(table: dict[str, list[Sense]], key: str, sense: Sense) -> None:
    if key and sense not in table.setdefault(key, []):
        table[key].append(sense)


def _other_scripts(entry: KbEntry, lang: str) -> tuple[str, ...]:
    """Latin-script names appear verbatim in Arabic text (S-400) and vice versa: match them too."""
    if lang == "ar":
        return tuple(a for aliases in entry.aliases.values() for a in aliases if not is_arabic(a) and len(a) > 3)
    return ()


def _folded(table: dict[str, Any]) -> dict[str, Any]:
    return {fold(key): value for key, value in table.items()}


@lru_cache(maxsize=1)
def _regions() -> list[dict]:
    from marsad.gazetteer import Place
    from marsad.gazetteer.regions import REGIONS

    return [{**r, "place": Place(r["name"], "region", r["country"], None, None, 0, None)} for r in REGIONS]


@lru_cache(maxsize=8)
def _stop_words(lang: str) -> frozenset[str]:
    """Folded function words of a language: an alias that folds to one is never matched alone."""
    import importlib

    try:
        module = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ModuleNotFoundError:
        return frozenset()
    return frozenset(fold(word) for word in module.STOP_WORDS)


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> ModuleType | None:
    import importlib

    try:
        return importlib.import_module(f"marsad.nlp.lang.{lang}.actors")
    except ModuleNotFoundError:
        return None
