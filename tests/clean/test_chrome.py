"""Page-chrome patterns in the three languages, and article sentences they must leave alone."""

from __future__ import annotations

import pytest

from marsad.clean.chrome import Chrome, classify_line, is_byline, outlet_of

CHROME = [
    ("05-03-2025 11:04 AM Beirut Time", Chrome.DATE_LINE),
    ("الثلاثاء 4 مارس 2025", Chrome.DATE_LINE),
    ("الأربعاء، ٥ مارس ٢٠٢٥ - ١٠:٢١ م", Chrome.DATE_LINE),
    ("Lundi 3 février 2025 à 14h05", Chrome.DATE_LINE),
    ("Published: June 4, 2025", Chrome.DATE_LINE),
    ("Mis à jour le 12/06/2024", Chrome.DATE_LINE),
    ("Un blindé lors d'un défilé. ©AFP/Archives", Chrome.CAPTION),
    ("Des soldats turcs près de la frontière (Photo AFP)", Chrome.CAPTION),
    ("Soldiers during the drill near Basra. (Reuters photo)", Chrome.CAPTION),
    ("Photo : Ministère de la Défense", Chrome.CAPTION),
    ("وزير الدفاع خلال الاستقبال (صورة أرشيفية)", Chrome.CAPTION),
    ("Partager cet article", Chrome.SHARE),
    ("Share this article", Chrome.SHARE),
    ("Facebook Twitter WhatsApp", Chrome.SHARE),
    ("شارك الخبر", Chrome.SHARE),
    ("Lire aussi : La Turquie reçoit ses premiers S-400", Chrome.READ_ALSO),
    ("Read also: Ankara and Moscow sign a new deal", Chrome.READ_ALSO),
    ("اقرأ أيضا: موسكو تستقبل وفدا عراقيا", Chrome.READ_ALSO),
    ("مقالات ذات صلة", Chrome.RELATED),
    ("Related articles", Chrome.RELATED),
    ("Sur le même sujet", Chrome.RELATED),
    ("اترك تعليقاً", Chrome.COMMENTS),
    ("Leave a comment", Chrome.COMMENTS),
    ("Your email address will not be published. Required fields are marked *", Chrome.COMMENTS),
    ("Votre adresse e-mail ne sera pas publiée.", Chrome.COMMENTS),
    ("زر الذهاب إلى الأعلى", Chrome.BACK_TO_TOP),
    ("Back to top", Chrome.BACK_TO_TOP),
    ("Retour en haut de la page", Chrome.BACK_TO_TOP),
    ("Tags: Iraq, Russia, S-400", Chrome.TAGS),
    ("Mots-clés : Irak, Russie", Chrome.TAGS),
    ("الوسوم: العراق روسيا", Chrome.TAGS),
    ("Source: Reuters", Chrome.SOURCE),
    ("SOURCE: FRENCH PRESS TV", Chrome.SOURCE),
    ("المصدر: وكالة الأنباء العراقية", Chrome.SOURCE),
    ("Accueil / Monde / Moyen-Orient", Chrome.MENU),
    ("Home > World > Middle East > Iraq", Chrome.MENU),
]

ARTICLE_LINES = [
    "Le ministre irakien des Affaires étrangères est arrivé jeudi à Moscou pour deux jours d'entretiens.",
    "Faisant état d'une occasion unique pour le Centre d'échange entre Iran/Russie/Irak/Syrie, l'envoyé a parlé.",
    "The ministers agreed to share intelligence on Islamic State cells along the border.",
    "وأضاف لافروف أن روسيا مستعدة لتلبية طلبات بغداد فيما يتعلق بالتسليح والتعاون العسكري.",
    "S-400: la contre-offensive de Bagdad",
    "L'Occident ne recherche pas la sécurité des autres Etats",
    "Selon la source, les frappes ont visé trois dépôts d'armes près de Deir ez-Zor.",
    "Partager les renseignements est devenu une priorité pour les deux armées, a-t-il ajouté.",
    "The attack on 12 March 2024 killed three soldiers at the base, the ministry said.",
]


@pytest.mark.parametrize(("line", "kind"), CHROME)
def test_chrome_kinds(line: str, kind: Chrome) -> None:
    assert classify_line(line) is kind


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_lines_are_not_chrome(line: str) -> None:
    assert classify_line(line) is None


@pytest.mark.parametrize(
    "line", ["Par Karim Benali", "By Staff Writer", "وكالات / ياسمينا العبودى", "بغداد - وكالات", "بقلم: سمير حداد"]
)
def test_bylines(line: str) -> None:
    assert is_byline(line)


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_article_lines_are_not_bylines(line: str) -> None:
    assert not is_byline(line)


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Source: Traduit du site assafir", "assafir"),
        ("Source: Avec PressTV", "PressTV"),
        ("SOURCE: FRENCH PRESS TV", "FRENCH PRESS TV"),
        ("المصدر: نقلا عن رويترز", "رويترز"),
    ],
)
def test_outlet_from_source_line(line: str, outlet: str) -> None:
    assert outlet_of(line) == outlet
