"""A Rich progress bar over the articles read for an export, on stderr, shown only on a terminal."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.export.views import Record


@contextmanager
def article_progress(
    records: Iterable[Record], console: Console, label: str, total: int | None, enabled: bool = True
) -> Iterator[Iterator[Record]]:
    """Yield ``records`` again, advancing a transient bar of ``total`` articles after each one."""
    with Progress(
        TextColumn(f"[bold]{label}[/]"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not (enabled and console.is_terminal),
    ) as progress:
        task = progress.add_task(label, total=total)

        def advancing() -> Iterator[Record]:
            for record in records:
                yield record
                progress.advance(task)

        yield advancing()
