"""CSV formula-injection protection: which cells get a leading apostrophe, and that nothing else changes."""

from __future__ import annotations

import pytest

from marsad.export.cells import is_dangerous, protect


@pytest.mark.parametrize(
    "text",
    [
        '=HYPERLINK("http://evil.example","x")',
        "+1",
        "-2+3",
        "@SUM(A1:A2)",
        "\t=1",
        "\tplain after a tab",
        "\rcarriage return",
        "   =1+1",
        "\n=cmd|' /C calc'!A0",
    ],
)
def test_dangerous_cells_get_an_apostrophe(text: str) -> None:
    assert is_dangerous(text)
    assert protect(text) == "'" + text


@pytest.mark.parametrize(
    "text",
    ["Sergey Lavrov", "وزير الخارجية", "a=b", "2024-11-28", "0.8", "'already quoted", "", "e-mail", "x@y.org"],
)
def test_safe_cells_are_unchanged(text: str) -> None:
    assert not is_dangerous(text)
    assert protect(text) == text


def test_none_is_an_empty_cell() -> None:
    assert protect(None) == ""
