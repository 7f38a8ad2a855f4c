"""Gazetteers generated from CLDR and GeoNames: countries, capitals, cities and nationality adjectives.

``load_gazetteer()`` returns the shared, indexed ``Gazetteer``; see docs/gazetteers.md for the data.
"""

from marsad.gazetteer.loader import CountryInfo, Gazetteer, Place, load_gazetteer

__all__ = ["CountryInfo", "Gazetteer", "Place", "load_gazetteer"]
