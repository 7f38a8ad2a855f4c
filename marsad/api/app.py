"""``create_app``: the read-only FastAPI app serving the JSON API under ``/api`` and the dashboard at ``/``."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from marsad import __version__
from marsad.api.errors import ApiError, install_error_handlers
from marsad.api.routes import router
from marsad.api.security import Guard, check_bind
from marsad.web import API_DOCS_PAGE, INDEX_PAGE, STATIC_DIR

DESCRIPTION = """Read-only JSON API over a Marsad database: PLOVER 2.0 events with their evidence, articles,
actors and aggregates (timeline, network, countries). Lists are paginated with `limit`/`offset` and give
`total`. Every error has the shape `{"error": {"code": "E7xx", "message": ..., "hint": ...}}`.
When the server was started with a token, send `Authorization: Bearer <token>`."""

NO_CACHE = {"cache-control": "no-cache"}


def open_store(store_url: str) -> Any:
    """Open the store named by ``store_url`` (a SQLite path or a PostgreSQL URL), or raise E706."""
    from marsad.store import open_store as open_url
    from marsad.store.errors import StoreError

    try:
        return open_url(store_url)
    except (StoreError, OSError) as exc:
        raise ApiError("E706", f"Cannot open the store {store_url}: {exc}") from exc


def create_app(
    store_url: str,
    token: str | None = None,
    *,
    host: str = "127.0.0.1",
    store_factory: Callable[[str], Any] = open_store,
) -> FastAPI:
    """The API and dashboard over the store at ``store_url``.

    ``host`` is the address the server will listen on: anything but loopback needs ``token`` (E705).
    With a token, every ``/api/`` request must send it as a bearer token.
    """
    check_bind(host, token)
    store = store_factory(store_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="Marsad workbench API",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,  # our own page: FastAPI's loads Swagger UI from a CDN with an inline script
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.store = store
    install_error_handlers(app)
    app.include_router(router)
    _add_pages(app)
    app.openapi = _openapi_with_bearer(app)  # type: ignore[method-assign]
    app.add_middleware(Guard, token=token)
    return app


def _add_pages(app: FastAPI) -> None:
    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(INDEX_PAGE, headers=NO_CACHE)

    @app.get("/api/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        return FileResponse(API_DOCS_PAGE, headers=NO_CACHE)

    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")


def _openapi_with_bearer(app: FastAPI) -> Callable[[], dict[str, Any]]:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer", "description": "Only when started with --token."}
            }
            schema["security"] = [{}, {"bearer": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    return openapi
