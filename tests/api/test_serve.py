"""`marsad serve`: which database it opens, the demo database, and the token rule, without starting a server."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from marsad.cli.serve import serve

runner = CliRunner()


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    app.command()(serve)
    return app


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[dict[str, Any]]]:
    """Calls to uvicorn.run (recorded instead of serving); their stores are closed afterwards."""
    import uvicorn

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    monkeypatch.delenv("MARSAD_TOKEN", raising=False)
    yield calls
    for call in calls:
        call["app"].state.store.close()


def test_demo_without_demo_db_says_make_demo(
    cli: typer.Typer, started: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["--demo"])
    assert result.exit_code == 2
    assert "make demo" in result.output
    assert not started


def test_demo_serves_demo_db_on_loopback(
    cli: typer.Typer, started: list[dict[str, Any]], db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(db_path, tmp_path / "demo.db")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["--demo"])
    assert result.exit_code == 0, result.output
    assert started[0]["host"] == "127.0.0.1" and started[0]["port"] == 8765
    assert "http://127.0.0.1:8765/" in result.output
    assert started[0]["app"].state.store is not None


def test_missing_database_is_refused(cli: typer.Typer, started: list[dict[str, Any]], tmp_path: Path) -> None:
    result = runner.invoke(cli, ["--db", str(tmp_path / "nothing.db")])
    assert result.exit_code == 2 and "marsad run" in result.output
    assert not (tmp_path / "nothing.db").exists() and not started
    assert runner.invoke(cli, []).exit_code == 2


def test_public_host_needs_a_token(cli: typer.Typer, started: list[dict[str, Any]], db_path: Path) -> None:
    result = runner.invoke(cli, ["--db", str(db_path), "--host", "0.0.0.0"])
    assert result.exit_code == 2 and "E705" in result.output and not started
    result = runner.invoke(cli, ["--db", str(db_path), "--host", "0.0.0.0", "--token", "t0ken", "--port", "9000"])
    assert result.exit_code == 0, result.output
    assert (started[0]["host"], started[0]["port"]) == ("0.0.0.0", 9000)


def test_token_from_the_environment(
    cli: typer.Typer, started: list[dict[str, Any]], db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MARSAD_TOKEN", "from-env")
    result = runner.invoke(cli, ["--db", str(db_path), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "from-env" not in result.output
