"""Calibrated event confidences: logistic models fitted on Marsad's own labelled sentences.

``marsad/extract/data/calibration.json`` is written by ``scripts/calibrate_events.py`` from
``tests/data/events/dev.yaml`` (hand-written, hand-coded sentences in ar/fr/en): for trigger events, a
logistic regression of "the event is right" (type, dyad and auxiliary mode agree with the coder) on the
trigger's prior confidence, how the sides were found and the language; for backstop events, on the vote
share and similarity of the nearest prototypes, with the thresholds that keep their precision up.
Without the file (or with ``use({})``) confidences stay the uncalibrated priors.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any

_override: dict[str, Any] | None = None


@lru_cache(maxsize=1)
def _shipped() -> dict[str, Any]:
    path = resources.files("marsad.extract") / "data" / "calibration.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def current() -> dict[str, Any]:
    return _override if _override is not None else _shipped()


def use(table: dict[str, Any] | None) -> None:
    """Replace the shipped table (``{}``: no calibration, for fitting); ``None`` restores it."""
    global _override
    _override = table


def rule_features(prior: float, lang: str, multiword: bool) -> dict[str, float]:
    """``prior``: the trigger's confidence, × 0.85 when a side was inferred (pronoun, nominal, speaker)."""
    return {
        "prior": prior,
        "multiword": float(multiword),
        "ar": float(lang == "ar"),
        "fr": float(lang == "fr"),
    }


def embed_features(share: float, similarity: float) -> dict[str, float]:
    return {"share": share, "similarity": similarity}


def probability(model: dict[str, float] | None, features: dict[str, float], fallback: float) -> float:
    """``sigmoid(bias + Σ w·x)`` of a fitted model, else ``fallback``."""
    if not model:
        return round(fallback, 3)
    z = model.get("bias", 0.0) + sum(model.get(name, 0.0) * value for name, value in features.items())
    return round(1 / (1 + math.exp(-max(-30.0, min(30.0, z)))), 3)
