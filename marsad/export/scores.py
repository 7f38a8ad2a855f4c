"""PLOVER conflict-cooperation scores (-10 … +10) of each event type and mode, from the PLOVER manual.

Source: the table "PLOVER conflict--cooperation scores" of the PLOVER 2.0 manual (openeventdata/PLOVER,
CC BY-SA 4.0). A mode the table does not list (PROTEST vandalize) takes its type's score. The manual prints
ACCUSE's type score as 3; ontology.md reads it as -3 (every ACCUSE mode is negative), and so do we.
These are the values of PLOVER JSON ``event_scale`` and of POLECAT's ``Intensity`` column.
"""

from __future__ import annotations

TYPE_SCORES: dict[str, float] = {
    "AGREE": 2.5,
    "CONSULT": 2.5,
    "SUPPORT": 5.0,
    "CONCEDE": 4.5,
    "COOPERATE": 9.5,
    "AID": 10.0,
    "RETREAT": 6.5,
    "REQUEST": 0.0,
    "ACCUSE": -3.0,
    "REJECT": -2.0,
    "THREATEN": -3.5,
    "PROTEST": -5.0,
    "SANCTION": -6.0,
    "MOBILIZE": -5.5,
    "COERCE": -7.0,
    "ASSAULT": -9.0,
}

MODE_SCORES: dict[tuple[str, str], float] = {
    ("CONSULT", "visit"): 4.0,
    ("CONSULT", "third-party"): 1.0,
    ("CONSULT", "multilateral"): 4.0,
    ("CONSULT", "phone"): 1.5,
    ("RETREAT", "withdraw"): 8.0,
    ("RETREAT", "release"): 6.5,
    ("RETREAT", "disarm"): 10.0,
    ("RETREAT", "ceasefire"): 7.5,
    ("RETREAT", "access"): 6.5,
    ("RETREAT", "resign"): 4.5,
    ("REQUEST", "assist"): 0.5,
    ("REQUEST", "change"): -1.0,
    ("REQUEST", "yield"): -1.0,
    ("REQUEST", "meet"): 0.0,
    ("ACCUSE", "disapprove"): -2.0,
    ("ACCUSE", "investigate"): -3.5,
    ("ACCUSE", "allege"): -3.5,
    ("REJECT", "assist"): -1.5,
    ("REJECT", "change"): -2.0,
    ("REJECT", "yield"): -2.0,
    ("REJECT", "meet"): -2.0,
    ("THREATEN", "restrict"): -3.0,
    ("THREATEN", "arrest"): -3.5,
    ("THREATEN", "relations"): -3.5,
    ("THREATEN", "expel"): -3.5,
    ("THREATEN", "territory"): -4.0,
    ("THREATEN", "violence"): -3.5,
    ("PROTEST", "demo"): -5.0,
    ("PROTEST", "riot"): -7.0,
    ("PROTEST", "strike"): -5.0,
    ("PROTEST", "hunger"): -4.5,
    ("PROTEST", "boycott"): -4.5,
    ("PROTEST", "obstruct"): -4.5,
    ("SANCTION", "convict"): -6.0,
    ("SANCTION", "expel"): -5.5,
    ("SANCTION", "withdraw"): -6.0,
    ("SANCTION", "discontinue"): -6.0,
    ("MOBILIZE", "troops"): -6.5,
    ("MOBILIZE", "weapons"): -6.5,
    ("MOBILIZE", "police"): -5.5,
    ("MOBILIZE", "militia"): -6.0,
    ("COERCE", "seize"): -7.0,
    ("COERCE", "restrict"): -7.0,
    ("COERCE", "censor"): -6.5,
    ("COERCE", "curfew"): -6.5,
    ("COERCE", "martial-law"): -7.5,
    ("COERCE", "arrest"): -7.0,
    ("COERCE", "deport"): -7.0,
    ("COERCE", "withhold"): -7.0,
    ("COERCE", "misinformation"): -6.5,
    ("COERCE", "cyber"): -7.0,
    ("ASSAULT", "abduct"): -8.5,
    ("ASSAULT", "beat"): -7.5,
    ("ASSAULT", "torture"): -8.5,
    ("ASSAULT", "sexual"): -8.5,
    ("ASSAULT", "targeted"): -9.5,
    ("ASSAULT", "destroy"): -8.5,
    ("ASSAULT", "primitive"): -8.0,
    ("ASSAULT", "firearms"): -9.0,
    ("ASSAULT", "explosives"): -9.0,
    ("ASSAULT", "suicide-attack"): -9.5,
    ("ASSAULT", "aerial"): -9.5,
    ("ASSAULT", "drone"): -9.5,
    ("ASSAULT", "heavy-weapons"): -9.5,
    ("ASSAULT", "crowd-control"): -7.5,
    ("ASSAULT", "unconventional"): -10.0,
}


def plover_score(type_: str | None, mode: str | None = None) -> float | None:
    """The PLOVER score of a type and mode (the type's score for an unlisted mode); None for an unknown type."""
    if type_ is None:
        return None
    if mode is not None and (type_, mode) in MODE_SCORES:
        return MODE_SCORES[(type_, mode)]
    return TYPE_SCORES.get(type_)
