"""`marsad export` on a small SQLite store: every format to a file, read back; stdout; filters; coded errors."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.store import SQLiteStore
from tests.export.sample import TRICKY_EVIDENCE, documents, records

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "marsad.db"
    with SQLiteStore(path) as store:
        store.save_documents([(doc, f"hash-{doc.id}") for doc in documents()], run_id=None)
    return path


def export(db: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["export", "--db", str(db), *args])
    return result.exit_code, result.stdout, result.stderr


def stored(db: Path) -> list[dict]:
    with SQLiteStore(db) as store:
        return list(store.iter_documents())


def test_jsonl_to_stdout_is_the_stored_contract(db: Path) -> None:
    status, stdout, _ = export(db)
    assert status == 0
    assert [json.loads(line) for line in stdout.splitlines()] == stored(db)
    assert [r["id"] for r in stored(db)] == [r["id"] for r in records()]


def test_every_format_to_a_file_reads_back(db: Path, tmp_path: Path) -> None:
    out = {name: tmp_path / f"out.{name}" for name in ("jsonl", "csv", "plover-json", "polecat-tsv", "gdelt-tsv")}
    out |= {name: tmp_path / f"out.{name}" for name in ("parquet", "graphml", "gexf")}
    for name, path in out.items():
        status, _, stderr = export(db, "--format", name, "--output", str(path))
        assert status == 0, stderr
        assert f"→ {path} ({name})" in stderr and "5 event(s) from 3 article(s)" in stderr
        assert not path.with_name(path.name + ".part").exists()

    assert [json.loads(line) for line in out["jsonl"].read_text(encoding="utf-8").splitlines()] == stored(db)
    with out["csv"].open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 5 and rows[0]["evidence"] == TRICKY_EVIDENCE and rows[0]["title"].startswith("'=")
    plover = [json.loads(line) for line in out["plover-json"].read_text(encoding="utf-8").splitlines()]
    assert [p["id"] for p in plover] == ["fr-001/v1", "fr-001/v2", "fr-001/v3", "ar-001/v1", "ar-001/v2"]
    for name, n_rows in (("polecat-tsv", 5), ("gdelt-tsv", 7)):
        with out[name].open(encoding="utf-8", newline="") as fh:
            assert len(list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))) == n_rows + 1
    table = pq.read_table(out["parquet"])
    assert table.num_rows == 5 and table.column("evidence").to_pylist()[0] == TRICKY_EVIDENCE
    for graph in (nx.read_graphml(out["graphml"]), nx.read_gexf(out["gexf"])):
        assert graph.number_of_nodes() == 5 and graph.number_of_edges() == 4


def test_filters(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "f.csv"
    status, _, stderr = export(db, "-f", "csv", "-o", str(path), "--lang", "fr", "--type", "CONSULT,ASSAULT")
    assert status == 0 and "2 event(s) from 1 article(s)" in stderr
    with path.open(encoding="utf-8", newline="") as fh:
        assert [(r["doc_id"], r["event_id"]) for r in csv.DictReader(fh)] == [("fr-001", "v1"), ("fr-001", "v3")]
    status, stdout, _ = export(db, "-f", "plover-json", "--from", "2024-10-06", "--to", "2024-10-31")
    assert status == 0 and [json.loads(line)["id"] for line in stdout.splitlines()] == ["ar-001/v2"]
    status, stdout, _ = export(db, "--type", "AID", "--type", "assault")
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["fr-001", "ar-001"]


def test_parquet_needs_a_file(db: Path) -> None:
    status, stdout, stderr = export(db, "--format", "parquet")
    assert status == 2 and stdout == ""
    assert "E802" in stderr and "--output" in stderr
    assert export(db, "--format", "parquet", "-o", "-")[0] == 2


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--format", "xlsx"], "E801"),
        (["--type", "VISIT"], "E804"),
        (["--from", "last week"], "E803"),
        (["-f", "csv", "-o", "/nonexistent-folder/x.csv"], "E805"),
    ],
)
def test_bad_requests_give_coded_errors(db: Path, args: list[str], code: str) -> None:
    status, _, stderr = export(db, *args)
    assert status == 2 and code in stderr


def test_a_failed_export_leaves_the_existing_file_alone(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "keep.csv"
    path.write_text("old content", encoding="utf-8")

    def broken(self: SQLiteStore, ids: list[str] | None = None):  # type: ignore[no-untyped-def]
        yield records()[0]
        raise OSError("disk full")

    monkeypatch.setattr(SQLiteStore, "iter_documents", broken)
    result = runner.invoke(app, ["export", "--db", str(db), "-f", "csv", "-o", str(path)])
    assert result.exit_code != 0
    assert path.read_text(encoding="utf-8") == "old content"
    assert not (tmp_path / "keep.csv.part").exists()
