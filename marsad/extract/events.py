"""PLOVER 2.0 events of an article: triggers, sides, auxiliary mode, date, contexts, evidence; repeats merged.

Precision first: an event needs an actor with a known country and, except for the types that may have
none (MOBILIZE, PROTEST, ASSAULT, COERCE, RETREAT), a recipient with a known country different from it.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.extract import calibration
from marsad.extract.backstop import Backstop, Proposal
from marsad.extract.candidates import Candidate
from marsad.extract.dates import article_year_hint, find_time_expressions, governing_expression, guess_tense, resolve
from marsad.extract.resources import Resources
from marsad.extract.sides import SideRef, actor_index, ordered_sides, parse_sides
from marsad.extract.timex import TimeExpression
from marsad.extract.tokens import token_keys
from marsad.extract.triggers import TriggerMatch, find_triggers
from marsad.model import ActorRef, Document, Entity, Event, EventDate, Evidence
from marsad.nlp.annotate import ParsedParagraph
from marsad.nlp.lang.triggers_schema import Trigger
from marsad.normalize import fold

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Marsad codes relations between states: a protest, an arrest or an attack with no foreign target is
# domestic news (or a misread side) and is left out; deployments and withdrawals may stand alone.
NO_RECIPIENT_NEEDED = {"MOBILIZE", "RETREAT"}
NO_ACTOR_NEEDED = {"ASSAULT"}  # an unclaimed attack: actor unknown (UNK), target known
# "la volonté de coopérer", "prêt à livrer", "مستعد": willingness to act is AGREE (ontology.md)
_WILLINGNESS = {"volonté", "prêt", "disposé", "désireux", "ready", "willing", "prepared", "مستعد", "مستعده", "استعداد"}
_WILLINGNESS_KEYS = frozenset(fold(w) for w in _WILLINGNESS)
UNDIRECTED = {"CONSULT", "AGREE", "COOPERATE"}
_NEGATION = {"pas", "jamais", "not", "n't", "never", "no", "لم", "لن", "لا", "ليس"}
_HYPOTHETICAL = {"si", "if", "would", "could", "might", "pourrait", "pourraient", "لو", "إذا", "اذا"}
_NEGATION_KEYS = frozenset(fold(w) for w in _NEGATION)
_HYPOTHETICAL_KEYS = frozenset(fold(w) for w in _HYPOTHETICAL)
_ABILITY = {"capable", "pouvoir", "able", "can", "could", "possible", "envisager", "consider"}
# verbs whose infinitive complement has not happened ("urged Turkey to withdraw", "refuse de signer")
_IRREALIS_GOVERNORS = {
    "demander", "exiger", "appeler", "exhorter", "vouloir", "souhaiter", "espérer", "chercher", "refuser",
    "réclamer", "presser", "ask", "urge", "call", "demand", "want", "wish", "hope", "seek", "refuse", "press",
    "request", "menacer", "threaten", "هدد",
}  # fmt: skip
# "toute frappe contre le Liban entraînerait…", "any strike": no particular event
_ANY = {"tout", "toute", "any", "أي"}
_PURPOSE = {"pour", "afin", "to", "لـ", "من أجل"}


def extract_events(
    doc: Document,
    parsed: list[ParsedParagraph],
    candidates: list[list[Candidate]],
    res: Resources,
    keep_aux: tuple[str, ...] = ("future", "historical"),
    backstop: Backstop | None = None,
) -> None:
    """Fill ``doc.events``; events whose auxiliary mode is not in ``keep_aux`` are left out."""
    entities = {e.id: e for e in doc.entities}
    lang = doc.lang or "en"
    year_hint = article_year_hint(doc.body, doc.removed, lang, doc.published)
    found: list[tuple[int, Event]] = []
    previous: Candidate | None = None
    weekdays: dict[int, str] = {}  # weekday → full date already resolved in this article
    unread: list[_Unread] = []  # sentences with two states' actors and no trigger: for the backstop
    exprs_of: dict[int, list[TimeExpression]] = {}  # found only once a paragraph has an event (most have none)

    def keep(event: Event, match: TriggerMatch, sentence: Span, paragraph: ParsedParagraph, order: int) -> None:
        if paragraph.offset not in exprs_of:
            exprs_of[paragraph.offset] = find_time_expressions(
                paragraph.doc.text, paragraph.lang, offset=paragraph.offset
            )
        exprs = exprs_of[paragraph.offset]
        s_start = paragraph.offset + sentence.start_char
        anchor = paragraph.offset + sentence.doc[match.head].idx
        expr = governing_expression(exprs, s_start, s_start + len(sentence.text), anchor) or _last_before(
            exprs, s_start
        )
        tense = "future" if event.aux == "future" else guess_tense(sentence.text, paragraph.lang)
        event.date = _date(expr, doc.published, tense, year_hint, weekdays)
        event.aux = event.aux or _historical(event.date, doc.published)
        if event.aux is None or event.aux in keep_aux:
            found.append((order, event))

    for paragraph, cands in zip(parsed, candidates, strict=True):
        at = actor_index(cands)
        for sentence in paragraph.doc.sents:
            if sentence.text.rstrip().endswith(("?", "؟")):
                continue  # "La Russie va-t-elle livrer des Su-35 à l'Iran ?" asks, it does not report
            matches = find_triggers(sentence, paragraph.lang)
            for match in matches:
                actor, recipient = _sides(match, sentence, paragraph.lang, cands, at, res, previous)
                event = _event(match, sentence, paragraph, actor, recipient, entities)
                if event is not None:
                    keep(event, match, sentence, paragraph, sentence.start_char + paragraph.offset)
            if backstop is not None and not matches and _states_named(sentence, cands, entities, res) >= 2:
                unread.append(_Unread(sentence, paragraph, cands, at, previous))
            people = [c for c in cands if c.type in ("PERSON", "ORG") and sentence.start <= c.tok_start < sentence.end]
            previous = people[0] if people else previous
    if unread and backstop is not None:
        proposals = backstop.propose([u.sentence.text for u in unread])
        for item, proposal in zip(unread, proposals, strict=True):
            if proposal is None:
                continue
            match = _pseudo_match(item.sentence, item.paragraph.lang, proposal)
            sentence, paragraph = item.sentence, item.paragraph
            actor, recipient = _sides(match, sentence, paragraph.lang, item.cands, item.at, res, item.previous)
            event = _event(match, item.sentence, item.paragraph, actor, recipient, entities)
            if event is not None:
                event.rule = f"embed:{proposal.type.lower()}:{proposal.prototype}"
                event.confidence = embed_confidence(proposal)
                keep(event, match, item.sentence, item.paragraph, item.sentence.start_char + item.paragraph.offset)
    found.sort(key=lambda pair: pair[0])
    doc.events = _merge([event for _, event in found])


@dataclass(slots=True)
class _Unread:
    sentence: Span
    paragraph: ParsedParagraph
    cands: list[Candidate]
    at: dict[int, Candidate]
    previous: Candidate | None


def _sides(
    match: TriggerMatch,
    sentence: Span,
    lang: str,
    cands: list[Candidate],
    at: dict[int, Candidate],
    res: Resources,
    previous: Candidate | None,
) -> tuple[list[SideRef], list[SideRef]]:
    if lang == "ar":
        actor, recipient = ordered_sides(match, sentence, cands, res)
    else:
        actor, recipient = parse_sides(match, sentence, at, res, previous)
    if match.trigger.supplier_is_recipient:
        actor, recipient = recipient, actor
    return actor, recipient


def _states_named(sentence: Span, cands: list[Candidate], entities: dict[str, Entity], res: Resources) -> int:
    """How many different countries the sentence's actors and nationality words ("son homologue
    jordanien", "الروسي") belong to."""
    countries = set()
    for cand in cands:
        if sentence.start <= cand.tok_start < sentence.end and cand.type in ("PERSON", "ORG", "GPE"):
            entity = entities.get(cand.entity_id or "")
            country = entity.country if entity is not None else cand.country
            if country:
                countries.add(country)
    keys = token_keys(sentence.doc)
    for token in sentence:
        if token.is_alpha and (country := res.nationality(keys[token.i])):
            countries.add(country)
    return len(countries)


