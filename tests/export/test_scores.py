"""The PLOVER score table: every entry is a real type and mode, and it matches the manual's table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.export.scores import MODE_SCORES, TYPE_SCORES, plover_score
from marsad.plover import PLOVER_TYPES, plover_modes

MANUAL = Path(__file__).resolve().parents[3] / "shared" / "docs" / "plover" / "PLOVER_MANUAL.tex"


def test_every_type_has_a_score_and_every_mode_is_a_plover_mode() -> None:
    assert set(TYPE_SCORES) == set(PLOVER_TYPES)
    for kind, mode in MODE_SCORES:
        assert mode in plover_modes(kind), (kind, mode)


def test_lookup() -> None:
    assert plover_score("CONSULT", "visit") == 4.0
    assert plover_score("CONSULT", None) == 2.5
    assert plover_score("PROTEST", "vandalize") == -5.0  # not in the manual's table: the type's score
    assert plover_score("ACCUSE") == -3.0
    assert plover_score("NOT_A_TYPE") is None and plover_score(None) is None


def test_scores_match_the_manual() -> None:
    if not MANUAL.is_file():
        pytest.skip("../shared is not beside the checkout")
    text = MANUAL.read_text(encoding="utf-8")
    start = text.index("\\begin{tabular}{|lc|lc|lc|}")
    table = text[start : text.index("\\end{tabular}", start)]
    cell = r"(?:\\cellcolor\{gray!25\})?"
    cells = re.findall(rf"{cell}([A-Z]+)(?::\s*([A-Za-z-]+))?\s*&\s*{cell}\s*(-?[\d.]+)", table)
    manual = {(kind, mode.lower() or None): float(score) for kind, mode, score in cells}
    assert len(manual) == len(TYPE_SCORES) + len(MODE_SCORES)
    for (kind, mode), score in manual.items():
        expected = -3.0 if (kind, mode) == ("ACCUSE", None) else score  # the manual's sign typo, see scores.py
        assert plover_score(kind, mode) == expected, (kind, mode)
