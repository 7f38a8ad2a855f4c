"""Load the actor knowledge base: packaged YAML files, then the user's files, validated and indexed.

``load_kb()`` reads every ``*.yaml`` of the ``marsad.kb.data`` package, then each path of
``extra_paths`` (a file, or a folder read recursively in name order). Every entry is validated;
all problems of all files are collected and raised together as one ``KbError`` (E501). Ids are
unique across the packaged files; an entry of a user file whose id is already known **replaces**
that entry (packaged or from an earlier user file): the later file wins. ``load_kb()`` without
extras is cached, so the pipeline pays for parsing once per process.

``KnowledgeBase.lookup`` matches a surface form by its ``fold`` key (accents, case, Arabic
orthography and punctuation folded). An Arabic surface also tries the readings of its first word
without clitics ("ولافروف" → "لافروف"), a Latin one also tries itself without a leading article
("l'Etat islamique" → "Etat islamique"); the first reading that has hits wins.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any, ClassVar

import yaml

from marsad.kb.schema import SECTIONS, TYPES, KbEntry, KbError, Problem, entry_label, query_bounds, validate_entry
from marsad.normalize import arabic_variants, fold, is_arabic

_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BASE_LOADER):
    """Safe YAML loader (C if available) that keeps dates as text, so that schema.parse_date reports a bad
    one ("2020-13-01") as a problem of its field instead of a crash of the whole file."""

    yaml_implicit_resolvers: ClassVar[dict[str, list[tuple[str, Any]]]] = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _BASE_LOADER.yaml_implicit_resolvers.items()
    }


_LOADER = _Loader
_SUFFIXES = (".yaml", ".yml")
_ARTICLES = frozenset({"the", "l", "le", "la", "les"})


class KnowledgeBase:
    """Validated entries with an alias index (built once) and an office index for ``holders``."""

    def __init__(self, entries: Iterable[KbEntry], files: Iterable[str] = ()) -> None:
        self._entries: dict[str, KbEntry] = {e.id: e for e in entries}
        self.files: tuple[str, ...] = tuple(files)
        self._index = _alias_index(self._entries.values(), ambiguous=False)
        self._ambiguous = _alias_index(self._entries.values(), ambiguous=True)
        self._offices: dict[tuple[str, str], list[KbEntry]] = defaultdict(list)
        for entry in self._entries.values():
            for key in dict.fromkeys((fold(o.role), o.country) for o in entry.offices):
                self._offices[key].append(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def __iter__(self) -> Iterator[KbEntry]:
        return iter(self._entries.values())

    def get(self, entry_id: str) -> KbEntry | None:
        """The entry with this id, or None."""
        return self._entries.get(entry_id)

    def entries(self, type: str | None = None) -> tuple[KbEntry, ...]:
        """All entries, or those of one type (PERSON, ORG, WEAPON), in load order."""
        return tuple(e for e in self._entries.values() if type is None or e.type == type)

    def lookup(self, surface: str, allow_ambiguous: bool = False, lang: str | None = None) -> tuple[KbEntry, ...]:
        """Entries one of whose names or aliases folds like ``surface`` (see the module docstring).

        Ambiguous aliases ("IS") count only with ``allow_ambiguous=True``, after the plain ones. With
        ``lang`` ("fr"), only that language's aliases and the canonical names are considered, so that
        an English acronym does not match a French word.
        """
        for key in _readings(fold(surface)):
            hits = _matching(self._index.get(key, ()), lang)
            if allow_ambiguous:
                hits += [e for e in _matching(self._ambiguous.get(key, ()), lang) if e not in hits]
            if hits:
                return tuple(hits)
        return ()

    def holders(self, role: str, country: str, date: str | dt.date | None = None) -> tuple[KbEntry, ...]:
        """People holding ``role`` for ``country`` at ``date`` (partial dates allowed); None → current holders.

        With a period (a month, a year) several people may qualify: the one in office longest during
        it comes first.
        """
        bounds = query_bounds(date)
        scored: list[tuple[int, dt.date, KbEntry]] = []
        for entry in self._offices.get((fold(role), country), ()):
            best: tuple[int, dt.date] | None = None
            for office in entry.offices:
                if fold(office.role) != fold(role) or office.country != country:
                    continue
                days = (1 if office.current else 0) if bounds is None else office.overlap(bounds)
                if days and (best is None or (days, office.first_day()) > best):
                    best = (days, office.first_day())
            if best is not None:
                scored.append((*best, entry))
        scored.sort(key=lambda s: (s[0], s[1]), reverse=True)
        return tuple(s[2] for s in scored)

    def stats(self) -> dict[str, Any]:
        """Counts: entries per type, aliases and ambiguous aliases per language, offices, files."""
        aliases: Counter[str] = Counter()
        ambiguous: Counter[str] = Counter()
        for entry in self._entries.values():
            for lang, names in entry.aliases.items():
                aliases[lang] += len(names)
            for lang, names in entry.ambiguous_aliases.items():
                ambiguous[lang] += len(names)
        return {
            "entries": len(self._entries),
            "types": {t: sum(1 for e in self._entries.values() if e.type == t) for t in TYPES},
            "aliases": dict(sorted(aliases.items())),
            "ambiguous_aliases": dict(sorted(ambiguous.items())),
            "offices": sum(len(e.offices) for e in self._entries.values()),
            "files": len(self.files),
        }


_Postings = tuple[tuple[KbEntry, frozenset[str]], ...]


def _alias_index(entries: Iterable[KbEntry], ambiguous: bool) -> dict[str, _Postings]:
    """Folded form → (entry, languages that have it); the canonical name counts as language "name"."""
    index: dict[str, dict[KbEntry, set[str]]] = defaultdict(dict)
    for entry in entries:
        if not ambiguous:
            index[fold(entry.name)].setdefault(entry, set()).add("name")
        for lang, forms in (entry.ambiguous_aliases if ambiguous else entry.aliases).items():
            for form in forms:
                key = fold(form)
                if key:
                    index[key].setdefault(entry, set()).add(lang)
    return {key: tuple((e, frozenset(langs)) for e, langs in postings.items()) for key, postings in index.items()}


def _matching(postings: _Postings, lang: str | None) -> list[KbEntry]:
    return [entry for entry, langs in postings if lang is None or lang in langs or "name" in langs]


def _readings(key: str) -> list[str]:
    """The folded key, then its clitic-free (Arabic) or article-free (Latin) readings."""
    if not key:
        return []
    first, _, rest = key.partition(" ")
    if is_arabic(first):
        return [f"{r} {rest}".strip() for r in arabic_variants(first)]
    if first in _ARTICLES and rest:
        return [key, rest]
    return [key]


# ---------------------------------------------------------------- loading


def load_kb(extra_paths: list[Path] | None = None) -> KnowledgeBase:
    """The packaged knowledge base plus the user's files or folders (later ids replace earlier ones).

    Raises KbError (E501) listing every problem of every file.
    """
    if not extra_paths:
        return _load_cached(())
    files = _user_files([Path(p) for p in extra_paths])
    return _load_cached(tuple((str(path), _mtime(path)) for path in files))


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1


@functools.lru_cache(maxsize=8)
def _load_cached(user_files: tuple[tuple[str, int], ...]) -> KnowledgeBase:
    problems: list[Problem] = []
    entries: dict[str, KbEntry] = {}
    names: list[str] = []
    for label, text in _packaged_texts():
        names.append(label)
        for entry in _parse(label, text, problems):
            if entry.id in entries:
                other = entries[entry.id]
                message = f"id already used by '{other.name}' in {other.source}: give each entry its own id"
                problems.append(_entry_problem(entry, "id", message))
            entries[entry.id] = entry
    for path_text, _ in user_files:
        names.append(path_text)
        for entry in _read_user_file(Path(path_text), problems):
            entries.pop(entry.id, None)  # the user's entry replaces the earlier one, and moves to the end
            entries[entry.id] = entry
    problems.extend(_reference_problems(entries))
    if problems:
        raise KbError(problems)
    return KnowledgeBase(entries.values(), names)


def _packaged_texts() -> Iterator[tuple[str, str]]:
    folder = resources.files("marsad.kb.data")
    files: list[Traversable] = sorted(
        (f for f in folder.iterdir() if f.is_file() and f.name.endswith(_SUFFIXES)), key=lambda f: f.name
    )
    for file in files:
        yield f"marsad/kb/data/{file.name}", file.read_text(encoding="utf-8")


def _user_files(paths: list[Path]) -> list[Path]:
    """Files named by the user, folders expanded (recursively, in name order); missing paths kept so they
    are reported."""
    files: list[Path] = []
    for path in paths:
        path = path.expanduser()
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in _SUFFIXES))
        else:
            files.append(path)
    return files


def _read_user_file(path: Path, problems: list[Problem]) -> list[KbEntry]:
    label = os.fspath(path)
    if not path.is_file():
        problems.append(Problem(label, "file", "", "not found: check the path given in kb.extra_paths"))
        return []
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(label, "file", "", f"cannot be read ({exc}): save it as UTF-8 text"))
        return []
    return _parse(label, text, problems)


def _parse(label: str, text: str, problems: list[Problem]) -> list[KbEntry]:
    """Entries of one file's text; its problems (YAML syntax, shape, fields, ids repeated in it) go to
    ``problems``."""
    try:
        data = yaml.load(text, Loader=_LOADER)  # a safe loader
    except (yaml.YAMLError, ValueError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "file"
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(label, where, "", f"invalid YAML ({reason}): fix the syntax"))
        return []
    if data is None:
        return []
    if not isinstance(data, Mapping):
        problems.append(Problem(label, "file", "", "must be a mapping with the lists people, organisations, weapons"))
        return []
    entries: list[KbEntry] = []
    seen: dict[str, str] = {}
    for section, raws in data.items():
        if section not in SECTIONS:
            hint = " (write 'organisations')" if section == "organizations" else ""
            message = f"unknown section{hint}: use people, organisations or weapons"
            problems.append(Problem(label, f"section '{section}'", "", message))
            continue
        if not isinstance(raws, list):
            problems.append(Problem(label, f"section '{section}'", "", "must be a list of entries (`- id: ...`)"))
            continue
        for position, raw in enumerate(raws):
            entry, found = validate_entry(raw, SECTIONS[section], label, position)
            problems.extend(found)
            ident = str(raw.get("id")) if isinstance(raw, Mapping) and raw.get("id") else None
            if ident is not None and ident in seen:
                message = f"id repeated in this file (also '{seen[ident]}'): keep one entry"
                problems.append(Problem(label, entry_label(raw, position), "id", message))
                continue
            if ident is not None:
                seen[ident] = str(raw.get("name"))
            if entry is not None:
                entries.append(entry)
    return entries


def _reference_problems(entries: Mapping[str, KbEntry]) -> list[Problem]:
    problems = []
    for entry in entries.values():
        if entry.parent is not None and entry.parent not in entries:
            message = f"'{entry.parent}' is not the id of any entry: fix it or remove `parent`"
            problems.append(_entry_problem(entry, "parent", message))
    return problems


def _entry_problem(entry: KbEntry, field: str, message: str) -> Problem:
    return Problem(entry.source, entry_label({"id": entry.id, "name": entry.name}, 0), field, message)