_PSEUDO_SIDES = {
    "ar": (("after", "before"), ("after2", "مع", "علي", "الي", "ضد", "ب")),
    "fr": (("nsubj", "nsubj:pass", "par"), ("obj", "iobj", "avec", "à", "contre", "envers", "sur")),
    "en": (("nsubj", "nsubjpass", "by"), ("dobj", "obj", "dative", "with", "to", "against", "on")),
}


def _pseudo_match(sentence: Span, lang: str, proposal: Proposal) -> TriggerMatch:
    """A trigger-shaped reading of a backstop proposal: the main verb (fr, en) or the first word (ar)."""
    actor, recipient = _PSEUDO_SIDES.get(lang, _PSEUDO_SIDES["en"])
    trigger = Trigger(("embed",), proposal.type, actor=actor, recipient=recipient, confidence=proposal.similarity)
    head = sentence.start if lang == "ar" else sentence.root.i
    return TriggerMatch(trigger, head, (head,))


def embed_confidence(proposal: Proposal) -> float:
    """Calibrated probability that a backstop event is right (``marsad.extract.calibration``)."""
    model = calibration.current().get("embed", {}).get("logistic")
    return calibration.probability(
        model, calibration.embed_features(proposal.share, proposal.similarity), 0.5 * proposal.share
    )


