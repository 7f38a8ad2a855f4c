"""NLP: spaCy pipelines per language pack, run paragraph by paragraph with ``nlp.pipe`` batching."""

from marsad.nlp.annotate import ParsedParagraph, annotate
from marsad.nlp.models import ModelRegistry

__all__ = ["ModelRegistry", "ParsedParagraph", "annotate"]
