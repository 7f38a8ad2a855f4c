"""The stores: the only package that knows SQL (``SQLiteStore``, ``PostgresStore``, ``open_store``, ``EventFilter``).

``PostgresStore`` is imported lazily (``from marsad.store.postgres import PostgresStore`` or ``open_store``),
so that psycopg is loaded only by those who use it.
"""

from marsad.store.base import Store
from marsad.store.errors import StoreError
from marsad.store.eventquery import EventQuery
from marsad.store.filters import EventFilter
from marsad.store.open import open_store
from marsad.store.sqlite import SQLiteStore

__all__ = ["EventFilter", "EventQuery", "SQLiteStore", "Store", "StoreError", "open_store"]
