"""Whole-page cleaning: headline, clock vs. dateline, standfirst, chrome lines, tail cut, outlet."""

from __future__ import annotations

import pytest

from marsad.clean import clean_record
from marsad.clean.text import clean_text
from marsad.errors import CleanError
from marsad.model import RawRecord

FR_PAGE = """12-03-2025 09:15 AM Paris Time
Monde
Accueil / Monde / Moyen-Orient
Bagdad et Ankara signent un accord de coopération militaire
Bagdad et Ankara signent un accord de coopération militaire
Par Karim Benali
Publié le 11/03/2025 à 18h40
Le ministre irakien de la Défense et son homologue turc ont signé mardi à Ankara un accord de coopération.
Des soldats irakiens lors d'un exercice. ©AFP/Archives
L'accord prévoit des exercices conjoints et un échange de renseignements sur les groupes armés.
Lire aussi : La Turquie renforce sa présence au nord de l'Irak
Partager cet article
Source: Agence de presse illustrative
"""

AR_PAGE = """الثلاثاء 4 مارس 2025
الرئيسية سياسة اقتصاد رياضة
دولي
روسيا تسلم العراق دفعة جديدة من المروحيات القتالية
بغداد - وكالات
أعلنت وزارة الدفاع العراقية، أمس الاثنين، تسلم دفعة جديدة من المروحيات القتالية الروسية في قاعدة جوية قرب بغداد.
وقال المتحدث باسم الوزارة إن الصفقة تأتي في إطار التعاون العسكري بين البلدين منذ سنوات.
مقالات ذات صلة
العراق يبحث مع فرنسا شراء طائرات رافال
اترك تعليقاً
زر الذهاب إلى الأعلى
"""

EN_PAGE = """World
Turkey and Azerbaijan begin joint drills near Baku
By Staff Writer
Published: June 4, 2025
Turkish and Azerbaijani troops began a week of joint exercises near Baku on Tuesday, the defence ministry said.
The drills involve armoured units, drones and special forces, according to the statement.
Related articles
Azerbaijan buys Turkish drones
Back to top
"""


def test_french_page() -> None:
    out = clean_text(FR_PAGE)
    assert out.title == "Bagdad et Ankara signent un accord de coopération militaire"
    assert out.dateline == "2025-03-11" and out.dateline_basis == "published stamp"
    assert out.clocks == ["12-03-2025 09:15 AM Paris Time"]
    assert out.outlet == "Agence de presse illustrative"
    assert out.paragraphs[0].startswith("Le ministre irakien de la Défense")
    assert out.paragraphs[-1].startswith("L'accord prévoit")
    assert len(out.paragraphs) == 2
    for line in ("Monde", "Par Karim Benali", "Partager cet article", "Accueil / Monde / Moyen-Orient"):
        assert line in out.removed


def test_arabic_page_header_date_is_a_clock_and_tail_is_cut() -> None:
    out = clean_text(AR_PAGE)
    assert out.title == "روسيا تسلم العراق دفعة جديدة من المروحيات القتالية"
    assert out.dateline is None
    assert out.clocks == ["الثلاثاء 4 مارس 2025"]
    assert len(out.paragraphs) == 2
    assert "العراق يبحث مع فرنسا شراء طائرات رافال" in out.removed
    assert "بغداد - وكالات" in out.removed


def test_english_page_dateline_under_headline() -> None:
    out = clean_text(EN_PAGE, month_first=True)
    assert out.title == "Turkey and Azerbaijan begin joint drills near Baku"
    assert out.dateline == "2025-06-04"
    assert "Azerbaijan buys Turkish drones" in out.removed
    assert out.paragraphs[-1].startswith("The drills involve")


def test_timestamp_under_the_headline_dates_the_article() -> None:
    page = "Titre de l'article sur la visite\n14/05/2020 10:32\n" + "Le ministre a rencontré son homologue. " * 3
    assert clean_text(page).dateline == "2020-05-14"


def test_no_headline_when_the_text_starts_with_the_body() -> None:
    out = clean_text("Le ministre irakien a invité jeudi le président russe à se rendre à Bagdad, a-t-on appris.\n")
    assert out.title is None


def test_intertitles_inside_the_body_are_kept() -> None:
    body = "Le ministre a rencontré son homologue à Moscou jeudi pour des entretiens sur la défense.\n"
    out = clean_text(body + "S-400: la contre-offensive de Bagdad\n" + body)
    assert "S-400: la contre-offensive de Bagdad" in out.paragraphs


def test_document_offsets_and_publication_evidence() -> None:
    record = RawRecord(id="x", source="x", text=FR_PAGE, url="https://example.org/2024/01/02/story")
    doc = clean_record(record)
    assert doc.published == "2025-03-11" and doc.published_basis == "published stamp"
    for para in doc.paragraphs:
        assert "\n" not in doc.body[para.start : para.end]
    assert doc.body == "\n".join(doc.body[p.start : p.end] for p in doc.paragraphs)


def test_url_date_when_the_text_has_none() -> None:
    record = RawRecord(id="x", source="x", text=EN_PAGE.replace("Published: June 4, 2025\n", ""),
                       url="https://example.org/2024/01/02/story")
    doc = clean_record(record)
    assert (doc.published, doc.published_basis) == ("2024-01-02", "url")


def test_no_evidence_means_no_date() -> None:
    doc = clean_record(RawRecord(id="x", source="x", text=AR_PAGE))
    assert doc.published is None
    assert any(w.startswith("W001") for w in doc.warnings)


@pytest.mark.parametrize("text", ["Partager cet article\nBack to top\n", "   \n"])
def test_nothing_left_is_a_clean_error(text: str) -> None:
    with pytest.raises(CleanError) as info:
        clean_record(RawRecord(id="x", source="x", text=text))
    assert info.value.code == "E201"


def test_html_page_without_article() -> None:
    with pytest.raises(CleanError):
        clean_record(RawRecord(id="x", source="x", html="<html><body><nav><a href='/'>Home</a></nav></body></html>"))


def test_text_without_final_punctuation_still_has_a_body() -> None:
    out = clean_text("Iraq and Russia signed a memorandum on air defence cooperation in Moscow on Thursday")
    assert out.paragraphs and out.title is None
    headline = "Iraq and Russia sign defence memorandum"
    out = clean_text(f"{headline}\nIraq and Russia signed a memorandum on air defence cooperation in Moscow")
    assert out.title == headline and len(out.paragraphs) == 1


def test_one_short_sentence_is_body() -> None:
    assert clean_text("Iraq and Russia signed a deal.").paragraphs == ["Iraq and Russia signed a deal."]
