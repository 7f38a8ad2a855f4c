"""Export filters: language, types and dates on the precision both sides share; coded errors for bad values."""

from __future__ import annotations

import pytest

from marsad.export import ExportError, RecordFilter
from tests.export.sample import records


def kept(keep: RecordFilter) -> list[str]:
    return [f"{r['id']}/{e['id']}" for r in keep.apply(records()) for e in r["events"]]


def test_no_filter_keeps_everything_including_articles_without_events() -> None:
    keep = RecordFilter.build()
    assert [r["id"] for r in keep.apply(records())] == ["fr-001", "ar-001", "en-001"]
    assert (keep.counts.articles, keep.counts.events) == (3, 5)


def test_language_filter_keeps_articles_without_events() -> None:
    assert [r["id"] for r in RecordFilter.build(lang="EN").apply(records())] == ["en-001"]
    assert kept(RecordFilter.build(lang="ar")) == ["ar-001/v1", "ar-001/v2"]


def test_type_filter_drops_other_events_and_empty_articles() -> None:
    keep = RecordFilter.build(types=["consult,aid", "threaten"])
    assert kept(keep) == ["fr-001/v1", "ar-001/v1", "ar-001/v2"]
    assert [r["id"] for r in RecordFilter.build(types=["ASSAULT"]).apply(records())] == ["fr-001"]


def test_dates_compare_on_the_shared_precision() -> None:
    # fr v3 is dated 2024-11 (a month): inside a range of days of November, and undated events never match.
    assert kept(RecordFilter.build(date_from="2024-11-15", date_to="2024-11-30")) == ["fr-001/v1", "fr-001/v3"]
    assert kept(RecordFilter.build(date_to="2024-10-05")) == ["ar-001/v1"]
    assert kept(RecordFilter.build(date_from="2024-10-06", date_to="2024-10")) == ["ar-001/v2"]
    assert kept(RecordFilter.build(date_from="2025")) == []


def test_input_records_are_not_changed() -> None:
    original = records()
    list(RecordFilter.build(types=["AID"]).apply(original))
    assert original == records()


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [({"types": ["VISIT"]}, "E804"), ({"date_from": "28/11/2024"}, "E803"), ({"date_to": "2024-1"}, "E803")],
)
def test_bad_values_raise_coded_errors(kwargs: dict, code: str) -> None:
    with pytest.raises(ExportError) as caught:
        RecordFilter.build(**kwargs)
    assert caught.value.code == code and str(caught.value).startswith(code)
