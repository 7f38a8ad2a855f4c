"""Event queries: which events match a filter (the store does the work)."""

from __future__ import annotations

from typing import Any

from marsad.store import EventFilter, SQLiteStore


def list_events(store: SQLiteStore, filt: EventFilter) -> list[dict[str, Any]]:
    """Events matching ``filt``, ordered by date (undated last), as flat row dicts.

    Each row: doc_id, event_id, type, mode, contexts, actor, recipient, date, date_text, date_basis,
    aux, location, evidence (text), confidence, rule, lang, title, url.
    """
    return store.select_events(filt)
