"""String normalisation used by every comparison of the evaluation (``gold-format.md``, "How a run is scored").

Steps: Unicode NFKC, case folding, Latin accents and Arabic diacritics/tatweel removed, Arabic letter
variants unified (أ/إ/آ/ٱ→ا, ى→ي, ة→ه), punctuation and symbols turned into spaces, whitespace
collapsed. The result is stable: ``normalize(normalize(s)) == normalize(s)``.
"""

from __future__ import annotations

import re
import unicodedata

TATWEEL = "\u0640"

# Harakat and tanwin (U+064B-U+0652) plus the other Arabic marks that are not letters: Quranic
# annotation signs, maddah/hamza marks left without a base letter, superscript alef.
_ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640]")

_ARABIC_LETTERS = str.maketrans(
    {
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ
        "\u0649": "\u064a",  # ى
        "\u0629": "\u0647",  # ة
    }
)

# Hamza and maddah attached to a letter are part of the letter (ؤ, ئ, أ): they must survive the
# removal of Latin accents so that the letter recomposes; the Arabic rules then decide.
_KEPT_MARKS = frozenset("\u0653\u0654\u0655")

_SEPARATOR_CATEGORIES = ("P", "S", "Z")


def normalize(text: str | None) -> str:
    """Return ``text`` in the canonical form used to compare gold and predicted strings."""
    if not text:
        return ""
    # lower() after casefold(): casefold maps lowercase Cherokee to its uppercase letters.
    value = unicodedata.normalize("NFKC", text).casefold().lower()
    value = unicodedata.normalize("NFKC", value)
    value = _strip_accents(value)
    value = _ARABIC_MARKS.sub("", value).translate(_ARABIC_LETTERS)
    value = "".join(_map_char(char) for char in value)
    return " ".join(value.split())


def tokens(text: str | None) -> tuple[str, ...]:
    """Whitespace tokens of the normalised ``text``."""
    return tuple(normalize(text).split())


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(char for char in decomposed if char in _KEPT_MARKS or unicodedata.category(char) != "Mn")
    return unicodedata.normalize("NFC", kept)


def _map_char(char: str) -> str:
    category = unicodedata.category(char)
    if category.startswith(_SEPARATOR_CATEGORIES) or category == "Cc":
        return " "
    if category in ("Cf", "Mn", "Cs", "Co", "Cn"):
        return ""
    return char
