"""Publication dates, continued: stamp lines with several dates, partial stamps, dispatch datelines,
Hijri stamps, relative stamps, URL folders, and the W012 warning. Every line is written for the test."""

from __future__ import annotations

import datetime as dt

import pytest

from marsad.clean import clean_record
from marsad.clean.chrome import Chrome, classify_line, is_date_line
from marsad.clean.pubdate import (
    agency_dateline,
    complete_partial,
    parse_date,
    parse_partial,
    read_stamp,
    year_month_from_url,
)
from marsad.clean.text import clean_text
from marsad.model import RawRecord

TODAY = dt.date(2026, 11, 23)
BODY = "Le ministre irakien a rencontré son homologue turc à Ankara pour parler de la sécurité des frontières.\n"
EN_BODY = "The Iraqi minister met his Turkish counterpart in Ankara to discuss the security of the border areas.\n"


@pytest.mark.parametrize(
    ("line", "date", "basis"),
    [
        ("Publié le 14 mai 2020 à 10h32, mis à jour le 15 mai 2020 à 08h00", "2020-05-14", "published stamp"),
        ("Mis à jour le 15 mai 2020 | Publié le 14 mai 2020", "2020-05-14", "published stamp"),
        ("14 mai 2020 | Mis à jour le 15 mai 2020", "2020-05-14", "dateline"),
        ("Mis à jour le 15 mai 2020 à 08h00", "2020-05-15", "updated stamp"),
        ("Par Karim B. | Publié le 14/05/2020 à 10h32", "2020-05-14", "published stamp"),
        ("Updated: July 14, 2019 | Published: July 13, 2019", "2019-07-13", "published stamp"),
        ("Sat 13 Jul 2019 10.32 BST", "2019-07-13", "dateline"),
        ("نشر في: 26 تشرين الأول/أكتوبر 2020", "2020-10-26", "published stamp"),
        ("تاريخ النشر: الخميس 14 مايو 2020", "2020-05-14", "published stamp"),
        ("الخميس 21 رمضان 1441 هـ - 14 مايو 2020 م", "2020-05-14", "dateline"),
        ("الخميس 21 رمضان 1441 هـ", "2020-05-14", "dateline"),
        ("الأحد 10 غشت 2025", "2025-08-10", "dateline"),
    ],
)
def test_stamp_lines(line: str, date: str, basis: str) -> None:
    stamp = read_stamp(line, today=TODAY)
    assert (stamp.date, stamp.basis) == (date, basis)


@pytest.mark.parametrize(
    ("line", "partial"),
    [
        ("Sep 17", "--09-17"),
        ("Sep 17, 10:32 AM", "--09-17"),
        ("mar. 17 sept. à 10h", "--09-17"),
        ("Publié le 3 mars à 18h40", "--03-03"),
        ("الخميس 17 سبتمبر - 10:21 م", "--09-17"),
        ("29 février", "--02-29"),
    ],
)
def test_partial_stamps(line: str, partial: str) -> None:
    stamp = read_stamp(line, today=TODAY)
    assert stamp.date is None and stamp.partial == partial


@pytest.mark.parametrize("text", ["31 février", "Mai 68", "le ministre", "2020"])
def test_no_partial_date(text: str) -> None:
    assert parse_partial(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13th July 2019", "2019-07-13"),
        ("الأحد 10 غشت 2025", "2025-08-10"),
        ("5 شتنبر 2024", "2024-09-05"),
        ("14 جويلية 2021", "2021-07-14"),
        ("26 تشرين الأول/أكتوبر 2020", "2020-10-26"),
        ("21 رمضان 1441 هـ", "2020-05-14"),
        ("21 رمضان 1499 هـ", None),  # after today
        ("le 14 de mayo", None),
    ],
)
def test_more_written_dates(text: str, expected: str | None) -> None:
    assert parse_date(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Sep 17, 10:32 AM", Chrome.DATE_LINE),
        ("17 sept. à 14h32", Chrome.DATE_LINE),
        ("Publié le 14 mai 2020 à 10h32, mis à jour le 15 mai 2020 à 08h00", Chrome.DATE_LINE),
        ("Par Karim B. | Publié le 14/05/2020 à 10h32", Chrome.DATE_LINE),
        ("By John Smith | July 13, 2019", Chrome.DATE_LINE),
        ("الخميس 21 رمضان 1441 هـ - 14 مايو 2020 م", Chrome.DATE_LINE),
        ("منذ 3 ساعات", Chrome.DATE_LINE),
        ("il y a 3 heures", Chrome.DATE_LINE),
        ("2 hours ago", Chrome.DATE_LINE),
        ("le 14 mai 2020 à 10h32 (heure de Paris)", Chrome.DATE_LINE),
        ("July 13, 2019 at 10:32 a.m. EDT", Chrome.DATE_LINE),
    ],
)
def test_more_date_lines(line: str, kind: Chrome) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize(
    "line",
    [
        "Le ministre a dit le 3 mai que la guerre était finie.",
        "12 mars dernier à Bagdad, les forces ont repris la ville.",
        "Mai 68",
        "S-400: la contre-offensive de Bagdad",
        "وقال الوزير في 14 مايو إن بلاده مستعدة للتعاون.",
    ],
)
def test_sentences_with_dates_are_not_date_lines(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    ("paragraph", "date", "partial"),
    [
        ("BAGHDAD, July 13 (Reuters) - Iraq's prime minister said talks were advancing.", None, "--07-13"),
        ("Bagdad, 14 mai 2020 (AFP) - Le ministre a reçu son homologue.", "2020-05-14", None),
        ("MOSCOU, le 14 mai 2020 – Le ministre russe a reçu son homologue.", "2020-05-14", None),
        ("Washington, July 13, 2019 — The US envoy arrived in Baghdad.", "2019-07-13", None),
        ("بغداد - 14 مايو 2020 (أ ف ب) - أعلن الجيش العراقي.", "2020-05-14", None),
        ("دمشق 3 حزيران (سانا) - استقبل الرئيس الوفد.", None, "--06-03"),
    ],
)
def test_dispatch_datelines(paragraph: str, date: str | None, partial: str | None) -> None:
    stamp = agency_dateline(paragraph, today=TODAY)
    assert stamp is not None and (stamp.date, stamp.partial) == (date, partial)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le 26 octobre – le ministre a dit qu'il viendrait.",
        "En 2019 - les forces ont quitté la base.",
        "BAGHDAD (Reuters) - Iraq's prime minister said talks were advancing.",
        "The minister met his counterpart on July 13 in Baghdad - officials said.",
    ],
)
def test_not_dispatch_datelines(paragraph: str) -> None:
    assert agency_dateline(paragraph, today=TODAY) is None


