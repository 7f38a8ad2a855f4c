"""Package data of ``marsad.plover``: ``cameo.json``, built by ``scripts/build_plover_tables.py``."""
