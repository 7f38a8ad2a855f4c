"""Page-chrome line patterns in Arabic, French and English: clocks, captions, share buttons, menus, forms.

Each pattern describes a *kind* of page furniture, never a particular site's line. ``classify_line``
returns the kind of a stripped line, or None when it looks like article text.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


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

_AR_WEEKDAYS = "الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت"
_FR_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_EN_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun"
_MONTHS = (
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
    "|january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|avr|juil|déc"
    "|يناير|فبراير|مارس|أبريل|ابريل|إبريل|مايو|يونيو|يونيه|يوليو|يوليه|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر"
    "|نوفمبر|ديسمبر|كانون الثاني|شباط|آذار|اذار|نيسان|أيار|ايار|حزيران|تموز|آب|اب|أيلول|ايلول"
    "|تشرين الأول|تشرين الاول|تشرين الثاني|كانون الأول|كانون الاول|جانفي|فيفري|أفريل|ماي|جوان|جويلية|أوت"
)
_DIGITS = r"[0-9٠-٩]"
_NUM_DATE = rf"{_DIGITS}{{1,4}}[-/.]{_DIGITS}{{1,2}}[-/.]{_DIGITS}{{2,4}}"
_TEXT_DATE = (
    rf"{_DIGITS}{{1,2}}(?:er)?\s+(?:{_MONTHS})\.?,?\s+{_DIGITS}{{4}}"
    rf"|(?:{_MONTHS})\.?\s+{_DIGITS}{{1,2}},?\s+{_DIGITS}{{4}}"
)
_TIME = rf"{_DIGITS}{{1,2}}[:h]{_DIGITS}{{2}}(?::{_DIGITS}{{2}})?\s*(?:am|pm|a\.m\.|p\.m\.|ص|م)?"
_WEEKDAY = rf"(?:{_AR_WEEKDAYS}|{_FR_WEEKDAYS}|{_EN_WEEKDAYS})"
PUBLISHED_KEYWORDS = (
    r"published|posted|first published|updated|last updated|publié|publie|mis à jour|mis a jour|mise à jour"
    r"|date de publication|نشر|نُشر|نشر في|تاريخ النشر|تاريخ نشر|آخر تحديث|اخر تحديث|محدث"
)
_KEYWORD = rf"(?:(?:{PUBLISHED_KEYWORDS})\s*(?:le|on|في|بتاريخ|at)?\s*[:：]?\s*)"

# A line that is only a date and/or time, possibly with a weekday, a time zone or "Timing"-like words.
_DATE_LINE = re.compile(
    rf"^{_KEYWORD}?(?:{_WEEKDAY}\s*[,،]?\s*)?(?:le\s+|on\s+)?(?:{_NUM_DATE}|{_TEXT_DATE})"
    rf"(?:\s*[-–|,،]?\s*(?:à\s+|at\s+)?{_TIME})?(?:\s+[^\W\d]+){{0,3}}\s*\.?$"
    rf"|^{_KEYWORD}?{_TIME}\s*[-–|,،]?\s*(?:{_WEEKDAY}\s*[,،]?\s*)?(?:{_NUM_DATE}|{_TEXT_DATE})(?:\s+[^\W\d]+){{0,3}}$",
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
    return len(line) <= 80 and bool(_DATE_LINE.match(fold_digits(line)))


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
