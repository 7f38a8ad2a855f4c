"""`marsad run`, `events`, `export`: idempotent, resumable after kill -9, failures stored, exit status."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()
FR = (
    "Le ministre irakien des Affaires étrangères Fouad Hussein est arrivé jeudi à Moscou "
    "pour des entretiens avec Sergueï Lavrov."
)
EN = "Iraq's foreign minister met his Russian counterpart Sergey Lavrov in Moscow on Thursday, officials said."


def counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "entities", "mentions", "events", "failures")}


def corpus(folder: Path, n: int = 6) -> Path:
    folder.mkdir()
    for i in range(n):
        (folder / f"art{i:03d}.txt").write_text((FR if i % 2 else EN) + f" Paragraphe {i}.", encoding="utf-8")
    (folder / "empty.txt").write_text("")
    (folder / "broken.json").write_text("{oops")
    return folder


def test_run_is_idempotent_and_records_failures(tmp_path: Path) -> None:
    articles = corpus(tmp_path / "in")
    db = tmp_path / "m.db"
    first = runner.invoke(app, ["run", str(articles), "--db", str(db)])
    assert first.exit_code == 0, first.output
    after_first = counts(db)
    assert after_first["documents"] == 6 and after_first["failures"] == 2
    assert after_first["entities"] > 0
    second = runner.invoke(app, ["run", str(articles), "--db", str(db)])
    assert second.exit_code == 0
    assert "6 unchanged" in second.output
    assert counts(db) == after_first
    with sqlite3.connect(db) as conn:
        stages = sorted(r[0] for r in conn.execute("SELECT stage FROM failures"))
    assert stages == ["ingest", "ingest"]


def test_export_equals_extract(tmp_path: Path) -> None:
    articles = corpus(tmp_path / "in", n=3)
    db = tmp_path / "m.db"
    runner.invoke(app, ["run", str(articles), "--db", str(db)])
    exported = runner.invoke(app, ["export", "--db", str(db)])
    extracted = runner.invoke(app, ["extract", str(articles)])
    assert exported.exit_code == 0 and extracted.exit_code == 0
    assert records(exported.stdout) == records(extracted.stdout)
    assert len(records(exported.stdout)) == 3


def records(text: str) -> list[str]:
    return sorted(json.dumps(json.loads(line), sort_keys=True) for line in text.splitlines() if line.startswith("{"))


def test_exit_status_is_nonzero_only_when_nothing_was_processed(tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "a.txt").write_text("")
    (bad / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert "E104" in result.stderr and "E105" in result.stderr and str(bad / "a.txt") in result.stderr
    (bad / "c.txt").write_text(FR)
    assert runner.invoke(app, ["extract", str(bad)]).exit_code == 0


def test_events_command_formats(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    runner.invoke(app, ["run", str(corpus(tmp_path / "in", n=2)), "--db", str(db)])
    for fmt in ("table", "csv", "jsonl"):
        result = runner.invoke(app, ["events", "--db", str(db), "--format", fmt, "--type", "consult"])
        assert result.exit_code == 0, result.output
    assert runner.invoke(app, ["events", "--db", str(db), "--format", "xml"]).exit_code == 2


def test_kill_9_then_resume_completes_without_duplicates(tmp_path: Path) -> None:
    articles = corpus(tmp_path / "in", n=150)
    db = tmp_path / "m.db"
    command = [sys.executable, "-m", "marsad", "run", str(articles), "--db", str(db), "--set", "store.batch_size=5",
               "--set", "nlp.chunk_articles=5"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and proc.poll() is None:
        if db.exists() and _stored(db) >= 10:
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _stored(db)
    assert 0 < partial < 150, "the run should have been killed halfway"
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    final = counts(db)
    assert final["documents"] == 150
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        dupes = conn.execute("SELECT count(*) FROM (SELECT doc_rid, start, end FROM mentions "
                             "GROUP BY doc_rid, start, end HAVING count(*) > 1)").fetchone()[0]
    assert dupes == 0


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=1) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0