def test_url_folders() -> None:
    assert year_month_from_url("https://example.org/world/2019/09/story-of-the-day") == (2019, 9)
    assert year_month_from_url("https://example.org/world/2019/13/story") is None
    assert year_month_from_url(None) is None
    assert complete_partial("--09-17", "https://example.org/2019/09/story", today=TODAY) == "2019-09-17"
    assert complete_partial("--09-17", "https://example.org/2019/08/story", today=TODAY) is None
    assert complete_partial("--02-29", "https://example.org/2019/02/story", today=TODAY) is None


def test_partial_stamp_under_the_headline_is_kept() -> None:
    out = clean_text("Le ministre irakien en visite à Ankara\nSep 17, 10:32 AM\n" + BODY)
    assert out.dateline is None
    assert (out.dateline_partial, out.dateline_partial_line) == ("--09-17", "Sep 17, 10:32 AM")


def test_partial_date_above_the_headline_is_a_clock() -> None:
    out = clean_text("Sep 17, 10:32 AM\nLe ministre irakien en visite à Ankara\n" + BODY)
    assert out.dateline_partial is None and out.clocks == ["Sep 17, 10:32 AM"]


def test_full_stamp_wins_over_partial() -> None:
    out = clean_text("Le ministre irakien en visite à Ankara\nSep 17\nPublié le 17/09/2019 à 10h32\n" + BODY)
    assert out.dateline == "2019-09-17" and out.dateline_basis == "published stamp"


def test_publication_stamp_beats_update_in_one_line() -> None:
    page = "Le ministre irakien en visite à Ankara\nMis à jour le 15 mai 2020 | Publié le 14 mai 2020\n" + BODY
    out = clean_text(page)
    assert (out.dateline, out.dateline_basis) == ("2020-05-14", "published stamp")


def test_partial_publication_date_warning() -> None:
    doc = clean_record(RawRecord(id="x", source="x", text="Le ministre irakien en visite à Ankara\nSep 17\n" + BODY))
    assert doc.published is None
    assert any(w.startswith("W012 partial publication date: --09-17") for w in doc.warnings)
    assert any(w.startswith("W001") for w in doc.warnings)


def test_partial_stamp_completed_by_the_url_folder() -> None:
    record = RawRecord(
        id="x",
        source="x",
        text="Le ministre irakien en visite à Ankara\nSep 17\n" + BODY,
        url="https://example.org/monde/2019/09/visite-ankara",
    )
    doc = clean_record(record)
    assert (doc.published, doc.published_basis) == ("2019-09-17", "partial dateline + url year")
    assert not any(w.startswith("W012") for w in doc.warnings)


def test_dispatch_dateline_dates_the_article() -> None:
    text = "Iraq and Turkey discuss border security\nANKARA, 14 May 2020 (AFP) - " + EN_BODY
    doc = clean_record(RawRecord(id="x", source="x", text=text, lang="en"))
    assert (doc.published, doc.published_basis) == ("2020-05-14", "agency dateline")
    assert doc.body.startswith("ANKARA, 14 May 2020 (AFP) - The Iraqi minister")


def test_dispatch_dateline_without_year_warns() -> None:
    text = "Iraq and Turkey discuss border security\nANKARA, May 14 (Reuters) - " + EN_BODY
    doc = clean_record(RawRecord(id="x", source="x", text=text, lang="en"))
    assert doc.published is None
    assert any(w.startswith("W012 partial publication date: --05-14") for w in doc.warnings)


def test_stamp_beats_dispatch_dateline() -> None:
    text = "Iraq and Turkey discuss border security\nPublished: May 15, 2020\nANKARA, May 14, 2020 (AFP) - " + EN_BODY
    doc = clean_record(RawRecord(id="x", source="x", text=text, lang="en"))
    assert (doc.published, doc.published_basis) == ("2020-05-15", "published stamp")


def test_clock_above_headline_is_still_no_publication_date() -> None:
    text = "27-11-2024 02:30 PM Jerusalem Timing\nIraq and Turkey discuss border security\n" + EN_BODY
    doc = clean_record(RawRecord(id="x", source="x", text=text, lang="en"))
    assert doc.published is None
    assert not any(w.startswith("W012") for w in doc.warnings)


def test_relative_stamp_is_chrome_but_no_date() -> None:
    text = "Le ministre irakien en visite à Ankara\nil y a 3 heures\n" + BODY
    doc = clean_record(RawRecord(id="x", source="x", text=text))
    assert doc.published is None and "il y a 3 heures" in doc.removed
