"""Arabic time lexicon: weekdays, month names of every region, Hijri months, relative days and periods,
tense cues (data only).

Every language pack's ``dates.py`` defines the same names; ``marsad.extract.timex`` builds its
patterns from them and ``marsad.extract.dates`` resolves what they find. Keys are written as in
text: the finder folds them (diacritics and tatweel removed, أ/إ/آ→ا, ى→ي, ة→ه, Eastern Arabic
digits→ASCII), so one spelling per word is enough; a few variants are listed for readability. A
key may carry the proclitics و / ف / ب in text ("وأمس", "بالأمس"): the finder allows them.

Month names: Egypt and the Gulf (يناير ... ديسمبر), the Levant and Iraq (كانون الثاني ... كانون الأول),
Algeria and Tunisia (جانفي، فيفري، أفريل، ماي، جوان، جويلية، أوت), Morocco (يوليوز، غشت، شتنبر، نونبر، دجنبر).
Papers often write two names together ("26 تشرين الأول/أكتوبر"): the finder reads both as one month.

Weekday numbers follow Python (Monday = 0 ... Sunday = 6); month numbers are 1-12.
A *direction* is "past", "future" or "current" (الجاري: of the publication's month or year); a
*modifier* is one of "early", "mid", "late", "since", "until", "by" or None.
"""

from __future__ import annotations

WEEKDAYS: dict[str, int] = {
    "الإثنين": 0, "الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الخميس": 3, "الجمعة": 4, "السبت": 5, "الأحد": 6,
}
WEEKDAY_ABBREVIATIONS: dict[str, int] = {}
# "الاثنين" also means "the two": a weekday only with a date context (يوم, أمس, اليوم, مساء, a comma,
# a direction word, a date after it).
AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset({"الإثنين", "الاثنين"})

# Words after a weekday that make it part of a name (none in Arabic).
WEEKDAY_BLOCKERS: tuple[str, ...] = ()

MONTHS: dict[str, int] = {
    # Egypt, Sudan, the Gulf (and Morocco for most months)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
    "يوليه": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # the Levant and Iraq
    "كانون الثاني": 1, "كانون ثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7,
    "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين أول": 10, "تشرين الثاني": 11, "تشرين ثاني": 11,
    "كانون الأول": 12, "كانون أول": 12,
    # Algeria and Tunisia
    "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
    # Morocco
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {}
# Month names that are also ordinary words: مارس "practised", آب (folds like أب "father"), نيسان (a
# car maker), ماي. Months only next to a day number or a year, after شهر or another MONTH_CONTEXT
# word, or before a direction word (مارس الماضي).
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"مارس", "آب", "نيسان", "ماي"})

MONTH_CONTEXT: dict[str, str | None] = {
    "في": None, "شهر": None, "خلال": None, "طوال": None, "مطلع": "early", "أوائل": "early", "بداية": "early",
    "بدايات": "early", "منتصف": "mid", "أواسط": "mid", "أواخر": "late", "نهاية": "late", "منذ": "since",
    "حتى": "until", "لغاية": "until", "بحلول": "by", "قبل نهاية": "by",
}
# Context words enough for an AMBIGUOUS_MONTHS name standing alone: only شهر ("شهر مارس"); "منذ مارس"
# may be "since he practised".
AMBIGUOUS_MONTH_CONTEXT: tuple[str, ...] = ("شهر",)
YEAR_CONTEXT: dict[str, str | None] = {
    "عام": None, "العام": None, "سنة": None, "السنة": None, "لعام": None, "لسنة": None, "عامي": None, "في": None,
    "خلال": None, "مطلع": "early", "أوائل": "early", "بداية": "early", "منتصف": "mid", "أواسط": "mid", "أواخر": "late",
    "نهاية": "late", "منذ": "since", "حتى": "until", "لغاية": "until", "بحلول": "by", "قبل نهاية": "by",
}
DAY_PREFIXES: tuple[str, ...] = ("يوم",)
# Words before / after a day-month that make it the name of a movement or a revolution ("ثورة 25 يناير",
# "the March 14 alliance", "le mouvement du 20 février"): not a date of the story.
DATE_NAME_BEFORE: tuple[str, ...] = ("ثورة", "حركة", "قوى", "تحالف", "فريق", "حراك", "انتفاضة", "تيار", "كتلة")
DATE_NAME_AFTER: tuple[str, ...] = ()
DAY_MONTH_LINKS: tuple[str, ...] = ("من", "من شهر")
MONTH_YEAR_LINKS: tuple[str, ...] = ("عام", "العام", "لعام", "من عام", "من العام", "سنة", "لسنة", "من سنة")
DIRECTION_BEFORE: dict[str, str | None] = {}
DIRECTION_AFTER: dict[str, str] = {
    "الماضي": "past", "الماضية": "past", "المنصرم": "past", "المنصرمة": "past", "الفائت": "past",
    "الفائتة": "past", "السابق": "past", "المقبل": "future", "المقبلة": "future", "القادم": "future",
    "القادمة": "future", "الجاري": "current", "الحالي": "current",
}
TIME_OF_DAY_BEFORE: tuple[str, ...] = (
    "صباح", "مساء", "ليل", "ليلة", "فجر", "ظهر", "عصر", "يوم", "نهار", "صبيحة", "ظهيرة", "منتصف ليل", "منتصف ليلة",
)
TIME_OF_DAY_AFTER: tuple[str, ...] = ()

