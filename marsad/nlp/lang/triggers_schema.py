"""The shape of an event trigger in a language pack's ``triggers.py`` (the same for every language).

A trigger is a word or a short expression that reports a PLOVER event, with where to find its sides.
French and English triggers are matched on spaCy lemmas; Arabic ones on folded, clitic-stripped forms
(``marsad.normalize.fold`` + ``arabic_variants``), since the Arabic pipeline has no lemmatizer.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Trigger:
    """One trigger of one language.

    words: lemmas (fr/en) or folded forms (ar), in order; a multiword trigger may have up to two
        other tokens between its words ("a signé un mémorandum" = ("signer", "mémorandum")).
    pos: "VERB", "NOUN" or "ANY" (the part of speech of the first word; ar always "ANY").
    type / mode: PLOVER 2.0 event type and mode (ontology.md), mode None when unspecified.
    contexts: PLOVER contexts the trigger itself implies ("military" for "livraison d'armes").
    actor: where the actor is, in order of preference. Dependency labels ("nsubj", "nsubj:pass",
        "obl:agent", "nmod", "poss", "amod") or prepositions ("de", "par", "by", "of"); for Arabic the
        word-order slots "after" (first actor after the trigger, VSO) and "before" (SVO).
    recipient: where the recipient is: dependency labels ("obj", "iobj") or prepositions ("avec", "à",
        "with", "to", "on", "against", "مع", "ب", "على", "إلى", "ل"); Arabic also "after2" (the second
        actor after the trigger: "التقى وزير الخارجية العراقي نظيره الروسي").
    requires: the clause must also hold one of these lemmas/forms (e.g. "signer" needs "accord",
        "mémorandum", "traité", "contrat"); empty = no condition.
    excludes: the trigger does not fire when one of these lemmas/forms is in the clause.
    supplier_is_recipient: for AID reported from the buyer's side ("acheter des S-400 à la Russie",
        "تسلم العراق"): the grammatical actor receives, the other side supplies; the extractor swaps.
    confidence: prior confidence of an event from this trigger, in [0, 1] (the calibrated confidence of
        an event is a logistic function of it: ``marsad.extract.calibration``).
    gap: how many other tokens may stand between two words of a multiword trigger ("se rendra la semaine
        prochaine à Moscou" needs 3).
    """

    words: tuple[str, ...]
    type: str
    mode: str | None = None
    pos: str = "ANY"
    contexts: tuple[str, ...] = ()
    actor: tuple[str, ...] = ("nsubj",)
    recipient: tuple[str, ...] = ("obj",)
    requires: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()
    supplier_is_recipient: bool = False
    confidence: float = 0.7
    gap: int = 2
