"""An ``EventQuery`` as SQL, written once for SQLite and PostgreSQL: a ``WHERE`` over ``events e``, and the
faster forms used when a query only needs the per-dyad facts of ``event_dyads``.

SQL uses ``?`` placeholders (the PostgreSQL store turns them into ``%s``). Sides are matched through the
indexed side tables, never through JSON: ``event_actors`` for one side, ``event_dyads`` for a pair.
A side value is read as an actor key (``kb:…``, ``name:…``), a country code the store knows, or else a
part of an actor's name in any language (looked up in ``actor_names``, folded like ``marsad.normalize.fold``).
Type and date conditions are repeated inside the dyad lookups, so that a dyad query reads only the
``event_dyads`` rows it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from marsad.normalize import fold
from marsad.store import fts
from marsad.store.eventquery import NO_AUX, EventQuery, looks_like_country
from marsad.store.rows import ACTOR, ACTOR_LEVEL, COUNTRY_LEVEL, RECIPIENT

Clause = tuple[str, list[Any]]
NOTHING: Clause = ("1 = 0", [])
EVERYTHING: Clause = ("1 = 1", [])
# event_dyads columns a dyad's facts query returns (distinct per event)
FACTS = "seq, type, date, date_lo, quad_class, goldstein"
EXACT = ("country", "actor")  # side matches that select one key: one event_dyads row per event and direction


@dataclass(frozen=True, slots=True)
class Dialect:
    """What differs between the backends' SQL in the read queries."""

    name: str

    def contains(self, column: str) -> str:
        """``column`` contains the next parameter as a substring."""
        return f"instr({column}, ?) > 0" if self.name == "sqlite" else f"strpos({column}, ?) > 0"

    def documents_matching(self) -> str:
        """SQL selecting the ``rid`` of documents whose text matches the next parameter."""
        if self.name == "sqlite":
            return "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?"
        return "SELECT rid FROM documents WHERE search @@ CAST(? AS tsquery)"

    def text_query(self, terms: list[list[str]]) -> str:
        return fts.fts5_query(terms) if self.name == "sqlite" else fts.tsquery(terms)


@dataclass(frozen=True, slots=True)
class SideMatch:
    """How one side value is matched: ``country``, ``actor`` (exact key), ``prefix`` (key prefix), ``name``."""

    kind: str
    value: str

    @property
    def level(self) -> int:
        return COUNTRY_LEVEL if self.kind == "country" else ACTOR_LEVEL


def resolve_side(value: str, is_country: Callable[[str], bool]) -> SideMatch:
    """Read a side value: actor key, known country code (any case), or part of a name."""
    if value.startswith("kb:"):
        return SideMatch("actor", value)
    if value.startswith("name:"):
        return SideMatch("actor", value) if "|" in value else SideMatch("prefix", value + "|")
    if looks_like_country(value) and is_country(value.upper()):
        return SideMatch("country", value.upper())
    return SideMatch("name", fold(value))


def match_sql(m: SideMatch, country_col: str, actor_col: str, dialect: Dialect) -> Clause:
    """Condition on one row of a side table for ``m``."""
    if m.kind == "country":
        return f"{country_col} = ?", [m.value]
    if m.kind == "actor":
        return f"{actor_col} = ?", [m.value]
    if m.kind == "prefix":  # every key that starts with "name:<name>|": a range, so the index serves it
        return f"{actor_col} >= ? AND {actor_col} < ?", [m.value, m.value[:-1] + "}"]
    if not m.value:
        return NOTHING
    names = f"SELECT actor_id FROM actor_names WHERE n > 0 AND {dialect.contains('folded')}"
    return f"{actor_col} IN ({names})", [m.value]


def side_clause(m: SideMatch, side: int | None, dialect: Dialect) -> Clause:
    """Events with a member matching ``m`` on ``side`` (0 actor, 1 recipient, ``None`` either)."""
    sql, params = match_sql(m, "country", "actor_id", dialect)
    if side is None:
        return f"e.seq IN (SELECT seq FROM event_actors WHERE {sql})", params
    return f"e.seq IN (SELECT seq FROM event_actors WHERE side = ? AND {sql})", [side, *params]


