"""The PLOVER → CAMEO table (marsad/plover/data/cameo.json): rebuilt identically from ../shared/docs/plover,
known CAMEO values, a root and a quad class for every PLOVER type, pinned codes for the modes that pin one."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path
from types import ModuleType

import pytest

from marsad.plover import PLOVER_TYPES, CameoInfo, cameo_code, cameo_for, plover_modes

ROOT = Path(__file__).resolve().parents[2]
PLOVER_DIR = ROOT.parent / "shared" / "docs" / "plover"
QUADS = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}


def _shipped() -> dict:
    return json.loads(resources.files("marsad.plover.data").joinpath("cameo.json").read_text(encoding="utf-8"))


def _builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_plover_tables", ROOT / "scripts" / "build_plover_tables.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_json_round_trips() -> None:
    data = _shipped()
    assert json.loads(json.dumps(data, ensure_ascii=False, sort_keys=True)) == data
    assert data["format_version"] == 1


def test_shipped_table_is_the_build_of_the_shared_files() -> None:
    if not (PLOVER_DIR / "CAMEO2PLOVER-2021.txt").is_file():
        pytest.skip("../shared/docs/plover is not beside the checkout")
    assert _builder().build(PLOVER_DIR) == _shipped()


@pytest.mark.parametrize(
    ("code", "name", "goldstein"),
    [
        ("190", "Use conventional military force, not specified below", -10.0),
        ("042", "Make a visit", 1.9),
        ("043", "Host a visit", 2.8),
        ("041", "Discuss by telephone", 1.0),
        ("057", "Sign formal agreement", 8.0),
        ("0841", "Return, release person(s)", 7.0),
        ("1712", "Destroy property", -9.2),
        ("173", "Arrest, detain, or charge with legal action", -5.0),
        ("044", 'Meet at a "third" location', 2.5),
        ("19", "FIGHT", -10.0),
    ],
)
def test_known_cameo_values(code: str, name: str, goldstein: float) -> None:
    row = cameo_code(code)
    assert (row.name, row.goldstein, row.root) == (name, goldstein, code[:2])


def test_gdelt_quad_classes() -> None:
    assert [cameo_code(root).quad_class for root in ("01", "05", "06", "08", "09", "13", "14", "20")] == [
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
    ]


@pytest.mark.parametrize("type_", PLOVER_TYPES)
def test_every_type_has_a_root_and_quad_class(type_: str) -> None:
    info = cameo_for(type_)
    assert isinstance(info, CameoInfo)
    assert info.code is None and len(info.root) == 2 and 1 <= int(info.root) <= 20
    assert info.quad_class in QUADS and 1 <= info.gdelt_quad_class <= 4
    assert info.goldstein == cameo_code(info.root).goldstein
    for mode in plover_modes(type_):
        by_mode = cameo_for(type_, mode)
        assert by_mode.quad_class == info.quad_class
        assert by_mode.code is None or by_mode.code.startswith(by_mode.root)
        assert by_mode.goldstein == cameo_code(by_mode.code or by_mode.root).goldstein


@pytest.mark.parametrize(
    ("type_", "root", "quad"),
    [
        ("AGREE", "03", "verbal cooperation"),
        ("CONSULT", "04", "verbal cooperation"),
        ("SUPPORT", "05", "verbal cooperation"),
        ("CONCEDE", "08", "verbal cooperation"),
        ("COOPERATE", "06", "material cooperation"),
        ("AID", "07", "material cooperation"),
        ("RETREAT", "08", "material cooperation"),
        ("REQUEST", "10", "verbal conflict"),
        ("ACCUSE", "11", "verbal conflict"),
        ("REJECT", "12", "verbal conflict"),
        ("THREATEN", "13", "verbal conflict"),
        ("PROTEST", "14", "material conflict"),
        ("MOBILIZE", "15", "material conflict"),
        ("SANCTION", "16", "material conflict"),
        ("COERCE", "17", "material conflict"),
        ("ASSAULT", "19", "material conflict"),
    ],
)
def test_type_roots(type_: str, root: str, quad: str) -> None:
    info = cameo_for(type_)
    assert (info.root, info.quad_class) == (root, quad)


@pytest.mark.parametrize(
    ("type_", "mode", "root", "code", "goldstein"),
    [
        ("CONSULT", "visit", "04", "042", 1.9),
        ("CONSULT", "phone", "04", "041", 1.0),
        ("CONSULT", "third-party", "04", "044", 2.5),
        ("CONSULT", "multilateral", "04", None, 1.0),
        ("RETREAT", "release", "08", "0841", 7.0),
        ("RETREAT", "ceasefire", "08", "0871", 9.0),
        ("ACCUSE", "investigate", "09", None, -2.0),
        ("ACCUSE", "disapprove", "11", None, -2.0),
        ("PROTEST", "demo", "14", "141", -6.5),
        ("SANCTION", "expel", "16", "166", -7.0),
        ("COERCE", "arrest", "17", "173", -5.0),
        ("COERCE", "curfew", "17", "1723", -5.0),
        ("ASSAULT", "aerial", "19", "195", -10.0),
        ("ASSAULT", "firearms", "19", "193", -10.0),
        ("ASSAULT", "heavy-weapons", "19", "194", -10.0),
        ("ASSAULT", "abduct", "18", "181", -9.0),
        ("ASSAULT", "unconventional", "20", "204", -10.0),
    ],
)
def test_pinned_modes(type_: str, mode: str, root: str, code: str | None, goldstein: float) -> None:
    info = cameo_for(type_, mode)
    assert (info.root, info.code, info.goldstein) == (root, code, goldstein)


def test_unknown_type_or_mode_names_the_allowed_values() -> None:
    with pytest.raises(ValueError, match="CONSULT"):
        cameo_for("MEET")
    with pytest.raises(ValueError, match="visit"):
        cameo_for("CONSULT", "lunch")
    with pytest.raises(ValueError, match="no modes"):
        cameo_for("AGREE", "visit")


def test_cameo2plover_modes_are_plover_2_modes() -> None:
    for code, row in _shipped()["cameo2plover"].items():
        assert row["type"] in PLOVER_TYPES, code
        assert row["mode"] is None or row["mode"] in plover_modes(row["type"]), code
