"""French time lexicon: weekdays, months, relative days and periods, tense cues (data only).

Every language pack's ``dates.py`` defines the same names; ``marsad.extract.timex`` builds its
patterns from them and ``marsad.extract.dates`` resolves what they find. Keys are written as in
text: the finder folds them (case, accents, apostrophes ’→', Arabic letter variants), so "février"
also matches "fevrier" and "FÉVRIER". Spaces inside a key match any run of spaces; a hyphen matches
a hyphen or a space.

Weekday numbers follow Python (Monday = 0 ... Sunday = 6); month numbers are 1-12.
A *direction* is "past" or "future"; a *modifier* is one of "early", "mid", "late", "since",
"until", "by" or None (the word only marks a date context).
"""

from __future__ import annotations

WEEKDAYS: dict[str, int] = {
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
# Abbreviations are dates only right before a day number ("lun. 3 mars"): "sa", "mar", "sam" are words.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {"lun": 0, "mar": 1, "mer": 2, "jeu": 3, "ven": 4, "sam": 5, "dim": 6}
# Weekday words that are also ordinary words: dates only with a date context (none in French).
AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset()

# Words after a weekday that make it part of a name (none in French).
WEEKDAY_BLOCKERS: tuple[str, ...] = ()

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8,
    "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
# Abbreviations are months only next to a day number or a year ("3 janv. 2020", "sept. 2019").
MONTH_ABBREVIATIONS: dict[str, int] = {
    "janv": 1, "jan": 1, "févr": 2, "fév": 2, "avr": 4, "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
}
# Month names that are also ordinary words ("Mars" the planet): months only next to a day number or a
# year, or after a MONTH_CONTEXT word ("en mars", "début mai", "mi-mars").
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"mars", "mai"})

# Words before a month name standing alone ("en octobre") that make it a date, with their modifier.
MONTH_CONTEXT: dict[str, str | None] = {
    "en": None, "au mois de": None, "au mois d'": None, "mois de": None, "mois d'": None, "courant": None,
    "début": "early", "au début du mois de": "early", "début du mois de": "early", "en début de mois de": "early",
    "mi": "mid", "à la mi": "mid", "fin": "late", "à la fin du mois de": "late", "fin du mois de": "late",
    "depuis": "since", "dès": "since", "depuis le mois de": "since", "jusqu'en": "until", "jusqu'à fin": "until",
    "d'ici": "by", "d'ici à": "by", "d'ici fin": "by",
}
# Context words enough for an AMBIGUOUS_MONTHS name standing alone: all of MONTH_CONTEXT.
AMBIGUOUS_MONTH_CONTEXT: tuple[str, ...] = tuple(MONTH_CONTEXT)
# Words before a bare year ("en 2003") that make it a date; a year without one of them is a number.
YEAR_CONTEXT: dict[str, str | None] = {
    "en": None, "l'an": None, "l'année": None, "en l'an": None, "courant": None, "au cours de l'année": None,
    "début": "early", "en début d'année": "early", "début de l'année": "early", "mi": "mid", "à la mi": "mid",
    "fin": "late", "fin de l'année": "late", "depuis": "since", "dès": "since", "depuis l'année": "since",
    "jusqu'en": "until", "d'ici": "by", "d'ici à": "by", "d'ici fin": "by",
}
# Articles that belong to a day-number expression ("le 26 octobre").
DAY_PREFIXES: tuple[str, ...] = ("le", "ce")
# Words before / after a day-month that make it the name of a movement or a revolution ("ثورة 25 يناير",
# "the March 14 alliance", "le mouvement du 20 février"): not a date of the story.
DATE_NAME_BEFORE: tuple[str, ...] = (
    "révolution du", "mouvement du", "hirak du", "alliance du", "coalition du", "forces du", "camp du", "courant du",
    "bloc du", "soulèvement du",
)
DATE_NAME_AFTER: tuple[str, ...] = ()
# Links between a day number and the month, and between the month and the year.
DAY_MONTH_LINKS: tuple[str, ...] = ()
MONTH_YEAR_LINKS: tuple[str, ...] = ()
# Direction words before / after a weekday, a month or a day-month ("mardi dernier", "octobre prochain").
DIRECTION_BEFORE: dict[str, str | None] = {}
DIRECTION_AFTER: dict[str, str] = {
    "dernier": "past", "dernière": "past", "passé": "past", "passée": "past", "écoulé": "past", "écoulée": "past",
    "prochain": "future", "prochaine": "future",
}
# Parts of the day that belong to a weekday or relative-day expression ("jeudi soir", "hier matin").
TIME_OF_DAY_BEFORE: tuple[str, ...] = ("dans la nuit de", "dans la soirée de", "dans la matinée de")
TIME_OF_DAY_AFTER: tuple[str, ...] = (
    "matin", "soir", "après-midi", "midi", "soir-là", "en fin de journée", "en fin de matinée", "en soirée",
    "dans la soirée", "dans la matinée", "dans l'après-midi",
)

