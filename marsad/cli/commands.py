"""The commands: extract, run, events, export, eval, info."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.table import Table

from marsad import __version__
from marsad.cli.common import (
    ConfigOption,
    DbOption,
    SetOption,
    db_path,
    err,
    fail,
    out,
    progress_bar,
    settings_or_exit,
)
from marsad.errors import MarsadError
from marsad.model import EVENT_TYPES, Failure


def register(app: typer.Typer) -> None:
    from marsad.cli.serve import serve

    for command in (extract, run, events, export, eval_, info, serve):
        name = command.__name__.rstrip("_")
        app.command(name=name)(command)


def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for JSON Lines on stdin."),
    config: Path | None = ConfigOption,
    set_: list[str] | None = SetOption,
    output: Path | None = typer.Option(None, "--output", "-o", help="Write JSON Lines here instead of stdout."),
) -> None:
    """Print one JSON record per article (shared/docs/output-format.md); no database."""
    from marsad.runner import extract as extract_documents

    settings = settings_or_exit(config, set_)
    sink = output.open("w", encoding="utf-8") if output else sys.stdout
    ok = failed = 0
    try:
        with progress_bar(paths, settings, "extract") as tick:
            for item in extract_documents(paths, settings, tick=tick):
                if isinstance(item, Failure):
                    failed += 1
                    continue
                sink.write(json.dumps(item.as_dict(), ensure_ascii=False) + "\n")
                ok += 1
    except MarsadError as exc:
        fail(exc)
    finally:
        if output:
            sink.close()
    err.print(f"[green]{ok}[/] article(s) extracted, [yellow]{failed}[/] failed")
    if ok == 0:
        raise typer.Exit(1)


def run(
    paths: list[str] = typer.Argument(..., help="Files, folders (recursive) or - for JSON Lines on stdin."),
    db: Path | None = DbOption,
    config: Path | None = ConfigOption,
    set_: list[str] | None = SetOption,
    top: int = typer.Option(10, help="How many dyads to list in the summary."),
) -> None:
    """Process articles into the SQLite store (idempotent, resumable) and print a summary."""
    from marsad.runner import run_into_store
    from marsad.store import SQLiteStore

    settings = settings_or_exit(config, set_)
    path = db_path(db, settings)
    try:
        with SQLiteStore(path) as store, progress_bar(paths, settings, "run") as tick:
            stats = run_into_store(paths, settings, store, tick=tick)
            summary = store.summary(top=top)
    except MarsadError as exc:
        fail(exc)
    err.print(
        f"[green]{stats.processed}[/] processed, [blue]{stats.skipped}[/] unchanged (already stored), "
        f"[yellow]{len(stats.failures)}[/] failed → {path}"
    )
    print_summary(summary)
    if stats.nothing_done:
        raise typer.Exit(1)


def print_summary(summary: dict) -> None:
    by_lang = ", ".join(f"{k}: {v}" for k, v in sorted(summary.get("by_lang", {}).items()))
    out.print(
        f"[bold]Articles[/] {summary['articles']} ({by_lang})   "
        f"[bold]Entities[/] {summary['entities']}   [bold]Events[/] {summary['events']}"
    )
    types = Table(title="Events by type", title_justify="left")
    types.add_column("type")
    types.add_column("n", justify="right")
    for kind, n in sorted(summary["events_by_type"].items(), key=lambda kv: -kv[1]):
        types.add_row(kind, str(n))
    dyads = Table(title="Top dyads", title_justify="left")
    for column in ("actor", "recipient", "n"):
        dyads.add_column(column, justify="right" if column == "n" else "left")
    for actor, recipient, n in summary["top_dyads"]:
        dyads.add_row(actor, recipient, str(n))
    out.print(types if summary["events_by_type"] else "[dim]No events coded yet.[/]")
    if summary["top_dyads"]:
        out.print(dyads)
    failures = summary["failures"]
    out.print(f"[bold]Failures[/] {len(failures)}")
    for row in failures:
        out.print(f"  {row['source']} ({row['article_id']}) {row['stage']} {row['message']}", soft_wrap=True)


def events(
    db: Path | None = DbOption,
    actor: str | None = typer.Option(None, help="Actor country code (IRQ) or part of a name."),
    recipient: str | None = typer.Option(None, help="Recipient country code or part of a name."),
    type_: str | None = typer.Option(None, "--type", help="PLOVER event type, e.g. CONSULT."),
    since: str | None = typer.Option(None, "--from", help="Earliest event date, YYYY[-MM[-DD]]."),
    until: str | None = typer.Option(None, "--to", help="Latest event date, YYYY[-MM[-DD]]."),
    lang: str | None = typer.Option(None, help="Article language (ar, fr, en)."),
    limit: int | None = typer.Option(None, help="At most this many events."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or jsonl."),
    config: Path | None = ConfigOption,
    set_: list[str] | None = SetOption,
) -> None:
    """List stored events, filtered."""
    from marsad.query import formats
    from marsad.query.events import list_events
    from marsad.store import EventFilter, SQLiteStore

    if fmt not in ("table", "csv", "jsonl"):
        err.print(f"[bold red]error[/] --format must be table, csv or jsonl, not {fmt!r}")
        raise typer.Exit(2)
    if type_ and type_.upper() not in EVENT_TYPES:
        err.print(f"[bold red]error[/] unknown event type {type_!r}: use one of {', '.join(EVENT_TYPES)}")
        raise typer.Exit(2)
    settings = settings_or_exit(config, set_)
    filt = EventFilter(
        actor=actor,
        recipient=recipient,
        type=type_.upper() if type_ else None,
        date_from=since,
        date_to=until,
        lang=lang,
        limit=limit,
    )
    try:
        with SQLiteStore(db_path(db, settings)) as store:
            rows = list_events(store, filt)
    except MarsadError as exc:
        fail(exc)
    if fmt == "csv":
        formats.to_csv(rows, sys.stdout)
    elif fmt == "jsonl":
        formats.to_jsonl(rows, sys.stdout)
    else:
        out.print(formats.to_rich_table(rows))
        err.print(f"{len(rows)} event(s)")


def export(
    db: Path | None = DbOption,
    fmt: str = typer.Option(
        "jsonl",
        "--format",
        "-f",
        help="jsonl (the extraction contract), csv, plover-json, polecat-tsv, gdelt-tsv, parquet, graphml or gexf.",
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write to this file (required for parquet); default: standard output."
    ),
    lang: str | None = typer.Option(None, help="Only articles in this language (ar, fr, en)."),
    types: list[str] | None = typer.Option(
        None, "--type", help="Only events of this PLOVER type (repeatable, or comma-separated: CONSULT,AID)."
    ),
    since: str | None = typer.Option(None, "--from", help="Earliest event date, YYYY[-MM[-DD]]."),
    until: str | None = typer.Option(None, "--to", help="Latest event date, YYYY[-MM[-DD]]."),
    config: Path | None = ConfigOption,
    set_: list[str] | None = SetOption,
) -> None:
    """Export stored articles and events (docs/exports.md); jsonl gives the same records as `marsad extract`."""
    from marsad.export import ExportError, RecordFilter, get_format
    from marsad.export import export as write_export
    from marsad.export.destination import is_stdout
    from marsad.export.progress import article_progress
    from marsad.store import SQLiteStore, StoreError

    try:
        chosen = get_format(fmt)
        keep = RecordFilter.build(lang=lang, types=types or (), date_from=since, date_to=until)
        if chosen.binary and is_stdout(output):
            raise ExportError("E802", name=chosen.name, extension=chosen.extension)
    except ExportError as exc:
        fail(exc)
    settings = settings_or_exit(config, set_)
    to_file = not is_stdout(output)
    try:
        with SQLiteStore(db_path(db, settings)) as store:
            total = store.summary(top=0)["articles"] if to_file and err.is_terminal else None
            with article_progress(store.iter_documents(), err, f"export {chosen.name}", total, to_file) as records:
                write_export(keep.apply(records), chosen, output)
    except MarsadError as exc:
        fail(exc)
    except StoreError as exc:
        err.print(f"[bold red]error[/] {exc}")
        raise typer.Exit(2) from None
    if to_file:
        err.print(
            f"[green]{keep.counts.events}[/] event(s) from [green]{keep.counts.articles}[/] article(s) "
            f"→ {output} ({chosen.name})",
            soft_wrap=True,
        )


def eval_(
    gold_dir: Path = typer.Argument(..., help="Folder of <id>.gold.json files."),
    predictions: Path = typer.Argument(..., help="JSON Lines from `marsad extract` or `marsad export`."),
    detail: bool = typer.Option(False, "--detail", help="List misses and false positives per article."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score predictions against gold annotations (shared/docs/gold-format.md)."""
    from marsad.evaluate import evaluate, format_plain, load_gold, load_predictions, render_report

    try:
        report = evaluate(load_gold(gold_dir), load_predictions(predictions))
    except (OSError, ValueError) as exc:
        err.print(f"[bold red]error[/] {exc}")
        raise typer.Exit(2) from None
    if as_json:
        out.print_json(json.dumps(report.as_dict(), ensure_ascii=False))
    elif out.is_terminal and out.width >= 160:
        render_report(report, out, detail=detail)
    else:
        print(format_plain(report, detail=detail))


def info(
    config: Path | None = ConfigOption,
    set_: list[str] | None = SetOption,
    settings_: bool = typer.Option(False, "--settings", help="Print every setting and its value."),
) -> None:
    """Version, language packs and their models, and (with --settings) the resolved settings."""
    import importlib.util

    settings = settings_or_exit(config, set_)
    out.print(f"marsad {__version__}")
    table = Table("language", "model", "installed")
    for lang, entry in sorted(settings.data["languages"].items()):
        model = entry["model"]
        installed = model in ("blank", f"marsad_{lang}") or importlib.util.find_spec(model) is not None
        table.add_row(lang, model, "yes" if installed else "[red]no[/]")
    out.print(table)
    out.print(f"language candidates: {', '.join(settings.get('language.candidates'))}")
    if settings_:
        out.print_json(settings.as_json())
