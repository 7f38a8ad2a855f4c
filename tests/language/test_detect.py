"""Per-paragraph language identification, the article language, and languages without a pack."""

from __future__ import annotations

from marsad.clean import clean_record
from marsad.config import load_config
from marsad.language import LanguageIdentifier
from marsad.model import RawRecord
from marsad.pipeline import Pipeline

FR = "Le ministre irakien des Affaires étrangères est arrivé jeudi à Moscou pour deux jours d'entretiens."
EN = "The defence ministers agreed to share intelligence on armed groups operating along the border."
AR = "التقى وزير الخارجية العراقي نظيره الروسي في موسكو لبحث التعاون العسكري بين البلدين."
DE = "Der irakische Außenminister ist am Donnerstag zu zweitägigen Gesprächen in Moskau eingetroffen."


def doc_of(*paragraphs: str, lang: str | None = None):
    return clean_record(RawRecord(id="x", source="x", text="\n".join(paragraphs), lang=lang))


def test_mixed_article_paragraphs() -> None:
    doc = doc_of(FR, EN, FR, AR)
    LanguageIdentifier(["ar", "fr", "en"]).assign([doc])
    assert [p.lang for p in doc.paragraphs] == ["fr", "en", "fr", "ar"]
    assert doc.lang == "fr"


def test_short_paragraphs_take_the_article_language() -> None:
    doc = doc_of(EN, "Baghdad", EN)
    LanguageIdentifier(["ar", "fr", "en"]).assign([doc])
    assert [p.lang for p in doc.paragraphs] == ["en", "en", "en"]


def test_hint_is_the_article_language() -> None:
    doc = doc_of(FR, lang="fr")
    LanguageIdentifier(["ar", "fr", "en"]).assign([doc])
    assert doc.lang == "fr"


def test_language_without_a_pack_is_reported_not_crashed_on() -> None:
    settings = load_config(overrides=['language.candidates=["ar", "fr", "en", "de"]'])
    pipeline = Pipeline(settings)
    doc = pipeline.process_one(RawRecord(id="x", source="x", text=f"{DE}\n{FR}"))
    assert [p.lang for p in doc.paragraphs] == ["de", "fr"]
    assert any(w.startswith("W002") and "'de'" in w for w in doc.warnings)
    assert all(m.start >= doc.paragraphs[1].start for m in doc.mentions)
