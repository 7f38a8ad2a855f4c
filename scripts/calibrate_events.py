"""Build the backstop's prototypes and calibrate event confidences on Marsad's own labelled sentences.

    python scripts/calibrate_events.py            # writes marsad/extract/data/{prototypes.jsonl,calibration.json}
    python scripts/calibrate_events.py --report   # also scores the held-out set tests/data/events/test.yaml

1. Prototypes: every case of ``tests/data/events/dev.yaml`` whose events all share one type becomes a
   prototype of that type; cases coded with no event become ``null`` prototypes.
2. The pipeline codes every dev case with calibration switched off and the backstop in leave-one-out mode
   (a sentence never votes for itself). Each predicted event is right when a gold event of the case has
   its type, its dyad (unordered for CONSULT/AGREE/COOPERATE) and its auxiliary mode.
3. Backstop thresholds: the (vote share, similarity) pair that keeps the most right backstop events with a
   precision of at least ``--embed-precision`` on dev.
4. Two logistic regressions (numpy, L2, Newton steps) give P(right | features): one for trigger events,
   one for backstop events. Their weights go to calibration.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "marsad" / "extract" / "data"
UNDIRECTED = {"CONSULT", "AGREE", "COOPERATE"}
ALL_AUX = "events.keep_aux=['future','historical','hypothetical','negation']"


def load_cases(path: Path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def write_prototypes(cases: list[dict]) -> int:
    rows = []
    for case in cases:
        types = {e["type"] for e in case.get("events") or []}
        if len(types) > 1:
            continue
        kind = types.pop() if types else None
        if kind is not None and any(e.get("aux") in ("negation", "hypothetical") for e in case["events"]):
            continue  # a negated meeting is no prototype of a meeting
        rows.append({"id": case["id"], "lang": case["lang"], "type": kind, "text": case["text"].strip()})
    DATA.mkdir(parents=True, exist_ok=True)
    with (DATA / "prototypes.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def gold_keys(case: dict) -> list[tuple]:
    return [
        event_key(e["type"], e.get("actor") or [], e.get("recipient") or [], e.get("aux"), gold=True)
        for e in case["events"]
    ]


def event_key(kind: str, actor: list[str], recipient: list[str], aux: str | None, gold: bool = False) -> tuple:
    """Type, sides and aux. Sides are unordered for CONSULT/AGREE/COOPERATE, and for the manual's reciprocal
    compound actor ("A and B signed": actor [A, B], no recipient), which a coder may also write A → B."""
    a, r = frozenset(x for x in actor if x), frozenset(x for x in recipient if x)
    reciprocal = gold and not r and len(a) >= 2
    sides = (a | r,) if kind in UNDIRECTED or reciprocal else (a, r)
    return (kind, sides, aux)


def code_cases(cases: list[dict], leave_one_out: bool, calibrated: bool = False) -> list[dict]:
    """Run the pipeline on each case: one row per predicted event (its confidence and whether it is right)
    and one per gold event it missed. Uncalibrated runs keep every backstop proposal (thresholds at 0)."""
    from marsad.config import load_config
    from marsad.extract import calibration
    from marsad.extract.backstop import Backstop
    from marsad.model import RawRecord
    from marsad.pipeline import Pipeline, Processed

    calibration.use(None if calibrated else {"embed": {"min_share": 0.0, "min_similarity": 0.0}})
    # every auxiliary mode is kept: the labelled sets code negated and hypothetical events too
    pipeline = Pipeline(load_config(overrides=[ALL_AUX]))
    pipeline.backstop = Backstop(leave_one_out=leave_one_out)
    records = [
        RawRecord(id=c["id"], source="labelled", text=c["text"], lang=c["lang"], published=str(c["published"]))
        for c in cases
    ]
    by_id = {c["id"]: c for c in cases}
    rows = []
    for outcome in pipeline.process(records):
        if not isinstance(outcome, Processed):
            print(f"not coded: {outcome}", file=sys.stderr)
            continue
        case = by_id[outcome.document.id]
        gold = Counter(gold_keys(case))
        for event in outcome.document.events:
            countries = (
                [a.country for a in event.actor if a.country],
                [r.country for r in event.recipient if r.country],
            )
            key = event_key(event.type, *countries, event.aux)
            unordered = (event.type, (frozenset(countries[0]) | frozenset(countries[1]),), event.aux)
            if gold[key] <= 0 and gold[unordered] > 0:
                key = unordered
            right = gold[key] > 0
            gold[key] -= right
            rows.append(
                {
                    "case": case["id"],
                    "lang": case["lang"],
                    "rule": event.rule,
                    "raw": event.confidence,
                    "text": event.evidence.text,
                    "right": right,
                    "key": key,
                }
            )
        for key, left in gold.items():
            rows.extend({"case": case["id"], "lang": case["lang"], "missed": key[0]} for _ in range(left))
    calibration.use(None)
    return rows


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Weights (bias first) of an L2-regularised logistic regression, by Newton's method."""
    x = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(x.shape[1])
    penalty = np.eye(x.shape[1]) * l2
    penalty[0, 0] = 0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty @ w
        hess = x.T @ (x * (p * (1 - p))[:, None]) + penalty
        w -= np.linalg.solve(hess, grad)
    return w


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dev", type=Path, default=ROOT / "tests" / "data" / "events" / "dev.yaml")
    parser.add_argument("--test", type=Path, default=ROOT / "tests" / "data" / "events" / "test.yaml")
    parser.add_argument("--embed-precision", type=float, default=0.75)
    parser.add_argument("--report", action="store_true", help="score the held-out set with the new calibration")
    args = parser.parse_args()

    dev = load_cases(args.dev)
    print(f"prototypes: {write_prototypes(dev)} written from {len(dev)} dev cases")

    from marsad.extract import calibration
    from marsad.extract.backstop import Backstop

    rows = [r for r in code_cases(dev, leave_one_out=True) if "rule" in r]
    rule_rows = [r for r in rows if not r["rule"].startswith("embed:")]
    embed_rows = [r for r in rows if r["rule"].startswith("embed:")]
    backstop = Backstop(leave_one_out=True)
    proposals = backstop.rank([r["text"] for r in embed_rows])
    for row, proposal in zip(embed_rows, proposals, strict=True):
        row["share"], row["similarity"] = (proposal.share, proposal.similarity) if proposal else (0.0, 0.0)

    best = (0, 0.6, 0.55)
    for share in np.arange(0.3, 0.96, 0.05):
        for sim in np.arange(0.3, 0.86, 0.025):
            kept = [r for r in embed_rows if r["share"] >= share and r["similarity"] >= sim]
            right = sum(r["right"] for r in kept)
            if kept and right / len(kept) >= args.embed_precision and right > best[0]:
                best = (right, float(share), float(sim))
    _, min_share, min_sim = best
    kept = [r for r in embed_rows if r["share"] >= min_share and r["similarity"] >= min_sim]
    print(
        f"backstop: {len(embed_rows)} proposals on dev; thresholds share>={min_share:.2f} sim>={min_sim:.3f} keep "
        f"{len(kept)} ({sum(r['right'] for r in kept)} right)"
    )

    def features(row: dict) -> dict[str, float]:
        lang = row["lang"]
        multi = "+" in row["rule"].split(":", 2)[-1]
        return calibration.rule_features(row["raw"], lang, multi)

    table: dict = {"fitted_on": str(args.dev.relative_to(ROOT)), "rules": {}, "embed": {}}
    if rule_rows:
        names = list(features(rule_rows[0]))
        x = np.array([[features(r)[n] for n in names] for r in rule_rows])
        y = np.array([float(r["right"]) for r in rule_rows])
        w = fit_logistic(x, y)
        table["rules"] = {
            "logistic": {"bias": float(w[0]), **{n: float(v) for n, v in zip(names, w[1:], strict=True)}},
            "events": len(rule_rows),
            "right": int(y.sum()),
        }
    if len(kept) >= 5:
        x = np.array([[r["share"], r["similarity"]] for r in kept])
        y = np.array([float(r["right"]) for r in kept])
        w = fit_logistic(x, y, l2=2.0)
        table["embed"]["logistic"] = {"bias": float(w[0]), "share": float(w[1]), "similarity": float(w[2])}
    table["embed"].update(
        {
            "min_share": round(min_share, 3),
            "min_similarity": round(min_sim, 3),
            "events": len(kept),
            "right": sum(r["right"] for r in kept),
        }
    )
    (DATA / "calibration.json").write_text(json.dumps(table, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(table, indent=2))
    if args.report:
        report(load_cases(args.test), "held-out test")
        report(dev, "dev (calibrated; its own sentences are prototypes, so optimistic)")
    return 0


def report(cases: list[dict], name: str) -> None:
    """P/R/F1 per language and reliability (Brier score, expected calibration error) on a labelled set."""
    from marsad.extract import calibration

    calibration._shipped.cache_clear()
    rows = code_cases(cases, leave_one_out=False, calibrated=True)
    print(f"\n== {name}: {len(cases)} cases")
    for lang in ("ar", "en", "fr", None):
        sub = [r for r in rows if lang is None or r["lang"] == lang]
        pred = [r for r in sub if "rule" in r]
        right = sum(r["right"] for r in pred)
        missed = sum(1 for r in sub if "missed" in r)
        p = right / len(pred) if pred else 0.0
        rec = right / (right + missed) if right + missed else 0.0
        f1 = 2 * p * rec / (p + rec) if p + rec else 0.0
        embed = [r for r in pred if r["rule"].startswith("embed:")]
        print(
            f"{lang or 'all':>4}: predicted {len(pred):3d} right {right:3d} missed {missed:3d}  "
            f"P {p:.2f} R {rec:.2f} F1 {f1:.2f}   backstop {len(embed)} ({sum(r['right'] for r in embed)} right)"
        )
    pred = [r for r in rows if "rule" in r]
    if pred:
        conf = np.array([r["raw"] for r in pred])
        y = np.array([float(r["right"]) for r in pred])
        bins = np.clip((conf * 5).astype(int), 0, 4)
        ece = sum(
            abs(conf[bins == b].mean() - y[bins == b].mean()) * (bins == b).sum() for b in range(5) if (bins == b).any()
        ) / len(pred)
        print(f"Brier {np.mean((conf - y) ** 2):.3f}  ECE(5 bins) {ece:.3f}")
        for b in range(5):
            if (bins == b).any():
                print(
                    f"   confidence {b / 5:.1f}-{(b + 1) / 5:.1f}: {int((bins == b).sum()):3d} events, "
                    f"mean {conf[bins == b].mean():.2f}, right {y[bins == b].mean():.2f}"
                )
    missed = Counter(r["missed"] for r in rows if "missed" in r)
    wrong = Counter(r["rule"].split(":")[1].upper() for r in pred if not r["right"])
    print("missed by type:", dict(missed.most_common()))
    print("wrong by type: ", dict(wrong.most_common()))


if __name__ == "__main__":
    sys.exit(main())
