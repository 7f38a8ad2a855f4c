"""Query-string parameters shared by the event routes, turned into one ``EventQuery``.

The names are the fields of ``marsad.query.workbench.EventQuery``; ``dyad`` is given twice
(``?dyad=IRQ&dyad=RUS``). Bad values (an unknown type, a malformed date...) become E702 errors.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Query

from marsad.api.errors import ApiError
from marsad.query.workbench import EventQuery

SIDE = "Country code (IRQ), actor key (kb:Q123, name:sergei lavrov|RUS) or a part of an actor's name."


@dataclass(slots=True)
class EventFilters:
    """Every condition of an event query except paging."""

    values: dict[str, Any]


def event_filters(
    actor: Annotated[str | None, Query(description=f"Actor side. {SIDE}")] = None,
    recipient: Annotated[str | None, Query(description=f"Recipient side. {SIDE}")] = None,
    dyad: Annotated[
        list[str] | None,
        Query(description="Two sides, in either direction: ?dyad=IRQ&dyad=RUS.", max_length=2),
    ] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT.")] = None,
    mode: Annotated[str | None, Query(description="PLOVER mode, e.g. visit.")] = None,
    context: Annotated[str | None, Query(description="One PLOVER context, e.g. military.")] = None,
    aux: Annotated[
        str | None, Query(description="future, historical, hypothetical, negation; 'none' = factual events only.")
    ] = None,
    date_from: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")] = None,
    date_to: Annotated[str | None, Query(description="YYYY, YYYY-MM or YYYY-MM-DD (inclusive).")] = None,
    lang: Annotated[str | None, Query(description="Article language: ar, fr, en.")] = None,
    outlet: Annotated[str | None, Query(description="Outlet name.")] = None,
    doc_id: Annotated[str | None, Query(description="One article id.")] = None,
    text: Annotated[str | None, Query(description="Full-text condition on the article.")] = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="Lowest event confidence.")] = None,
) -> EventFilters:
    if dyad is not None and len(dyad) != 2:
        raise ApiError("E702", f"dyad needs exactly two sides (?dyad=IRQ&dyad=RUS), got {len(dyad)}")
    return EventFilters(
        {
            "actor": actor,
            "recipient": recipient,
            "dyad": (dyad[0], dyad[1]) if dyad else None,
            "type": type,
            "mode": mode,
            "context": context,
            "aux": aux,
            "date_from": date_from,
            "date_to": date_to,
            "lang": lang,
            "outlet": outlet,
            "doc_id": doc_id,
            "text": text,
            "min_confidence": min_confidence,
        }
    )


def build_query(values: dict[str, Any]) -> EventQuery:
    try:
        return EventQuery(**values)
    except ValueError as exc:
        raise ApiError("E702", str(exc)) from exc


def all_events(filters: Annotated[EventFilters, Depends(event_filters)]) -> EventQuery:
    """The query of the aggregate routes (timeline, network, tops, countries): no paging."""
    return build_query(filters.values)


def event_page(
    filters: Annotated[EventFilters, Depends(event_filters)],
    limit: Annotated[int, Query(ge=1, le=1000, description="Page size (1..1000).")] = 50,
    offset: Annotated[int, Query(ge=0, description="Rows to skip.")] = 0,
) -> EventQuery:
    """The query of the event list: filters plus limit/offset."""
    return build_query({**filters.values, "limit": limit, "offset": offset})
