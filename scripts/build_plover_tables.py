"""Build ``marsad/plover/data/cameo.json``: the CAMEO tables GDELT users know, joined to PLOVER 2.0.

Run from the repository root (the shared documents sit beside the checkout)::

    .venv/bin/python scripts/build_plover_tables.py [--plover-dir ../shared/docs/plover] [--out FILE]

Inputs (all in ``--plover-dir``):

* ``CAMEO.eventcodes.txt``: CAMEO code → description (tab separated, with a header line);
* ``CAMEO.goldsteinscale.txt``: CAMEO code → Goldstein value (tab separated, with a header line);
* ``CAMEO2PLOVER-2021.txt``: CAMEO code → PLOVER event, mode, contexts (``code: EVENT, mode, ctx; ctx # note``);
* ``PLOVER_MANUAL.tex``: the quad category of each PLOVER event ("Quad category: VERBAL COOPERATION").

Output (deterministic: sorted keys, no build date; the input files' SHA-256 are recorded):

* ``codes``: every CAMEO code with its name, Goldstein value, root and GDELT quad class (1-4, by root);
* ``plover``: per PLOVER type its quad category, default CAMEO root and, per mode, the CAMEO root and the
  CAMEO code the mode pins down (or null);
* ``cameo2plover``: the conversion table itself, modes normalised to PLOVER 2.0 names.

How a (type, mode) is pinned to a CAMEO code (docs/plover-cameo.md explains each decision):

1. the codes that ``CAMEO2PLOVER-2021.txt`` maps to that type and mode are collected, after the legacy mode
   names of the 2021 table are renamed to PLOVER 2.0 modes (``MODE_ALIASES``);
2. an explicit decision in ``PINNED`` wins (the table is ambiguous there, or its comments disagree with
   the codebook);
3. otherwise one code, or codes of one 3-digit family, pin that code or family head;
4. otherwise the mode does not pin a code: only the root (the most frequent root of the candidates) is given.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PLOVER_DIR = ROOT.parent / "shared" / "docs" / "plover"
DEFAULT_OUT = ROOT / "marsad" / "plover" / "data" / "cameo.json"
FORMAT_VERSION = 1
INPUTS = ("CAMEO.eventcodes.txt", "CAMEO.goldsteinscale.txt", "CAMEO2PLOVER-2021.txt", "PLOVER_MANUAL.tex")

# PLOVER 2.0 event types and modes as Marsad applies them (../shared/docs/ontology.md).
MODES: dict[str, tuple[str, ...]] = {
    "AGREE": (),
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "SUPPORT": (),
    "CONCEDE": (),
    "COOPERATE": (),
    "AID": (),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "police", "militia"),
    "COERCE": (
        "seize",
        "restrict",
        "censor",
        "curfew",
        "martial-law",
        "arrest",
        "deport",
        "withhold",
        "misinformation",
        "cyber",
    ),
    "ASSAULT": (
        "abduct",
        "beat",
        "torture",
        "sexual",
        "targeted",
        "destroy",
        "primitive",
        "firearms",
        "explosives",
        "suicide-attack",
        "aerial",
        "drone",
        "heavy-weapons",
        "crowd-control",
        "unconventional",
    ),
}

# Mode names of the 2021 table that PLOVER 2.0 renamed or dropped → the 2.0 mode (None: no mode). A value
# that is a context name moves to the contexts ("ASSAULT, pro_autocracy" for CAMEO 175).
MODE_ALIASES: dict[tuple[str, str], str | None] = {
    ("ASSAULT", "assassinate"): "targeted",  # 185/186: "targeted killings, including ... assassinations"
    ("ASSAULT", "massacre"): "targeted",  # 200/202: "deliberate mass killings of defenseless actors"
    ("ASSAULT", "seize"): "destroy",  # 1712 "Destroy property"
    ("ASSAULT", "cleansing"): None,  # 201/203: mass expulsion, ethnic cleansing: no 2.0 mode
    ("ASSAULT", "pro_autocracy"): None,  # 175: a context written in the mode column
    ("RETREAT", "return"): None,  # 0842 return property: 'return' is commented out of the 2.0 modes
    ("RETREAT", "ease"): None,  # 085 ease sanctions: "ease is no longer a mode" (the table's own note)
    ("THREATEN", "ban"): "restrict",  # restrict: "the banning of political activities"
    ("THREATEN", "political"): "restrict",  # 1321 threaten restrictions on freedoms
    ("COERCE", "ban"): "restrict",  # restrict: "banning of individuals or organizations from political life"
}
CONTEXT_IN_MODE = {"pro_autocracy"}
CONTEXT_ALIASES = {"democracy": "pro_democracy"}  # 0811/0812/082 use a context name PLOVER 2.0 dropped

# Explicit decisions where the table does not pin a code by itself, or pins the wrong one (code or None).
PINNED: dict[tuple[str, str], str | None] = {
    ("CONSULT", "visit"): "042",  # 042 Make a visit / 043 Host a visit: the PLOVER actor is the visitor
    ("RETREAT", "withdraw"): "0874",  # "Retreat or surrender militarily" (the table: 0872 ease blockade)
    ("RETREAT", "disarm"): "0873",  # "Demobilize armed forces"
    ("REQUEST", "change"): "104",  # the table's 105 is "Demand mediation" in the codebook
    ("REQUEST", "yield"): None,  # 1051-1056 have no common head (105 is "Demand mediation")
    ("REQUEST", "meet"): "108",  # "Demand meeting, negotiation" (106/107: withdrawal, ceasefire)
    ("REJECT", "meet"): "125",  # "Reject proposal to meet, discuss, or negotiate"
    ("THREATEN", "violence"): "138",  # "Threaten to use military force" (137 is violent repression)
    ("PROTEST", "strike"): "143",  # "Conduct strike or boycott"
    ("SANCTION", "discontinue"): None,  # covers 161 break relations, 162 stop aid and 163 sanctions
    ("SANCTION", "convict"): "116",  # "Find guilty or liable (legally)", mapped to ACCUSE by the table
    ("MOBILIZE", "troops"): "154",  # "Mobilize or increase armed forces" (152: alert status)
    ("MOBILIZE", "police"): "153",  # "Mobilize or increase police power" (151: alert status)
    ("COERCE", "seize"): "171",  # "Seize or damage property" (192 occupy territory is also seize)
    ("COERCE", "restrict"): "172",  # administrative restrictions (163 embargo is SANCTION in Marsad)
    ("ASSAULT", "abduct"): "181",  # "Abduct, hijack, or take hostage" (184: human shield)
    ("ASSAULT", "targeted"): "186",  # "Assassinate"
    ("ASSAULT", "suicide-attack"): "1831",  # "Carry out suicide bombing"
    ("ASSAULT", "explosives"): "183",  # "Conduct suicide, car, or other non-military bombing"
    ("ASSAULT", "aerial"): "195",  # "Employ aerial weapons" (the 2021 table files 195 under heavy-weapons)
    ("ASSAULT", "drone"): "195",  # drones are aerial weapons in CAMEO
    ("ASSAULT", "heavy-weapons"): "194",  # "Fight with artillery and tanks"
    ("ASSAULT", "crowd-control"): "175",  # "Use tactics of violent repression" (tear gas, water cannon)
}

# The CAMEO root of a mode that pins no code and has no candidate in the table.
MODE_ROOT: dict[tuple[str, str], str] = {
    ("ASSAULT", "primitive"): "18",  # knives, fire, rocks: unconventional violence, not military force
}

# The CAMEO root of a type without a mode, where the most frequent root of its codes is not the right one.
DEFAULT_ROOT: dict[str, str] = {
    # ASSAULT spreads over 18 (unconventional violence), 19 (fight) and 20 (mass violence); an attack or
    # strike without a mode in international news is most often a use of military force: 19.
    "ASSAULT": "19",
}

# Encoding damage in CAMEO.eventcodes.txt (Mac Roman quotes read as Latin-1, letters lost).
NAME_ERRATA = {"044": 'Meet at a "third" location'}

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
    "humanitarian",  # used by the 2021 table (AID 073, REQUEST 1033 ...); not in ontology.md's list
}  # fmt: skip


def gdelt_quad(root: str) -> int:
    """GDELT's QuadClass of a CAMEO root: 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
    conflict, 14-20 material conflict."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def read_tsv(path: Path) -> dict[str, str]:
    rows: dict[str, str] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    for line in lines[1:]:  # header
        if not line.strip():
            continue
        code, value = line.split("\t", 1)
        rows[code.strip()] = value.strip()
    return rows


