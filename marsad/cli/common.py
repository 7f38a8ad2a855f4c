"""Options, settings loading, consoles and the progress bar shared by the commands."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.config import Settings, load_config
from marsad.errors import MarsadError
from marsad.ingest import count_inputs
from marsad.model import Failure
from marsad.pipeline import Outcome

err = Console(stderr=True, highlight=False)
out = Console(highlight=False)

ConfigOption = typer.Option(None, "--config", "-c", help="TOML file overriding the default settings.")
SetOption = typer.Option(None, "--set", "-s", help="Override one setting: KEY=VALUE (repeatable).")
DbOption = typer.Option(None, "--db", help="SQLite database file (default: the store.db setting).")


def settings_or_exit(config: Path | None, overrides: list[str] | None) -> Settings:
    try:
        return load_config(config, overrides)
    except MarsadError as exc:
        fail(exc)


def fail(exc: MarsadError, status: int = 2) -> typer.Exit:
    err.print(f"[bold red]error[/] {exc}")
    raise typer.Exit(status)


def db_path(db: Path | None, settings: Settings) -> Path:
    return db or Path(settings.get("store.db"))


def failure_line(failure: Failure) -> None:
    err.print(
        f"[yellow]skipped[/] {failure.source} [dim]({failure.article_id})[/] stage={failure.stage} {failure.message}",
        soft_wrap=True,
    )


@contextmanager
def progress_bar(paths: list[str], settings: Settings, label: str) -> Iterator[callable]:
    """A Rich progress bar over articles (shown on a terminal only); yields the per-outcome tick."""
    total = None if "-" in paths else count_inputs(paths, settings.get("ingest.suffixes"))
    show = err.is_terminal and not _quiet()
    with Progress(
        TextColumn(f"[bold]{label}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not show,
    ) as progress:
        task = progress.add_task(label, total=total)

        def tick(outcome: Outcome) -> None:
            if isinstance(outcome, Failure):
                failure_line(outcome)
            if not isinstance(outcome, Failure) or outcome.stage != "ingest" or ":" not in outcome.source:
                progress.advance(task)

        yield tick


def _quiet() -> bool:
    return "--quiet" in sys.argv
