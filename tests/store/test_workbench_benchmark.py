"""benchmarks/workbench.py works end to end at a small scale (the 1M-event run is for measuring, not CI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.store.pg_server import require_server_binaries

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ("timeline", "events", "network", "search", "actor")


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_benchmark_runs_and_prints_percentiles(backend: str, tmp_path: Path) -> None:
    if backend == "postgres":
        require_server_binaries()
    result = subprocess.run(
        [sys.executable, "benchmarks/workbench.py", "--n", "2000", "--runs", "5", "--backends", backend,
         "--db-dir", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{backend:<9} load: 2,0") for line in lines), result.stdout
    for query in QUERIES:
        [row] = [line.split() for line in lines if line.split()[:2] == [backend, query]]
        p50, p95, worst, ratio = map(float, row[2:])
        assert 0 <= p50 <= p95 <= worst and worst > 0
        assert ratio == pytest.approx(p95 / 200, abs=0.01)
