"""The packaged knowledge base validates; bad user files are reported whole; user files override by id."""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest
import yaml

from marsad.errors import ConfigError
from marsad.kb import KbError, load_kb, loader
from marsad.kb.loader import _LOADER, KnowledgeBase, _parse
from marsad.kb.schema import COUNTRY_CODES, ISO3, SECTIONS, parse_date
from marsad.normalize import fold

DATA = resources.files("marsad.kb.data")
PACKAGED = sorted(f.name for f in DATA.iterdir() if f.name.endswith(".yaml"))


def _text(name: str) -> str:
    return DATA.joinpath(name).read_text(encoding="utf-8")


def _raw_entries(name: str) -> list[dict]:
    data = yaml.load(_text(name), Loader=_LOADER) or {}
    return [raw for section in SECTIONS for raw in data.get(section) or []]


TINY_PACKAGED = """
organisations:
  - id: Q2429253
    name: Islamic State
    kind: armed group
    country: IMG
    sector: REB
    aliases: {en: [Islamic State, ISIS], fr: [État islamique, Daech], ar: [داعش]}
weapons:
  - id: marsad:s-400
    name: S-400 missile system
    category: air defence
    maker: RUS
    aliases: {en: [S-400], fr: [S-400]}
"""


@pytest.fixture
def tiny(monkeypatch: pytest.MonkeyPatch):
    """Replace the packaged files by a small known set, so user-file behaviour is tested on its own."""
    monkeypatch.setattr(loader, "_packaged_texts", lambda: iter([("marsad/kb/data/tiny.yaml", TINY_PACKAGED)]))
    loader._load_cached.cache_clear()
    yield
    loader._load_cached.cache_clear()


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", PACKAGED)
def test_every_packaged_file_validates(name: str) -> None:
    problems: list = []
    entries = _parse(name, _text(name), problems)
    assert not problems, "\n".join(str(p) for p in problems)
    assert entries


def test_packaged_kb_loads_and_is_cached() -> None:
    kb = load_kb()
    assert load_kb() is kb
    stats = kb.stats()
    assert stats["types"]["ORG"] >= 250
    assert stats["types"]["WEAPON"] >= 80
    assert {"en", "fr", "ar"} <= set(stats["aliases"])


def test_ids_are_unique_across_packaged_files() -> None:
    ids = Counter(str(raw["id"]) for name in PACKAGED for raw in _raw_entries(name))
    assert [i for i, n in ids.items() if n > 1] == []


@pytest.mark.parametrize("name", PACKAGED)
def test_packaged_entries_have_english_and_french_aliases(name: str) -> None:
    missing = [raw["id"] for raw in _raw_entries(name) if not {"en", "fr"} <= set(raw.get("aliases") or {})]
    assert missing == []


@pytest.mark.parametrize("name", PACKAGED)
def test_no_form_is_both_plain_and_ambiguous_in_one_language(name: str) -> None:
    clashes = []
    for raw in _raw_entries(name):
        ambiguous = raw.get("ambiguous_aliases") or {}
        for lang, forms in (raw.get("aliases") or {}).items():
            clashes += [(raw["id"], lang, f) for f in forms if fold(f) in {fold(a) for a in ambiguous.get(lang, [])}]
    assert clashes == []


