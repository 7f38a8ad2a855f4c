"""Language: identify the language of every paragraph (mixed-language articles) and of the article."""

from marsad.language.detect import LanguageIdentifier

__all__ = ["LanguageIdentifier"]
