"""Page-chrome line patterns in Arabic, French and English: clocks, captions, share buttons, menus, forms.

Each pattern describes a *kind* of page furniture, never a particular site's line. ``classify_line``
returns the kind of a stripped line, or None when it looks like article text.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum
from importlib import import_module


class Chrome(StrEnum):
    DATE_LINE = "date line"
    CAPTION = "photo caption or credit"
    SHARE = "share buttons"
    READ_ALSO = "read-also link"
    RELATED = "related articles"
    COMMENTS = "comment form"
    BACK_TO_TOP = "back-to-top button"
    TAGS = "tag list"
    SOURCE = "source line"
    BYLINE = "byline"
    MENU = "menu or breadcrumb"


# Kinds after which, once the article body has started, everything else is page furniture.
TAIL_MARKERS = {Chrome.RELATED, Chrome.COMMENTS}

def _variants(name: str) -> set[str]:
    """A month or weekday name as sites write it: with and without Latin accents and Arabic hamza forms."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    folded = plain.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"}))
    return {name.lower(), unicodedata.normalize("NFC", plain).lower(), folded.lower()}


def _names(*tables: str) -> dict[str, int]:
    """Names of the language packs' date lexicons (``marsad.nlp.lang.<lang>.dates``), all languages together."""
    names: dict[str, int] = {}
    for lang in ("fr", "en", "ar"):
        data = import_module(f"marsad.nlp.lang.{lang}.dates")
        for table in tables:
            for key, value in getattr(data, table).items():
                for variant in _variants(key):
                    names.setdefault(variant, value)
    return names


def _alternation(names: dict[str, int] | set[str]) -> str:
    return "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))


