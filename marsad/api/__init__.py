"""HTTP JSON API (FastAPI) over the query layer, serving the dashboard too: ``create_app(store_url, token)``."""

from marsad.api.app import create_app

__all__ = ["create_app"]
