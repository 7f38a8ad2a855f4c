"""Arabic pipeline settings: the NER pipeline Marsad trains on ANERcorp and AQMAR (``make train-ar``), shipped
in ``marsad/nlp/lang/ar/pipeline`` (CC BY-SA 4.0), since no pretrained Arabic pipeline installs offline."""

DEFAULT_MODEL = "marsad_ar"
# Labels of the ANERcorp/AQMAR scheme the pipeline is trained on (MISC is not kept).
LABELS = {"PERS": "PERSON", "PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Prior confidence of a model entity: the pipeline's dev F1 (0.76; docs/arabic-ner.md).
NER_CONFIDENCE = 0.76
