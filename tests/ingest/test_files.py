"""Reading inputs: each file kind, folders, stdin, ids, and one clear Failure per bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from marsad.ingest import iter_records, list_inputs
from marsad.model import Failure, RawRecord

SUFFIXES = [".txt", ".html", ".htm", ".json", ".jsonl"]
TEXT = "Le ministre irakien des Affaires étrangères est arrivé jeudi à Moscou pour des entretiens."


def read(paths: list[str], max_bytes: int = 5_000_000, stdin: bytes | None = None) -> list[RawRecord | Failure]:
    inputs = list_inputs(paths, SUFFIXES)
    return list(iter_records(inputs, max_bytes=max_bytes, stdin=io.BytesIO(stdin) if stdin is not None else None))


def test_each_kind(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{TEXT}</p></body></html>", encoding="utf-8")
    (tmp_path / "c.json").write_text(json.dumps({"text": TEXT, "url": "https://x.org/2020/05/14/a"}))
    (tmp_path / "d.jsonl").write_text(
        json.dumps({"id": "given", "text": TEXT}) + "\n\n" + json.dumps({"html": f"<p>{TEXT}</p>"}) + "\n"
    )
    records = read([str(tmp_path)])
    assert all(isinstance(r, RawRecord) for r in records)
    by_id = {r.id: r for r in records}
    assert by_id["a"].text == TEXT
    assert by_id["b"].html and by_id["b"].text is None
    assert by_id["c"].url == "https://x.org/2020/05/14/a"
    assert "given" in by_id
    hashed = [r for r in records if r.id.startswith("sha1-")]
    assert len(hashed) == 1 and hashed[0].html == f"<p>{TEXT}</p>"


def test_content_hash_id_is_stable(tmp_path: Path) -> None:
    line = json.dumps({"text": TEXT}) + "\n"
    first = read(["-"], stdin=line.encode())
    second = read(["-"], stdin=line.encode())
    assert first[0].id == second[0].id and first[0].id.startswith("sha1-")


def test_folder_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "z").mkdir()
    (tmp_path / "z" / "inner.txt").write_text(TEXT)
    (tmp_path / "b.txt").write_text(TEXT)
    (tmp_path / "notes.md").write_text("ignored")
    (tmp_path / ".hidden.txt").write_text(TEXT)
    assert [Path(p).name for p in list_inputs([str(tmp_path)], SUFFIXES)] == ["b.txt", "inner.txt"]


def failure_of(tmp_path: Path, name: str, data: bytes, max_bytes: int = 5_000_000) -> Failure:
    path = tmp_path / name
    path.write_bytes(data)
    (result,) = read([str(path)], max_bytes=max_bytes)
    assert isinstance(result, Failure), result
    assert result.stage == "ingest" and str(path) == result.source
    return result


@pytest.mark.parametrize(
    ("name", "data", "code", "hint"),
    [
        ("empty.txt", b"", "E104", "empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(300), "E105", "PNG"),
        ("bad.json", b'{"text": "unterminated', "E107", "Invalid JSON"),
        ("notext.json", b'{"id": "x", "title": "t"}', "E108", "no 'text' or 'html'"),
        ("list.json", b"[1, 2]", "E107", "JSON object"),
        ("wrongtype.json", b'{"text": ["a"]}', "E109", "must be a string"),
        ("page.pdf", b"%PDF-1.4", "E110", "Unsupported"),
    ],
)
def test_bad_files_fail_clearly(tmp_path: Path, name: str, data: bytes, code: str, hint: str) -> None:
    failure = failure_of(tmp_path, name, data)
    assert failure.code == code
    assert hint in failure.message


def test_invalid_utf8_is_still_read(tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")[:40] + b"\xff\xfe\xfa" + TEXT.encode("cp1252")
    (tmp_path / "x.txt").write_bytes(data)
    (result,) = read([str(tmp_path / "x.txt")])
    assert isinstance(result, RawRecord)
    assert "Moscou" in (result.text or "")


def test_oversized_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (failure,) = read([str(path)])
    assert isinstance(failure, Failure) and failure.code == "E103"
    assert "52.4 MB" in failure.message and "Split" in failure.message


def test_missing_file(tmp_path: Path) -> None:
    (failure,) = read([str(tmp_path / "nope.txt")])
    assert isinstance(failure, Failure) and failure.code == "E101"


def test_jsonl_bad_lines_fail_alone(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps({"id": "ok1", "text": TEXT}) + "\n{not json\n" + json.dumps({"id": "x"}) + "\n"
        + json.dumps({"id": "ok2", "text": TEXT}) + "\n"
    )
    results = read([str(path)])
    assert [r.id for r in results if isinstance(r, RawRecord)] == ["ok1", "ok2"]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [(f.code, f.source) for f in failures] == [("E107", f"{path}:2"), ("E108", f"{path}:3")]


def test_ten_thousand_files(tmp_path: Path) -> None:
    for folder in range(10):
        sub = tmp_path / f"d{folder}"
        sub.mkdir()
        for index in range(1000):
            (sub / f"{index:04d}.txt").write_text(f"{TEXT} {folder}-{index}")
    records = read([str(tmp_path)])
    assert len(records) == 10_000
    assert all(isinstance(r, RawRecord) for r in records)
