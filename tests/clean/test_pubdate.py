"""Publication dates: written dates in three languages, URL dates, and never a future or impossible date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.clean.pubdate import date_from_url, normalise_hint, parse_date

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
             "ديسمبر"]
LEVANT_MONTHS = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
                 "تشرين الثاني", "كانون الأول"]
TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 14/05/2020 à 10h32", "2020-05-14"),
        ("الأربعاء 25 نوفمبر 2020 - 10:21 م", "2020-11-25"),
        ("Published: July 13, 2019", "2019-07-13"),
        ("١٤ مايو ٢٠٢٠", "2020-05-14"),
        ("25 تشرين الثاني 2020", "2020-11-25"),
        ("2019-07-13T10:00:00+02:00", "2019-07-13"),
        ("Publié le 1er mai 2020", "2020-05-01"),
        ("31/02/2020", None),
        ("le 26 octobre", None),
        ("03/04/2021 à 10h", "2021-04-03"),
        ("27-11-2024 02:30 PM Jerusalem Timing", "2024-11-27"),
        ("12/25/2021", "2021-12-25"),
        ("Le 14/05/2031", None),  # after today: not a publication date
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text, today=TODAY) == expected


def test_month_first_for_english_numeric_dates() -> None:
    assert parse_date("Posted 03/04/2021", month_first=True, today=TODAY) == "2021-03-04"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.example.org/world/2019/07/13/iraq-russia", "2019-07-13"),
        ("https://example.org/news/iraq-20190712-s400.html", "2019-07-12"),
        ("https://example.org/article.php?id=5&cdate=29082024", "2024-08-29"),
        ("https://example.org/2019-07-13/story", "2019-07-13"),
        ("https://example.org/story/123456789", None),
        ("https://example.org/2019/13/45/x", None),
        (None, None),
    ],
)
def test_date_from_url(url: str | None, expected: str | None) -> None:
    assert date_from_url(url, today=TODAY) == expected


def test_hint_accepts_iso_datetimes_and_rejects_words() -> None:
    assert normalise_hint("2024-08-29T08:00:00Z", today=TODAY) == "2024-08-29"
    assert normalise_hint("yesterday", today=TODAY) is None


dates = st.dates(min_value=dt.date(1990, 1, 1), max_value=TODAY)


@given(dates, st.sampled_from(["fr", "en", "ar", "levant", "iso", "dmy", "eastern"]))
def test_written_dates_round_trip(day: dt.date, style: str) -> None:
    text = {
        "fr": f"Publié le {day.day} {FR_MONTHS[day.month - 1]} {day.year}",
        "en": f"Published: {EN_MONTHS[day.month - 1]} {day.day}, {day.year}",
        "ar": f"نشر في {day.day} {AR_MONTHS[day.month - 1]} {day.year}",
        "levant": f"{day.day} {LEVANT_MONTHS[day.month - 1]} {day.year}",
        "iso": day.isoformat(),
        "dmy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "eastern": f"{day.day} {AR_MONTHS[day.month - 1]} {day.year}".translate(str.maketrans("0123456789",
                                                                                           "٠١٢٣٤٥٦٧٨٩")),
    }[style]
    assert parse_date(text, today=TODAY) == day.isoformat()


@given(st.text(max_size=60))
def test_never_returns_a_future_or_invalid_date(text: str) -> None:
    result = parse_date(text, today=TODAY)
    if result is not None:
        value = dt.date.fromisoformat(result)
        assert value <= TODAY + dt.timedelta(days=1)
