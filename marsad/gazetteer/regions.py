"""World regions, seas and disputed areas named in international news (LOC), which GeoNames' city and
country lists do not hold. Typed: a short list, each with its usual names in Arabic, French and English.
``country`` is set only where the region lies wholly within one state as the press presents it.
"""

from __future__ import annotations

REGIONS: list[dict] = [
    {
        "name": "Middle East",
        "country": None,
        "en": ["Middle East"],
        "fr": ["Moyen-Orient", "Proche-Orient"],
        "ar": ["الشرق الأوسط", "الشرق الاوسط"],
    },
    {
        "name": "Persian Gulf",
        "country": None,
        "en": ["Persian Gulf", "Arabian Gulf", "the Gulf"],
        "fr": ["golfe Persique", "Golfe persique", "golfe Arabo-Persique"],
        "ar": ["الخليج العربي", "الخليج الفارسي"],
    },
    {"name": "Levant", "country": None, "en": ["Levant"], "fr": ["Levant"], "ar": ["بلاد الشام", "المشرق العربي"]},
    {"name": "Maghreb", "country": None, "en": ["Maghreb"], "fr": ["Maghreb"], "ar": ["المغرب العربي"]},
    {"name": "Sahel", "country": None, "en": ["Sahel"], "fr": ["Sahel"], "ar": ["منطقة الساحل", "الساحل الأفريقي"]},
    {
        "name": "Horn of Africa",
        "country": None,
        "en": ["Horn of Africa"],
        "fr": ["Corne de l'Afrique"],
        "ar": ["القرن الأفريقي", "القرن الإفريقي"],
    },
    {"name": "Caucasus", "country": None, "en": ["Caucasus"], "fr": ["Caucase"], "ar": ["القوقاز"]},
    {"name": "Central Asia", "country": None, "en": ["Central Asia"], "fr": ["Asie centrale"], "ar": ["آسيا الوسطى"]},
    {"name": "Balkans", "country": None, "en": ["Balkans"], "fr": ["Balkans"], "ar": ["البلقان"]},
    # "the West" / "الغرب" are left out: they also name a direction ("the west of the country", "غرب البلاد")
    {"name": "Western world", "country": None, "en": [], "fr": ["Occident"], "ar": []},
    {
        "name": "Mediterranean Sea",
        "country": None,
        "en": ["Mediterranean", "Mediterranean Sea"],
        "fr": ["Méditerranée", "mer Méditerranée"],
        "ar": ["البحر المتوسط", "البحر الأبيض المتوسط"],
    },
    {"name": "Red Sea", "country": None, "en": ["Red Sea"], "fr": ["mer Rouge"], "ar": ["البحر الأحمر"]},
    {"name": "Black Sea", "country": None, "en": ["Black Sea"], "fr": ["mer Noire"], "ar": ["البحر الأسود"]},
    {"name": "Caspian Sea", "country": None, "en": ["Caspian Sea"], "fr": ["mer Caspienne"], "ar": ["بحر قزوين"]},
    {"name": "Arabian Sea", "country": None, "en": ["Arabian Sea"], "fr": ["mer d'Arabie"], "ar": ["بحر العرب"]},
    {"name": "Gulf of Aden", "country": None, "en": ["Gulf of Aden"], "fr": ["golfe d'Aden"], "ar": ["خليج عدن"]},
    {
        "name": "Strait of Hormuz",
        "country": None,
        "en": ["Strait of Hormuz"],
        "fr": ["détroit d'Ormuz"],
        "ar": ["مضيق هرمز"],
    },
    {
        "name": "Bab-el-Mandeb",
        "country": None,
        "en": ["Bab el-Mandeb", "Bab al-Mandab"],
        "fr": ["Bab el-Mandeb"],
        "ar": ["باب المندب", "مضيق باب المندب"],
    },
    {"name": "Gaza Strip", "country": "PSE", "en": ["Gaza Strip"], "fr": ["bande de Gaza"], "ar": ["قطاع غزة"]},
    {"name": "West Bank", "country": "PSE", "en": ["West Bank"], "fr": ["Cisjordanie"], "ar": ["الضفة الغربية"]},
    {
        "name": "Golan Heights",
        "country": None,
        "en": ["Golan Heights", "Golan"],
        "fr": ["plateau du Golan", "Golan"],
        "ar": ["مرتفعات الجولان", "الجولان"],
    },
    {
        "name": "Sinai Peninsula",
        "country": "EGY",
        "en": ["Sinai", "Sinai Peninsula"],
        "fr": ["Sinaï"],
        "ar": ["سيناء", "شبه جزيرة سيناء"],
    },
    {"name": "Crimea", "country": None, "en": ["Crimea"], "fr": ["Crimée"], "ar": ["شبه جزيرة القرم", "القرم"]},
    {"name": "Donbas", "country": None, "en": ["Donbas", "Donbass"], "fr": ["Donbass"], "ar": ["دونباس"]},
    {
        "name": "Kurdistan Region",
        "country": "IRQ",
        "en": ["Kurdistan Region", "Iraqi Kurdistan"],
        "fr": ["Kurdistan irakien", "région du Kurdistan"],
        "ar": ["إقليم كردستان", "كردستان العراق"],
    },
    {
        "name": "Western Sahara",
        "country": None,
        "en": ["Western Sahara"],
        "fr": ["Sahara occidental"],
        "ar": ["الصحراء الغربية"],
    },
    {
        "name": "Nagorno-Karabakh",
        "country": None,
        "en": ["Nagorno-Karabakh", "Karabakh"],
        "fr": ["Haut-Karabakh"],
        "ar": ["ناغورنو كاراباخ", "قره باغ"],
    },
]
