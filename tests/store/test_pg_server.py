"""The PostgreSQL test server helper: skips without the binaries, fails instead when CI=true."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.store.pg_server import require_server_binaries, unavailable_reason


def test_missing_binaries_skip_outside_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_PG_BIN", str(tmp_path))  # a folder without initdb
    monkeypatch.delenv("CI", raising=False)
    assert "binaries not found" in (unavailable_reason() or "")
    with pytest.raises(pytest.skip.Exception, match="binaries not found"):
        require_server_binaries()


def test_missing_binaries_fail_in_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_PG_BIN", str(tmp_path))
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot run in CI"):
        require_server_binaries()
