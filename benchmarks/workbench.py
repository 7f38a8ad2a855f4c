"""Latency of the workbench queries over 1 million synthetic events, in SQLite and PostgreSQL.

Generates the events (benchmarks/workbench_corpus.py: 150 countries with Zipf weights, ~20,000 actors,
events/10 articles in ar/fr/en over 2015-2024), loads them through each store's normal write path in
batches of 1,000 articles (``executemany`` in SQLite, ``COPY`` in PostgreSQL), runs ``optimize()``, then
times the query layer (``marsad.query.workbench``), each query ``--runs`` times with varied parameters:

- timeline: the dyad timeline of a pair of countries, either direction, per month (IRQ-RUS, USA-CHN...);
- events: the event table page: dyad + type + a two-year date range, newest first, 50 rows and the total;
- network: the country network of one quarter (date range), 200 heaviest edges;
- search: full-text search of the articles for a word (names, places, common words), 20 hits with snippets;
- actor: an actor's page (names, roles, first 50 events, counts).

Prints p50 / p95 / max per query and backend, and p95 / 200 ms (below 1.0 meets the target).
PostgreSQL: ``--pg-url`` to use a server, else a throw-away one is started (tests/store/pg_server.py,
needs the Debian ``postgresql`` package). Usage::

    python benchmarks/workbench.py [--n 1000000] [--runs 50] [--backends sqlite,postgres] [--db-dir DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "benchmarks"), str(ROOT)]

from workbench_corpus import Corpus  # noqa: E402

from marsad.query import workbench  # noqa: E402
from marsad.query.workbench import EventQuery  # noqa: E402
from marsad.store.base import Store  # noqa: E402

TARGET_MS = 200.0
DYADS = [
    ("IRQ", "RUS"), ("USA", "CHN"), ("ISR", "IRN"), ("RUS", "UKR"), ("TUR", "SYR"), ("FRA", "DZA"),
    ("SAU", "YEM"), ("USA", "IRQ"), ("EGY", "ISR"), ("LBN", "SYR"), ("GBR", "FRA"), ("IRN", "IRQ"),
]  # fmt: skip
TYPES = ["CONSULT", "ACCUSE", "ASSAULT", "AGREE", "SUPPORT", "REQUEST"]
WORDS = ["العراق", "روسيا", "Russie", "energy", "sécurité", "المحادثات", "Ukraine", "officials", "الأمن", "Syrie"]
# PostgreSQL settings of the throw-away server: memory for a 1M-event database on a small machine;
# fsync off only speeds up the load (reads are unaffected).
PG_SETTINGS = {"shared_buffers": "1GB", "work_mem": "64MB", "maintenance_work_mem": "512MB", "max_wal_size": "8GB"}


def content_hash(doc: Any) -> str:
    return hashlib.sha1(f"{doc.id}:{len(doc.body)}:{len(doc.events)}".encode()).hexdigest()


def load(store: Store, n_events: int, seed: int, batch: int) -> dict[str, float]:
    """Write the corpus into ``store``; return seconds spent generating and writing, and counts."""
    generate = write = 0.0
    docs = events = 0
    start = time.perf_counter()
    corpus = Corpus(seed=seed)
    for part in corpus.documents(n_events, batch=batch):
        generated = time.perf_counter()
        generate += generated - start
        store.save_documents([(d, content_hash(d)) for d in part], run_id=None)
        start = time.perf_counter()
        write += start - generated
        docs += len(part)
        events += sum(len(d.events) for d in part)
        print(f"\r  {events:>9,} events, {docs:>7,} articles, write {write:6.1f} s", end="", file=sys.stderr)
    optimized = time.perf_counter()
    store.optimize()
    print(file=sys.stderr)
    return {"generate_s": generate, "write_s": write, "optimize_s": time.perf_counter() - optimized,
            "documents": docs, "events": events}  # fmt: skip


def workloads(seed: int, runs: int) -> dict[str, list[Callable[[Store], Any]]]:
    """Per query name, ``runs`` calls with varied, realistic parameters (the same for every backend)."""
    rng = random.Random(seed)

    def pick_dyad() -> tuple[str, str]:
        return rng.choice(DYADS)

    def years() -> tuple[str, str]:
        first = rng.randint(2015, 2023)
        return str(first), str(first + 1)

    def quarter() -> tuple[str, str]:
        year, q = rng.randint(2015, 2024), rng.randint(0, 3)
        return f"{year}-{3 * q + 1:02d}", f"{year}-{3 * q + 3:02d}"

    out: dict[str, list[Callable[[Store], Any]]] = {"timeline": [], "events": [], "network": [], "search": []}
    out["actor"] = []
    for _ in range(runs):
        dyad = pick_dyad()
        out["timeline"].append(lambda s, d=dyad: workbench.timeline(s, EventQuery(dyad=d), interval="month"))
        first, last = years()
        page = EventQuery(dyad=pick_dyad(), type=rng.choice(TYPES), date_from=first, date_to=last)
        out["events"].append(lambda s, q=page: workbench.events(s, q))
        low, high = quarter()
        out["network"].append(
            lambda s, q=EventQuery(date_from=low, date_to=high): workbench.network(s, q, level="country", limit=200)
        )
        word = rng.choice(WORDS)
        out["search"].append(lambda s, w=word: workbench.search_documents(s, w, limit=20))
        key = f"kb:Q{900_000 + rng.randint(0, 40)}"
        out["actor"].append(lambda s, k=key: workbench.actor_page(s, k))
    return out


def measure(store: Store, calls: list[Callable[[Store], Any]]) -> list[float]:
    for call in calls[:3]:
        call(store)  # warm-up: first plans and page cache
    times = []
    for call in calls:
        start = time.perf_counter()
        call(store)
        times.append((time.perf_counter() - start) * 1000)
    return times


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def open_backend(name: str, args: argparse.Namespace, folder: Path, cleanup: list[Callable[[], None]]) -> Store:
    if name == "sqlite":
        from marsad.store import SQLiteStore

        path = folder / f"workbench-{args.n}.db"
        path.unlink(missing_ok=True)
        return SQLiteStore(path)
    from marsad.store.postgres import PostgresStore

    url = args.pg_url
    if url is None:
        from tests.store.pg_server import PostgresServer, find_bin_dir

        bin_dir = find_bin_dir()
        if bin_dir is None:
            raise SystemExit("PostgreSQL binaries not found: install postgresql or pass --pg-url")
        server = PostgresServer(bin_dir, settings=PG_SETTINGS).start()
        cleanup.append(server.stop)
        url = server.create_database("marsad_bench")
    return PostgresStore(url)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="events to generate (default 1,000,000)")
    parser.add_argument("--runs", type=int, default=50, help="timed runs per query (default 50)")
    parser.add_argument("--backends", default="sqlite,postgres", help="comma-separated: sqlite, postgres")
    parser.add_argument("--pg-url", help="an existing PostgreSQL database (its tables are written to)")
    parser.add_argument("--db-dir", type=Path, help="folder for the SQLite file (default: a temporary folder)")
    parser.add_argument("--batch", type=int, default=1000, help="articles per write transaction")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    results: list[tuple[str, str, list[float]]] = []
    loads: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="marsad-bench-") as tmp:
        folder = args.db_dir or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
            cleanup: list[Callable[[], None]] = []
            try:
                store = open_backend(backend, args, folder, cleanup)
                print(f"{backend}: loading {args.n:,} events", file=sys.stderr)
                loads[backend] = load(store, args.n, args.seed, args.batch)
                for name, calls in workloads(args.seed, args.runs).items():
                    results.append((backend, name, measure(store, calls)))
                store.close()
            finally:
                for step in cleanup:
                    step()
    report(args, loads, results)
    return 0


def report(
    args: argparse.Namespace, loads: dict[str, dict[str, float]], results: list[tuple[str, str, list[float]]]
) -> None:
    print(f"\nWorkbench benchmark: {args.n:,} synthetic events, {args.runs} runs per query (ms)\n")
    for backend, figures in loads.items():
        rate = figures["events"] / figures["write_s"] if figures["write_s"] else 0
        print(
            f"{backend:<9} load: {figures['events']:,} events in {figures['documents']:,} articles; "
            f"write {figures['write_s']:.0f} s ({rate:,.0f} events/s), generate {figures['generate_s']:.0f} s, "
            f"optimize {figures['optimize_s']:.0f} s"
        )
    print(f"\n{'backend':<9} {'query':<9} {'p50':>8} {'p95':>8} {'max':>8}  p95/200ms")
    for backend, name, times in results:
        p50, p95 = statistics.median(times), percentile(times, 95)
        print(f"{backend:<9} {name:<9} {p50:8.2f} {p95:8.2f} {max(times):8.2f}  {p95 / TARGET_MS:5.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
