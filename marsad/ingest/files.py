"""Read inputs: .txt, .html/.htm, .json (one record), .jsonl, folders (recursive) and ``-`` (stdin JSONL)."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from marsad.errors import IngestError
from marsad.ingest.decode import decode_bytes
from marsad.model import Failure, RawRecord

HINT_FIELDS = ("url", "outlet", "title", "published", "lang")
STDIN = "-"


def list_inputs(paths: Iterable[str], suffixes: Iterable[str]) -> Iterator[str]:
    """Expand folders recursively (sorted, so ids and order are stable); keep files and ``-`` as given."""
    wanted = {s.lower() for s in suffixes}
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path, wanted)
        else:
            yield str(path)


def count_inputs(paths: Iterable[str], suffixes: Iterable[str]) -> int:
    return sum(1 for _ in list_inputs(paths, suffixes))


def _walk(folder: Path, wanted: set[str]) -> Iterator[str]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(Path(entry.path), wanted)
        elif Path(entry.name).suffix.lower() in wanted:
            yield entry.path


def iter_records(
    inputs: Iterable[str], *, max_bytes: int, encoding: str = "", stdin: IO[bytes] | None = None
) -> Iterator[RawRecord | Failure]:
    """Yield one RawRecord per article, or a Failure naming the input, stage and fix."""
    for source in inputs:
        if source == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _jsonl_lines(enumerate(stream, 1), "<stdin>", None, max_bytes, encoding)
            continue
        yield from _read_path(Path(source), max_bytes, encoding)


def _read_path(path: Path, max_bytes: int, encoding: str) -> Iterator[RawRecord | Failure]:
    suffix = path.suffix.lower()
    try:
        if suffix not in (".txt", ".html", ".htm", ".json", ".jsonl"):
            raise IngestError("E110", suffix=suffix or "(none)")
        if suffix == ".jsonl":
            with _open(path) as fh:
                yield from _jsonl_lines(enumerate(fh, 1), str(path), path.stem, max_bytes, encoding)
            return
        data = _read_bytes(path, max_bytes)
        text, used = decode_bytes(data, encoding)
        if suffix == ".json":
            yield _from_json(text, str(path), path.stem, used)
        else:
            field = "html" if suffix in (".html", ".htm") else "text"
            yield RawRecord(id=path.stem, source=str(path), encoding=used, **{field: text})
    except IngestError as exc:
        yield Failure(path.stem, str(path), "ingest", exc.code, str(exc))


def _open(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise IngestError("E101") from None
    except OSError as exc:
        raise IngestError("E102", reason=exc.strerror or exc) from None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise IngestError("E101") from None
    except OSError as exc:
        raise IngestError("E102", reason=exc.strerror or exc) from None
    if size > max_bytes:
        raise IngestError("E103", size=_human(size), limit=_human(max_bytes))
    with _open(path) as fh:
        return fh.read()


def _jsonl_lines(
    lines: Iterable[tuple[int, bytes]], source: str, stem: str | None, max_bytes: int, encoding: str
) -> Iterator[RawRecord | Failure]:
    for number, raw in lines:
        if not raw.strip():
            continue
        where = f"{source}:{number}"
        fallback_id = f"{stem}:{number}" if stem else where
        try:
            if len(raw) > max_bytes:
                raise IngestError("E103", size=_human(len(raw)), limit=_human(max_bytes))
            text, used = decode_bytes(raw, encoding)
            yield _from_json(text, where, None, used)
        except IngestError as exc:
            yield Failure(fallback_id, where, "ingest", exc.code, str(exc))


def _from_json(text: str, source: str, stem: str | None, encoding: str) -> RawRecord:
    where = f" in {source}"
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError("E107", where=where, reason=exc) from None
    if not isinstance(record, dict):
        raise IngestError("E107", where=where, reason="expected a JSON object")
    return record_from_dict(record, source, stem, encoding)


def record_from_dict(
    record: dict[str, Any], source: str, stem: str | None, encoding: str | None
) -> RawRecord:
    """Validate one input record; the id is the given one, else the file stem, else a content hash."""
    where = f" in {source}"
    for name in ("id", "text", "html", *HINT_FIELDS):
        value = record.get(name)
        if value is not None and not isinstance(value, str | int):
            raise IngestError("E109", field=name, where=where)
    text, html = record.get("text"), record.get("html")
    if not (isinstance(text, str) and text.strip()) and not (isinstance(html, str) and html.strip()):
        raise IngestError("E108", where=where)
    content = text if isinstance(text, str) and text.strip() else None
    markup = None if content else html
    given = record.get("id")
    doc_id = str(given) if given not in (None, "") else stem or content_id(content or markup or "")
    hints = {name: _str_or_none(record.get(name)) for name in HINT_FIELDS}
    return RawRecord(id=doc_id, source=source, text=content, html=markup, encoding=encoding, **hints)


def content_id(text: str) -> str:
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def _str_or_none(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _human(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size} bytes"
