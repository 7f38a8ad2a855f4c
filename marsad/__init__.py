"""Marsad: sourced, structured PLOVER 2.0 event data from Arabic, French and English news."""

from marsad.config import Settings, load_config
from marsad.errors import MarsadError
from marsad.model import Document, Entity, Event, Failure, Mention, RawRecord

__version__ = "0.3.0"

__all__ = [
    "Document",
    "Entity",
    "Event",
    "Failure",
    "MarsadError",
    "Mention",
    "Pipeline",
    "RawRecord",
    "Settings",
    "load_config",
]


def __getattr__(name: str) -> object:
    # The pipeline pulls in the stages; import it only when asked for.
    if name == "Pipeline":
        from marsad.pipeline import Pipeline

        return Pipeline
    raise AttributeError(name)
