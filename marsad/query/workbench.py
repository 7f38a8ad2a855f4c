"""The workbench query layer shared by the CLI, the HTTP API and the dashboard.

Every function takes a store (``SQLiteStore`` or ``PostgresStore``, see ``marsad.store.base.Store``)
and returns plain JSON-serialisable dicts and lists. The store runs the SQL; this module shapes the
answers (periods, scores, nodes, snippets) so that both backends answer alike.

Scores: every event carries the Goldstein value of its CAMEO equivalent (``marsad.plover.cameo``),
positive for cooperation, negative for conflict (-10..+10); a score is the mean over the events that
have one, ``None`` when none has.
"""

from __future__ import annotations

from typing import Any

from marsad.normalize import fold
from marsad.query.periods import QUADS, fill_periods, period_of
from marsad.query.snippets import snippet
from marsad.store import fts
from marsad.store.base import Store
from marsad.store.eventquery import EventQuery

__all__ = [
    "EventQuery",
    "actor_page",
    "countries",
    "document",
    "event",
    "events",
    "facets",
    "network",
    "search_actors",
    "search_documents",
    "timeline",
    "top_actors",
    "top_dyads",
]

ACTOR_PAGE_EVENTS = 50
LANGS = ("ar", "fr", "en")


def _score(total: float | None, scored: int | None) -> float | None:
    return round(float(total) / scored, 3) if scored and total is not None else None


def _check_level(level: str) -> None:
    if level not in ("country", "actor"):
        raise ValueError(f"level must be 'country' or 'actor', not {level!r}")


# -- events --------------------------------------------------------------------------------------


def events(store: Store, q: EventQuery) -> dict[str, Any]:
    """``{"total", "limit", "offset", "items": [event rows]}``, newest first (first day of the date), undated last."""
    total, items = store.event_page(q)
    return {"total": total, "limit": q.limit, "offset": q.offset, "items": items}


def event(store: Store, doc_id: str, event_id: str) -> dict[str, Any] | None:
    """One event row plus ``"document": {id, title, url, outlet, lang, published}``, or ``None``."""
    row = store.event_by_id(doc_id, event_id)
    if row is None:
        return None
    row["document"] = {
        "id": row["doc_id"],
        "title": row["title"],
        "url": row["url"],
        "outlet": row["outlet"],
        "lang": row["lang"],
        "published": row["published"],
    }
    return row


# -- aggregates ----------------------------------------------------------------------------------


def timeline(store: Store, q: EventQuery, interval: str = "month") -> dict[str, Any]:
    """Events per ``"week"`` (ISO, ``2024-W19``) or ``"month"`` (``2024-05``) by quad class, with the mean score.

    Periods run without gaps from the first to the last period with events (empty ones have zero counts
    and a ``None`` score). ``undated``: matching events without a date; ``imprecise``: events dated less
    precisely than the interval (a year for months; a year or month for weeks), left out of the periods.
    """
    if interval not in ("week", "month"):
        raise ValueError(f"interval must be 'week' or 'month', not {interval!r}")
    periods: dict[str, dict[str, Any]] = {}
    undated = imprecise = 0
    for row in store.timeline_counts(q, "month" if interval == "month" else "day"):
        n = int(row["n"])
        if row["date"] is None:
            undated += n
            continue
        period = period_of(row["date"], interval)
        if period is None:
            imprecise += n
            continue
        bucket = periods.setdefault(period, {"counts": dict.fromkeys(QUADS, 0), "sum": 0.0, "scored": 0})
        quad = (row["quad_class"] or "").replace(" ", "_")
        if quad in bucket["counts"]:
            bucket["counts"][quad] += n
        bucket.setdefault("total", 0)
        bucket["total"] += n
        bucket["sum"] += float(row["score_sum"] or 0.0)
        bucket["scored"] += int(row["scored"] or 0)
    out = []
    for period in fill_periods(sorted(periods), interval):
        bucket = periods.get(period)
        counts = bucket["counts"] if bucket else dict.fromkeys(QUADS, 0)
        out.append(
            {
                "period": period,
                **counts,
                "total": bucket["total"] if bucket else 0,
                "score": _score(bucket["sum"], bucket["scored"]) if bucket else None,
            }
        )
    return {"interval": interval, "periods": out, "undated": undated, "imprecise": imprecise}