RELATIVE_DAYS: dict[str, int] = {
    "اليوم": 0, "الليلة": 0, "أمس": -1, "الأمس": -1, "البارحة": -1, "أول أمس": -2, "أول من أمس": -2,
    "أمس الأول": -2, "غدا": 1, "غد": 1, "بعد غد": 2,
}
# Words after a relative-day word that make it something else: "اليوم الوطني" is a holiday, "اليوم
# الأول" a count of days.
RELATIVE_DAY_BLOCKERS: tuple[str, ...] = (
    "الوطني", "العالمي", "الدولي", "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "الأخير", "التالي",
    "السابق", "نفسه", "ذاته", "الذي", "التي", "المفتوح", "الدراسي",
)
ANAPHORIC_DAYS: dict[str, int] = {
    "اليوم التالي": 1, "في اليوم التالي": 1, "اليوم السابق": -1, "في اليوم السابق": -1, "عشية": -1,
    "غداة": 1, "اليوم نفسه": 0, "اليوم ذاته": 0, "في اليوم نفسه": 0, "في اليوم ذاته": 0,
}
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "الأسبوع الماضي": ("week", -1), "الأسبوع المنصرم": ("week", -1), "الأسبوع الفائت": ("week", -1),
    "الأسبوع الجاري": ("week", 0), "الأسبوع الحالي": ("week", 0), "هذا الأسبوع": ("week", 0),
    "الأسبوع المقبل": ("week", 1), "الأسبوع القادم": ("week", 1),
    "عطلة نهاية الأسبوع الماضي": ("weekend", -1), "عطلة نهاية الأسبوع": ("weekend", 0),
    "نهاية الأسبوع الماضي": ("weekend", -1), "نهاية الأسبوع المقبل": ("weekend", 1),
    "الشهر الماضي": ("month", -1), "الشهر المنصرم": ("month", -1), "الشهر الفائت": ("month", -1),
    "الشهر الجاري": ("month", 0), "الشهر الحالي": ("month", 0), "هذا الشهر": ("month", 0),
    "الشهر المقبل": ("month", 1), "الشهر القادم": ("month", 1),
    "العام الماضي": ("year", -1), "السنة الماضية": ("year", -1), "العام المنصرم": ("year", -1),
    "العام الفائت": ("year", -1), "السنة الفائتة": ("year", -1),
    "العام الجاري": ("year", 0), "العام الحالي": ("year", 0), "هذا العام": ("year", 0),
    "السنة الجارية": ("year", 0), "السنة الحالية": ("year", 0), "هذه السنة": ("year", 0),
    "العام المقبل": ("year", 1), "العام القادم": ("year", 1), "السنة المقبلة": ("year", 1),
    "السنة القادمة": ("year", 1),
    "الأيام الماضية": ("days", -7), "الأيام الأخيرة": ("days", -7), "الأيام القليلة الماضية": ("days", -7),
    "الأيام المقبلة": ("days", 7), "الأيام القادمة": ("days", 7), "الأيام القليلة المقبلة": ("days", 7),
    "الأسابيع الماضية": ("days", -21), "الأسابيع المقبلة": ("days", 21),
}
PERIOD_MODIFIERS: dict[str, str | None] = {
    "مطلع": "early", "أوائل": "early", "بداية": "early", "منتصف": "mid", "أواسط": "mid", "أواخر": "late",
    "نهاية": "late", "خلال": None, "طوال": None, "في وقت سابق من": None, "في وقت لاحق من": None,
    "في وقت سابق": None,
}