def _event(
    match: TriggerMatch,
    sentence: Span,
    paragraph: ParsedParagraph,
    actor: list[SideRef],
    recipient: list[SideRef],
    entities: dict[str, Entity],
) -> Event | None:
    trigger = match.trigger
    actors = [_ref(s, entities) for s in actor]
    recipients = [_ref(s, entities) for s in recipient]
    actor_countries = {a.country for a in actors if a.country}
    recipient_countries = {r.country for r in recipients if r.country}
    if not actor_countries and not (trigger.type in NO_ACTOR_NEEDED and recipient_countries):
        return None
    if trigger.type not in NO_RECIPIENT_NEEDED and (not recipient_countries or recipient_countries <= actor_countries):
        return None
    if recipient_countries and recipient_countries == actor_countries:
        return None  # international news: a same-country dyad is far more often a misread side than a domestic event
    if paragraph.lang == "ar" and trigger.type == "ASSAULT" and not recipient_countries:
        return None  # word order alone cannot tell an attacker without a target from a weapon's owner
    kind, mode, aux = trigger.type, trigger.mode, _aux(match, sentence, paragraph.lang)
    if kind in ("CONSULT", "COOPERATE", "AID") and (aux == "future" or _willing(match, sentence)):
        kind, mode, aux = "AGREE", None, None  # an announced visit, an offer to cooperate: AGREE
    start = paragraph.offset + sentence.start_char
    text = sentence.text
    inferred = any(s.how in ("pronoun", "nominal", "speaker") for s in actor + recipient)
    prior = trigger.confidence * (0.85 if inferred else 1)
    features = calibration.rule_features(prior, paragraph.lang, len(trigger.words) > 1)
    confidence = calibration.probability(calibration.current().get("rules", {}).get("logistic"), features, prior)
    return Event(
        id="",
        type=kind,
        mode=mode,
        contexts=_contexts(trigger.contexts, kind, text, paragraph.lang),
        actor=actors,
        recipient=recipients,
        date=EventDate(),
        evidence=Evidence(text, start, start + len(text)),
        confidence=round(confidence, 3),
        rule=f"{paragraph.lang}:{trigger.type.lower()}:{'+'.join(trigger.words)}",
        aux=aux,
    )


