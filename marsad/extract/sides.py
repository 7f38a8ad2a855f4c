"""The sides of an event: actor and recipient of a trigger, from the dependency parse (fr, en) or from
word order (ar, verb-first), resolved to the article's actors; "son homologue russe" / "نظيره الروسي"
through the nationality; coordinated names become compound sides."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from marsad.extract.candidates import Candidate
from marsad.extract.resources import Resources
from marsad.extract.tokens import token_keys
from marsad.extract.triggers import TriggerMatch
from marsad.normalize import arabic_variants, fold

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ACTOR_TYPES = {"PERSON", "ORG", "GPE"}
COUNTERPART_WORDS = {"homologue", "homologues", "counterpart", "counterparts", "نظير", "نظيره", "نظيرها", "نظيرته"}
PRONOUNS = {"il", "elle", "ils", "elles", "he", "she", "they", "it"}
# First person in reported speech ("« Nous négocions avec la Russie… », a-t-il expliqué"): the speaker's side
FIRST_PERSON = {"nous", "je", "j'", "we", "i"}
# Event nouns are opaque: in "condemned the attack on the Qatari embassy" the embassy is not the accused
EVENT_NOUNS = {
    "attack",
    "attaque",
    "strike",
    "frappe",
    "bombing",
    "bombardement",
    "attentat",
    "assault",
    "raid",
    "explosion",
    "assassinat",
    "assassination",
    "هجوم",
    "الهجوم",
    "غاره",
    "تفجير",
    "اعتداء",
}
SPEECH_VERBS = {
    "déclarer", "dire", "affirmer", "expliquer", "ajouter", "souligner", "indiquer", "assurer", "estimer",
    "préciser", "annoncer", "confier", "répondre", "insister", "marteler", "prévenir", "avertir",
    "say", "tell", "state", "add", "explain", "stress", "insist", "declare", "announce", "note", "warn", "tweet",
}  # fmt: skip
RECEIVING_VERBS = {"recevoir", "receive", "accepter", "accept", "obtenir", "get"}
# "X a fait l'objet d'une attaque", "X a subi des frappes", "X came under attack": X is the target
VICTIM_VERBS = {"subir", "essuyer", "suffer", "undergo", "objet", "victime", "victim", "come"}
_AR_WINDOW = 10


@dataclass(slots=True)
class SideRef:
    """One member of a side: an actor candidate, or a counterpart known only by its country."""

    candidate: Candidate | None
    country: str | None
    how: str


def actor_index(candidates: list[Candidate]) -> dict[int, Candidate]:
    return {i: c for c in candidates if c.type in ACTOR_TYPES for i in range(c.tok_start, c.tok_end)}


def parse_sides(
    match: TriggerMatch, sentence: Span, at: dict[int, Candidate], res: Resources, previous: Candidate | None
) -> tuple[list[SideRef], list[SideRef]]:
    """Actor and recipient of a French or English trigger from the dependency parse, with fallbacks."""
    head = sentence.doc[match.head]
    actor = _first_side(head, match.trigger.actor, at, res, previous)
    recipient = _first_side(head, match.trigger.recipient, at, res, None)
    if head.dep_.startswith("acl") and "Part" in head.morph.get("VerbForm") and not recipient:
        # "deux officiers, tués par un drone": the participle's noun undergoes it
        recipient = _side_at(head.head, at, res, None)
    governor = _governing_verb(head)
    if governor is not None and head.pos_ in ("NOUN", "PROPN") and _is_victim_frame(head, governor):
        return [], recipient or _first_side(governor, ("nsubj",), at, res, previous)
    if governor is not None and head.pos_ in ("NOUN", "PROPN") and governor.lemma_.lower() in RECEIVING_VERBS:
        # "X a reçu une invitation de Y": Y acts, X receives
        return actor, recipient or _first_side(governor, ("nsubj",), at, res, previous)
    if not actor and governor is not None and _may_borrow_subject(head, governor, match.trigger.type):
        # "se dit prêt à livrer", "lors d'une réunion avec X, Y a déclaré", "X a effectué une visite"
        actor = _first_side(governor, ("nsubj", "nsubj:pass"), at, res, previous)
    if not recipient:  # "prêts à fournir des drones à l'Irak": the complement verb carries the recipient
        for complement in (c for c in head.children if c.dep_ == "xcomp"):
            recipient = recipient or _first_side(complement, match.trigger.recipient, at, res, None)
    if not recipient:
        recipient = _right_of(head, sentence, at, res, actor, match.trigger.recipient)
    return actor, recipient


_LOCATIVE = {"à", "au", "en", "dans", "in", "at", "near", "près", "في"}


def _right_of(
    head: Token,
    sentence: Span,
    at: dict[int, Candidate],
    res: Resources,
    actor: list[SideRef],
    specs: tuple[str, ...] = (),
) -> list[SideRef]:
    """When the parse gives no recipient: the first actor or counterpart after the trigger in the clause,
    not after a locative preposition ("à Ankara" is where, not whom) unless the trigger's recipient is
    introduced by it (the destination of "se rendre à")."""
    taken = {s.candidate.entity_id for s in actor if s.candidate is not None}
    for token in sentence.doc[head.i + 1 : min(sentence.end, head.i + 9)]:
        if token.text in (",", ";", ":") or (token.pos_ == "VERB" and token.dep_ != "amod"):
            break
        if token.lemma_.lower() in EVENT_NOUNS:
            break  # "condemned the attack on the Qatari embassy": the embassy is not the accused
        if token.lower_ in COUNTERPART_WORDS:
            country = _nationality_near(token, res)
            if country:
                return [SideRef(None, country, "counterpart")]
        cand = at.get(token.i)
        if cand is not None and cand.entity_id not in taken and token.i == cand.tok_start:
            before = sentence.doc[token.i - 1].lower_ if token.i > 0 else ""
            if (before not in _LOCATIVE or before in specs) and cand.type in ("PERSON", "ORG", "GPE"):
                return [SideRef(cand, None, "nominal")]
    return []


LIGHT_VERBS = {
    "mener",
    "lancer",
    "effectuer",
    "conduire",
    "tenir",
    "organiser",
    "faire",
    "entamer",
    "achever",
    "commencer",
    "poursuivre",
    "accomplir",
    "adresser",
    "signer",
    "conclure",
    "annoncer",
    "carry",
    "launch",
    "conduct",
    "hold",
    "make",
    "pay",
    "begin",
    "start",
    "stage",
    "sign",
    "conclude",
    "announce",
    "dire",
    "say",
    "déclarer",
}


def _may_borrow_subject(head: Token, governor: Token, kind: str) -> bool:
    """A noun trigger takes the subject of its verb only when that verb carries it ("X a lancé une attaque",
    "X a effectué une visite") or, for meetings, when the subject speaks during it; a verb trigger takes
    its governing verb's subject when it depends on it ("se dit prêt à livrer")."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return True
    return governor.lemma_.lower() in LIGHT_VERBS or kind == "CONSULT"