_LINE = re.compile(r"^(?P<code>\d{2,4}):\s*(?P<body>[^#]*?)\s*(?:#\s*(?P<note>.*))?$")


def read_cameo2plover(path: Path) -> dict[str, dict[str, Any]]:
    """CAMEO code → {type, mode, contexts, note}; root lines ("03: AGREE") are skipped."""
    table: dict[str, dict[str, Any]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", "~")):
            continue
        m = _LINE.match(line)
        if m is None:
            raise ValueError(f"{path.name}: cannot read {raw!r}")
        code, body = m["code"], m["body"]
        if "," not in body:  # a root heading
            continue
        fields = [f.strip() for f in body.split(",")]
        type_ = fields[0].upper()
        if type_ not in MODES:
            raise ValueError(f"{path.name}: unknown PLOVER event {type_!r} for {code}")
        mode: str | None = fields[1].lower() or None if len(fields) > 1 else None
        contexts = [c.strip() for c in ",".join(fields[2:]).split(";") if c.strip()]
        if mode in CONTEXT_IN_MODE:
            contexts.insert(0, mode)
            mode = None
        if mode is not None and (type_, mode) in MODE_ALIASES:
            mode = MODE_ALIASES[(type_, mode)]
        if mode is not None and mode not in MODES[type_]:
            raise ValueError(f"{path.name}: mode {mode!r} of {code} is not a PLOVER 2.0 mode of {type_}")
        contexts = [CONTEXT_ALIASES.get(c, c) for c in contexts]
        unknown = [c for c in contexts if c not in CONTEXTS]
        if unknown:
            raise ValueError(f"{path.name}: unknown context(s) {unknown} for {code}")
        if code in table and table[code]["type"] != type_:
            raise ValueError(f"{path.name}: {code} mapped twice to different events")
        table[code] = {"type": type_, "mode": mode, "contexts": contexts, "note": (m["note"] or "").strip()}
    return table


_SECTION = re.compile(r"\\section\{([A-Z]+)\}")
_QUAD = re.compile(r"\\subsection\{Quad category:\s*([A-Z ]+)\}")


def read_quads(path: Path) -> dict[str, str]:
    """PLOVER type → quad category, from the manual's event chapter."""
    quads: dict[str, str] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _SECTION.search(line):
            current = m[1] if m[1] in MODES else None
        elif (m := _QUAD.search(line)) and current:
            quads[current] = m[1].strip().lower()
    missing = set(MODES) - set(quads)
    if missing:
        raise ValueError(f"{path.name}: no quad category for {sorted(missing)}")
    return quads


def pin(type_: str, mode: str, candidates: list[str], codes: dict[str, Any]) -> tuple[str | None, str | None]:
    """(pinned code or None, how) for one type and mode."""
    if (type_, mode) in PINNED:
        return PINNED[(type_, mode)], "decision"
    if not candidates:
        return None, "unmapped"
    families = {c[:3] for c in candidates}
    if len(candidates) == 1:
        return candidates[0], "table"
    if len(families) == 1:
        head = families.pop()
        if head in codes:
            return head, "table"
    return None, "ambiguous"


def build(plover_dir: Path) -> dict[str, Any]:
    names = read_tsv(plover_dir / "CAMEO.eventcodes.txt")
    goldstein = read_tsv(plover_dir / "CAMEO.goldsteinscale.txt")
    if set(names) != set(goldstein):
        raise ValueError(f"event codes and Goldstein codes differ: {sorted(set(names) ^ set(goldstein))}")
    names.update(NAME_ERRATA)
    codes = {
        code: {
            "name": names[code],
            "goldstein": float(goldstein[code]),
            "root": code[:2],
            "quad_class": gdelt_quad(code[:2]),
        }
        for code in sorted(names)
    }
    table = read_cameo2plover(plover_dir / "CAMEO2PLOVER-2021.txt")
    # 1213/1214 (reject judicial / intelligence cooperation) are in the 2021 table but not in the codebook:
    # they stay in ``cameo2plover`` and are never pinned.
    unknown_codes = sorted(c for c in table if c not in codes)
    quads = read_quads(plover_dir / "PLOVER_MANUAL.tex")
    for decided in PINNED.values():
        if decided is not None and decided not in codes:
            raise ValueError(f"PINNED names an unknown CAMEO code {decided}")

    plover: dict[str, Any] = {}
    for type_, modes in MODES.items():
        type_codes = sorted(c for c, row in table.items() if row["type"] == type_ and c in codes)
        roots = Counter(c[:2] for c in type_codes)
        default_root = DEFAULT_ROOT.get(type_) or min(roots, key=lambda r: (-roots[r], r))
        entry: dict[str, Any] = {"quad_class": quads[type_], "root": default_root, "modes": {}}
        for mode in modes:
            candidates = sorted(c for c in type_codes if table[c]["mode"] == mode)
            code, how = pin(type_, mode, candidates, codes)
            if code is not None:
                root = code[:2]
            elif candidates:
                mode_roots = Counter(c[:2] for c in candidates)
                root = min(mode_roots, key=lambda r: (-mode_roots[r], r))
            else:
                root = MODE_ROOT.get((type_, mode), default_root)
            entry["modes"][mode] = {"root": root, "code": code, "how": how, "candidates": candidates}
        plover[type_] = entry

    return {
        "format_version": FORMAT_VERSION,
        "sources": {name: hashlib.sha256((plover_dir / name).read_bytes()).hexdigest() for name in INPUTS},
        "licence": (
            "CAMEO codebook tables (Schrodt et al., public research data, as distributed with GDELT and "
            "openeventdata/PLOVER) and CAMEO2PLOVER-2021 / PLOVER manual (CC BY-SA 4.0, Open Event Data "
            "Alliance). Derived data: CC BY-SA 4.0."
        ),
        "quad_names": {str(k): v for k, v in QUAD_NAMES.items()},
        "codes": codes,
        "plover": plover,
        "cameo2plover": {code: {**table[code], "in_codebook": code not in unknown_codes} for code in sorted(table)},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--plover-dir", type=Path, default=DEFAULT_PLOVER_DIR, help="folder of the shared PLOVER files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON file to write")
    args = parser.parse_args(argv)
    data = build(args.plover_dir)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    pinned = sum(1 for t in data["plover"].values() for m in t["modes"].values() if m["code"])
    total = sum(len(t["modes"]) for t in data["plover"].values())
    print(f"{args.out}: {len(data['codes'])} CAMEO codes, {len(data['cameo2plover'])} mapped, "
          f"{pinned}/{total} PLOVER modes pinned to a code", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
