"""Text keys shared by every stage: accent, case and Arabic-orthography folding, and Arabic clitic variants.

``fold`` makes the lookup key of a surface form (gazetteers, knowledge base, entity merging):
"Sergueï  Lavrov" and "serguei lavrov" meet; "الكاظمي" written with or without diacritics, tatweel,
hamza-on-alef or ta marbuta variants meets itself. ``arabic_variants`` lists the readings of an
Arabic word once its attached clitics (و ف ب ل ك, ال, لل) are removed: "وموسكو" → "موسكو",
"للعراق" → "العراق", "عراق".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARABIC_MARKS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")  # harakat, Quranic marks, tatweel
_ARABIC_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
_NON_WORD = re.compile(r"[\W_]+")
_APOSTROPHES = re.compile(r"[’'`´ʼ]")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lookup key: NFKC, Arabic marks and letter variants folded, Latin accents removed, casefolded,
    punctuation to single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = _ARABIC_MARKS.sub("", text).translate(_ARABIC_LETTERS)
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub(" ", text)
    return _NON_WORD.sub(" ", text).strip().casefold()


_PROCLITICS = ("و", "ف")
_PREPOSITIONS = ("ب", "ل", "ك")


def arabic_variants(word: str) -> list[str]:
    """Readings of one folded Arabic token with its proclitics removed, longest first (the token itself first).

    Conjunctions (و ف) then prepositions (ب ل ك) then the article (ال; ل + ال is written لل).
    A remainder shorter than two letters is not a reading.
    """
    readings = [word]
    stems = [word]
    if len(word) > 3 and word.startswith(_PROCLITICS):
        stems.append(word[1:])
    for stem in list(stems):
        if stem.startswith("لل") and len(stem) > 3:
            stems.append("ال" + stem[2:])
        elif len(stem) > 3 and stem.startswith(_PREPOSITIONS):
            stems.append(stem[1:])
    for stem in stems:
        if stem not in readings:
            readings.append(stem)
        if stem.startswith("ال") and len(stem) > 3 and stem[2:] not in readings:
            readings.append(stem[2:])
    return [r for r in readings if len(r) >= 2]


def is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)
