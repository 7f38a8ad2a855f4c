"""The read queries of both backends, written once: events, aggregates, actors, documents, facets, summary.

``Reads`` is a mixin: a backend provides ``_fetch(sql, params)`` (``?`` placeholders, dict rows) and
``dialect``. Methods return plain rows; ``marsad.query.workbench`` shapes them into the API's answers.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from marsad.store import conditions, fts, load
from marsad.store.conditions import Dialect
from marsad.store.eventquery import EventQuery
from marsad.store.filters import EventFilter
from marsad.store.rows import ACTOR, ACTOR_LEVEL, CANONICAL, COUNTRY_LEVEL, RECIPIENT

LEVELS = {"country": COUNTRY_LEVEL, "actor": ACTOR_LEVEL}
CACHE_ENTRIES = 64
T = TypeVar("T")


def level_of(level: str) -> int:
    try:
        return LEVELS[level]
    except KeyError:
        raise ValueError(f"level must be 'country' or 'actor', not {level!r}") from None


class Reads:
    """Read queries over the workbench schema, for any backend that can run ``?``-placeholder SQL.

    Aggregates over the whole store (no filter: the dashboard's overview, map and network) are cached
    in memory until the next write by any process (``store_state.version``).
    """

    dialect: Dialect
    _cache: dict[tuple[Any, ...], Any] | None = None  # set per store object on first use
    _cache_version: int | None = None

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def _fetch_through_indexes(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """``_fetch``, telling the planner to prefer indexes where a backend needs telling."""
        return self._fetch(sql, params)

    def _cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``, remembered until the store changes; callers get their own copy."""
        version = int(self._fetch("SELECT version FROM store_state")[0]["version"])
        if self._cache is None or self._cache_version != version or len(self._cache) >= CACHE_ENTRIES:
            self._cache = {}
            self._cache_version = version
        if key not in self._cache:
            self._cache[key] = compute()
        return copy.deepcopy(self._cache[key])

    # -- filters -----------------------------------------------------------------------------

    def is_country(self, code: str) -> bool:
        """True when some event has a side member from country ``code``."""
        return bool(self._fetch("SELECT 1 AS found FROM event_actors WHERE country = ? LIMIT 1", [code]))

    def _where(self, q: EventQuery) -> tuple[str, list[Any]]:
        return conditions.where(q, self.dialect, self.is_country)

    # -- events ------------------------------------------------------------------------------

    def _dyad_facts(self, q: EventQuery) -> tuple[str, list[Any]] | None:
        return conditions.dyad_facts(q, self.dialect, self.is_country)

    def event_page(self, q: EventQuery) -> tuple[int, list[dict[str, Any]]]:
        """(number of matching events, the page ``q.limit``/``q.offset`` of them), newest first, undated last."""
        facts = self._dyad_facts(q)
        if facts is not None:  # a dyad, a type and dates: the dyad's rows alone
            source, params = f"({facts[0]}) f", facts[1]
            order = "f.date_lo DESC NULLS LAST, f.seq DESC"
            total = self._fetch(f"SELECT count(*) AS n FROM {source}", params)[0]["n"]
            page = self._fetch(
                f"SELECT f.seq FROM {source} ORDER BY {order} LIMIT ? OFFSET ?", [*params, q.limit, q.offset]
            )
            return int(total), load.event_rows(self._fetch, [row["seq"] for row in page])
        sql, params = self._where(q)
        total = self._fetch(f"SELECT count(*) AS n FROM events e WHERE {sql}", params)[0]["n"]
        page = self._fetch(
            f"SELECT e.seq FROM events e WHERE {sql} ORDER BY e.date_lo DESC NULLS LAST, e.seq DESC LIMIT ? OFFSET ?",
            [*params, q.limit, q.offset],
        )
        return int(total), load.event_rows(self._fetch, [row["seq"] for row in page])

    def event_by_id(self, doc_id: str, event_id: str) -> dict[str, Any] | None:
        """One event row, or ``None``."""
        found = self._fetch(
            "SELECT e.seq FROM events e JOIN documents d ON d.rid = e.doc_rid WHERE d.id = ? AND e.event_id = ?",
            [doc_id, event_id],
        )
        rows = load.event_rows(self._fetch, [found[0]["seq"]]) if found else []
        return rows[0] if rows else None

    def select_events(self, f: EventFilter) -> list[dict[str, Any]]:
        """Events matching ``f`` in the row shape of ``marsad events``, by date (undated last), document, position."""
        try:
            q = EventQuery(
                actor=f.actor, recipient=f.recipient, type=f.type, date_from=f.date_from, date_to=f.date_to,
                lang=f.lang, doc_id=f.doc_id,
            )  # fmt: skip
        except ValueError:  # e.g. a type that is not PLOVER: no event has it
            return []
        sql, params = self._where(q)
        # "no limit": -1 in SQLite, NULL in PostgreSQL
        limit = f.limit if f.limit is not None else (-1 if self.dialect.name == "sqlite" else None)
        rows = self._fetch(
            f"SELECT e.seq FROM events e JOIN documents d ON d.rid = e.doc_rid WHERE {sql}"
            " ORDER BY e.date IS NULL, e.date, d.id, e.pos LIMIT ? OFFSET ?",
            [*params, limit, f.offset],
        )
        return [load.legacy_row(r) for r in load.event_rows(self._fetch, [row["seq"] for row in rows])]

    # -- aggregates --------------------------------------------------------------------------

    def _unfiltered_cached(self, q: EventQuery, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        return compute() if conditions.has_conditions(q) else self._cached(key, compute)

    def timeline_counts(self, q: EventQuery, interval: str = "day") -> list[dict[str, Any]]:
        """Rows (date, quad_class, n, score_sum, scored) grouped by quad class and by event date, or by its
        month (``interval="month"``: dates of a day or a month become ``YYYY-MM``); date None = undated."""
        if interval not in ("day", "month"):
            raise ValueError(f"interval must be 'day' or 'month', not {interval!r}")
        return self._unfiltered_cached(q, ("timeline", interval), lambda: self._timeline_counts(q, interval))

    def _timeline_counts(self, q: EventQuery, interval: str) -> list[dict[str, Any]]:
        when = "CASE WHEN length(date) >= 7 THEN substr(date, 1, 7) ELSE date END" if interval == "month" else "date"
        columns = f"{when} AS date, quad_class, count(*) AS n, sum(goldstein) AS score_sum, count(goldstein) AS scored"
        group = f"GROUP BY {when}, quad_class"
        facts = self._dyad_facts(q)
        if facts is not None:
            return self._fetch(f"SELECT {columns} FROM ({facts[0]}) f {group}", facts[1])
        sql, params = self._where(q)
        return self._fetch(f"SELECT {columns} FROM events e WHERE {sql} {group}", params)

    def dyad_counts(
        self, q: EventQuery, level: str, by_type: bool = False, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Rows (source, target, [type], n, score_sum, scored) of directed pairs, both sides known, largest first."""
        key = ("dyads", level, by_type, limit)
        return self._unfiltered_cached(q, key, lambda: self._dyad_counts(q, level, by_type, limit))

    def _dyad_counts(self, q: EventQuery, level: str, by_type: bool, limit: int | None) -> list[dict[str, Any]]:
        known = "y.level = ? AND y.source <> '' AND y.target <> ''"
        if conditions.only_facts(q):
            # Type and dates only: the dyad rows carry them; each date range is read from the date index.
            parts = [
                (f"SELECT y.source, y.target, y.type, y.goldstein FROM event_dyads y WHERE {known} AND {sql}", params)
                for sql, params in conditions.date_ranges(q, prefix="y.")
            ]
            source = "(" + " UNION ALL ".join(sql for sql, _ in parts) + ") y"
            params = [p for _, part_params in parts for p in [level_of(level), *part_params]]
            where = ""
        else:
            sql, params = self._where(q)
            source = "event_dyads y JOIN events e ON e.seq = y.seq"
            params = [level_of(level), *params]
            where = f" WHERE {known} AND {sql}"
        score = "sum(y.goldstein) AS score_sum, count(y.goldstein) AS scored"
        group = "y.source, y.target" + (", y.type" if by_type else "")
        columns = "y.source AS source, y.target AS target" + (", y.type AS type" if by_type else "")
        tail = " LIMIT ?" if limit is not None else ""
        return self._fetch(
            f"SELECT {columns}, count(*) AS n, {score} FROM {source}{where}"
            f" GROUP BY {group} ORDER BY n DESC, source, target{tail}",
            [*params, *([limit] if limit is not None else [])],
        )

    def actor_counts(self, q: EventQuery, level: str, limit: int) -> list[dict[str, Any]]:
        """Rows (k, n): countries or actor keys by number of events they take part in, either side."""
        return self._unfiltered_cached(q, ("actors", level, limit), lambda: self._actor_counts(q, level, limit))

    def _actor_counts(self, q: EventQuery, level: str, limit: int) -> list[dict[str, Any]]:
        column, first = (
            ("a.country", "a.country_first") if level_of(level) == COUNTRY_LEVEL else ("a.actor_id", "a.actor_first")
        )
        sql, params = self._where(q)
        join = "JOIN events e ON e.seq = a.seq" if conditions.has_conditions(q) else ""
        return self._fetch(
            f"SELECT {column} AS k, count(*) AS n FROM event_actors a {join}"
            f" WHERE {first} = 1 AND {sql} GROUP BY {column} ORDER BY n DESC, k LIMIT ?",
            [*params, limit],
        )

    def country_counts(self, q: EventQuery) -> list[dict[str, Any]]:
        """Rows (country, events, as_actor, as_recipient) for every country in a matching event."""
        return self._unfiltered_cached(q, ("countries",), lambda: self._country_counts(q))

    def _country_counts(self, q: EventQuery) -> list[dict[str, Any]]:
        sql, params = self._where(q)
        join = "JOIN events e ON e.seq = a.seq" if conditions.has_conditions(q) else ""
        return self._fetch(
            "SELECT a.country AS country, sum(a.country_first) AS events,"
            " sum(CASE WHEN a.side = ? THEN a.country_side_first ELSE 0 END) AS as_actor,"
            " sum(CASE WHEN a.side = ? THEN a.country_side_first ELSE 0 END) AS as_recipient"
            f" FROM event_actors a {join} WHERE a.country IS NOT NULL AND a.country_side_first = 1 AND {sql}"
            " GROUP BY a.country ORDER BY events DESC, country",
            [ACTOR, RECIPIENT, *params],
        )

    # -- actors ------------------------------------------------------------------------------

    def actors_by_key(self, keys: Sequence[str]) -> dict[str, dict[str, Any]]:
        """actor key -> {actor_id, label, type, country, sector, kb_id} for the known keys."""
        rows = load.fetch_in(self._fetch, "SELECT * FROM actors WHERE actor_id IN ({ids})", list(keys))
        return {row["actor_id"]: row for row in rows}

    def actor_document_count(self, key: str) -> int:
        return int(self._fetch("SELECT count(*) AS n FROM doc_actors WHERE actor_id = ?", [key])[0]["n"])

    def actor_names(self, key: str) -> list[dict[str, Any]]:
        """Rows (lang, name, n): the names an actor is written with, by article language, most frequent first."""
        return self._fetch(
            "SELECT lang, name, n FROM actor_names WHERE actor_id = ? AND n > 0 AND lang <> ? ORDER BY n DESC, name",
            [key, CANONICAL],
        )

    def actor_roles(self, key: str) -> list[dict[str, Any]]:
        """Rows (role, first, last, documents): roles an actor is given, with publication dates of those articles."""
        return self._fetch(
            "SELECT role, min(published) AS first, max(published) AS last, count(DISTINCT doc_rid) AS documents"
            " FROM entities WHERE actor_id = ? AND role IS NOT NULL GROUP BY role ORDER BY first, role",
            [key],
        )

    def actor_event_page(self, key: str, limit: int) -> tuple[int, list[dict[str, Any]]]:
        """(events the actor takes part in, on either side; the newest ``limit`` of them), from its own index."""
        total = self._fetch("SELECT count(*) AS n FROM event_actors WHERE actor_id = ? AND actor_first = 1", [key])
        page = self._fetch(
            "SELECT seq FROM event_actors WHERE actor_id = ? AND actor_first = 1"
            " ORDER BY date_lo DESC NULLS LAST, seq DESC LIMIT ?",
            [key, limit],
        )
        return int(total[0]["n"]), load.event_rows(self._fetch, [row["seq"] for row in page])

    def search_actor_rows(self, folded: str, limit: int) -> list[dict[str, Any]]:
        """Actors with a name containing ``folded`` (already folded), most documents first."""
        return self._fetch(
            "SELECT a.actor_id AS id, a.label AS label, a.type AS type, a.country AS country,"
            " (SELECT count(*) FROM doc_actors x WHERE x.actor_id = a.actor_id) AS documents FROM actors a"
            f" WHERE a.actor_id IN (SELECT actor_id FROM actor_names WHERE n > 0 AND {self.dialect.contains('folded')})"
            " ORDER BY documents DESC, label, id LIMIT ?",
            [folded, limit * 4 + 20],
        )

    # -- documents ---------------------------------------------------------------------------

    def load_document(self, doc_id: str) -> Any:
        """The stored ``Document``, or ``None``."""
        return load.load_document(self._fetch, doc_id)

    def iter_documents(self, ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
        """Stored documents as ``Document.as_dict()`` records.

        All documents in the order they were (last) stored, or the given ids in the given order
        (unknown ids are skipped).
        """
        if ids is None:
            ids = [row["id"] for row in self._fetch("SELECT id FROM documents ORDER BY rid")]
        for doc_id in ids:
            doc = self.load_document(doc_id)
            if doc is not None:
                yield doc.as_dict()

    def document_actor_keys(self, doc_id: str) -> tuple[dict[str, str], dict[tuple[str, int, int], str | None]]:
        """(entity id -> actor key, (event id, side, position) -> actor key) of one document."""
        entities = self._fetch(
            "SELECT en.entity_id, en.actor_id FROM entities en JOIN documents d ON d.rid = en.doc_rid WHERE d.id = ?",
            [doc_id],
        )
        sides = self._fetch(
            "SELECT e.event_id, a.side, a.pos, a.actor_id FROM event_actors a JOIN events e ON e.seq = a.seq"
            " JOIN documents d ON d.rid = e.doc_rid WHERE d.id = ?",
            [doc_id],
        )
        return (
            {row["entity_id"]: row["actor_id"] for row in entities},
            {(row["event_id"], row["side"], row["pos"]): row["actor_id"] for row in sides},
        )

    def search_document_rows(
        self, terms: list[list[str]], lang: str | None, limit: int, offset: int
    ) -> tuple[int, list[dict[str, Any]]]:
        """(matching documents, a page of them with their body), best match first.

        ``terms``: ``marsad.store.fts.query_terms`` of the search text. SQLite ranks by BM25 (title
        weighted 4); PostgreSQL lists the newest articles first (ranking every match of a common word
        there costs more than the 200 ms a page may take).
        """
        columns = "d.id AS id, d.title AS title, d.lang AS lang, d.outlet AS outlet, d.published AS published, d.body"
        if self.dialect.name == "sqlite":
            match = [fts.fts5_query(terms, lang)]
            total = self._fetch("SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ?", match)
            rows = self._fetch(
                f"SELECT {columns} FROM (SELECT rowid AS rid, bm25(documents_fts, 4.0, 1.0, 0.0) AS rank"
                " FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank, rowid DESC LIMIT ? OFFSET ?) f"
                " JOIN documents d ON d.rid = f.rid ORDER BY f.rank, f.rid DESC",
                [*match, limit, offset],
            )
            return int(total[0]["n"]), rows
        query = fts.tsquery(terms)
        lang_sql, lang_params = ("AND lang = ?", [lang]) if lang else ("", [])
        matching = f"FROM documents WHERE search @@ CAST(? AS tsquery) {lang_sql}"
        total = self._fetch_through_indexes(f"SELECT count(*) AS n {matching}", [query, *lang_params])
        newest = "published DESC NULLS LAST, rid DESC"
        rows = self._fetch(
            f"SELECT {columns} FROM (SELECT rid {matching} ORDER BY {newest} LIMIT ? OFFSET ?) f"
            " JOIN documents d ON d.rid = f.rid ORDER BY d.published DESC NULLS LAST, d.rid DESC",
            [query, *lang_params, limit, offset],
        )
        return int(total[0]["n"]), rows

    # -- facets and summary ------------------------------------------------------------------

    def _values(self, sql: str) -> list[Any]:
        return [row["v"] for row in self._fetch(sql) if row["v"] is not None]

    def facet_values(self) -> dict[str, Any]:
        """Distinct filter values (most frequent first), the event date range and the counts."""
        return self._cached(("facets",), self._facet_values)

    def _facet_values(self) -> dict[str, Any]:
        dates = self._fetch("SELECT min(date_lo) AS lo, max(date_lo) AS hi FROM events")[0]
        return {
            "types": self._values("SELECT type AS v FROM events GROUP BY type ORDER BY count(*) DESC, type"),
            "modes": self._values("SELECT mode AS v FROM events GROUP BY mode ORDER BY count(*) DESC, mode"),
            "contexts": self._values(
                "SELECT context AS v FROM event_contexts GROUP BY context ORDER BY count(*) DESC, context"
            ),
            "langs": self._values("SELECT lang AS v FROM documents GROUP BY lang ORDER BY count(*) DESC, lang"),
            "outlets": self._values("SELECT outlet AS v FROM documents GROUP BY outlet ORDER BY count(*) DESC, outlet"),
            "date_min": dates["lo"],
            "date_max": dates["hi"],
            "documents": self._count("SELECT count(*) AS n FROM documents"),
            "events": self._count("SELECT count(*) AS n FROM events"),
        }

    def _count(self, sql: str) -> int:
        return int(self._fetch(sql)[0]["n"])

    def _grouped(self, sql: str) -> dict[str, int]:
        """{key: n} from a (k, n) ``GROUP BY`` query, largest first, ties by key."""
        pairs = [(row["k"], int(row["n"])) for row in self._fetch(sql)]
        return dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))

    def stored_hash(self, doc_id: str) -> str | None:
        """Content hash of the stored document ``doc_id``, or ``None`` if it is not stored."""
        rows = self._fetch("SELECT content_hash FROM documents WHERE id = ?", [doc_id])
        return rows[0]["content_hash"] if rows else None

    def failures(self) -> list[dict[str, Any]]:
        """Every recorded failure, oldest first."""
        return self._fetch("SELECT article_id, source, stage, code, message, at, run_id FROM failures ORDER BY at, id")

    def summary(self, top: int = 10) -> dict[str, Any]:
        """Counts for a quick look at the store: articles, languages, entities, events, dyads, failures."""
        dyads = self._fetch(
            "SELECT COALESCE(actor_countries, 'UNK') AS a, COALESCE(recipient_countries, 'UNK') AS r,"
            " count(*) AS n FROM events GROUP BY COALESCE(actor_countries, 'UNK'), COALESCE(recipient_countries, 'UNK')"
            " ORDER BY n DESC, a, r LIMIT ?",
            [top],
        )
        return {
            "articles": self._count("SELECT count(*) AS n FROM documents"),
            "by_lang": self._grouped("SELECT COALESCE(lang, 'unknown') AS k, count(*) AS n FROM documents GROUP BY 1"),
            "entities": self._count("SELECT count(*) AS n FROM entities"),
            "events": self._count("SELECT count(*) AS n FROM events"),
            "events_by_type": self._grouped("SELECT type AS k, count(*) AS n FROM events GROUP BY type"),
            "top_dyads": [(row["a"], row["r"], int(row["n"])) for row in dyads],
            "failures": [
                {k: f[k] for k in ("article_id", "source", "stage", "code", "message")} for f in self.failures()
            ],
        }