NUMBER_WORDS: dict[str, int] = {
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7,
    "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10,
}
# Singular units imply one ("قبل أسبوع"), duals two ("قبل يومين").
UNITS: dict[str, tuple[str, int | None]] = {
    "يوم": ("day", 1), "أيام": ("day", None), "يوما": ("day", None), "يومين": ("day", 2),
    "أسبوع": ("week", 1), "أسابيع": ("week", None), "أسبوعا": ("week", None), "أسبوعين": ("week", 2),
    "شهر": ("month", 1), "أشهر": ("month", None), "شهور": ("month", None), "شهرا": ("month", None),
    "شهرين": ("month", 2), "عام": ("year", 1), "أعوام": ("year", None), "عاما": ("year", None),
    "عامين": ("year", 2), "سنة": ("year", 1), "سنوات": ("year", None), "سنين": ("year", None),
    "سنتين": ("year", 2),
}
AGO_BEFORE: dict[str, int] = {"قبل": -1, "منذ": -1, "بعد": 1}
AGO_AFTER: dict[str, int] = {}
# "بعد يومين من الاجتماع" counts from another date of the story: not from publication.
AGO_BLOCKERS: tuple[str, ...] = ("من", "على")

RANGE_OPENERS: tuple[str, ...] = (
    "من", "بين", "ما بين", "يومي", "في الفترة من", "خلال الفترة من", "في الفترة بين", "خلال الفترة بين",
)
RANGE_JOINERS: tuple[str, ...] = ("إلى", "الى", "حتى", "لغاية", "و", "-", "–")
# Joiners that also make lists ("le 3 et le 5 mai"): a range only after a RANGE_OPENERS word.
RANGE_WEAK_JOINERS: tuple[str, ...] = ("و",)

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع أول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "ربيع ثاني": 4, "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6,
    "جمادى الآخر": 6, "جمادى الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11,
    "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}
HIJRI_MARKERS: tuple[str, ...] = ("هـ", "للهجرة", "هجرية", "هجري")

GLUE: tuple[str, ...] = ("الموافق", "الموافق ل", "يوم")

# Tense cues (regular expressions; Arabic letters are folded like the text before matching, see
# marsad.extract.dates.guess_tense). The future prefix س (سيزور، ستعقد، سنواصل، سأزور) is a weak cue:
# FUTURE_EXCEPTIONS lists common words that begin the same way.
FUTURE_MARKERS: tuple[str, ...] = (
    r"(?<![^\W\d_])[وف]?سوف\b", r"(?<![^\W\d_])[وف]?س[يتنأ][^\W\d_]{2,}", r"\bالمقبل(?:ة)?\b", r"\bالقادم(?:ة)?\b",
    r"\bمن المقرر\b", r"\bمن المنتظر\b", r"\bمن المتوقع\b", r"\bمن المرتقب\b", r"\b[يت]عتزم\b", r"\b[يت]نوي\b",
    r"\bيرتقب\b", r"\bغدا\b", r"\bبعد غد\b", r"\bلاحقا\b",
)
PAST_MARKERS: tuple[str, ...] = (
    r"\bأمس\b", r"\bبالأمس\b", r"\bالماضي(?:ة)?\b", r"\bالمنصرم(?:ة)?\b", r"\bالفائت(?:ة)?\b", r"\bمنذ\b",
    r"\bسابقا\b", r"\bقد\s+[أاتين]?\w+\b",
)
FUTURE_EXCEPTIONS: tuple[str, ...] = (
    "سياسة", "سياسي", "سياسية", "سياسات", "سياسيين", "سيارة", "سيارات", "سيادة", "سيادي", "سيطرة", "سيناء",
    "سيد", "سيدة", "سيف", "سيول", "سيرة", "سيئ", "سيئة", "ستة", "ستين", "ستار", "سنة", "سنوات", "سنوي", "سنوية",
    "سنغافورة", "سندات", "سنتين", "وسيلة", "وسائل", "وسيط", "وسيطة", "وسيم", "سيرغي", "سيرجي", "سيمون", "سيدني",
    "ستوكهولم", "سيبيريا", "سيئول", "ستيفن", "ستالين", "سيناتور", "سيناريو", "سياح", "سياحة", "سياحي", "سينما",
    "سيرين", "ستراتيجية", "سنتكوم", "سنجار", "سيستان", "ستانلي", "سيلفا", "سيريلانكا", "سيل", "سيول",
)
