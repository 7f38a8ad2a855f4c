"""French pipeline settings: default spaCy package and how its entity labels map to Marsad types."""

DEFAULT_MODEL = "fr_core_news_md"
# fr_core_news_md (WikiNER labels): LOC covers countries, cities and other places alike.
LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Prior confidence of a model entity, from the model's published NER F-score (ents_f 0.84).
NER_CONFIDENCE = 0.84
