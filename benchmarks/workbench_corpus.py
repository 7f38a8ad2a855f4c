"""Synthetic event data at scale for benchmarks/workbench.py: documents with entities, mentions and events.

Choices (deterministic for a seed):

- 150 countries: real ISO codes with their Arabic, French and English names from Marsad's gazetteer,
  news-prominent ones first, drawn with a Zipf weight 1/rank^1.1 (the top country is in ~20% of
  events, the 150th in ~0.1%); the recipient is another draw (10% domestic: the actor's country).
- Actors: each country as a state actor (knowledge-base id), 4 ministries/forces, and ~130 people per
  country on average (about 20,000 in all), more for prominent countries; names are made of syllables
  written in Latin and Arabic script. A side is the state (45%), a person (40%), an organisation (10%)
  or a nominal group with no entity ("officials of X", 5%); 15% of actor sides are compound.
- Documents: ``events / 10`` articles (1-19 events each, mean 10), in ar/fr/en (40/30/30), 60 outlets,
  published uniformly over 2015-2024; each event is one sentence of the body, plus filler sentences.
  Event dates: the publication day (60%), the day before (20%), its month (10%), its year (3%), none (7%).
- Types skewed like real coding output (CONSULT, ACCUSE, ASSAULT... most frequent), 1-2 contexts each,
  15% with an auxiliary mode.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

from marsad.model import ActorRef, Document, Entity, Event, EventDate, Evidence, Mention, Paragraph
from marsad.plover.cameo import plover_modes

PROMINENT = [
    "USA", "RUS", "CHN", "IRQ", "ISR", "IRN", "UKR", "SYR", "TUR", "FRA", "GBR", "SAU", "EGY", "LBN", "PSE", "DEU",
    "YEM", "AFG", "PAK", "IND", "JOR", "QAT", "ARE", "LBY", "DZA", "MAR", "TUN", "SDN", "JPN", "KOR", "PRK", "ITA",
    "ESP", "BEL", "NLD", "POL", "CAN", "AUS", "BRA", "MEX", "NGA", "ETH", "SOM", "KEN", "MLI", "NER", "TCD", "VEN",
    "CUB", "KWT", "OMN", "BHR",
]  # fmt: skip
N_COUNTRIES = 150
TYPE_WEIGHTS = {
    "CONSULT": 22, "ACCUSE": 12, "ASSAULT": 10, "AGREE": 8, "SUPPORT": 7, "REQUEST": 6, "COOPERATE": 6,
    "THREATEN": 5, "REJECT": 5, "PROTEST": 4, "SANCTION": 4, "COERCE": 3, "MOBILIZE": 3, "AID": 3,
    "RETREAT": 1, "CONCEDE": 1,
}  # fmt: skip
CONTEXTS = (
    "diplomatic", "military", "economic", "political", "humanitarian", "security", "energy", "legal",
    "migration", "terrorism",
)  # fmt: skip
CONSONANTS = [
    ("b", "ب"), ("t", "ت"), ("d", "د"), ("r", "ر"), ("z", "ز"), ("s", "س"), ("sh", "ش"), ("f", "ف"), ("q", "ق"),
    ("k", "ك"), ("l", "ل"), ("m", "م"), ("n", "ن"), ("h", "ه"), ("w", "و"), ("y", "ي"), ("j", "ج"), ("kh", "خ"),
]  # fmt: skip
ROLES = ("foreign minister", "president", "spokesperson", "army chief", "prime minister", "ambassador")
VOWELS = [("a", "ا"), ("i", "ي"), ("u", "و"), ("a", "")]
ORGS = {
    "ar": ("وزارة خارجية {}", "القوات المسلحة في {}", "حكومة {}", "برلمان {}"),
    "fr": ("ministère des Affaires étrangères de {}", "forces armées de {}", "gouvernement de {}", "parlement de {}"),
    "en": ("{} foreign ministry", "{} armed forces", "{} government", "{} parliament"),
}
ORG_SECTORS = ("GOV", "MIL", "GOV", "LEG")
NOMINAL = {"ar": "مسؤولون من {}", "fr": "des responsables de {}", "en": "officials from {}"}
VERBS = {
    "en": "met|accused|attacked|signed an agreement with|voiced support for|asked|worked with|threatened|rejected"
    "|protested against|sanctioned|detained citizens of|deployed troops near|sent aid to|withdrew from|conceded to",
    "fr": "a rencontré|a accusé|a attaqué|a signé un accord avec|a soutenu|a demandé à|a coopéré avec|a menacé"
    "|a rejeté|a protesté contre|a sanctionné|a arrêté des ressortissants de|a déployé des troupes face à"
    "|a envoyé une aide à|s'est retiré de|a cédé à",
    "ar": "التقى|اتهم|هاجم|وقع اتفاقا مع|أيد|طالب|تعاون مع|هدد|رفض|احتج على|فرض عقوبات على|اعتقل مواطنين من"
    "|حشد قوات قرب|أرسل مساعدات إلى|انسحب من|قدم تنازلات إلى",
}
FILLER = {
    "en": ["Diplomatic sources said talks covered security and energy.", "The statement was carried by state media."],
    "fr": ["Selon des sources diplomatiques, la sécurité et l'énergie étaient au menu.", "Le communiqué a été relayé."],
    "ar": ["وقالت مصادر دبلوماسية إن المحادثات تناولت الأمن والطاقة.", "ونقلت وسائل الإعلام الرسمية البيان."],
}
FIRST_DAY, DAYS = date(2015, 1, 1), 3652


@dataclass(frozen=True, slots=True)
class Actor:
    kb_id: str | None
    type: str
    country: str
    sector: str
    names: dict[str, str]  # lang -> name
    canonical: str
    roles: tuple[tuple[int, str], ...] = ()  # (first year, role)

    def role_in(self, year: int) -> str | None:
        current = None
        for first, role in self.roles:
            if year >= first:
                current = role
        return current


def _countries() -> list[tuple[str, dict[str, str]]]:
    text = resources.files("marsad.gazetteer.data").joinpath("countries.json").read_text(encoding="utf-8")
    records = json.loads(text)["countries"]
    order = PROMINENT + sorted(
        (c for c in records if c not in PROMINENT), key=lambda c: -(records[c].get("population") or 0)
    )
    out = []
    for code in order[:N_COUNTRIES]:
        names = {lang: records[code]["names"][lang][0]["name"] for lang in ("ar", "fr", "en")}
        out.append((code, names))
    return out


def _person_name(rng: random.Random) -> tuple[str, str]:
    """A made-up name in Latin and Arabic script (two words of 2-3 syllables)."""
    latin, arabic = [], []
    for _ in range(2):
        word_l, word_a = "", ""
        for _ in range(rng.randint(2, 3)):
            c, v = rng.choice(CONSONANTS), rng.choice(VOWELS)
            word_l += c[0] + v[0]
            word_a += c[1] + v[1]
        final = rng.choice(CONSONANTS)
        latin.append((word_l + final[0]).capitalize())
        arabic.append(word_a + final[1])
    return " ".join(latin), " ".join(arabic)


class Corpus:
    """The cast and the random choices; ``documents(n_events, batch)`` yields batches of documents."""

    def __init__(self, seed: int = 0, people: int = 20_000) -> None:
        self.rng = random.Random(seed)
        self.countries = _countries()
        self.weights = [1 / (rank + 1) ** 1.1 for rank in range(len(self.countries))]
        total = sum(self.weights)
        self.states: list[Actor] = []
        self.orgs: list[list[Actor]] = []
        self.people: list[list[Actor]] = []
        for i, (code, names) in enumerate(self.countries):
            self.states.append(Actor(f"Q{900_000 + i}", "GPE", code, "GOV", names, names["en"]))
            orgs = []
            for k, sector in enumerate(ORG_SECTORS):
                org_names = {lang: ORGS[lang][k].format(names[lang]) for lang in ORGS}
                kb = f"Q{910_000 + i * 10 + k}" if k < 2 else None
                orgs.append(Actor(kb, "ORG", code, sector, org_names, org_names["en"]))
            self.orgs.append(orgs)
            count = max(3, round(people * self.weights[i] / total))
            cast = []
            for j in range(count):
                latin, arabic = _person_name(self.rng)
                kb = f"Q{1_000_000 + i * 10_000 + j}" if self.rng.random() < 0.6 else None
                roles = ((2000, self.rng.choice(ROLES)), (self.rng.randint(2016, 2030), self.rng.choice(ROLES)))
                names = {"ar": arabic, "fr": latin, "en": latin}
                cast.append(Actor(kb, "PERSON", code, "GOV", names, latin, roles))
            self.people.append(cast)
        self.types = list(TYPE_WEIGHTS)
        self.type_weights = list(TYPE_WEIGHTS.values())
        self.outlets = [f"Outlet {k:02d}" for k in range(60)]

    def country_index(self) -> int:
        return self.rng.choices(range(len(self.countries)), weights=self.weights)[0]

    def member(self, country: int, lang: str) -> Actor | tuple[str, str]:
        """An actor of a country, or (nominal name, country code) for a side with no entity."""
        roll = self.rng.random()
        if roll < 0.45:
            return self.states[country]
        if roll < 0.85:
            cast = self.people[country]
            return cast[min(int(self.rng.paretovariate(1.2)) - 1, len(cast) - 1)]
        if roll < 0.95:
            return self.rng.choice(self.orgs[country])
        return NOMINAL[lang].format(self.countries[country][1][lang]), self.countries[country][0]

    def documents(self, n_events: int, batch: int = 1000) -> Iterator[list[Document]]:
        made, index, out = 0, 0, []
        while made < n_events:
            doc = self.document(index, min(self.rng.randint(1, 19), n_events - made))
            made += len(doc.events)
            index += 1
            out.append(doc)
            if len(out) == batch:
                yield out
                out = []
        if out:
            yield out

    def _date(self, published: date) -> EventDate:
        roll = self.rng.random()
        if roll < 0.6:
            return EventDate(published.isoformat(), None, "publication date")
        if roll < 0.8:
            return EventDate((published - timedelta(days=1)).isoformat(), "yesterday", "publication date - 1 day")
        if roll < 0.9:
            return EventDate(published.isoformat()[:7], "this month", "month")
        if roll < 0.93:
            return EventDate(published.isoformat()[:4], "this year", "year")
        return EventDate(None, None, "undated")

    def document(self, index: int, n_events: int) -> Document:
        rng = self.rng
        lang = rng.choices(("ar", "fr", "en"), weights=(4, 3, 3))[0]
        published = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        verbs = VERBS[lang].split("|")
        body = ""
        paragraphs: list[Paragraph] = []
        entities: dict[int, Entity] = {}  # id(actor) -> its entity in this document
        events: list[Event] = []
        for k in range(n_events):
            actor_country = self.country_index()
            recipient_country = actor_country if rng.random() < 0.1 else self.country_index()
            kind = rng.choices(self.types, weights=self.type_weights)[0]
            start = len(body)
            sides: list[list[ActorRef]] = [[], []]
            for side, country in ((0, actor_country), (1, recipient_country)):
                members = [self.member(country, lang)]
                if side == 0 and rng.random() < 0.15:
                    members.append(self.member(self.country_index(), lang))
                for m_pos, member in enumerate(members):
                    if m_pos:
                        body += " ; "
                    if isinstance(member, Actor):
                        name = member.names[lang]
                        entity = entities.setdefault(
                            id(member),
                            Entity(
                                f"e{len(entities) + 1}", member.canonical, member.type, [], member.country,
                                member.sector, member.role_in(published.year), member.kb_id,
                            ),
                        )  # fmt: skip
                        entity.mentions.append(Mention(name, len(body), len(body) + len(name), "PER", "synthetic", 0.9))
                        sides[side].append(ActorRef(entity.id, member.canonical, member.country, member.sector))
                        body += name
                    else:
                        name, code = member
                        sides[side].append(ActorRef(None, name, code, "GOV"))
                        body += name
                if side == 0:
                    body += f" {verbs[self.types.index(kind)]} "
            body += "."
            paragraphs.append(Paragraph(start, len(body), lang))
            modes = plover_modes(kind)
            events.append(
                Event(
                    id=f"v{k + 1}",
                    type=kind,
                    mode=rng.choice(modes) if modes and rng.random() < 0.5 else None,
                    contexts=rng.sample(CONTEXTS, rng.randint(1, 2)),
                    actor=sides[0],
                    recipient=sides[1],
                    date=self._date(published),
                    evidence=Evidence(body[start:], start, len(body)),
                    confidence=round(rng.uniform(0.4, 0.98), 3),
                    rule=f"{lang}:{kind.lower()}:bench",
                    aux=rng.choice(("future", "historical", "hypothetical")) if rng.random() < 0.15 else None,
                )
            )
            body += "\n"
        for sentence in FILLER[lang]:
            paragraphs.append(Paragraph(len(body), len(body) + len(sentence), lang))
            body += sentence + "\n"
        return Document(
            id=f"bench-{index:07d}",
            source=f"bench/{index}.json",
            body=body.rstrip("\n"),
            outlet=self.outlets[index % len(self.outlets)],
            lang=lang,
            title=events[0].evidence.text.rstrip(".") if events else None,
            published=published.isoformat(),
            published_basis="hint",
            paragraphs=paragraphs,
            entities=list(entities.values()),
            events=events,
        )
