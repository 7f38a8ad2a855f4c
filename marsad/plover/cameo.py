"""CAMEO equivalents of PLOVER 2.0 events for GDELT users: root, pinned code, Goldstein value, quad class.

The table is ``marsad/plover/data/cameo.json``, built from the CAMEO codebook, the Goldstein scale and
``CAMEO2PLOVER-2021.txt`` by ``scripts/build_plover_tables.py`` (decisions in docs/plover-cameo.md).
The reverse mapping is not one-to-one: every PLOVER type has a CAMEO root; a code is given only where
the mode pins one down ("CONSULT"/"phone" → 041), and the Goldstein value is that of the code, else of
the root.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from marsad.model import EVENT_TYPES

PLOVER_TYPES = EVENT_TYPES  # the 16 PLOVER 2.0 types, one list for the whole project


@dataclass(frozen=True, slots=True)
class CameoInfo:
    """The CAMEO view of one PLOVER event type and mode.

    root: two-digit CAMEO root ("04"); code: the CAMEO code the mode pins ("042"), or None;
    goldstein: Goldstein value of ``code``, else of ``root``; quad_class: the PLOVER type's quad category
    from the manual ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict");
    gdelt_quad_class: GDELT's QuadClass (1-4) of the CAMEO root, which differs from ``quad_class`` only for
    CONCEDE (verbal in PLOVER, root 08 "material cooperation" in CAMEO) and SANCTION convict (root 11);
    name: the CAMEO description of ``code``, else of ``root``.
    """

    root: str
    code: str | None
    goldstein: float
    quad_class: str
    gdelt_quad_class: int = 0
    name: str = ""


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One row of the CAMEO codebook: name, Goldstein value, root, GDELT quad class (1-4)."""

    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    text = resources.files("marsad.plover.data").joinpath("cameo.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def plover_modes(type_: str) -> tuple[str, ...]:
    """The PLOVER 2.0 modes of an event type (empty for types without modes)."""
    try:
        return tuple(_table()["plover"][type_]["modes"])
    except KeyError:
        raise ValueError(f"Unknown PLOVER event type {type_!r}; expected one of {', '.join(PLOVER_TYPES)}") from None


@lru_cache(maxsize=256)
def cameo_for(type: str, mode: str | None = None) -> CameoInfo:
    """CAMEO root, pinned code (or None), Goldstein value and quad class of a PLOVER event.

    ``mode`` None (or a mode of the type) is accepted; an unknown type or mode raises ValueError naming the
    allowed values.
    """
    table = _table()
    entry = table["plover"].get(type)
    if entry is None:
        raise ValueError(f"Unknown PLOVER event type {type!r}; expected one of {', '.join(PLOVER_TYPES)}")
    root, code = entry["root"], None
    if mode is not None:
        modes = entry["modes"]
        if mode not in modes:
            allowed = ", ".join(modes) or "none (this type has no modes)"
            raise ValueError(f"Unknown mode {mode!r} for PLOVER {type}; expected one of: {allowed}")
        root, code = modes[mode]["root"], modes[mode]["code"]
    row = table["codes"][code or root]
    return CameoInfo(
        root=root,
        code=code,
        goldstein=row["goldstein"],
        quad_class=entry["quad_class"],
        gdelt_quad_class=table["codes"][root]["quad_class"],
        name=row["name"],
    )


def cameo_code(code: str) -> CameoCode:
    """One CAMEO code ("190", "0841", "19") from the codebook; KeyError if the codebook has no such code."""
    row = _table()["codes"][code]
    return CameoCode(code, row["name"], row["goldstein"], row["root"], row["quad_class"])
