"""Events: reported speech, auxiliary modes, Arabic word orders and merged repeats (hand-written sentences).

Each case: language, sentence, and either an expected (type, dyad[, aux]) that must be coded or one that
must not. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from marsad.pipeline import Pipeline
from tests.extract.test_events import dyads, events_of

MUST = [
    # reported speech: the speaker of the quotation is the actor
    ("fr", "« Nous négocions avec la Russie l'achat de systèmes S-400 », a déclaré le ministre turc de la Défense.",
     ("CONSULT", frozenset({"TUR", "RUS"}))),
    ("en", '"We are negotiating with Russia on the purchase of S-400 systems," Turkey\'s defence minister said.',
     ("CONSULT", frozenset({"TUR", "RUS"}))),
    ("ar", 'قال وزير الدفاع التركي: "نحن نتفاوض مع روسيا لشراء منظومات إس-400".',
     ("CONSULT", frozenset({"TUR", "RUS"}))),
    ("fr", "« Nous sommes prêts à fournir des drones à l'Irak », a affirmé le ministre iranien de la Défense.",
     ("AGREE", frozenset({"IRN", "IRQ"}))),
    ("ar", "وقال وزير الدفاع الإيراني إن بلاده مستعدة لتزويد العراق بالطائرات المسيرة.",
     ("AGREE", frozenset({"IRN", "IRQ"}))),
    ("ar", 'أكد وزير الخارجية الإيراني: "نحن مستعدون للتعاون مع العراق في مجال الأمن".',
     ("AGREE", frozenset({"IRN", "IRQ"}))),
    # statements that do something: the speaker accuses, praises, requests, threatens
    ("fr", "Le ministre iranien des Affaires étrangères a accusé Washington de déstabiliser la région.",
     ("ACCUSE", frozenset({"IRN"}), frozenset({"USA"}))),
    ("ar", "اتهم وزير الخارجية الإيراني واشنطن بزعزعة استقرار المنطقة.",
     ("ACCUSE", frozenset({"IRN"}), frozenset({"USA"}))),
    ("ar", "أشاد الرئيس المصري بدور السعودية في الوساطة.", ("SUPPORT", frozenset({"EGY"}), frozenset({"SAU"}))),
    ("ar", "طالب رئيس الوزراء العراقي تركيا بسحب قواتها من شمال البلاد.",
     ("REQUEST", frozenset({"IRQ"}), frozenset({"TUR"}))),
    ("en", "Russia's foreign minister threatened Ukraine with retaliation.",
     ("THREATEN", frozenset({"RUS"}), frozenset({"UKR"}))),
    # Arabic word orders: a two-word trigger with the actor between its words, a titled side before a name
    ("ar", "فرضت الولايات المتحدة عقوبات جديدة على إيران.", ("SANCTION", frozenset({"USA"}), frozenset({"IRN"}))),
    ("ar", "وقعت الصين مذكرة تفاهم مع باكستان للتعاون الدفاعي.", ("SUPPORT", frozenset({"CHN"}), frozenset({"PAK"}))),
    # future visits are AGREE (ontology.md); the destination of "se rendre à" is the host
    ("fr", "Le ministre algérien se rendra la semaine prochaine à Moscou.", ("AGREE", frozenset({"DZA", "RUS"}))),
    ("en", "The Algerian minister will visit Moscow next week.", ("AGREE", frozenset({"DZA", "RUS"}))),
    ("ar", "سيزور وزير الخارجية الجزائري موسكو الأسبوع المقبل.", ("AGREE", frozenset({"DZA", "RUS"}))),
]  # fmt: skip

MUST_NOT = [
    # asked for, not done
    ("fr", "Le Premier ministre irakien a demandé à la Turquie de retirer ses troupes du nord du pays.", "RETREAT"),
    ("en", "Iraq's prime minister asked Turkey to withdraw its troops from the north of the country.", "RETREAT"),
    # hypothetical and negated events are dropped by default (events.keep_aux)
    ("en", "If Russia were to deliver S-400 systems to Iraq, the United States would impose sanctions.", "AID"),
    ("fr", "La France n'a pas livré de Rafale à l'Inde cette année.", "AID"),
    ("ar", "لم يلتق وزير الخارجية الروسي نظيره الأمريكي.", "CONSULT"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MUST)
def test_coded(pipeline: Pipeline, lang: str, text: str, expected: tuple) -> None:
    doc = events_of(pipeline, text, lang)
    assert expected in dyads(doc), [(e.type, e.actor, e.recipient, e.rule) for e in doc.events]


@pytest.mark.parametrize(("lang", "text", "kind"), MUST_NOT)
def test_not_coded(pipeline: Pipeline, lang: str, text: str, kind: str) -> None:
    doc = events_of(pipeline, text, lang)
    assert not [e for e in doc.events if e.type == kind], [(e.type, e.aux, e.rule) for e in doc.events]


def test_hypothetical_is_kept_when_asked(pipeline: Pipeline) -> None:
    text = "If Russia were to deliver S-400 systems to Iraq, the United States would impose sanctions."
    from marsad.config import load_config

    kept = Pipeline(load_config(overrides=["events.keep_aux=['future','historical','hypothetical']"]))
    doc = events_of(kept, text, "en")
    assert [e.aux for e in doc.events if e.type == "AID"] == ["hypothetical"]


def test_repeats_merge_and_keep_every_evidence_sentence(pipeline: Pipeline) -> None:
    text = (
        "Le ministre turc des Affaires étrangères a rencontré jeudi à Ankara son homologue jordanien.\n"
        "Les deux hommes ont évoqué la situation en Syrie.\n"
        "Lors de cette rencontre jeudi, le ministre turc des Affaires étrangères s'est entretenu avec son "
        "homologue jordanien de la sécurité des frontières."
    )
    doc = events_of(pipeline, text, "fr")
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == 1, [(e.type, e.evidence.text) for e in doc.events]
    spans = consults[0].all_evidence()
    assert len(spans) == 2
    for span in spans:
        assert doc.body[span.start : span.end] == span.text
    record = doc.as_dict()["events"][0]
    assert [s["start"] for s in record["evidence_spans"]] == [s.start for s in spans]