# Days counted from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "aujourd'hui": 0, "ce matin": 0, "cet après-midi": 0, "ce soir": 0, "ce midi": 0, "ce jour": 0,
    "en ce jour": 0, "dans la journée": 0, "plus tôt dans la journée": 0,
    "hier": -1, "avant-hier": -2, "demain": 1, "après-demain": 2,
}
# Days counted from another date of the story, not from publication ("la veille" of the summit).
# Words after a relative-day word that make it something else (none).
RELATIVE_DAY_BLOCKERS: tuple[str, ...] = ()
ANAPHORIC_DAYS: dict[str, int] = {
    "la veille": -1, "l'avant-veille": -2, "le lendemain": 1, "le surlendemain": 2, "le jour même": 0,
    "le même jour": 0, "ce jour-là": 0,
}
# Periods counted from the publication date: (unit, delta). Units: "week" (Monday-Sunday), "weekend",
# "month", "year", and "days" (a rolling window of |delta| days before (delta < 0) or after publication).
RELATIVE_PERIODS: dict[str, tuple[str, int]] = {
    "la semaine dernière": ("week", -1), "la semaine passée": ("week", -1), "la semaine écoulée": ("week", -1),
    "cette semaine": ("week", 0), "en début de semaine": ("week", 0), "plus tôt cette semaine": ("week", 0),
    "en fin de semaine": ("week", 0), "la semaine prochaine": ("week", 1),
    "le week-end dernier": ("weekend", -1), "ce week-end": ("weekend", 0), "le week-end prochain": ("weekend", 1),
    "le mois dernier": ("month", -1), "le mois passé": ("month", -1), "le mois écoulé": ("month", -1),
    "début du mois dernier": ("month", -1), "fin du mois dernier": ("month", -1),
    "ce mois-ci": ("month", 0), "ce mois": ("month", 0), "le mois en cours": ("month", 0),
    "plus tôt ce mois-ci": ("month", 0), "en début de mois": ("month", 0), "début du mois": ("month", 0),
    "au début du mois": ("month", 0), "le mois prochain": ("month", 1),
    "l'an dernier": ("year", -1), "l'année dernière": ("year", -1), "l'an passé": ("year", -1),
    "l'année passée": ("year", -1), "fin de l'année dernière": ("year", -1), "fin de l'an dernier": ("year", -1),
    "début de l'année dernière": ("year", -1), "cette année": ("year", 0), "plus tôt cette année": ("year", 0),
    "en début d'année": ("year", 0), "l'an prochain": ("year", 1), "l'année prochaine": ("year", 1),
    "ces derniers jours": ("days", -7), "ces jours-ci": ("days", -7), "les prochains jours": ("days", 7),
    "ces prochains jours": ("days", 7), "dans les prochains jours": ("days", 7),
}
# Modifiers before a relative period ("fin de la semaine dernière").
PERIOD_MODIFIERS: dict[str, str | None] = {
    "début de": "early", "en début de": "early", "au début de": "early", "fin de": "late", "en fin de": "late",
    "à la fin de": "late", "courant de": None,
}