def _is_victim_frame(head: Token, governor: Token) -> bool:
    path = {governor.lemma_.lower(), head.head.lemma_.lower()}
    path |= {c.lemma_.lower() for c in governor.children if c.dep_ == "obj"}  # "faire l'objet de"
    return bool(path & VICTIM_VERBS)


def _governing_verb(head: Token) -> Token | None:
    """The verb a trigger depends on (through up to two noun or clause links)."""
    node = head
    for _ in range(3):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _first_side(
    head: Token, specs: tuple[str, ...], at: dict[int, Candidate], res: Resources, previous: Candidate | None
) -> list[SideRef]:
    for spec in specs:
        for node in _nodes(head, spec):
            side = _side_at(node, at, res, previous)
            if side:
                return side
    return []


def _nodes(head: Token, spec: str) -> list[Token]:
    """Tokens that fill ``spec`` for ``head``: a dependency label or a preposition."""
    found = []
    children = list(head.children)
    if head.pos_ in ("NOUN", "PROPN"):  # "la visite effectuée lundi à Ankara par le ministre"
        children += [g for c in head.children if c.dep_.startswith("acl") for g in c.children]
    for child in children:
        if child.dep_ == spec or (":" not in spec and child.dep_.split(":")[0] == spec):
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == spec:
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
        elif any(g.dep_ in ("case", "mark") and g.lower_ in (spec, spec.replace("'", "’")) for g in child.children):
            found.append(child)
        elif spec == "by" and child.dep_ == "agent":
            found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _side_at(node: Token, at: dict[int, Candidate], res: Resources, previous: Candidate | None) -> list[SideRef]:
    members = []
    for token in [node, *[c for c in node.children if c.dep_ == "conj"]]:
        ref = _ref_at(token, at, res, previous)
        if ref is not None:
            members.append(ref)
    return members


