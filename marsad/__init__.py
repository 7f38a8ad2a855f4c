"""Marsad: sourced, structured PLOVER 2.0 event data from Arabic, French and English news."""
__version__ = "0.1.0"