def network(
    store: Store, q: EventQuery, level: str = "country", min_weight: int = 1, limit: int = 200
) -> dict[str, Any]:
    """``{"nodes": [{id, label, country, weight}], "edges": [{source, target, weight, types, score}]}``.

    An edge goes from an actor to a recipient; its weight is the number of events, ``types`` counts them
    by PLOVER type, ``score`` is their mean Goldstein value. The ``limit`` heaviest edges with at least
    ``min_weight`` events are kept; a node's weight is the sum of the weights of its kept edges.
    """
    _check_level(level)
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for row in store.dyad_counts(q, level, by_type=True):
        edge = edges.setdefault(
            (row["source"], row["target"]),
            {"source": row["source"], "target": row["target"], "weight": 0, "types": {}, "sum": 0.0, "scored": 0},
        )
        edge["weight"] += int(row["n"])
        edge["types"][row["type"]] = int(row["n"])
        edge["sum"] += float(row["score_sum"] or 0.0)
        edge["scored"] += int(row["scored"] or 0)
    kept = sorted(
        (e for e in edges.values() if e["weight"] >= min_weight),
        key=lambda e: (-e["weight"], e["source"], e["target"]),
    )[:limit]
    weights: dict[str, int] = {}
    for edge in kept:
        edge["types"] = dict(sorted(edge["types"].items(), key=lambda kv: (-kv[1], kv[0])))
        edge["score"] = _score(edge.pop("sum"), edge.pop("scored"))
        for key in {edge["source"], edge["target"]}:
            weights[key] = weights.get(key, 0) + edge["weight"]
    labels = _labels(store, list(weights), level)
    nodes = [
        {"id": key, "label": labels[key][0], "country": labels[key][1], "weight": weight}
        for key, weight in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {"nodes": nodes, "edges": kept}


def _labels(store: Store, keys: list[str], level: str) -> dict[str, tuple[str, str | None]]:
    """key -> (label, country): a country is its own label; an actor its canonical name and country."""
    if level == "country":
        return {key: (key, key) for key in keys}
    actors = store.actors_by_key(keys)
    return {key: (actors[key]["label"] if key in actors else key, actors.get(key, {}).get("country")) for key in keys}


def top_actors(store: Store, q: EventQuery, n: int = 20, level: str = "country") -> list[dict[str, Any]]:
    """``[{"id", "label", "country", "events"}]``: countries or actors in most matching events, on either side."""
    _check_level(level)
    rows = store.actor_counts(q, level, n)
    labels = _labels(store, [row["k"] for row in rows], level)
    return [
        {"id": row["k"], "label": labels[row["k"]][0], "country": labels[row["k"]][1], "events": int(row["n"])}
        for row in rows
    ]


def top_dyads(store: Store, q: EventQuery, n: int = 20, level: str = "country") -> list[dict[str, Any]]:
    """``[{"actor", "recipient", "events", "score", "actor_label", "recipient_label"}]``: busiest directed pairs."""
    _check_level(level)
    rows = store.dyad_counts(q, level, limit=n)
    labels = _labels(store, sorted({k for row in rows for k in (row["source"], row["target"])}), level)
    return [
        {
            "actor": row["source"],
            "recipient": row["target"],
            "events": int(row["n"]),
            "score": _score(row["score_sum"], row["scored"]),
            "actor_label": labels[row["source"]][0],
            "recipient_label": labels[row["target"]][0],
        }
        for row in rows
    ]


def countries(store: Store, q: EventQuery) -> list[dict[str, Any]]:
    """``[{"country", "events", "as_actor", "as_recipient"}]`` for the world map, most events first.

    ``events`` counts an event once even when the country is on both sides.
    """
    return [
        {k: (int(row[k]) if k != "country" else row[k]) for k in ("country", "events", "as_actor", "as_recipient")}
        for row in store.country_counts(q)
    ]


# -- actors --------------------------------------------------------------------------------------


def actor_page(store: Store, actor_id: str) -> dict[str, Any] | None:
    """An actor's page, or ``None`` when no stored article names it.

    ``{"id", "label", "type", "country", "sector", "kb_id", "names": {"ar": [...], "fr": [...], "en": [...]},
    "roles": [{"role", "from", "to", "documents"}], "events": {"total", "items"}, "documents"}``.
    Names are the forms written in articles of each language, most frequent first; roles come with the
    first and last publication date of the articles giving them.
    """
    info = store.actors_by_key([actor_id]).get(actor_id)
    documents = store.actor_document_count(actor_id) if info else 0
    if not info or not documents:
        return None
    names: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for row in store.actor_names(actor_id):
        lang = row["lang"] or "unknown"
        if row["name"] not in names.setdefault(lang, []):
            names[lang].append(row["name"])
    total, items = store.actor_event_page(actor_id, ACTOR_PAGE_EVENTS)
    return {
        "id": actor_id,
        "label": info["label"],
        "type": info["type"],
        "country": info["country"],
        "sector": info["sector"],
        "kb_id": info["kb_id"],
        "names": names,
        "roles": [
            {"role": r["role"], "from": r["first"], "to": r["last"], "documents": int(r["documents"])}
            for r in store.actor_roles(actor_id)
        ],
        "events": {"total": total, "items": items},
        "documents": documents,
    }


def search_actors(store: Store, text: str, limit: int = 20) -> list[dict[str, Any]]:
    """``[{"id", "label", "type", "country", "documents"}]``: actors with a name (any language, any article)
    containing ``text`` once both are folded (accents, case, Arabic letter variants); most documents first."""
    folded = fold(text)
    if not folded:
        return []
    rows = store.search_actor_rows(folded, limit)
    return [
        {k: row[k] for k in ("id", "label", "type", "country")} | {"documents": int(row["documents"])}
        for row in rows
        if row["documents"]
    ][:limit]


# -- documents -----------------------------------------------------------------------------------


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """The stored record of the extraction contract (output-format.md), or ``None``.

    Added for the workbench: ``actor_id`` on every entity and on every member of an event side.
    """
    doc = store.load_document(doc_id)
    if doc is None:
        return None
    record = doc.as_dict()
    entity_keys, side_keys = store.document_actor_keys(doc_id)
    for entity in record["entities"]:
        entity["actor_id"] = entity_keys.get(entity["id"])
    for ev in record["events"]:
        for side, name in ((0, "actor"), (1, "recipient")):
            for pos, member in enumerate(ev[name]):
                member["actor_id"] = side_keys.get((ev["id"], side, pos))
    return record


def search_documents(
    store: Store, text: str, lang: str | None = None, limit: int = 20, offset: int = 0
) -> dict[str, Any]:
    """``{"total", "items": [{id, title, lang, outlet, published, snippet, snippet_spans}]}``, best match first.

    Every word of ``text`` must appear in the title or body, after Arabic (diacritics, letter variants,
    proclitics) and Latin (accents, case) normalisation. ``snippet`` is plain text from the body around
    the first match; ``snippet_spans`` are [start, end] offsets of the matching words inside it.
    """
    if not 1 <= limit <= 1000 or offset < 0:
        raise ValueError(f"limit must be 1..1000 and offset >= 0, not {limit} and {offset}")
    terms = fts.query_terms(text)
    if not terms:
        return {"total": 0, "items": []}
    total, rows = store.search_document_rows(terms, lang, limit, offset)
    items = []
    for row in rows:
        text_snippet, spans = snippet(row["body"] or "", terms)
        items.append(
            {k: row[k] for k in ("id", "title", "lang", "outlet", "published")}
            | {"snippet": text_snippet, "snippet_spans": spans}
        )
    return {"total": total, "items": items}


def facets(store: Store) -> dict[str, Any]:
    """``{"types", "modes", "contexts", "langs", "outlets"}`` (values, most frequent first), ``"date_min"``,
    ``"date_max"`` (first days of the earliest and latest event dates), ``"documents"``, ``"events"``."""
    return store.facet_values()