def test_organisations_and_weapons_cover_the_brief() -> None:
    problems: list = []
    entries = [e for name in ("organisations.yaml", "weapons.yaml") for e in _parse(name, _text(name), problems)]
    kb = KnowledgeBase(entries)
    for surface, name in [
        ("Council of Representatives of Iraq", "Council of Representatives of Iraq"),
        ("Parlement irakien", "Council of Representatives of Iraq"),
        ("Knesset", "Knesset"),
        ("State Duma", "State Duma"),
        ("Grande Assemblée nationale de Turquie", "Grand National Assembly of Turkey"),
        ("Iraqi Mukhabarat", "Iraqi National Intelligence Service"),
        ("MIT turc", "National Intelligence Organization (Turkey)"),
        ("Quds Force", "Quds Force"),
        ("Basij", "Basij"),
        ("Global Coalition to Defeat ISIS", "Global Coalition to Defeat ISIS"),
        ("Pentagone", "United States Department of Defense"),
        ("Élysée", "Élysée Palace"),
        ("Kremlin", "Kremlin"),
        ("Africa Corps", "Africa Corps (Russia)"),
        ("Peshmerga", "Peshmerga"),
        ("Xinhua", "Xinhua News Agency"),
        ("Storm Shadow", "Storm Shadow"),
        ("SCALP", "Storm Shadow"),
        ("Mi-17", "Mil Mi-8"),
    ]:
        assert name in [e.name for e in kb.lookup(surface)], surface
    assert kb.lookup("INA", lang="en")[0].name == "Iraqi News Agency"
    assert kb.lookup("INA", lang="fr") == ()  # the French broadcasting archive, not the Iraqi agency
    assert len(kb.entries("ORG")) >= 250
    assert len(kb.entries("WEAPON")) >= 80


def test_iso3_list_is_complete() -> None:
    assert len(ISO3) == 249
    assert {"IRQ", "PSE", "ESH", "TWN"} <= ISO3
    assert {"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC", "XKX"} <= COUNTRY_CODES


def test_parse_date_accepts_partial_dates() -> None:
    assert parse_date(dt.date(2020, 5, 14)) == "2020-05-14"
    assert parse_date(2020) == "2020"
    assert parse_date("2020-05") == "2020-05"
    assert parse_date("2020-05-14T10:00:00Z") == "2020-05-14"
    for bad in ("2020-13", "2021-02-29", "May 2020", "20", True):
        with pytest.raises(ValueError):
            parse_date(bad)


BAD_FILE = """
people:
  - id: marsad:jane-doe
    name: Jane Doe
    country: irq
    aliases: {en: [Jane Doe]}
    offices:
      - {role: foreign minister, sector: GOVT, start: 2020-03, end: 2019}
      - {role: ambassador, sector: GOV, start: 2020-13-01}
  - id: marsad:no-name
    country: IRQ
    aliases: {en: [Nobody]}
organisations:
  - id: marsad:test-org
    name: Test Org
    kind: army
    country: XYZ
    sector: MILITARY
    aliases: Test Org
    colour: red
  - id: marsad:test-org
    name: Test Org again
    kind: other
    country: IRQ
    aliases: {en: [Test Org again]}
  - id: not an id
    name: Bad Id
    kind: other
    country: IGO
    parent: marsad:nowhere
    aliases: {english: [Bad Id]}
weapons:
  - id: marsad:test-weapon
    name: Test Weapon
    category: laser
    aliases: {en: [Test Weapon]}
organizations: []
"""


def test_a_bad_user_file_lists_all_its_problems(tmp_path: Path, tiny: None) -> None:
    path = _write(tmp_path, "bad_kb.yaml", BAD_FILE)
    with pytest.raises(KbError) as caught:
        load_kb([path])
    error = caught.value
    assert isinstance(error, ConfigError)
    assert error.code == "E501"
    text = str(error)
    assert text.startswith("E501: ")
    expected = [
        ("marsad:jane-doe", "'country'", "capitals: 'IRQ'"),
        ("marsad:jane-doe", "'offices[0].sector'", "'GOVT' is not a PLOVER sector"),
        ("marsad:jane-doe", "'offices[0].end'", "before start 2020-03"),
        ("marsad:jane-doe", "'offices[1].start'", "is not a date"),
        ("marsad:no-name", "'name'", "missing"),
        ("marsad:test-org", "'kind'", "'army' is not allowed"),
        ("marsad:test-org", "'country'", "'XYZ' is not a country code"),
        ("marsad:test-org", "'sector'", "'MILITARY' is not a PLOVER sector"),
        ("marsad:test-org", "'aliases'", "must map a language code"),
        ("marsad:test-org", "'colour'", "unknown field"),
        ("Test Org again", "'id'", "repeated in this file"),
        ("not an id", "'id'", "neither a Wikidata QID"),
        ("not an id", "'aliases.english'", "not a language code"),
        ("marsad:test-weapon", "'category'", "'laser' is not allowed"),
        ("marsad:test-weapon", "'maker'", "missing"),
        ("section 'organizations'", "", "write 'organisations'"),
    ]
    assert len(error.problems) >= len(expected)
    for entry, field, message in expected:
        matching = [p for p in error.problems if entry in p and field in p and message in p]
        assert matching, (entry, field, message)
        assert all(p.startswith(str(path)) for p in matching)