def _ref_at(token: Token, at: dict[int, Candidate], res: Resources, previous: Candidate | None) -> SideRef | None:
    if token.i in at:
        return SideRef(at[token.i], None, "parse")
    if token.lower_ in COUNTERPART_WORDS:
        country = _nationality_near(token, res)
        return SideRef(None, country, "counterpart") if country else None
    if token.lower_ in PRONOUNS and previous is not None and token.pos_ == "PRON":
        return SideRef(previous, None, "pronoun")
    if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":
        speaker = _speaker(token, at, res)
        if speaker is not None:
            return speaker
        return SideRef(previous, None, "speaker") if previous is not None else None
    if token.lemma_.lower() in EVENT_NOUNS:
        return None
    if token.pos_ == "ADJ" and (country := res.nationality(token_keys(token.doc)[token.i])):
        return SideRef(None, country, "nominal")  # "une frappe américaine", "Russian strikes"
    for sub in token.subtree:  # "le ministre russe des Affaires étrangères Sergueï Lavrov"
        if sub.i in at and at[sub.i].type in ("PERSON", "ORG") and _depth(sub, token) <= 3:
            return SideRef(at[sub.i], None, "parse")
    for child in token.children:  # "Turkey's foreign minister"
        if child.dep_ in ("poss", "nmod:poss") and child.i in at and at[child.i].type == "GPE":
            return SideRef(at[child.i], None, "nominal")
    country = _nationality_near(token, res)
    if country and token.pos_ in ("NOUN", "PROPN"):  # "les autorités irakiennes", "la partie russe"
        return SideRef(None, country, "nominal")
    return None


def _speaker(token: Token, at: dict[int, Candidate], res: Resources) -> SideRef | None:
    """The subject of the speech verb of a quotation ("« Nous négocions … », a déclaré le ministre turc")."""
    for verb in token.sent:
        if verb.lemma_.lower() in SPEECH_VERBS and verb.i != token.head.i:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubj:pass") and child.lower_ not in FIRST_PERSON:
                    side = _side_at(child, at, res, None)
                    if side:
                        return SideRef(side[0].candidate, side[0].country, "speaker")
    return None


def _depth(sub: Token, top: Token) -> int:
    depth, node = 0, sub
    while node.i != top.i and node.head is not node and depth < 10:
        node, depth = node.head, depth + 1
    return depth


def _nationality_near(token: Token, res: Resources) -> str | None:
    keys = token_keys(token.doc)
    for child in token.children:
        if child.dep_ in ("amod", "nmod", "compound") and (country := res.nationality(keys[child.i])):
            return country
    return None


def ordered_sides(
    match: TriggerMatch, sentence: Span, candidates: list[Candidate], res: Resources
) -> tuple[list[SideRef], list[SideRef]]:
    """Arabic, verb first: "التقى وزير الخارجية العراقي فؤاد حسين نظيره الروسي سيرغي لافروف"."""
    doc = sentence.doc
    keys = token_keys(doc)
    trigger_tokens = set(match.tokens)
    # the sides of "فرضت الولايات المتحدة عقوبات على إيران" sit between and after the trigger's words
    start = match.head + 1
    after = [
        c
        for c in candidates
        if c.type in ACTOR_TYPES
        and start <= c.tok_start < min(sentence.end, max(match.tokens) + 1 + _AR_WINDOW)
        and c.tok_start not in trigger_tokens
        and not _after_locative(keys, c.tok_start)
    ]
    before = [c for c in candidates if c.type in ACTOR_TYPES and sentence.start <= c.tok_start < match.head]
    counterpart = _ar_counterpart(start, sentence.end, keys, res)
    titled = _ar_title_side(keys, start, sentence.end, res) or _ar_adjective_side(keys, start, sentence.end, res)
    named_official = (
        titled is not None and bool(after) and after[0].tok_start == titled[0] + 1 and after[0].type == "PERSON"
    )  # "وزير الخارجية العراقي فؤاد حسين": the name is the official
    if titled is not None and not named_official and (not after or titled[0] < after[0].tok_start):
        after_refs = [titled[1]] + [SideRef(c, None, "order") for c in after if c.tok_start > titled[0]]
    else:
        after_refs = [SideRef(c, None, "order") for c in after]
    slots = {
        "after": after_refs[:1],
        "after2": after_refs[1:2],
        "before": [SideRef(before[-1], None, "order")] if before else [],
    }
    first_person = any(keys[i] in _AR_FIRST_PERSON for i in range(max(sentence.start, match.head - 3), match.head))
    if first_person or "speaker" in match.trigger.actor:
        speaker = _ar_speaker(keys, sentence, candidates, res)
        slots["speaker"] = [speaker] if speaker is not None else []
        if first_person:
            slots["before"] = slots["speaker"]
    if counterpart is not None:
        slots["after2"] = [counterpart]
    actor = _slot(match.trigger.actor, slots, start, sentence.end, candidates, keys)
    recipient = _slot(match.trigger.recipient, slots, start, sentence.end, candidates, keys)
    if actor and recipient and actor[0].candidate is not None and actor[0].candidate is (recipient[0].candidate):
        recipient = slots["after2"]
    if actor and not recipient:
        recipient = _ar_nominal_after(keys, start, sentence.end, res, actor)
    return actor, recipient


