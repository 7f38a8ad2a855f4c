"""Generate a deterministic synthetic benchmark corpus of news articles in French, Arabic and English.

The articles are built from sentence templates per language (office titles with nationality
adjectives, countries, capitals, event verbs, dates, weapon systems). They are meant for speed and
robustness benchmarks, not for accuracy: the events are random and the text is not real news. The
same ``n`` and ``seed`` always give byte-identical files.

About 40 % of the articles are French, 30 % Arabic and 30 % English. Each body has 150 to 450
words. About a third of the files carry page chrome: a site clock line at the top, a share line
and a final ``Source:`` line.

Usage::

    python benchmarks/corpus.py OUT_DIR [--n 2000] [--seed 13]

Only the standard library is used.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

MIN_WORDS = 150
MAX_WORDS = 450
LANG_WEIGHTS = (("fr", 0.4), ("ar", 0.3), ("en", 0.3))
CHROME_SHARE = 1 / 3

# ---------------------------------------------------------------------------------------------
# Countries: code, French (name with article, masc. adj., fem. adj., capital, "à"+capital),
# Arabic (name, masc. adj., fem. adj., capital), English (name, adjective, capital).
# ---------------------------------------------------------------------------------------------
Country = tuple[str, tuple[str, str, str, str, str], tuple[str, str, str, str], tuple[str, str, str]]

COUNTRIES: list[Country] = [
    (
        "IRQ",
        ("l'Irak", "irakien", "irakienne", "Bagdad", "à Bagdad"),
        ("العراق", "العراقي", "العراقية", "بغداد"),
        ("Iraq", "Iraqi", "Baghdad"),
    ),
    (
        "RUS",
        ("la Russie", "russe", "russe", "Moscou", "à Moscou"),
        ("روسيا", "الروسي", "الروسية", "موسكو"),
        ("Russia", "Russian", "Moscow"),
    ),
    (
        "USA",
        ("les États-Unis", "américain", "américaine", "Washington", "à Washington"),
        ("الولايات المتحدة", "الأمريكي", "الأمريكية", "واشنطن"),
        ("the United States", "US", "Washington"),
    ),
    (
        "FRA",
        ("la France", "français", "française", "Paris", "à Paris"),
        ("فرنسا", "الفرنسي", "الفرنسية", "باريس"),
        ("France", "French", "Paris"),
    ),
    (
        "TUR",
        ("la Turquie", "turc", "turque", "Ankara", "à Ankara"),
        ("تركيا", "التركي", "التركية", "أنقرة"),
        ("Turkey", "Turkish", "Ankara"),
    ),
    (
        "IRN",
        ("l'Iran", "iranien", "iranienne", "Téhéran", "à Téhéran"),
        ("إيران", "الإيراني", "الإيرانية", "طهران"),
        ("Iran", "Iranian", "Tehran"),
    ),
    (
        "EGY",
        ("l'Égypte", "égyptien", "égyptienne", "Le Caire", "au Caire"),
        ("مصر", "المصري", "المصرية", "القاهرة"),
        ("Egypt", "Egyptian", "Cairo"),
    ),
    (
        "DZA",
        ("l'Algérie", "algérien", "algérienne", "Alger", "à Alger"),
        ("الجزائر", "الجزائري", "الجزائرية", "الجزائر"),
        ("Algeria", "Algerian", "Algiers"),
    ),
    (
        "MAR",
        ("le Maroc", "marocain", "marocaine", "Rabat", "à Rabat"),
        ("المغرب", "المغربي", "المغربية", "الرباط"),
        ("Morocco", "Moroccan", "Rabat"),
    ),
    (
        "JOR",
        ("la Jordanie", "jordanien", "jordanienne", "Amman", "à Amman"),
        ("الأردن", "الأردني", "الأردنية", "عمّان"),
        ("Jordan", "Jordanian", "Amman"),
    ),
    (
        "SAU",
        ("l'Arabie saoudite", "saoudien", "saoudienne", "Riyad", "à Riyad"),
        ("السعودية", "السعودي", "السعودية", "الرياض"),
        ("Saudi Arabia", "Saudi", "Riyadh"),
    ),
    (
        "QAT",
        ("le Qatar", "qatari", "qatarie", "Doha", "à Doha"),
        ("قطر", "القطري", "القطرية", "الدوحة"),
        ("Qatar", "Qatari", "Doha"),
    ),
    (
        "CHN",
        ("la Chine", "chinois", "chinoise", "Pékin", "à Pékin"),
        ("الصين", "الصيني", "الصينية", "بكين"),
        ("China", "Chinese", "Beijing"),
    ),
    (
        "IND",
        ("l'Inde", "indien", "indienne", "New Delhi", "à New Delhi"),
        ("الهند", "الهندي", "الهندية", "نيودلهي"),
        ("India", "Indian", "New Delhi"),
    ),
    (
        "DEU",
        ("l'Allemagne", "allemand", "allemande", "Berlin", "à Berlin"),
        ("ألمانيا", "الألماني", "الألمانية", "برلين"),
        ("Germany", "German", "Berlin"),
    ),
    (
        "GBR",
        ("le Royaume-Uni", "britannique", "britannique", "Londres", "à Londres"),
        ("بريطانيا", "البريطاني", "البريطانية", "لندن"),
        ("the United Kingdom", "British", "London"),
    ),
    (
        "ITA",
        ("l'Italie", "italien", "italienne", "Rome", "à Rome"),
        ("إيطاليا", "الإيطالي", "الإيطالية", "روما"),
        ("Italy", "Italian", "Rome"),
    ),
    (
        "LBN",
        ("le Liban", "libanais", "libanaise", "Beyrouth", "à Beyrouth"),
        ("لبنان", "اللبناني", "اللبنانية", "بيروت"),
        ("Lebanon", "Lebanese", "Beirut"),
    ),
    (
        "SYR",
        ("la Syrie", "syrien", "syrienne", "Damas", "à Damas"),
        ("سوريا", "السوري", "السورية", "دمشق"),
        ("Syria", "Syrian", "Damascus"),
    ),
    (
        "ARE",
        ("les Émirats arabes unis", "émirien", "émirienne", "Abou Dhabi", "à Abou Dhabi"),
        ("الإمارات", "الإماراتي", "الإماراتية", "أبوظبي"),
        ("the United Arab Emirates", "Emirati", "Abu Dhabi"),
    ),
    (
        "YEM",
        ("le Yémen", "yéménite", "yéménite", "Sanaa", "à Sanaa"),
        ("اليمن", "اليمني", "اليمنية", "صنعاء"),
        ("Yemen", "Yemeni", "Sanaa"),
    ),
    (
        "LBY",
        ("la Libye", "libyen", "libyenne", "Tripoli", "à Tripoli"),
        ("ليبيا", "الليبي", "الليبية", "طرابلس"),
        ("Libya", "Libyan", "Tripoli"),
    ),
    (
        "PAK",
        ("le Pakistan", "pakistanais", "pakistanaise", "Islamabad", "à Islamabad"),
        ("باكستان", "الباكستاني", "الباكستانية", "إسلام آباد"),
        ("Pakistan", "Pakistani", "Islamabad"),
    ),
]

# Countries that background sentences ("strikes on military positions in ...") may name.
HOTSPOTS = ("IRQ", "SYR", "LBN", "YEM", "LBY")

# ---------------------------------------------------------------------------------------------
# Office titles. "{m}"/"{f}" = masculine/feminine adjective (fr), "{m}" (ar), "{adj}" (en).
# OVERRIDES replaces a title for one country (e.g. the US secretary of state).
# ---------------------------------------------------------------------------------------------
ROLES = {
    "fr": {
        "fm": ["le ministre {m} des Affaires étrangères", "le chef de la diplomatie {f}"],
        "def": ["le ministre {m} de la Défense"],
        "int": ["le ministre {m} de l'Intérieur"],
        "cos": ["le chef d'état-major de l'armée {f}"],
        "nsa": ["le conseiller {m} à la sécurité nationale"],
        "hom": ["son homologue {m}"],
    },
    "ar": {
        "fm": ["وزير الخارجية {m}"],
        "def": ["وزير الدفاع {m}"],
        "int": ["وزير الداخلية {m}"],
        "cos": ["رئيس أركان الجيش {m}"],
        "nsa": ["مستشار الأمن القومي {m}"],
        "hom": ["نظيره {m}"],
    },
    "en": {
        "fm": ["the {adj} foreign minister"],
        "def": ["the {adj} defence minister"],
        "int": ["the {adj} interior minister"],
        "cos": ["the {adj} army chief of staff"],
        "nsa": ["the {adj} national security adviser"],
        "hom": ["his {adj} counterpart"],
    },
}
OVERRIDES = {
    ("fr", "USA", "fm"): "le secrétaire d'État américain",
    ("fr", "USA", "def"): "le secrétaire américain à la Défense",
    ("fr", "FRA", "def"): "le ministre français des Armées",
    ("en", "USA", "fm"): "the US secretary of state",
    ("en", "USA", "def"): "the US defense secretary",
    ("en", "USA", "int"): "the US homeland security secretary",
    ("en", "GBR", "fm"): "the British foreign secretary",
    ("en", "GBR", "def"): "the British defence secretary",
    ("en", "GBR", "int"): "the British home secretary",
}

WEAPONS = {
    "fr": [
        "systèmes de défense aérienne S-400",
        "drones de combat Bayraktar TB2",
        "avions de combat Rafale",
        "hélicoptères de transport Mi-17",
        "véhicules blindés de transport de troupes",
        "missiles antichars Javelin",
        "batteries de missiles Patriot",
        "drones de surveillance",
        "chars T-90",
        "avions d'entraînement",
    ],
    "ar": [
        'منظومات الدفاع الجوي "إس-400"',
        'الطائرات المسيّرة من طراز "بيرقدار تي بي 2"',
        'مقاتلات "رافال"',
        'مروحيات النقل "مي-17"',
        "ناقلات الجند المدرعة",
        'صواريخ "جافلين" المضادة للدروع',
        'بطاريات صواريخ "باتريوت"',
        "طائرات الاستطلاع المسيّرة",
        'دبابات "تي-90"',
        "طائرات التدريب",
    ],
    "en": [
        "S-400 air defence systems",
        "Bayraktar TB2 combat drones",
        "Rafale fighter jets",
        "Mi-17 transport helicopters",
        "armoured personnel carriers",
        "Javelin anti-tank missiles",
        "Patriot missile batteries",
        "surveillance drones",
        "T-90 tanks",
        "training aircraft",
    ],
}

# ---------------------------------------------------------------------------------------------
# Sentence templates. Placeholders: {A_fm} {B_def} ... office titles of country A/B/C,
# {B_hom} "his counterpart" of B, {A} {A_de} {A_a} {A_en} country forms (fr), {A_m} {A_f} {A_fp}
# adjectives, {A_cap} {A_cap_a} capitals, {A_ind_m} {A_ind_f} (ar indefinite adjectives),
# {A_poss} (en possessive), {B_an} (en "a"/"an" + adjective), {date} a day expression,
# {weapon}, {n} small number, {days} duration, {troops} troop number.
# In Arabic a leading "+" means: prefix the conjunction "و" unless the sentence opens the article.
# ---------------------------------------------------------------------------------------------
TEMPLATES = {
    "fr": [
        "{A_fm} s'est rendu {date} {B_cap_a}, où il a été reçu par {B_hom}.",
        "Les deux ministres ont passé en revue l'état des relations bilatérales et les moyens de renforcer "
        "la coopération sécuritaire entre {A} et {B}.",
        "{A_def} s'est entretenu {date} par téléphone avec {B_hom}, selon un communiqué de son ministère.",
        "{A_cap} a livré {date} {B_a} un premier lot de {weapon}, a annoncé l'état-major {B_m}.",
        "Selon des sources proches du dossier, {B_cap} envisagerait d'acquérir {n} {weapon} "
        "supplémentaires auprès {A_de}.",
        "Les forces {A_fp} et {B_fp} ont entamé {date} des manœuvres conjointes qui doivent durer {days}.",
        "{A_fm} a invité {B_hom} à effectuer une visite officielle {A_cap_a} dans les prochains mois.",
        "La diplomatie {A_f} a convoqué {date} l'ambassadeur {B_m} pour protester contre des déclarations "
        "jugées « hostiles ».",
        "{A_cap} a fermement condamné l'attaque, la qualifiant de « violation flagrante » de la souveraineté {B_de}.",
        "{A_cap} a annoncé {date} une nouvelle série de sanctions visant des entreprises {B_fp} et plusieurs "
        "officiers de l'armée {B_f}, accusés de contrebande d'armes.",
        "Dans un communiqué, {B_cap} a dénoncé des mesures « illégales et unilatérales » et promis une "
        "« réponse appropriée ».",
        "Une attaque de drones a visé {date} une base militaire abritant des forces {A_fp} {B_en}, sans faire "
        "de victimes selon un premier bilan.",
        "Plusieurs roquettes se sont abattues {date} à proximité d'une base utilisée par l'armée {B_f}, a "
        "indiqué une source sécuritaire.",
        "{A_cap} a décidé de déployer {troops} militaires supplémentaires {B_en} afin de renforcer la "
        "protection de ses installations.",
        "Les deux pays sont convenus de renforcer l'échange de renseignements dans la lutte contre le "
        "terrorisme et le trafic d'armes.",
        "{A_nsa} a reçu {date} une délégation sécuritaire {B_f} conduite par {B_nsa}.",
        "{A_cap} s'est dit prêt à répondre aux besoins {B_de} en matière d'armement et de formation.",
        "Un mémorandum d'entente sur la coopération militaire a été signé à l'issue des entretiens, a "
        "précisé un porte-parole du ministère {B_m} de la Défense.",
        "Cette visite intervient dans un contexte de fortes tensions régionales, marqué par la "
        "multiplication des frappes contre des positions militaires {C_en}.",
        "{C_cap} a appelé {date} les deux parties à « faire preuve de retenue » et à privilégier le dialogue.",
        "{A_fm} a réaffirmé le « soutien indéfectible » de son pays à la stabilité {B_de}.",
        "{B_def} a salué « un partenariat stratégique » et remercié {A_cap} pour son appui constant.",
        "{A_cap} a menacé de suspendre sa coopération militaire avec {B_cap} si ces attaques se poursuivaient.",
        "Les entretiens ont également porté sur la situation {C_en} et sur la sécurité des frontières.",
        "Selon la presse locale, des unités de l'armée {B_f} ont été placées en état d'alerte le long de la frontière.",
        "{B_fm} est attendu {A_cap_a} le mois prochain pour poursuivre les discussions.",
    ],
    "ar": [
        "وصل {A_fm} إلى {B_cap}، {date}، في زيارة رسمية يلتقي خلالها عدداً من كبار المسؤولين.",
        "+بحث الجانبان سبل تعزيز العلاقات الثنائية بين {A} و{B} في المجالات السياسية والأمنية والاقتصادية.",
        "+أجرى {A_def}، {date}، اتصالاً هاتفياً مع {B_hom}، تناول التطورات الأمنية في المنطقة.",
        "+تسلّمت القوات المسلحة {B_f}، {date}، دفعة جديدة من {weapon} من {A}، بحسب بيان لوزارة الدفاع {B_f}.",
        "+أكدت وزارة الدفاع {A_f} استعداد بلادها لتزويد {B} بما يحتاجه من أسلحة ومعدات وبرامج تدريب.",
        "+انطلقت، {date}، مناورات عسكرية مشتركة بين القوات {A_f} و{B_f} تستمر {days}.",
        "+وجّه {A_fm} دعوة رسمية إلى {B_hom} لزيارة {A_cap}، فيما أعرب الأخير عن ترحيبه بالدعوة.",
        '+استدعت وزارة الخارجية {A_f} السفير {B_m} لديها، وسلّمته مذكرة احتجاج على ما وصفته بـ"التصريحات العدائية".',
        '+دانت الحكومة {A_f} بشدة الهجوم، معتبرة إياه "انتهاكاً صارخاً" لسيادة {B}.',
        "+أعلنت الحكومة {A_f}، {date}، فرض عقوبات جديدة على شركات {B_ind_f} وعدد من ضباط الجيش {B_m}، "
        "بتهمة تهريب الأسلحة.",
        '+في المقابل، وصفت وزارة الخارجية {B_f} هذه الإجراءات بأنها "غير قانونية وأحادية الجانب"، متوعدة بالرد عليها.',
        "+استهدف هجوم بطائرات مسيّرة، {date}، قاعدة عسكرية تضم قوات {A_ind_f} في {B}، من دون أن يسفر عن "
        "إصابات بحسب حصيلة أولية.",
        "+سقطت عدة صواريخ، {date}، قرب قاعدة يستخدمها الجيش {B_m}، وفق ما أفاد مصدر أمني.",
        "+قررت الحكومة {A_f} إرسال {troops} جندي إضافي إلى {B} لتعزيز حماية منشآتها هناك.",
        "+اتفق الجانبان على تعزيز تبادل المعلومات الاستخبارية في مجال مكافحة الإرهاب وتهريب الأسلحة.",
        "+استقبل {A_nsa}، {date}، وفداً أمنياً {B_ind_m} برئاسة {B_nsa}.",
        '+أكد {A_fm} "دعم بلاده الثابت لأمن {B} واستقرار المنطقة".',
        '+أشاد {B_def} بـ"الشراكة الاستراتيجية" مع {A}، معرباً عن شكره لحكومة {A} على دعمها المتواصل.',
        "+وقّع الجانبان مذكرة تفاهم للتعاون العسكري في ختام المباحثات، بحسب متحدث باسم وزارة الدفاع {B_f}.",
        "+تأتي الزيارة في ظل توتر إقليمي متصاعد، مع تكرار الضربات على مواقع عسكرية في {C}.",
        '+دعت وزارة الخارجية {C_f}، {date}، الطرفين إلى "ضبط النفس" وتغليب لغة الحوار.',
        "+هددت الحكومة {A_f} بتعليق تعاونها العسكري مع {B} في حال استمرار هذه الهجمات.",
        "+تناولت المباحثات أيضاً الأوضاع في {C} وأمن الحدود المشتركة.",
        "+ذكرت وسائل إعلام محلية أن وحدات من الجيش {B_m} وُضعت في حالة تأهب على طول الحدود.",
        "+من المقرر أن يزور {B_fm} {A_cap} الشهر المقبل لاستكمال المباحثات.",
    ],
    "en": [
        "{A_fm} arrived in {B_cap} {date} for a two-day official visit.",
        "The two sides discussed ways to strengthen security and economic cooperation between {A} and {B}.",
        "{A_def} held a phone call with {B_hom} {date}, according to a statement from his ministry.",
        "{B_adj} armed forces took delivery of a new batch of {weapon} from {A} {date}, the defence ministry said.",
        "{A_cap} said it was ready to meet {B_adj} needs for weapons, equipment and training.",
        "{A_adj} and {B_adj} troops began a joint military exercise {date} that will run for {days}.",
        "{A_fm} invited {B_hom} to visit {A_cap} in the coming months, an invitation the latter accepted.",
        "{A_cap} summoned the {B_adj} ambassador {date} to protest against what it called hostile remarks.",
        "{A_cap} strongly condemned the attack, calling it a flagrant violation of {B_poss} sovereignty.",
        "{A_cap} announced new sanctions {date} against {B_adj} companies and several senior army officers "
        "accused of arms smuggling.",
        "In response, {B_cap} denounced the measures as illegal and unilateral and vowed an appropriate response.",
        "A drone attack targeted a military base hosting {A_adj} forces in {B} {date}, causing no casualties "
        "according to an initial assessment.",
        "Several rockets landed near a base used by the {B_adj} army {date}, a security source said.",
        "{A_cap} decided to send {troops} additional troops to {B} to protect its facilities there.",
        "The two countries agreed to expand intelligence sharing on terrorism and arms trafficking.",
        "{A_nsa} received {B_an} security delegation led by {B_nsa} {date}.",
        "{A_fm} reaffirmed his country's firm support for the security and stability of {B}.",
        "{B_def} praised what he called a strategic partnership and thanked {A_cap} for its continued support.",
        "A memorandum of understanding on military cooperation was signed at the end of the talks, a "
        "spokesman for the {B_adj} defence ministry said.",
        "The visit comes amid rising regional tension and repeated strikes on military positions in {C}.",
        "{C_cap} called on both sides {date} to show restraint and give priority to dialogue.",
        "{A_cap} threatened to suspend military cooperation with {B_cap} if the attacks continued.",
        "The talks also covered the situation in {C} and the security of the shared border.",
        "Local media reported that {B_adj} army units had been placed on alert along the border.",
        "{B_fm} is expected to visit {A_cap} next month to continue the talks.",
    ],
}

HEADLINES = {
    "fr": [
        "{A_cap} et {B_cap} renforcent leur coopération sécuritaire",
        "Le chef de la diplomatie {A_f} attendu {B_cap_a}",
        "{B_cap} réceptionne un nouveau lot de {weapon}",
        "{A_cap} convoque l'ambassadeur {B_m}",
        "Sanctions : {B_cap} dénonce une décision « unilatérale »",
        "Attaque contre une base {B_en} : {A_cap} hausse le ton",
        "Manœuvres conjointes entre les armées {A_f} et {B_f}",
    ],
    "ar": [
        "{A_cap} و{B_cap} تبحثان تعزيز التعاون العسكري",
        "{A_fm} يصل إلى {B_cap} في زيارة رسمية",
        "{B_cap} تتسلم دفعة جديدة من {weapon}",
        "{A_cap} تستدعي السفير {B_m}",
        "عقوبات {A_ind_f} جديدة على شركات {B_ind_f}",
        "هجوم بطائرات مسيّرة يستهدف قاعدة عسكرية في {B}",
        "مناورات مشتركة بين القوات {A_f} و{B_f}",
    ],
    "en": [
        "{A_cap} and {B_cap} step up security cooperation",
        "{A_cap} sends top diplomat to {B_cap} for talks",
        "{B_cap} takes delivery of new {weapon}",
        "{A_cap} summons {B_adj} ambassador",
        "Sanctions: {B_cap} condemns 'unilateral' decision",
        "Drone attack targets military base in {B}",
        "{A_adj} and {B_adj} forces hold joint exercise",
    ],
}

DAYS = {
    "fr": ["trois jours", "quatre jours", "cinq jours", "une semaine", "dix jours", "deux semaines"],
    "ar": ["ثلاثة أيام", "أربعة أيام", "خمسة أيام", "أسبوعاً", "عشرة أيام", "أسبوعين"],
    "en": ["three days", "four days", "five days", "a week", "ten days", "two weeks"],
}
TROOPS = {
    "fr": ["200", "300", "500", "800", "1 200", "1 500", "2 000"],
    "ar": ["200", "300", "500", "800", "1200", "1500", "2000"],
    "en": ["200", "300", "500", "800", "1,200", "1,500", "2,000"],
}
SMALL_NUMBERS = {"fr": ["deux", "trois", "quatre", "six", "huit", "douze"], "en": ["two", "three", "four"]}

WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "ar": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "ar": [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
EASTERN_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
# "de avions" -> "d'avions", "de Ankara" -> "d'Ankara" (no aspirated h in the lists above)
FR_ELISION = re.compile(r"\bde (?=[aeiouyhéèêâîôûAEIOUÉ])")

# Page chrome, used in about a third of the articles.
CLOCKS = [
    "{dd}-{mm}-{yyyy} {hh12}:{mi} {ampm} Beirut Time",
    "{dd}-{mm}-{yyyy} {hh12}:{mi} {ampm} Jerusalem Timing",
    "{dd}/{mm}/{yyyy} {hh}:{mi} GMT",
]
CLOCKS_AR = ["{weekday} {d} {month} {yyyy}", "{weekday}، {d} {month} {yyyy} - {hh}:{mi}"]
SHARE = {
    "fr": ["Partager cet article", "Partager : Facebook | X | WhatsApp", "Partager Cet Article"],
    "ar": ["شارك", "شارك هذا المقال", "شارك:  فيسبوك | تويتر | واتساب"],
    "en": ["Share this article", "Share: Facebook | X | Email", "SHARE"],
}
SOURCES = {
    "fr": ["Source : Agences", "Source : Le Journal du Levant, avec agences", "SOURCE : Défense Horizon"],
    "ar": ["المصدر: وكالات", "المصدر: وكالات الأنباء", "المصدر: الأفق نيوز"],
    "en": ["Source: Agencies", "Source: Eastern Gazette", "SOURCE: Example News"],
}


# ---------------------------------------------------------------------------------------------
# Building blocks
# ---------------------------------------------------------------------------------------------
def _fr_forms(name: str) -> tuple[str, str, str]:
    """Return ("de X", "à X", "en X") for a French country name with its article."""
    if name.startswith("l'"):
        bare = name[2:]
        return f"de {name}", f"à {name}", f"en {bare}"
    if name.startswith("la "):
        bare = name[3:]
        return f"de {name}", f"à {name}", f"en {bare}"
    if name.startswith("le "):
        bare = name[3:]
        return f"du {bare}", f"au {bare}", f"au {bare}"
    if name.startswith("les "):
        bare = name[4:]
        return f"des {bare}", f"aux {bare}", f"aux {bare}"
    return f"de {name}", f"à {name}", f"en {name}"


def _plural(adj: str) -> str:
    return adj if adj.endswith(("s", "x")) else adj + "s"


def _strip_al(adj: str) -> str:
    return adj[2:] if adj.startswith("ال") else adj


def _role(lang: str, code: str, role: str, forms: dict[str, str], rng: random.Random) -> str:
    override = OVERRIDES.get((lang, code, role))
    if override is not None and role != "hom":
        return override
    return rng.choice(ROLES[lang][role]).format(**forms)


def _country_slots(lang: str, key: str, country: Country, rng: random.Random) -> dict[str, str]:
    """Placeholder values for one country ("A", "B" or "C") in one language."""
    code, fr, ar, en = country
    slots: dict[str, str] = {}
    if lang == "fr":
        name, m, f, cap, cap_a = fr
        de, a, en_loc = _fr_forms(name)
        slots.update(
            {
                "": name,
                "_de": de,
                "_a": a,
                "_en": en_loc,
                "_m": m,
                "_f": f,
                "_mp": _plural(m),
                "_fp": _plural(f),
                "_cap": cap,
                "_cap_a": cap_a,
            }
        )
        forms = {"m": m, "f": f}
    elif lang == "ar":
        name, m, f, cap = ar
        slots.update({"": name, "_m": m, "_f": f, "_cap": cap, "_ind_m": _strip_al(m) + "اً", "_ind_f": _strip_al(f)})
        forms = {"m": m}
    else:
        name, adj, cap = en
        poss = name + ("'" if name.endswith("s") else "'s")
        article = "an" if adj[0] in "AEIOU" and adj != "US" else "a"
        slots.update({"": name, "_adj": adj, "_cap": cap, "_poss": poss, "_an": f"{article} {adj}"})
        forms = {"adj": adj}
    for role in ROLES[lang]:
        slots["_" + role] = _role(lang, code, role, forms, rng)
    return {key + suffix: value for suffix, value in slots.items()}


def _date_expr(lang: str, pub: dt.date, rng: random.Random) -> str:
    """A day expression for an event 0-6 days before the publication date."""
    day = pub - dt.timedelta(days=rng.randint(0, 6))
    weekday = WEEKDAYS[lang][day.weekday()]
    month = MONTHS[lang][day.month - 1]
    delta = (pub - day).days
    if lang == "fr":
        num = "1er" if day.day == 1 else str(day.day)
        options = [f"{weekday} {num} {month}", f"le {num} {month}", weekday]
        if delta == 1:
            options.append("hier")
        elif delta >= 2:
            options.append(f"{weekday} dernier")
    elif lang == "ar":
        options = [f"يوم {weekday}", f"يوم {weekday} {day.day} {month}"]
        if delta == 1:
            options.append(f"أمس {weekday}")
        elif delta >= 2:
            options.append(f"{weekday} الماضي")
        else:
            options.append(f"اليوم {weekday}")
    else:
        options = [f"on {weekday}", f"on {weekday}, {month} {day.day}", f"on {month} {day.day}"]
        if delta == 1:
            options.append("yesterday")
        elif delta >= 2:
            options.append(f"last {weekday}")
    return rng.choice(options)


def _capitalize(sentence: str) -> str:
    return sentence[:1].upper() + sentence[1:] if sentence else sentence


def _fill(template: str, lang: str, slots: dict[str, str], pub: dt.date, rng: random.Random) -> str:
    """Fill one template; each {date} gets its own day expression."""
    values = dict(slots)
    values["date"] = _date_expr(lang, pub, rng)
    values["weapon"] = rng.choice(WEAPONS[lang])
    values["days"] = rng.choice(DAYS[lang])
    values["troops"] = rng.choice(TROOPS[lang])
    values["n"] = rng.choice(SMALL_NUMBERS.get(lang, ["3"]))
    sentence = _capitalize(template.format(**values))
    if lang == "fr":
        sentence = FR_ELISION.sub("d'", sentence)
    return sentence


def _clock_line(lang: str, when: dt.datetime, rng: random.Random) -> str:
    if lang == "ar" and rng.random() < 0.7:
        pattern = rng.choice(CLOCKS_AR)
        return pattern.format(
            weekday=WEEKDAYS["ar"][when.weekday()],
            d=when.day,
            month=MONTHS["ar"][when.month - 1],
            yyyy=when.year,
            hh=f"{when.hour:02d}",
            mi=f"{when.minute:02d}",
        )
    hh12 = when.hour % 12 or 12
    return rng.choice(CLOCKS).format(
        dd=f"{when.day:02d}",
        mm=f"{when.month:02d}",
        yyyy=when.year,
        hh=f"{when.hour:02d}",
        hh12=f"{hh12:02d}",
        mi=f"{when.minute:02d}",
        ampm="AM" if when.hour < 12 else "PM",
    )


def _words(text: str) -> int:
    return len(text.split())


def _third_country(a: Country, b: Country, rng: random.Random) -> Country:
    """A country for background sentences ("strikes on positions in Syria"), drawn from HOTSPOTS."""
    return rng.choice([x for x in COUNTRIES if x[0] in HOTSPOTS and x not in (a, b)])


def build_article(lang: str, rng: random.Random) -> str:
    """Build the text of one article in ``lang`` ("fr", "ar" or "en") from ``rng``'s next draws.

    The whole file (chrome, headline and body) has between MIN_WORDS and MAX_WORDS words.
    """
    a, b = rng.sample(COUNTRIES, 2)
    c = _third_country(a, b, rng)
    slots: dict[str, str] = {}
    for key, country in (("A", a), ("B", b), ("C", c)):
        slots.update(_country_slots(lang, key, country, rng))
    pub = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
    eastern = lang == "ar" and rng.random() < 0.5

    headline = _fill(rng.choice(HEADLINES[lang]), lang, slots, pub, rng)
    head: list[str] = []
    tail: list[str] = []
    if rng.random() < CHROME_SHARE:
        when = dt.datetime.combine(pub, dt.time(rng.randint(6, 22), rng.randint(0, 59)))
        head = [_clock_line(lang, when, rng), ""]
        tail = [rng.choice(SHARE[lang]), "", rng.choice(SOURCES[lang])]
    head += [headline, ""]
    budget = MAX_WORDS - _words(" ".join(head + tail))

    target = rng.randint(MIN_WORDS + 20, budget - 20)
    sentences: list[str] = []
    count = 0
    pool: list[str] = []
    while count < target:
        if not pool:
            pool = list(TEMPLATES[lang])
            rng.shuffle(pool)
            if sentences:  # second pass: a new third country keeps the text from repeating exactly
                c = _third_country(a, b, rng)
                slots.update(_country_slots(lang, "C", c, rng))
        template = pool.pop()
        if lang == "ar" and template.startswith("+"):
            template = template[1:] if not sentences else "و" + template[1:]
        sentence = _fill(template, lang, slots, pub, rng)
        if count + _words(sentence) > budget:
            break
        sentences.append(sentence)
        count += _words(sentence)

    lines = list(head)
    i = 0
    while i < len(sentences):
        size = rng.choice((1, 2, 2, 3))
        lines += [" ".join(sentences[i : i + size]), ""]
        i += size
    lines += tail
    text = "\n".join(lines).rstrip() + "\n"
    if eastern:
        text = text.translate(EASTERN_DIGITS)
    return re.sub(r"[ \t]+\n", "\n", text)


def generate(n: int, out_dir: Path, seed: int = 13) -> list[Path]:
    """Write ``n`` synthetic articles as ``out_dir/NNNNN_<lang>.txt`` and return their paths in order.

    The result depends only on ``n`` and ``seed``: the same arguments always write the same bytes.
    """
    if n < 0:
        raise ValueError(f"n must be >= 0, got {n}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    langs = [lang for lang, _ in LANG_WEIGHTS]
    weights = [weight for _, weight in LANG_WEIGHTS]
    width = max(5, len(str(n)))
    paths: list[Path] = []
    for index in range(n):
        lang = rng.choices(langs, weights)[0]
        text = build_article(lang, rng)
        path = out / f"{index:0{width}d}_{lang}.txt"
        path.write_text(text, encoding="utf-8", newline="\n")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python benchmarks/corpus.py OUT_DIR [--n 2000] [--seed 13]``."""
    parser = argparse.ArgumentParser(description="Write a deterministic synthetic fr/ar/en news corpus.")
    parser.add_argument("out_dir", type=Path, help="folder to write the .txt articles into")
    parser.add_argument("--n", type=int, default=2000, help="number of articles (default: 2000)")
    parser.add_argument("--seed", type=int, default=13, help="random seed (default: 13)")
    args = parser.parse_args(argv)
    if args.n < 0:
        parser.error("--n must be >= 0")
    paths = generate(args.n, args.out_dir, seed=args.seed)
    print(f"wrote {len(paths)} articles to {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
