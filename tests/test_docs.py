"""Docs tell the truth: every command is in the README, every setting has a comment, public API is exported."""

from __future__ import annotations

import re
from pathlib import Path

from typer.main import get_command

import marsad
from marsad.cli import app
from marsad.config import defaults
from marsad.errors import CATALOGUE

ROOT = Path(__file__).resolve().parents[1]


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in get_command(app).commands:  # type: ignore[attr-defined]
        assert f"marsad {name}" in readme, name


def test_every_setting_has_a_comment() -> None:
    lines = (ROOT / "marsad" / "default_config.toml").read_text(encoding="utf-8").splitlines()
    for index, line in enumerate(lines):
        if re.match(r"^\w+\s*=", line):
            assert lines[index - 1].startswith("#"), f"setting without a comment: {line}"
    assert defaults()["languages"]["fr"]["model"] == "fr_core_news_md"


def test_article_error_codes_are_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in CATALOGUE:
        if code[1] in "123":
            assert code in readme or _in_range(code, readme), code


def _in_range(code: str, readme: str) -> bool:
    number = int(code[1:])
    return any(int(low) <= number <= int(high) for low, high in re.findall(r"E(\d{3})[–-]E(\d{3})", readme))


def test_public_api() -> None:
    assert sorted(marsad.__all__) == marsad.__all__
    for name in marsad.__all__:
        assert hasattr(marsad, name)
