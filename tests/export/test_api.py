"""The package surface: the format registry, ``export()`` to a path or stdout, and the progress wrapper."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from marsad.export import FORMATS, ExportError, export, get_format
from marsad.export.progress import article_progress
from tests.export.sample import records


def test_registry_names_writers_nature_and_extensions() -> None:
    assert list(FORMATS) == ["jsonl", "csv", "plover-json", "polecat-tsv", "gdelt-tsv", "parquet", "graphml", "gexf"]
    assert [name for name, f in FORMATS.items() if f.binary] == ["parquet"]
    assert get_format("CSV").extension == ".csv"
    with pytest.raises(ExportError) as caught:
        get_format("xlsx")
    assert caught.value.code == "E801" and "gdelt-tsv" in str(caught.value)


def test_export_to_a_path_and_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "events.plover.jsonl"
    export(records(), "plover-json", path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == 5
    export(records(), FORMATS["jsonl"])
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["fr-001", "ar-001", "en-001"]


def test_binary_format_is_never_written_to_stdout() -> None:
    with pytest.raises(ExportError) as caught:
        export(records(), "parquet", Path("-"))
    assert caught.value.code == "E802" and "--output events.parquet" in str(caught.value)


def test_progress_yields_every_record_and_draws_on_a_terminal() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=80)
    with article_progress(iter(records()), console, "export csv", total=3) as seen:
        assert [r["id"] for r in seen] == ["fr-001", "ar-001", "en-001"]
    assert "export csv" in screen.getvalue()
    quiet = io.StringIO()
    with article_progress(iter(records()), Console(file=quiet, force_terminal=True), "x", 3, enabled=False) as seen:
        assert len(list(seen)) == 3
    assert quiet.getvalue() == ""
