"""Read gold annotations (``*.gold.json``) and system predictions (JSON Lines) for evaluation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

GOLD_SUFFIX = ".gold.json"


def load_gold(gold_dir: Path) -> dict[str, dict[str, Any]]:
    """Gold records of ``gold_dir/*.gold.json``, keyed by their ``id`` (file stem when absent)."""
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold folder not found: {gold_dir}")
    paths = sorted(gold_dir.glob(f"*{GOLD_SUFFIX}"))
    if not paths:
        raise FileNotFoundError(f"no *{GOLD_SUFFIX} files in {gold_dir}")
    gold: dict[str, dict[str, Any]] = {}
    for path in paths:
        record = _read_gold_file(path)
        article_id = str(record.get("id") or path.name.removesuffix(GOLD_SUFFIX))
        if article_id in gold:
            raise ValueError(f"{path}: duplicate gold id {article_id!r}")
        gold[article_id] = record
    return gold


def load_predictions(path: Path) -> list[dict[str, Any]]:
    """Prediction records of a JSON Lines file (blank lines skipped)."""
    path = Path(path)
    records = []
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                records.append(_parse_prediction(line, path, number))
    return records


def _read_gold_file(path: Path) -> dict[str, Any]:
    try:
        record = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: invalid JSON: {error}") from None
    if not isinstance(record, dict):
        raise ValueError(f"{path}: a gold file must hold one JSON object")
    return record


def _parse_prediction(line: str, path: Path, number: int) -> dict[str, Any]:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise ValueError(f"{path}: line {number}: invalid JSON: {error}") from None
    if not isinstance(record, dict):
        raise ValueError(f"{path}: line {number}: expected a JSON object, got {type(record).__name__}")
    if "id" not in record:
        raise ValueError(f"{path}: line {number}: record has no 'id'")
    return record