# "il y a trois jours", "dans deux semaines": counted units before / after the publication date.
NUMBER_WORDS: dict[str, int] = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
    "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
}
# Unit words: (unit, implied count when no number is written, or None when a number is required).
UNITS: dict[str, tuple[str, int | None]] = {
    "jour": ("day", None), "jours": ("day", None), "semaine": ("week", None), "semaines": ("week", None),
    "mois": ("month", None), "an": ("year", None), "ans": ("year", None), "année": ("year", None),
    "années": ("year", None),
}
AGO_BEFORE: dict[str, int] = {"il y a": -1, "voici": -1, "dans": 1}
AGO_AFTER: dict[str, int] = {}

# Words after a counted period that make it count from another date (none).
AGO_BLOCKERS: tuple[str, ...] = ()

# Ranges of days: "du 3 au 5 mai", "entre le 3 et le 5 mai", "les 3 et 4 mai".
RANGE_OPENERS: tuple[str, ...] = ("du", "entre le", "entre", "les", "de")
RANGE_JOINERS: tuple[str, ...] = ("au", "et le", "et", "à", "-", "–")
# Joiners that also make lists ("le 3 et le 5 mai"): a range only after a RANGE_OPENERS word.
RANGE_WEAK_JOINERS: tuple[str, ...] = ("et le", "et", "à")

# Hijri months as written in French, and markers of a Hijri year ("1445 de l'hégire").
HIJRI_MONTHS: dict[str, int] = {
    "mouharram": 1, "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi al-thani": 4, "joumada al-oula": 5,
    "joumada al-akhira": 6, "rajab": 7, "chaabane": 8, "chaaban": 8, "ramadan": 9, "ramadhan": 9,
    "chawwal": 10, "dhou al-qi'da": 11, "dhou al-hijja": 12,
}
HIJRI_MARKERS: tuple[str, ...] = ("de l'hégire", "h", "ah")

# Words that may stand between the parts of one combined expression ("hier, le 26 octobre").
GLUE: tuple[str, ...] = ("le", "soit")

# Tense cues, as regular expressions searched in a clause (case kept, accents kept; see
# marsad.extract.dates.guess_tense). Future: periphrastic "va/vont" + infinitive, conditional
# "devrait", schedule words, and the simple-future endings of verbs (-era, -ira, -dra, -vra ...).
FUTURE_MARKERS: tuple[str, ...] = (
    r"\bva\b", r"\bvont\b", r"\bdevrai(?:t|ent)\b", r"\bdevra(?:it|ient|nt)?\b", r"\bdoi(?:t|vent) se tenir\b",
    r"\bprochaine?s?\b", r"\bà venir\b", r"\bprévue?s?\b", r"\best attendue?\b", r"\bsont attendue?s\b",
    r"\baura lieu\b", r"\bauront lieu\b", r"\bse tiendr(?:a|ont)\b", r"\bcompte se rendre\b", r"\benvisage\b",
    r"\b[a-zàâçéèêëîïôûùüÿœ][\wàâçéèêëîïôûùüÿœ'-]*(?:erai|era|erons|erez|eront|irai|ira|irons|iront|dra|dront"
    r"|vra|vront|rra|rront|aura|auront|sera|seront|fera|feront)\b",
)
PAST_MARKERS: tuple[str, ...] = (
    r"\b(?:a|ont|avait|avaient|avons)\s+(?:\w+\s+)?\w+(?:é|ée|és|ées|i|is|it|u|us|ert|ort)\b",
    r"\b(?:s'est|se sont|s’est|est|sont)\s+\w+(?:é|ée|és|ées|u|ue|us)\b", r"\bhier\b", r"\bderni(?:er|ère)\b",
    r"\bpassée?\b", r"\bil y a\b", r"\bfut\b", r"\bfurent\b",
)
# Words that look like future-tense verbs but are not (checked on the lowercased word).
FUTURE_EXCEPTIONS: tuple[str, ...] = ("mantra", "extra", "opéra", "caméra", "ultra", "contra", "hydra")