def fact_conditions(q: EventQuery, prefix: str = "e.") -> list[Clause]:
    """Type and date-range conditions, on ``events`` (``e.``) or on ``event_dyads`` (no prefix).

    The date range keeps events whose span overlaps it; ``date_lo >= first day of date_from's year`` is
    implied (a date's first and last day are in the same year) and bounds the index range on ``date_lo``.
    """
    parts: list[Clause] = []
    if q.type:
        parts.append((f"{prefix}type = ?", [q.type]))
    low, high = q.date_range
    if low:
        parts.append((f"{prefix}date_hi >= ? AND {prefix}date_lo >= ?", [low, low[:4] + "-01-01"]))
    if high:
        parts.append((f"{prefix}date_lo <= ?", [high]))
    return parts


def date_ranges(q: EventQuery, prefix: str = "e.") -> list[Clause]:
    """``fact_conditions`` as one or two disjoint clauses, each one tight range on ``date_lo``.

    An event overlapping ``[low, high]`` either starts inside it, or starts before ``low`` on the first
    day of ``low``'s month or year (a month- or year-precise date that contains ``low``). Reading the two
    apart spares the scan of every event between the 1st of January and ``low``.
    """
    low, high = q.date_range
    kind = [(f"{prefix}type = ?", [q.type])] if q.type else []
    if not low:
        return [join(fact_conditions(q, prefix))]
    inside = [(f"{prefix}date_lo >= ?", [low])] + ([(f"{prefix}date_lo <= ?", [high])] if high else [])
    starts = sorted({low[:8] + "01", low[:4] + "-01-01"} - {low})
    before = (
        f"{prefix}date_lo IN ({', '.join('?' * len(starts))}) AND {prefix}date_hi >= ?",
        [*starts, low],
    )
    return [join(kind + inside)] + ([join([*kind, before])] if starts else [])


def join(parts: list[Clause]) -> Clause:
    if not parts:
        return EVERYTHING
    return " AND ".join(f"({sql})" for sql, _ in parts), [p for _, params in parts for p in params]


def dyad_rows(a: SideMatch, b: SideMatch, dialect: Dialect, facts: Clause, columns: str = "seq") -> Clause | None:
    """``SELECT columns`` of the ``event_dyads`` rows from ``a`` to ``b`` or back meeting ``facts``, one per
    event (``UNION``), or ``None`` when the sides are not of one level (a country and an actor)."""
    if a.level != b.level:
        return None

    def pair(first: SideMatch, second: SideMatch, alias: str) -> Clause:
        source, source_params = match_sql(first, f"{alias}.source", f"{alias}.source", dialect)
        target, target_params = match_sql(second, f"{alias}.target", f"{alias}.target", dialect)
        return f"{alias}.level = ? AND {source} AND {target}", [a.level, *source_params, *target_params]

    forward, forward_params = pair(a, b, "y")
    backward, backward_params = pair(b, a, "y")
    select = f"SELECT {', '.join('y.' + c.strip() for c in columns.split(','))} FROM event_dyads y WHERE"
    first = f"{select} {forward} AND {facts[0]}", [*forward_params, *facts[1]]
    if a == b:
        return first
    if a.kind in EXACT and b.kind in EXACT:
        # One row per event and direction: keep the backward rows whose event has no forward row.
        twin, twin_params = pair(a, b, "z")
        second = f"{select} {backward} AND {facts[0]} AND NOT EXISTS (SELECT 1 FROM event_dyads z WHERE {twin}"
        return (
            f"{first[0]} UNION ALL {second} AND z.seq = y.seq)",
            [*first[1], *backward_params, *facts[1], *twin_params],
        )
    return f"{first[0]} UNION {select} {backward} AND {facts[0]}", [*first[1], *backward_params, *facts[1]]