def _ar_nominal_after(
    keys: list[str], start: int, end: int, res: Resources, actor: list[SideRef]
) -> list[SideRef]:
    """ "أفرجت إيران عن مواطن فرنسي", "أمام السفارة الإسرائيلية": the first nationality adjective after
    the trigger that is not the actor's own names the recipient."""
    own = {s.country or (s.candidate.country if s.candidate else None) for s in actor}
    for i in range(start, min(end, start + _AR_WINDOW)):
        if i > start and (keys[i - 1] in _AR_TITLE_HEADS or keys[i - 1] in COUNTERPART_WORDS):
            continue
        country = res.nationality(keys[i]) if keys[i] else None
        if country and country not in own:
            return [SideRef(None, country, "nominal")]
    return []


def _slot(
    specs: tuple[str, ...],
    slots: dict[str, list[SideRef]],
    start: int,
    end: int,
    candidates: list[Candidate],
    keys: list[str],
) -> list[SideRef]:
    """A word-order slot ("after", "after2", "before"), else the actor right after a preposition spec."""
    for spec in specs:
        if slots.get(spec):
            return slots[spec]
        for i in range(start, min(end, start + _AR_WINDOW)):
            readings = arabic_variants(keys[i]) if keys[i] else []
            if spec in readings:
                following = [c for c in candidates if c.type in ACTOR_TYPES and c.tok_start in (i, i + 1)]
                if following:
                    return [SideRef(following[0], None, "order")]
    return []


_AR_LOCATIVE = {"في", "الي", "من", "قرب", "داخل"}
_AR_TITLE_HEADS = frozenset(
    fold(w) for w in ("وزير", "وزيرة", "رئيس", "سفير", "قائد", "مبعوث", "متحدث", "المتحدث", "ناطق", "الناطق", "وفد")
)


# the speaker's own side: "نحن", and "بلاده" (his country) in "قال الوزير إن بلاده مستعدة …"
_AR_FIRST_PERSON = frozenset(
    fold(w) for w in ("نحن", "إننا", "انا", "أنا", "إنني", "بلاده", "بلادها", "حكومته", "حكومتها")
)
_AR_SPEECH_WORDS = (
    "قال", "قالت", "أكد", "أكدت", "أضاف", "أضافت", "صرح", "صرحت", "أوضح", "أوضحت", "شدد", "شددت", "أعلن", "أعلنت",
    "أفاد", "أفادت", "تابع", "تابعت",
)  # fmt: skip
_AR_SPEECH = frozenset(fold(w) for w in _AR_SPEECH_WORDS)


def _ar_speaker(keys: list[str], sentence: Span, candidates: list[Candidate], res: Resources) -> SideRef | None:
    """ "قال وزير الدفاع التركي: «نحن …»": the side right after the speech verb."""
    for i in range(sentence.start, sentence.end):
        if any(r in _AR_SPEECH for r in arabic_variants(keys[i])):
            titled = _ar_title_side(keys, i + 1, sentence.end, res)
            named = [c for c in candidates if c.type in ACTOR_TYPES and i < c.tok_start <= i + 2]
            if named and (titled is None or named[0].tok_start <= titled[0] + 1):
                return SideRef(named[0], None, "speaker")
            if titled is not None:
                return SideRef(titled[1].candidate, titled[1].country, "speaker")
    return None


def _after_locative(keys: list[str], i: int) -> bool:
    return i > 0 and keys[i - 1] in _AR_LOCATIVE


def _ar_title_side(keys: list[str], start: int, end: int, res: Resources) -> tuple[int, SideRef] | None:
    """ "التقى وزير الخارجية الأردني …": an unnamed official known by the nationality after the title."""
    for i in range(start, min(end, start + 2)):
        if any(r in _AR_TITLE_HEADS for r in arabic_variants(keys[i])):
            for j in range(i + 1, min(end, i + 4)):
                country = res.nationality(keys[j])
                if country:
                    return j, SideRef(None, country, "nominal")
    return None


def _ar_adjective_side(keys: list[str], start: int, end: int, res: Resources) -> tuple[int, SideRef] | None:
    """ "قصف جوي تركي", "غارة إسرائيلية": a nationality adjective right after an event noun names its actor."""
    for i in range(start, min(end, start + 2)):
        country = res.nationality(keys[i])
        if country:
            return i, SideRef(None, country, "nominal")
    return None


def _ar_counterpart(start: int, end: int, keys: list[str], res: Resources) -> SideRef | None:
    for i in range(start, min(end, start + _AR_WINDOW) - 1):
        if any(r in COUNTERPART_WORDS for r in arabic_variants(keys[i])):
            country = res.nationality(keys[i + 1])
            if country:
                return SideRef(None, country, "counterpart")
    return None