def _willing(match: TriggerMatch, sentence: Span) -> bool:
    doc = sentence.doc
    window = doc[max(sentence.start, match.head - 4) : match.head]
    head = doc[match.head]
    words = {fold(t.lemma_ or t.text) for t in window} | {fold(head.head.lemma_ or head.head.text)}
    return bool(words & _WILLINGNESS_KEYS)


def _last_before(exprs: list[TimeExpression], start: int) -> TimeExpression | None:
    """The last expression of the paragraph's earlier sentences: the text continues the same story."""
    earlier = [e for e in exprs if e.start < start and e.kind != "anaphoric"]
    return earlier[-1] if earlier else None


def _date(
    expr: TimeExpression | None, published: str | None, tense: str, year_hint: int | None, weekdays: dict[int, str]
) -> EventDate:
    """Resolve the governing expression; a bare weekday may take the date of the same weekday the article
    already named in full ("dimanche 26 février" … "a également rencontré dimanche")."""
    if expr is None:
        return EventDate(None, None, "undated")
    resolved = resolve(expr, published, tense=tense, year_hint=year_hint)
    if resolved.date and len(resolved.date) == 10:
        weekdays[dt.date.fromisoformat(resolved.date).weekday()] = resolved.date
    elif resolved.date is None and expr.kind == "weekday" and expr.weekday in weekdays:
        return EventDate(weekdays[expr.weekday], expr.text, "same weekday as a date named earlier in the article")
    return resolved


def _ref(side: SideRef, entities: dict[str, Entity]) -> ActorRef:
    cand = side.candidate
    if cand is None:
        return ActorRef(None, "counterpart" if side.how == "counterpart" else None, side.country, "GOV")
    entity = entities.get(cand.entity_id or "")
    if entity is None:
        return ActorRef(None, cand.name or cand.text, cand.country, cand.sector)
    sector = entity.sector if entity.type != "GPE" else "GOV"
    return ActorRef(entity.id, entity.name, entity.country, sector)


def _aux(match: TriggerMatch, sentence: Span, lang: str) -> str | None:
    doc = sentence.doc
    head = doc[match.head]
    window = doc[max(sentence.start, match.head - 3) : match.head]
    if lang == "ar":
        words = {fold(t.text) for t in window}
        if words & _NEGATION_KEYS:
            return "negation"
        if words & _HYPOTHETICAL_KEYS or (match.head > sentence.start and fold(doc[match.head - 1].text) == "اي"):
            return "hypothetical"  # "لو شنت", "أي هجوم"
        return None
    related = list(head.children) + [t for t in window]
    if any(t.lower_ in _NEGATION for t in related):
        return "negation"
    if any(_conditional(a) for a in _ancestors(head, 3)):
        return "hypothetical"  # "capable de livrer", "pourrait frapper", "envisage d'acheter"
    if any(t.dep_ == "mark" and t.lower_ in _HYPOTHETICAL for a in [head, *_ancestors(head, 2)] for t in a.children):
        return "hypothetical"  # "if Russia were to deliver"
    if head.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ in _ANY for t in head.children):
        return "hypothetical"
    if head.dep_ in ("xcomp", "ccomp") and head.head.lemma_.lower() in _IRREALIS_GOVERNORS:
        return "hypothetical"  # "a demandé à la Turquie de retirer ses troupes": asked for, not done
    if "Inf" in head.morph.get("VerbForm") and any(t.lower_ in _PURPOSE for t in head.children if t.dep_ == "mark"):
        return "future"  # "une invitation pour visiter Rabat": a purpose, not a visit that happened
    if "Cnd" in head.morph.get("Mood") or any(t.lower_ in _HYPOTHETICAL for t in related):
        return "hypothetical"
    if (head.head.lemma_ in ("devoir", "aller") and head.dep_ == "xcomp") or any(
        t.lemma_ in ("devoir",) for t in head.children if t.dep_.startswith("aux")
    ):
        return "future"  # "doit encore s'entretenir avec", "va rencontrer"
    if "Fut" in head.morph.get("Tense") or any(
        t.lemma_ in ("aller", "will", "shall") and t.dep_.startswith("aux") for t in head.children
    ):
        return "future"
    return None


