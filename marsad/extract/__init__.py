"""Extract: spaCy Docs to records (mentions, entities; later actors, dates and events)."""

from marsad.extract.entities import extract_entities

__all__ = ["extract_entities"]
