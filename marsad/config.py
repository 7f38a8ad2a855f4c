"""Load settings: packaged defaults, overlaid by a user TOML file and ``--set KEY=VALUE`` pairs."""

from __future__ import annotations

import copy
import json
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from marsad.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Settings:
    """Validated settings; ``get("nlp.batch_size")`` reads one value."""

    data: dict[str, Any]

    def get(self, key: str) -> Any:
        node: Any = self.data
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise ConfigError("E001", key=key)
            node = node[part]
        return node

    def section(self, name: str) -> dict[str, Any]:
        value = self.get(name)
        return dict(value) if isinstance(value, dict) else {}

    def model_for(self, lang: str) -> str | None:
        """The spaCy pipeline configured for ``lang``, or None when the language has no pack."""
        langs = self.data.get("languages", {})
        return langs[lang]["model"] if lang in langs else None

    def as_json(self) -> str:
        return json.dumps(self.data, sort_keys=True, ensure_ascii=False)


def defaults() -> dict[str, Any]:
    text = resources.files("marsad").joinpath("default_config.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def load_config(path: Path | None = None, overrides: list[str] | None = None) -> Settings:
    """Defaults, then the user file, then ``--set`` pairs; unknown keys and wrong types raise."""
    data = defaults()
    if path is not None:
        try:
            user = tomllib.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError("E003", path=path, reason=exc) from None
        _merge(data, user, prefix="")
    for pair in overrides or []:
        key, value = _parse_pair(pair)
        _merge(data, _nest(key, value), prefix="")
    return Settings(data)


def _parse_pair(pair: str) -> tuple[str, Any]:
    if "=" not in pair:
        raise ConfigError("E004", value=pair)
    key, raw = pair.split("=", 1)
    try:
        value = tomllib.loads(f"v = {raw}")["v"]
    except tomllib.TOMLDecodeError:
        value = raw
    return key.strip(), value


def _nest(key: str, value: Any) -> dict[str, Any]:
    node: dict[str, Any] = {}
    cursor = node
    parts = key.split(".")
    for part in parts[:-1]:
        cursor = cursor.setdefault(part, {})
    cursor[parts[-1]] = value
    return node


def _merge(base: dict[str, Any], user: dict[str, Any], prefix: str) -> None:
    for key, value in user.items():
        full = f"{prefix}{key}"
        if prefix == "languages." and key not in base:
            # A new language entry is allowed (a user adding a pack for another language).
            base[key] = copy.deepcopy(value)
            continue
        if key not in base:
            raise ConfigError("E001", key=full)
        current = base[key]
        if isinstance(current, dict):
            if not isinstance(value, dict):
                raise ConfigError("E002", key=full, expected="a table", value=value)
            _merge(current, value, prefix=f"{full}.")
        elif type(current) is not type(value) and not (isinstance(current, float) and isinstance(value, int)):
            raise ConfigError("E002", key=full, expected=type(current).__name__, value=value)
        else:
            base[key] = value