def test_reference_problems_name_the_parent(tmp_path: Path, tiny: None) -> None:
    path = _write(
        tmp_path,
        "parent.yaml",
        """
organisations:
  - {id: "marsad:child", name: Child, kind: other, country: IRQ, parent: "marsad:nowhere", aliases: {en: [Child]}}
""",
    )
    with pytest.raises(KbError) as caught:
        load_kb([path])
    assert any("'parent'" in p and "marsad:nowhere" in p for p in caught.value.problems)


def test_yaml_syntax_errors_and_missing_files_are_reported_together(tmp_path: Path, tiny: None) -> None:
    broken = _write(tmp_path, "broken.yaml", "people:\n  - id: marsad:x\n    name: [unclosed\n")
    missing = tmp_path / "missing.yaml"
    with pytest.raises(KbError) as caught:
        load_kb([broken, missing])
    problems = caught.value.problems
    assert any(p.startswith(str(broken)) and "invalid YAML" in p and "line" in p for p in problems)
    assert any(p.startswith(str(missing)) and "not found" in p for p in problems)


def test_a_user_file_overrides_a_packaged_entry_by_id(tmp_path: Path, tiny: None) -> None:
    path = _write(
        tmp_path,
        "override.yaml",
        """
organisations:
  - id: Q2429253
    name: Islamic State (local)
    kind: armed group
    country: IMG
    sector: UAF
    aliases: {en: [Local IS name], fr: [Nom local de l'EI]}
""",
    )
    kb = load_kb([path])
    entry = kb.get("Q2429253")
    assert entry is not None
    assert (entry.name, entry.sector, entry.source) == ("Islamic State (local)", "UAF", str(path))
    assert kb.lookup("Nom local de l'EI") == (entry,)
    assert kb.lookup("Daech") == ()  # replaced whole: the packaged aliases are gone
    assert load_kb().get("Q2429253").name == "Islamic State"  # the packaged KB is untouched


def test_later_user_files_win_and_folders_are_read(tmp_path: Path, tiny: None) -> None:
    folder = tmp_path / "kb"
    (folder / "sub").mkdir(parents=True)
    entry = "weapons:\n  - {{id: 'marsad:test-gun', name: {name}, category: other, maker: FRA, aliases: {{en: [x]}}}}\n"
    _write(folder, "a.yaml", entry.format(name="First"))
    _write(folder / "sub", "b.yml", entry.format(name="Second"))
    last = _write(tmp_path, "last.yaml", entry.format(name="Third"))
    assert load_kb([folder]).get("marsad:test-gun").name == "Second"
    kb = load_kb([folder, last])
    assert kb.get("marsad:test-gun").name == "Third"
    assert kb.get("marsad:test-gun").category == "other"
    assert len(kb) == len(load_kb()) + 1


def test_user_files_are_reloaded_when_they_change(tmp_path: Path, tiny: None) -> None:
    path = _write(tmp_path, "mine.yaml", "weapons: []\n")
    assert load_kb([path]).get("marsad:late") is None
    text = "weapons:\n  - {id: 'marsad:late', name: Late, category: other, maker: USA, aliases: {en: [Late]}}\n"
    _write(tmp_path, "mine.yaml", text)
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert load_kb([path]).get("marsad:late") is not None


def test_an_empty_user_file_is_fine(tmp_path: Path, tiny: None) -> None:
    path = _write(tmp_path, "empty.yaml", "# nothing yet\n")
    assert len(load_kb([path])) == len(load_kb())
