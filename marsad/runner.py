"""Batch jobs shared by the CLI, the API and tests: extract to JSON records, or run into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from marsad.config import Settings
from marsad.ingest import iter_records, list_inputs
from marsad.model import Document, Failure, RawRecord
from marsad.pipeline import Outcome, Pipeline, Processed, Skipped

if TYPE_CHECKING:
    from marsad.store import SQLiteStore

Tick = Callable[[Outcome], None]


@dataclass(slots=True)
class RunStats:
    processed: int = 0
    skipped: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def nothing_done(self) -> bool:
        """True when no article could be processed (nor was already stored): the exit status is then 1."""
        return self.processed == 0 and self.skipped == 0

    def count(self, outcome: Outcome) -> None:
        if isinstance(outcome, Processed):
            self.processed += 1
        elif isinstance(outcome, Skipped):
            self.skipped += 1
        else:
            self.failures.append(outcome)


def read_inputs(paths: list[str], settings: Settings, stdin: IO[bytes] | None = None) -> Iterator[RawRecord | Failure]:
    inputs = list_inputs(paths, settings.get("ingest.suffixes"))
    return iter_records(
        inputs, max_bytes=settings.get("ingest.max_bytes"), encoding=settings.get("ingest.encoding"), stdin=stdin
    )


def extract(
    paths: list[str],
    settings: Settings,
    *,
    pipeline: Pipeline | None = None,
    tick: Tick | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Document | Failure]:
    """Documents (and Failures) for every article under ``paths``; no database involved."""
    pipeline = pipeline or Pipeline(settings)
    for outcome in pipeline.process(read_inputs(paths, settings, stdin)):
        if tick:
            tick(outcome)
        if isinstance(outcome, Processed):
            yield outcome.document
        elif isinstance(outcome, Failure):
            yield outcome


def run_into_store(
    paths: list[str],
    settings: Settings,
    store: SQLiteStore,
    *,
    pipeline: Pipeline | None = None,
    tick: Tick | None = None,
    stdin: IO[bytes] | None = None,
) -> RunStats:
    """Process every article not already stored unchanged; write in batches, one transaction each.

    A killed run loses at most the batch in flight; rerunning it completes the store without duplicates,
    because each document is replaced whole under its id and unchanged ones are skipped.
    """
    pipeline = pipeline or Pipeline(settings)
    stats = RunStats()
    run_id = store.start_run(settings.data)
    pending: list[tuple[Document, str]] = []
    batch_size = settings.get("store.batch_size")

    def unchanged(doc_id: str, digest: str) -> bool:
        return store.stored_hash(doc_id) == digest

    for outcome in pipeline.process(read_inputs(paths, settings, stdin), unchanged=unchanged):
        stats.count(outcome)
        if isinstance(outcome, Processed):
            pending.append((outcome.document, outcome.content_hash))
        elif isinstance(outcome, Failure):
            store.record_failures([outcome], run_id)
        if len(pending) >= batch_size:
            store.save_documents(pending, run_id)
            pending = []
        if tick:
            tick(outcome)
    if pending:
        store.save_documents(pending, run_id)
    store.finish_run(run_id, stats.processed, len(stats.failures), stats.skipped)
    return stats
