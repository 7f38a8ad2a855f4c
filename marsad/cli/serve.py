"""``marsad serve``: the workbench (JSON API and dashboard) over a database, with uvicorn."""

from __future__ import annotations

from pathlib import Path

import typer

from marsad.cli.common import err

DEMO_DB = Path("demo.db")


def _store_url(db: str | None, demo: bool) -> str:
    if demo:
        if db:
            err.print("[bold red]error[/] give either --demo or --db, not both")
            raise typer.Exit(2)
        if not DEMO_DB.is_file():
            err.print(f"[bold red]error[/] no {DEMO_DB} in {Path.cwd()}: run `make demo` first (it builds it here)")
            raise typer.Exit(2)
        return str(DEMO_DB)
    if not db:
        err.print("[bold red]error[/] name a database: --db marsad.db (or a postgresql:// URL), or use --demo")
        raise typer.Exit(2)
    if "://" not in db and not Path(db).is_file():
        err.print(f"[bold red]error[/] no database at {db}: build one with `marsad run ARTICLES --db {db}`")
        raise typer.Exit(2)
    return db


def serve(
    db: str | None = typer.Option(None, "--db", help="SQLite database file or postgresql:// URL to explore."),
    host: str = typer.Option("127.0.0.1", help="Address to listen on; anything but loopback needs --token."),
    port: int = typer.Option(8765, help="Port to listen on."),
    token: str | None = typer.Option(
        None, envvar="MARSAD_TOKEN", help="Bearer token every API request must carry (or set MARSAD_TOKEN)."
    ),
    demo: bool = typer.Option(False, "--demo", help="Serve demo.db of the current folder (built by `make demo`)."),
) -> None:
    """Serve the read-only JSON API (/api, docs at /api/docs) and the dashboard (/)."""
    import uvicorn

    from marsad.api import create_app
    from marsad.api.errors import ApiError

    store_url = _store_url(db, demo)
    try:
        app = create_app(store_url, token, host=host)
    except ApiError as exc:
        err.print(f"[bold red]error[/] {exc}")
        raise typer.Exit(2) from None
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}/"
    err.print(f"Marsad workbench on [bold]{url}[/] over {store_url}")
    if token:
        err.print(f"Open {url}?token=<token> once in the browser; API clients send 'Authorization: Bearer <token>'")
    err.print(f"API documentation: {url}api/docs — stop with Ctrl+C")
    uvicorn.run(app, host=host, port=port, log_level="warning")