def _ancestors(token: Token, depth: int) -> list[Token]:
    found, node = [], token
    for _ in range(depth):
        if node.head is node:
            break
        node = node.head
        found.append(node)
    return found


def _conditional(token: Token) -> bool:
    """ "pourrait", "capable de", "could", "envisage de": the clause above the trigger is not a fact."""
    return (
        "Cnd" in token.morph.get("Mood")
        or token.lemma_.lower() in _ABILITY
        or any(t.lemma_.lower() in _ABILITY for t in token.children if t.dep_ in ("cop", "aux", "xcomp"))
    )


def _historical(date: EventDate, published: str | None) -> str | None:
    if date.date and published and int(date.date[:4]) < int(published[:4]) - 1:
        return "historical"
    return None


@lru_cache(maxsize=8)
def _context_words(lang: str) -> dict[str, frozenset[str]]:
    try:
        module = importlib.import_module(f"marsad.nlp.lang.{lang}.contexts")
    except ModuleNotFoundError:
        return {}
    return {context: frozenset(fold(w) for w in words) for context, words in module.CONTEXT_WORDS.items()}


_DEFAULT_CONTEXT = {
    "CONSULT": "diplomatic",
    "AGREE": "diplomatic",
    "SUPPORT": "diplomatic",
    "REQUEST": "diplomatic",
    "ACCUSE": "diplomatic",
    "REJECT": "diplomatic",
    "SANCTION": "diplomatic",
    "AID": "military",
    "ASSAULT": "military",
    "MOBILIZE": "military",
    "COOPERATE": "military",
}


def _contexts(implied: tuple[str, ...], kind: str, text: str, lang: str) -> list[str]:
    words = set(fold(text).split())
    contexts = set(implied)
    for context, vocabulary in _context_words(lang).items():
        if words & vocabulary or any(" " in v and v in fold(text) for v in vocabulary):
            contexts.add(context)
    if not contexts and kind in _DEFAULT_CONTEXT:
        contexts.add(_DEFAULT_CONTEXT[kind])
    return sorted(contexts)


def _same_day(first: str | None, second: str | None) -> bool:
    """Dates agree, or one mention of the happening is undated."""
    return first is None or second is None or first == second


def _merge(events: list[Event]) -> list[Event]:
    """One event per happening: same type, sides (undirected where PLOVER says so), aux, dates that agree
    (or one mention undated), and no
    conflicting named participants (two meetings of one minister with two different generals stay two)."""
    kept: list[tuple[tuple, frozenset[str], Event]] = []
    for event in events:
        actors = frozenset(a.country for a in event.actor if a.country)
        recipients = frozenset(r.country for r in event.recipient if r.country)
        sides = (actors | recipients,) if event.type in UNDIRECTED else (actors, recipients)
        key = (event.type, sides, event.aux)
        named = frozenset(a.entity for a in event.actor + event.recipient if a.entity)
        same = next(
            (
                e
                for k, n, e in kept
                if k == key
                and _same_day(e.date.date, event.date.date)
                and (
                    e.evidence.start == event.evidence.start  # one sentence, one happening, several words for it
                    or (not (n and named and n.isdisjoint(named)) and (n <= named or named <= n))
                )
            ),
            None,
        )
        if same is not None:
            same.confidence = max(same.confidence, event.confidence)
            same.spans = [e for e in same.all_evidence()[1:]] + event.all_evidence()
            if same.date.date is None and event.date.date is not None:
                same.date = event.date  # a later mention may carry the date the first one lacked
            continue
        kept.append((key, named, event))
    merged = [event for _, _, event in kept]
    for number, event in enumerate(merged, start=1):
        event.id = f"v{number}"
    return merged