def dyad_clause(a: SideMatch, b: SideMatch, dialect: Dialect, facts: Clause) -> Clause:
    """Events from ``a`` to ``b`` or from ``b`` to ``a`` (``facts`` narrows the dyad lookups)."""
    rows = dyad_rows(a, b, dialect, facts)
    if rows is not None:
        return f"e.seq IN ({rows[0]})", rows[1]
    # A country on one side and an actor on the other: through the per-side rows.
    one = [side_clause(a, ACTOR, dialect), side_clause(b, RECIPIENT, dialect)]
    other = [side_clause(b, ACTOR, dialect), side_clause(a, RECIPIENT, dialect)]
    sql = f"(({one[0][0]} AND {one[1][0]}) OR ({other[0][0]} AND {other[1][0]}))"
    return sql, [*one[0][1], *one[1][1], *other[0][1], *other[1][1]]


def where(q: EventQuery, dialect: Dialect, is_country: Callable[[str], bool]) -> Clause:
    """The conditions of ``q`` on ``events e``, ANDed (``"1 = 1"`` when there are none)."""
    parts: list[Clause] = []
    if q.actor:
        parts.append(side_clause(resolve_side(q.actor, is_country), ACTOR, dialect))
    if q.recipient:
        parts.append(side_clause(resolve_side(q.recipient, is_country), RECIPIENT, dialect))
    if q.party:
        parts.append(side_clause(resolve_side(q.party, is_country), None, dialect))
    if q.dyad:
        a, b = (resolve_side(v, is_country) for v in q.dyad)
        parts.append(dyad_clause(a, b, dialect, join(fact_conditions(q, prefix=""))))
    parts += fact_conditions(q)
    simple = (("mode", q.mode), ("lang", q.lang), ("outlet", q.outlet))
    parts += [(f"e.{column} = ?", [value]) for column, value in simple if value is not None]
    if q.context:
        parts.append(("e.seq IN (SELECT seq FROM event_contexts WHERE context = ?)", [q.context]))
    if q.aux == NO_AUX:
        parts.append(("e.aux IS NULL", []))
    elif q.aux:
        parts.append(("e.aux = ?", [q.aux]))
    if q.doc_id:
        parts.append(("e.doc_rid = (SELECT rid FROM documents WHERE id = ?)", [q.doc_id]))
    if q.min_confidence is not None:
        parts.append(("e.confidence >= ?", [float(q.min_confidence)]))
    if q.text:
        terms = fts.query_terms(q.text)
        matching = f"e.doc_rid IN ({dialect.documents_matching()})"
        parts.append((matching, [dialect.text_query(terms)]) if terms else NOTHING)
    return join(parts)


def _other_conditions(q: EventQuery) -> bool:
    fields = (q.actor, q.recipient, q.party, q.mode, q.context, q.aux, q.lang, q.outlet, q.doc_id, q.text)
    return any(v is not None for v in (*fields, q.min_confidence))


def has_conditions(q: EventQuery) -> bool:
    """True when ``q`` filters anything (aggregates over every event can skip the join on ``events``)."""
    return _other_conditions(q) or any(v is not None for v in (q.dyad, q.type, q.date_from, q.date_to))


def dyad_facts(q: EventQuery, dialect: Dialect, is_country: Callable[[str], bool]) -> Clause | None:
    """For a query made only of a dyad (of one level), a type and dates: SQL returning ``FACTS`` of its
    events from ``event_dyads`` alone, one row per event. ``None`` for any other query."""
    if q.dyad is None or _other_conditions(q):
        return None
    a, b = (resolve_side(v, is_country) for v in q.dyad)
    return dyad_rows(a, b, dialect, join(fact_conditions(q, prefix="")), columns=FACTS)


def only_facts(q: EventQuery) -> bool:
    """True when ``q`` has no condition but type and dates (aggregates can read ``event_dyads`` alone)."""
    return q.dyad is None and not _other_conditions(q)
