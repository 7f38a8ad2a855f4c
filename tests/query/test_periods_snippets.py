"""Timeline periods (months, ISO weeks across year ends) and plain-text search snippets."""

from __future__ import annotations

import pytest

from marsad.query.periods import fill_periods, period_of
from marsad.query.snippets import ELLIPSIS, snippet
from marsad.store import fts


@pytest.mark.parametrize(
    ("value", "interval", "expected"),
    [
        ("2024-05-10", "month", "2024-05"),
        ("2024-05", "month", "2024-05"),
        ("2024", "month", None),
        ("2024-05-10", "week", "2024-W19"),
        ("2021-01-01", "week", "2020-W53"),  # ISO week of the previous year
        ("2024-12-30", "week", "2025-W01"),
        ("2024-05", "week", None),
    ],
)
def test_period_of(value: str, interval: str, expected: str | None) -> None:
    assert period_of(value, interval) == expected


def test_fill_periods_crosses_year_ends() -> None:
    assert fill_periods(["2023-11", "2024-02"], "month") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert fill_periods(["2020-W52", "2021-W02"], "week") == ["2020-W52", "2020-W53", "2021-W01", "2021-W02"]
    assert fill_periods([], "week") == []


def test_snippet_is_a_window_with_offsets_of_the_matches() -> None:
    body = "Intro sentence. " * 20 + "Les entretiens ont porté sur la Sécurité et l'énergie. " + "Fin. " * 60
    text, spans = snippet(body, fts.query_terms("securite ENERGIE"))
    assert text.startswith(ELLIPSIS) and text.endswith(ELLIPSIS)
    assert [text[s:e] for s, e in spans] == ["Sécurité", "énergie"]
    assert len(text) <= 240 + 2


def test_snippet_of_a_short_body_and_of_a_title_only_match() -> None:
    text, spans = snippet("وقالت مصادرُ إنّ المحادثـات تناولت الأمن", fts.query_terms("المحادثات"))
    assert [text[s:e] for s, e in spans] == ["المحادثـات"]
    assert not text.startswith(ELLIPSIS)
    text, spans = snippet("Nothing here.", fts.query_terms("absent"))
    assert (text, spans) == ("Nothing here.", [])