# Month, weekday and Hijri month names of the three packs (Levantine, Maghreb and Moroccan months too).
MONTH_NAMES: dict[str, int] = _names("MONTHS", "MONTH_ABBREVIATIONS")
WEEKDAY_NAMES: dict[str, int] = _names("WEEKDAYS", "WEEKDAY_ABBREVIATIONS")
HIJRI_MONTH_NAMES: dict[str, int] = {k: v for k, v in _names("HIJRI_MONTHS").items() if not k.isascii()}
_MONTHS = _alternation(MONTH_NAMES)
_DIGITS = r"[0-9٠-٩]"
_NUM_DATE = rf"{_DIGITS}{{1,4}}[-/.]{_DIGITS}{{1,2}}[-/.]{_DIGITS}{{2,4}}"
_GLOSS = rf"(?:\s*[/(]\s*(?:{_MONTHS})\s*\)?)?"
_TEXT_DATE = (
    rf"{_DIGITS}{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS})\.?{_GLOSS},?\s+{_DIGITS}{{4}}"
    rf"|(?:{_MONTHS})\.?\s+{_DIGITS}{{1,2}}(?:st|nd|rd|th)?,?\s+{_DIGITS}{{4}}"
)
# A day and month without a year ("Sep 17", "17 sept."): a partial stamp, kept as such.
_DAY = r"(?<![0-9٠-٩])(?:3[01٠١]|[12١٢][0-9٠-٩]|[0٠]?[1-9١-٩])(?![0-9٠-٩])"
_PARTIAL_DATE = (
    rf"{_DAY}(?:er|st|nd|rd|th)?\s+(?:{_MONTHS})\.?{_GLOSS}"
    rf"|(?:{_MONTHS})\.?\s+{_DAY}(?:st|nd|rd|th)?"
)
_HIJRI_DATE = rf"{_DIGITS}{{1,2}}\s+(?:{_alternation(HIJRI_MONTH_NAMES)})\s+{_DIGITS}{{4}}\s*(?:هـ|ه)?"
_DATE = rf"(?:{_NUM_DATE}|{_TEXT_DATE}|{_HIJRI_DATE}|{_PARTIAL_DATE})(?:\s*م(?!\w))?"
_TIME = (
    rf"{_DIGITS}{{1,2}}[:h.]{_DIGITS}{{2}}(?::{_DIGITS}{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.|ص|م)?(?!\w)"
    rf"|{_DIGITS}{{1,2}}\s*(?:h|am|pm|a\.m\.|p\.m\.)(?!\w)"
)
_WEEKDAY = rf"(?:{_alternation(WEEKDAY_NAMES)})\.?"
PUBLISHED_KEYWORDS = (
    r"published|posted|first published|updated|last updated|publié|publie|mis à jour|mis a jour|mise à jour"
    r"|date de publication|نشر|نُشر|نشر في|تاريخ النشر|تاريخ نشر|آخر تحديث|اخر تحديث|محدث"
)
_KEYWORD = rf"(?:(?:{PUBLISHED_KEYWORDS})\s*(?:le|on|في|بتاريخ|at)?\s*[:：]?\s*)"
_DAY_PART = rf"(?:{_WEEKDAY}\s*[,،]?\s*)?(?:le\s+|on\s+)?{_DATE}"
_STAMP = (
    rf"(?:{_KEYWORD}?{_DAY_PART}(?:\s*[-–|,،]?\s*(?:à\s+|at\s+|a\s+las\s+)?(?:{_TIME}))?"
    rf"|{_KEYWORD}?(?:{_TIME})\s*[-–|,،]?\s*{_DAY_PART})"
)
_BYLINE_LEAD = r"(?:(?:par|by|بقلم)\s*[:：]?\s+[^|•·\d]{2,50}?\s*[|•·,،–-]\s*)"
# A line that is only stamps (a publication and an update stamp may share it), possibly after a byline,
# with a weekday, a time, a time zone or "Timing"-like words.
_DATE_LINE = re.compile(
    rf"^{_BYLINE_LEAD}?{_STAMP}(?:\s*[|•·,،/–-]?\s*{_STAMP}){{0,2}}(?:\s+[^\W\d]+){{0,3}}"
    rf"(?:\s*\([^()\d]{{1,30}}\))?\s*\.?$",
    re.IGNORECASE,
)
# "il y a 3 heures", "منذ ساعتين", "2 hours ago": a stamp that gives no date.
_TIME_UNITS = (
    r"secondes?|minutes?|mins?|heures?|h|jours?|seconds?|hours?|hrs?|days?|ثانية|ثوان|دقيقة|دقائق|دقيقتين|ساعة|ساعات"
    r"|ساعتين|يوم|أيام|ايام|يومين"
)
_RELATIVE_STAMP = re.compile(
    rf"^{_KEYWORD}?(?:il y a|منذ|قبل)\s+(?:{_DIGITS}+\s+)?(?:{_TIME_UNITS})\s*\.?$"
    rf"|^{_KEYWORD}?{_DIGITS}+\s*(?:{_TIME_UNITS})\s+ago\s*\.?$",
    re.IGNORECASE,
)
_AGENCIES = (
    r"AFP|Reuters|AP|EPA|Getty(?: Images)?|Anadolu|IRNA|SANA|Xinhua|Sputnik|Ria Novosti|TASS|DPA|ANSA"
    r"|رويترز|أ ف ب|أ\.ف\.ب|فرانس برس|الأناضول|وكالات|وكالة|إرنا|سانا|واس|Agences|Agencies"
)
_CAPTION = re.compile(
    rf"©|\((?:(?:{_AGENCIES})\s+)?(?:photo|photos|file photo|image|archives?|illustration)\b[^)]*\)\s*\.?$"
    rf"|\((?:photo|crédit|credit)[^)]*\)\s*\.?$"
    r"|^(?:photo|photos|crédit photo|crédits photo|photo credit|image|illustration|caption|légende)\s*[:：]"
    r"|\((?:صورة|الصورة|صور)[^)]*\)\s*\.?$|^(?:صورة|الصورة|صورة أرشيفية|صورة ارشيفية)\s*[:：(]?"
    r"|\s[/|]\s*(?:AFP|Reuters|AP|EPA|Getty Images|Anadolu)\s*$",
    re.IGNORECASE,
)
_SHARE_WORDS = {
    "partager", "partagez", "cet", "article", "share", "this", "on", "tweet", "tweeter", "print", "imprimer",
    "email", "e-mail", "mail", "envoyer", "facebook", "twitter", "x", "whatsapp", "telegram", "linkedin",
    "pinterest", "reddit", "messenger", "copy", "link", "copier", "le", "lien", "شارك", "مشاركة",
    "الخبر", "المقال", "طباعة", "تويتر", "فيسبوك", "فيس", "بوك", "واتساب", "واتس", "اب", "تيليجرام",
    "تلغرام", "لينكدإن", "نسخ", "الرابط", "أرسل", "ارسل", "بريد", "عبر", "via", "par", "sur",
}
_SHARE_REQUIRED = {
    "partager", "partagez", "share", "tweet", "tweeter", "print", "imprimer", "facebook", "twitter",
    "whatsapp", "telegram", "linkedin", "شارك", "مشاركة", "طباعة", "تويتر", "فيسبوك", "واتساب", "تيليجرام",
}
_READ_ALSO = re.compile(
    r"^(?:lire aussi|à lire aussi|a lire aussi|à lire également|lire également|voir aussi|lisez aussi"
    r"|read also|also read|read more|see also|related|more on this|اقرأ أيضا|اقرأ أيضًا|اقرأ أيضاً"
    r"|إقرأ أيضا|إقرأ أيضاً|اقرأ ايضا|إقرأ ايضا|طالع أيضا|طالع أيضاً|اقرأ المزيد|شاهد أيضا|شاهد أيضاً)"
    r"\s*[:：\-–>»]",
    re.IGNORECASE,
)
_RELATED = re.compile(
    r"^(?:مقالات ذات صلة|أخبار ذات صلة|اخبار ذات صلة|مواضيع ذات صلة|موضوعات ذات صلة|اخترنا لك|الأكثر قراءة"
    r"|الأكثر مشاهدة|related articles|related stories|related news|related posts|related|more stories"
    r"|you may also like|recommended|most read|articles similaires|articles liés|sur le même sujet"
    r"|dans la même rubrique|à lire également|les plus lus|nos articles|à la une)\s*[:：]?$",
    re.IGNORECASE,
)
_COMMENTS = re.compile(
    r"^(?:اترك تعليقا|اترك تعليقاً|اترك تعليقًا|اترك رد|اترك ردا|اترك رداً|أضف تعليق|أضف تعليقك|اضف تعليق|التعليقات"
    r"|لن يتم نشر عنوان بريدك الإلكتروني|لن يتم نشر عنوان بريدك الالكتروني|leave a comment|leave a reply"
    r"|add a comment|comments|post a comment|your email address will not be published|laisser un commentaire"
    r"|laissez un commentaire|ajouter un commentaire|commentaires|réagir|votre adresse e-mail ne sera pas publiée"
    r"|votre adresse de messagerie ne sera pas publiée|required fields are marked|les champs obligatoires)\b",
    re.IGNORECASE,
)
_BACK_TO_TOP = re.compile(
    r"^(?:زر الذهاب إلى الأعلى|زر الذهاب الى الأعلى|الذهاب إلى الأعلى|العودة إلى الأعلى|العودة الى الاعلى"
    r"|إلى الأعلى|back to top|to top|scroll to top|top of page|retour en haut(?: de (?:la )?page)?|haut de page"
    r"|[↑⬆▲^])\s*[↑⬆▲]?$",
    re.IGNORECASE,
)
_TAGS = re.compile(
    r"^(?:tags|tagged|keywords|topics|mots[- ]clés|mots[- ]clefs|étiquettes|thèmes|الوسوم|وسوم|الكلمات المفتاحية"
    r"|كلمات مفتاحية|كلمات دلالية)\s*[:：]",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^(?:source|sources|المصدر|مصدر)\s*[:：]\s*(?P<outlet>.+?)\s*$", re.IGNORECASE)
_SOURCE_LEADINS = re.compile(
    r"^(?:traduit (?:du site|de|depuis)|traduction (?:de|du site)|avec|d'après|d’après|selon|via|with"
    r"|translated from|adapted from|نقلا عن|نقلاً عن|عن)\s+",
    re.IGNORECASE,
)
_BYLINE_PREFIX = re.compile(
    r"^(?:par|by|written by|reporting by|de notre (?:envoyé|correspondant)[^,:]*|بقلم|كتب|كتبت|إعداد|اعداد|تحرير"
    r"|تقرير|مراسل|مراسلة)\s*[:：]?\s+\S",
    re.IGNORECASE,
)
_BYLINE_AGENCY = re.compile(rf"(?:^|[\s/|\-–])(?:{_AGENCIES})(?:$|[\s/|\-–])", re.IGNORECASE)
_MENU_SEPARATORS = re.compile(r"\s+(?:/|>|»|\||›|•|·)\s+")


def words(line: str) -> list[str]:
    return [w for w in re.split(r"\s+", line) if any(ch.isalnum() for ch in w)]


def is_date_line(line: str) -> bool:
    """A line that is only a date stamp (or a clock): "Le 14/05/2020 à 10h32", "Sep 17, 10:32 AM",
    "Par Karim B. | Publié le 14 mai 2020", "il y a 3 heures"."""
    if len(line) > 120:
        return False
    folded = fold_digits(line)
    return bool(_RELATIVE_STAMP.match(folded)) or bool(_DATE_LINE.match(folded))


def classify_line(line: str) -> Chrome | None:
    """The kind of page chrome ``line`` is (stripped line), or None if it may be article text."""
    n_words = len(words(line))
    if not n_words and line:
        return Chrome.MENU if not any(ch.isalnum() for ch in line) and len(line) <= 5 else None
    if is_date_line(line):
        return Chrome.DATE_LINE
    checks: list[tuple[Chrome, bool]] = [
        (Chrome.SOURCE, n_words <= 12 and bool(_SOURCE.match(line))),
        (Chrome.READ_ALSO, bool(_READ_ALSO.match(line))),
        (Chrome.RELATED, n_words <= 6 and bool(_RELATED.match(line))),
        (Chrome.COMMENTS, n_words <= 25 and bool(_COMMENTS.match(line))),
        (Chrome.BACK_TO_TOP, n_words <= 6 and bool(_BACK_TO_TOP.match(line))),
        (Chrome.TAGS, bool(_TAGS.match(line))),
        (Chrome.SHARE, _is_share(line)),
        (Chrome.CAPTION, len(line) <= 600 and bool(_CAPTION.search(line))),
        (Chrome.MENU, _is_menu(line)),
    ]
    for kind, matched in checks:
        if matched:
            return kind
    return None


def is_byline(line: str) -> bool:
    """Author or agency credit: 'Par Karim B.', 'By Staff Writer', 'وكالات / ياسمينا العبودى', 'بغداد - وكالات'."""
    n_words = len(words(line))
    if n_words > 8 or line.rstrip().endswith((".", "!", "?", "؟")):
        return False
    return bool(_BYLINE_PREFIX.match(line)) or bool(_BYLINE_AGENCY.search(line))


def outlet_of(line: str) -> str | None:
    match = _SOURCE.match(line)
    if not match:
        return None
    outlet = _SOURCE_LEADINS.sub("", match.group("outlet")).strip(" .;,")
    return outlet or None


def _is_share(line: str) -> bool:
    tokens = [t.casefold().strip(":|•·-–") for t in re.split(r"[\s|/•·]+", line) if t.strip(":|•·-–")]
    return 0 < len(tokens) <= 10 and all(t in _SHARE_WORDS for t in tokens) and any(
        t in _SHARE_REQUIRED for t in tokens
    )


def _is_menu(line: str) -> bool:
    segments = [s for s in _MENU_SEPARATORS.split(line) if s.strip()]
    return len(segments) >= 3 and all(len(words(s)) <= 4 for s in segments)


def fold_digits(text: str) -> str:
    """Eastern Arabic and Persian digits to ASCII."""
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() else ch for ch in text)
