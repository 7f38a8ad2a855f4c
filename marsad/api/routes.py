"""The ``/api`` routes: one per function of ``marsad.query.workbench``, JSON in the query layer's shapes.

Routes never see SQL or store internals: each validates its parameters, calls one query function with
the store opened by the app, and returns its plain dicts (404 in the one error shape when a record is missing).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from marsad.api.errors import ERROR_RESPONSES, ApiError
from marsad.api.params import all_events, event_page
from marsad.query import workbench
from marsad.query.workbench import EventQuery

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

Level = Literal["country", "actor"]
PageQuery = Annotated[EventQuery, Depends(event_page)]
AllQuery = Annotated[EventQuery, Depends(all_events)]


def get_store(request: Request) -> Any:
    return request.app.state.store


Store = Annotated[Any, Depends(get_store)]


def _found(record: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if record is None:
        raise ApiError("E701", f"No {what}")
    return record


@router.get("/events", tags=["events"], summary="Events matching the filters, paginated")
def list_events(store: Store, q: PageQuery) -> dict[str, Any]:
    """`{"total", "limit", "offset", "items": [event rows]}`, ordered by date."""
    return workbench.events(store, q)


@router.get("/events/{doc_id}/{event_id}", tags=["events"], summary="One event with its article")
def get_event(store: Store, doc_id: str, event_id: str) -> dict[str, Any]:
    return _found(workbench.event(store, doc_id, event_id), f"event {event_id!r} in document {doc_id!r}")


@router.get("/timeline", tags=["aggregates"], summary="Events per week or month by quad class, with the score")
def get_timeline(
    store: Store, q: AllQuery, interval: Annotated[Literal["week", "month"], Query()] = "month"
) -> dict[str, Any]:
    return workbench.timeline(store, q, interval=interval)


@router.get("/network", tags=["aggregates"], summary="Actor network: nodes and weighted dyad edges")
def get_network(
    store: Store,
    q: AllQuery,
    level: Level = "country",
    min_weight: Annotated[int, Query(ge=1, description="Drop edges with fewer events.")] = 1,
    limit: Annotated[int, Query(ge=1, le=2000, description="Largest number of edges.")] = 200,
) -> dict[str, Any]:
    return workbench.network(store, q, level=level, min_weight=min_weight, limit=limit)


@router.get("/top/actors", tags=["aggregates"], summary="The most active actors")
def get_top_actors(
    store: Store, q: AllQuery, n: Annotated[int, Query(ge=1, le=500)] = 20, level: Level = "country"
) -> list[dict[str, Any]]:
    return workbench.top_actors(store, q, n=n, level=level)


@router.get("/top/dyads", tags=["aggregates"], summary="The most active actor → recipient pairs")
def get_top_dyads(
    store: Store, q: AllQuery, n: Annotated[int, Query(ge=1, le=500)] = 20, level: Level = "country"
) -> list[dict[str, Any]]:
    return workbench.top_dyads(store, q, n=n, level=level)


@router.get("/countries", tags=["aggregates"], summary="Events per country, as actor and as recipient")
def get_countries(store: Store, q: AllQuery) -> list[dict[str, Any]]:
    return workbench.countries(store, q)


@router.get("/actors", tags=["actors"], summary="Find actors by name")
def find_actors(
    store: Store,
    q: Annotated[str, Query(min_length=1, description="Part of a name, in any language.")],
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> list[dict[str, Any]]:
    return workbench.search_actors(store, q, limit=limit)


@router.get("/actors/{actor_id:path}", tags=["actors"], summary="An actor's page: names, roles, events")
def get_actor(
    store: Store, actor_id: Annotated[str, Path(description="Actor key: kb:Q123 or name:<name>|<country>.")]
) -> dict[str, Any]:
    return _found(workbench.actor_page(store, actor_id), f"actor {actor_id!r}")


@router.get("/documents", tags=["documents"], summary="Full-text search of the articles")
def find_documents(
    store: Store,
    q: Annotated[str, Query(min_length=1, description="Words to find.")],
    lang: str | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    """`{"total", "items": [{..., "snippet": plain text, "snippet_spans": [[start, end], ...]}]}`."""
    return workbench.search_documents(store, q, lang=lang, limit=limit, offset=offset)


@router.get("/documents/{doc_id}", tags=["documents"], summary="One article with its entities and events")
def get_document(store: Store, doc_id: str) -> dict[str, Any]:
    return _found(workbench.document(store, doc_id), f"document {doc_id!r}")


@router.get("/facets", tags=["aggregates"], summary="Values to filter on, date range and counts")
def get_facets(store: Store) -> dict[str, Any]:
    return workbench.facets(store)
