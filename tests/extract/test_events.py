"""Events: hand-written sentences per language with the expected type, dyad, mode and auxiliary mode.

Sentences are written for these tests. Each case gives the type, actor and recipient countries
(undirected for CONSULT/AGREE/COOPERATE, as PLOVER compares them) and, where it matters, mode or aux.
"""

from __future__ import annotations

import pytest

from marsad.model import Document, RawRecord
from marsad.pipeline import Pipeline

UNDIRECTED = {"CONSULT", "AGREE", "COOPERATE"}


def events_of(pipeline: Pipeline, text: str, lang: str, published: str | None = "2024-03-15") -> Document:
    return pipeline.process_one(RawRecord(id="t", source="t", text=text, lang=lang, published=published))


def dyads(doc: Document) -> set[tuple]:
    out = set()
    for event in doc.events:
        actors = frozenset(a.country for a in event.actor if a.country)
        recipients = frozenset(r.country for r in event.recipient if r.country)
        if event.type in UNDIRECTED:
            out.add((event.type, actors | recipients))
        else:
            out.add((event.type, actors, recipients))
    return out


CASES = [
    (
        "fr",
        "Le ministre turc des Affaires étrangères a rencontré jeudi à Ankara son homologue jordanien pour discuter "
        "de la sécurité régionale.",
        ("CONSULT", frozenset({"TUR", "JOR"})),
    ),
    (
        "fr",
        "La Russie a livré à l'Algérie un nouveau lot de systèmes de défense aérienne, a annoncé mardi le ministère "
        "algérien de la Défense.",
        ("AID", frozenset({"RUS"}), frozenset({"DZA"})),
    ),
    (
        "fr",
        "Le gouvernement marocain a condamné lundi l'attaque contre l'ambassade du Qatar, dénonçant un acte "
        "inacceptable.",
        None,
    ),
    (
        "en",
        "Turkey's foreign minister met his Jordanian counterpart in Ankara on Thursday to discuss regional security.",
        ("CONSULT", frozenset({"TUR", "JOR"})),
    ),
    (
        "en",
        "The United States imposed new sanctions on Iran on Monday over its ballistic missile programme, the "
        "Treasury said.",
        ("SANCTION", frozenset({"USA"}), frozenset({"IRN"})),
    ),
    (
        "en",
        "Russia delivered a new batch of air defence systems to Algeria last week, the defence ministry said.",
        ("AID", frozenset({"RUS"}), frozenset({"DZA"})),
    ),
    (
        "en",
        "Egypt summoned the Iranian ambassador on Tuesday to protest against the remarks of Iranian officials.",
        ("ACCUSE", frozenset({"EGY"}), frozenset({"IRN"})),
    ),
    (
        "ar",
        "التقى وزير الخارجية الأردني نظيره التركي في عمان أمس لبحث العلاقات الثنائية بين البلدين.",
        ("CONSULT", frozenset({"JOR", "TUR"})),
    ),
    (
        "ar",
        "سلمت روسيا الجزائر دفعة جديدة من المروحيات القتالية الأسبوع الماضي حسب وزارة الدفاع.",
        ("AID", frozenset({"RUS"}), frozenset({"DZA"})),
    ),
]


def test_condemning_an_attack_does_not_accuse_its_victim(pipeline: Pipeline) -> None:
    doc = events_of(
        pipeline,
        "Egypt condemned the attack on the Qatari embassy in Cairo, the foreign ministry said on Tuesday.",
        "en",
    )
    assert ("ACCUSE", frozenset({"EGY"}), frozenset({"QAT"})) not in dyads(doc)


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_events(pipeline: Pipeline, lang: str, text: str, expected: tuple | None) -> None:
    doc = events_of(pipeline, text, lang)
    if expected is None:
        return
    assert expected in dyads(doc), [(e.type, e.actor, e.recipient, e.rule) for e in doc.events]


def test_every_event_has_evidence_rule_and_confidence(pipeline: Pipeline) -> None:
    doc = events_of(pipeline, CASES[0][1] + "\n" + CASES[1][1], "fr")
    assert doc.events
    for event in doc.events:
        assert doc.body[event.evidence.start : event.evidence.end] == event.evidence.text
        assert event.rule and 0 < event.confidence <= 1


def test_negated_meeting_is_not_an_event(pipeline: Pipeline) -> None:
    doc = events_of(
        pipeline,
        "Le ministre turc des Affaires étrangères n'a pas rencontré son homologue "
        "jordanien, contrairement à ce qu'annonçait la presse locale.",
        "fr",
    )
    assert not [e for e in doc.events if e.type == "CONSULT" and e.aux is None]


def test_announced_visit_is_agree(pipeline: Pipeline) -> None:
    doc = events_of(
        pipeline,
        "Le président égyptien a invité jeudi son homologue turc à effectuer une visite "
        "officielle au Caire le mois prochain.",
        "fr",
    )
    assert ("AGREE", frozenset({"EGY", "TUR"})) in dyads(doc), [(e.type, e.actor, e.recipient) for e in doc.events]


def test_event_date_from_the_weekday(pipeline: Pipeline) -> None:
    doc = events_of(pipeline, CASES[3][1], "en", published="2024-03-15")
    consult = [e for e in doc.events if e.type == "CONSULT"]
    assert consult and consult[0].date.date == "2024-03-14"


def test_first_person_in_reported_speech_is_the_speakers_side(pipeline: Pipeline) -> None:
    text = (
        "Ali Haddadin, membre de la commission de la défense au Parlement jordanien, a rappelé jeudi que son pays "
        "avait besoin de nouveaux radars.\n"
        "« Nous négocions avec la France l'achat de radars modernes », a-t-il expliqué aux journalistes."
    )
    doc = events_of(pipeline, text, "fr")
    assert ("CONSULT", frozenset({"JOR", "FRA"})) in dyads(doc), [(e.type, e.actor, e.recipient) for e in doc.events]
