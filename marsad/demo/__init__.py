"""Bundled demo articles: illustrative fiction in French, Arabic and English for trying Marsad offline.

The articles under ``articles/`` were written for Marsad (they are not real news) and cover the
input kinds ``marsad extract`` accepts: raw ``.txt`` copies with page chrome, saved ``.html`` pages,
a ``.json`` record and a ``.jsonl`` file of two records. ``README.md`` beside this module lists each
file and the events a careful analyst would code in it.
"""

from __future__ import annotations

import pathlib
from importlib.resources import files

__all__ = ["articles_dir"]


def articles_dir() -> pathlib.Path:
    """Return the folder holding the bundled demo articles (``marsad/demo/articles``)."""
    return pathlib.Path(str(files("marsad.demo") / "articles"))
