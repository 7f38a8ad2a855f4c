"""Command line: thin Typer commands over ``marsad.runner``, ``marsad.query`` and ``marsad.evaluate``."""

from __future__ import annotations

import typer

from marsad.cli import commands

app = typer.Typer(
    name="marsad",
    help="Sourced, structured PLOVER 2.0 event data from Arabic, French and English news, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
commands.register(app)


def main() -> None:
    app()
