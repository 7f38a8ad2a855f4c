"""Arabic pipeline settings: no pretrained pipeline is installable offline, so a blank one by default."""

DEFAULT_MODEL = "blank"
# Labels of the ANERcorp/AQMAR scheme, for the pipeline trained later on those corpora.
LABELS = {"PERS": "PERSON", "PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
NER_CONFIDENCE = 0.6
