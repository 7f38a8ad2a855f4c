"""The embedded store: the only package that knows SQL (``SQLiteStore``, ``EventFilter``, ``StoreError``)."""

from marsad.store.errors import StoreError
from marsad.store.sqlite import EventFilter, SQLiteStore

__all__ = ["EventFilter", "SQLiteStore", "StoreError"]
