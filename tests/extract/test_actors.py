"""Actors in the three languages: nominal actors, roles from titles and appositions, clitics, merging, names.

Sentences are written for these tests (not taken from any article). Each case names a mention and what
its entity must carry.
"""

from __future__ import annotations

import pytest

from marsad.model import Document, Entity, RawRecord
from marsad.pipeline import Pipeline


def run(pipeline: Pipeline, text: str, lang: str, published: str | None = None) -> Document:
    return pipeline.process_one(RawRecord(id="t", source="t", text=text, lang=lang, published=published))


def entity_with(doc: Document, mention: str) -> Entity:
    for entity in doc.entities:
        if any(m.text == mention for m in entity.mentions):
            return entity
    raise AssertionError(
        f"no entity mentioned as {mention!r}: {[(e.name, [m.text for m in e.mentions]) for e in doc.entities]}"
    )


NOMINAL = [
    (
        "fr",
        "Le gouvernement irakien a salué jeudi l'accord signé avec Ankara sur le partage de l'eau.",
        "gouvernement irakien",
        "IRQ",
        "GOV",
    ),
    (
        "fr",
        "L'armée de l'air algérienne a reçu de nouveaux appareils la semaine dernière, selon la presse.",
        "armée de l'air algérienne",
        "DZA",
        "MIL",
    ),
    (
        "fr",
        "Les troupes américaines ont quitté la base après trois mois de présence dans la région.",
        "troupes américaines",
        "USA",
        "MIL",
    ),
    (
        "fr",
        "Le gouvernement de Damas a rejeté les accusations portées contre lui par plusieurs pays.",
        "gouvernement de Damas",
        "SYR",
        "GOV",
    ),
    (
        "en",
        "The Iraqi government welcomed the agreement on Thursday, officials said in a statement.",
        "Iraqi government",
        "IRQ",
        "GOV",
    ),
    (
        "en",
        "Russian forces withdrew from two villages near the border overnight, residents said.",
        "Russian forces",
        "RUS",
        "MIL",
    ),
    ("ar", "رحبت الحكومة العراقية بالاتفاق الذي وقع أمس في أنقرة بشأن المياه.", "الحكومة العراقية", "IRQ", "GOV"),
    (
        "ar",
        "انسحبت القوات الأمريكية من القاعدة بعد ثلاثة أشهر من الانتشار في المنطقة.",
        "القوات الأمريكية",
        "USA",
        "MIL",
    ),
    ("ar", "أعلن البرلمان الأردني تشكيل لجنة للتحقيق في الحادث الذي وقع على الحدود.", "البرلمان الأردني", "JOR", "LEG"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "country", "sector"), NOMINAL)
def test_nominal_actors(pipeline: Pipeline, lang: str, text: str, mention: str, country: str, sector: str) -> None:
    entity = entity_with(run(pipeline, text, lang), mention)
    assert (entity.type, entity.country, entity.sector) == ("ORG", country, sector)


def test_a_ministry_portfolio_is_not_an_organisation(pipeline: Pipeline) -> None:
    doc = run(pipeline, "قال وزير الخارجية التركي إن بلاده مستعدة للحوار مع جيرانها في المنطقة.", "ar")
    assert not any(e.type == "ORG" and "الخارجية" in e.mentions[0].text for e in doc.entities)


ROLES = [
    # unknown people: everything comes from the title around the name
    (
        "fr",
        "Le ministre tunisien de la Défense Karim Ben Salah a reçu jeudi son homologue libyen à Tunis.",
        "Karim Ben Salah",
        "TUN",
        "GOV",
        "defence minister",
    ),
    (
        "fr",
        "Ahmed Rachidi, membre de la commission de la défense au Parlement marocain, a critiqué le projet.",
        "Ahmed Rachidi",
        "MAR",
        "LEG",
        "member of parliament",
    ),
    (
        "fr",
        "Selon le général Omar Haddad, commandant de l'armée de l'air jordanienne, les vols reprendront.",
        "Omar Haddad",
        "JOR",
        "MIL",
        None,
    ),
    (
        "en",
        "Jordan's Foreign Minister Ali Haddadin met the delegation in Amman on Monday.",
        "Ali Haddadin",
        "JOR",
        "GOV",
        "foreign minister",
    ),
    (
        "en",
        "Kuwaiti Defence Minister Salem Al-Rashidi said the drills would continue next month.",
        "Salem Al-Rashidi",
        "KWT",
        "GOV",
        "defence minister",
    ),
    (
        "en",
        "Youssef Karimi, an Iraqi lawmaker, said parliament would vote on the agreement soon.",
        "Youssef Karimi",
        "IRQ",
        "LEG",
        "member of parliament",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "country", "sector", "role"), ROLES)
