"""Language packs: one sub-package per language, each with the same files (``model.py``, ``examples.py``)."""

from __future__ import annotations

import importlib
from types import ModuleType

PACKS = ("ar", "en", "fr")


def pack(lang: str) -> ModuleType | None:
    """The ``model`` module of a language pack, or None when Marsad has no pack for ``lang``."""
    if lang not in PACKS:
        return None
    return importlib.import_module(f"marsad.nlp.lang.{lang}.model")
