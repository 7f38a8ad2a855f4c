"""Options, settings loading, consoles and the progress bar shared by the commands."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.config import Settings, load_config
from marsad.errors import MarsadError
from marsad.ingest import list_inputs
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


def fail(exc: MarsadError, status: int = 2) -> NoReturn:
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
def progress_bar(paths: list[str], settings: Settings, label: str) -> Iterator[Callable[[Outcome], None]]:
    """A Rich progress bar over articles, on a terminal only; yields the per-outcome tick.

    The total is known when every input is one article (a file); with .jsonl or stdin it is open-ended.
    """
    inputs = list(list_inputs(paths, settings.get("ingest.suffixes")))
    one_per_file = all(p != "-" and not p.lower().endswith(".jsonl") for p in inputs)
    with Progress(
        TextColumn(f"[bold]{label}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    ) as progress:
        task = progress.add_task(label, total=len(inputs) if one_per_file else None)

        def tick(outcome: Outcome) -> None:
            if isinstance(outcome, Failure):
                failure_line(outcome)
            progress.advance(task)

        yield tick