def test_roles_from_context(
    pipeline: Pipeline, lang: str, text: str, mention: str, country: str, sector: str, role: str | None
) -> None:
    entity = entity_with(run(pipeline, text, lang), mention)
    assert (entity.type, entity.country, entity.sector) == ("PERSON", country, sector)
    if role:
        assert entity.role == role


def test_title_does_not_reach_across_another_person(pipeline: Pipeline) -> None:
    text = "Le président iranien a reçu le général Hassan Karimi et Ali Nouri, un homme d'affaires koweïtien."
    doc = run(pipeline, text, "fr")
    assert entity_with(doc, "Ali Nouri").sector != "MIL"


KNOWN_PEOPLE = [
    (
        "fr",
        "Sergueï Lavrov s'est entretenu mardi avec son homologue turc à Moscou.",
        "Sergueï Lavrov",
        "Sergey Lavrov",
        "RUS",
    ),
    (
        "en",
        "Sergei Lavrov held talks with his Turkish counterpart in Moscow on Tuesday.",
        "Sergei Lavrov",
        "Sergey Lavrov",
        "RUS",
    ),
    ("ar", "بحث سيرغي لافروف مع نظيره التركي العلاقات الثنائية في موسكو.", "سيرغي لافروف", "Sergey Lavrov", "RUS"),
    (
        "fr",
        "Recep Tayyip Erdogan a annoncé une visite à Bagdad le mois prochain.",
        "Recep Tayyip Erdogan",
        "Recep Tayyip Erdoğan",
        "TUR",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "name", "country"), KNOWN_PEOPLE)
def test_one_name_across_languages(
    pipeline: Pipeline, lang: str, text: str, mention: str, name: str, country: str
) -> None:
    entity = entity_with(run(pipeline, text, lang), mention)
    assert entity.kb_id and entity.country == country
    assert entity.name.replace("ğ", "g") == name.replace("ğ", "g")


def test_arabic_clitics(pipeline: Pipeline) -> None:
    doc = run(pipeline, "وصل الوفد إلى بغداد قادما من موسكو، ثم توجه وموسكو تراقب، وقدم الدعم للعراق وبالعراق.", "ar")
    places = {e.name: sorted(m.text for m in e.mentions) for e in doc.entities if e.type == "GPE"}
    assert places["Moscow"] == ["موسكو", "موسكو"]
    assert "Iraq" in places and "Baghdad" in places


def test_in_article_merging(pipeline: Pipeline) -> None:
    text = (
        "Le ministre russe des Affaires étrangères Sergueï Lavrov est arrivé à Ankara.\n"
        "Lavrov doit rencontrer son homologue turc. M. Lavrov a ensuite quitté la capitale."
    )
    doc = run(pipeline, text, "fr")
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert {m.text for m in people[0].mentions} >= {"Sergueï Lavrov", "Lavrov"}
    assert people[0].role == "foreign minister"


def test_office_at_the_publication_date(pipeline: Pipeline) -> None:
    doc = run(
        pipeline, "Jean-Yves Le Drian a reçu son homologue égyptien au Quai d'Orsay.", "fr", published="2015-03-02"
    )
    entity = entity_with(doc, "Jean-Yves Le Drian")
    assert entity.role == "defence minister" and entity.country == "FRA"


def test_arabic_role_from_title(pipeline: Pipeline) -> None:
    doc = run(pipeline, "قال وزير الدفاع الأردني، سمير الحديدي، إن التدريبات ستستمر الشهر المقبل.", "ar")
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert people, [(e.name, e.type) for e in doc.entities]
    assert (people[0].country, people[0].sector, people[0].role) == ("JOR", "GOV", "defence minister")


def test_arabic_surname_joins_full_name(pipeline: Pipeline) -> None:
    text = (
        "استقبل رئيس الوزراء العراقي مصطفى الكاظمي الوفد الروسي في بغداد أمس لبحث التعاون بين البلدين في مجال الطاقة.\n"
        "وقال الكاظمي إن العلاقات مع موسكو متينة."
    )
    doc = run(pipeline, text, "ar")
    kadhimi = [e for e in doc.entities if e.type == "PERSON" and any("الكاظمي" in m.text for m in e.mentions)]
    assert len(kadhimi) == 1 and len(kadhimi[0].mentions) == 2
    assert kadhimi[0].name.lower().endswith("kadhimi")
