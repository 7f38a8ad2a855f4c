"""Actor knowledge base: people, organisations and weapons with their aliases in each language.

``load_kb()`` returns the packaged knowledge base (cached) plus any user files; see
docs/knowledge-base.md for the file format and how to add your own entries.
"""

from __future__ import annotations

from marsad.kb.loader import KnowledgeBase, load_kb
from marsad.kb.schema import KbEntry, KbError, Office

__all__ = ["KbEntry", "KbError", "KnowledgeBase", "Office", "load_kb"]
