"""The full-text normaliser: Arabic diacritics, letter variants and clitics, Latin accents and case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.store import fts

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"
TATWEEL = "\u0640"
PROCLITICS = ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "فال", "كال"]

arabic_words = st.text(alphabet=ARABIC_LETTERS, min_size=3, max_size=8)


def decorate(word: str, marks: list[str]) -> str:
    """Put one mark (or nothing) after each letter."""
    return "".join(ch + mark for ch, mark in zip(word, marks, strict=False)) + word[len(marks) :]


def found(text: str, query: str) -> bool:
    """Would a document with ``text`` match ``query`` (every query word has a reading in the text)?"""
    have = set(fts.index_text(text).split())
    terms = fts.query_terms(query)
    return bool(terms) and all(have & set(term) for term in terms)


@given(arabic_words, st.lists(st.sampled_from(["", *HARAKAT, TATWEEL]), max_size=8))
def test_diacritics_and_tatweel_do_not_change_the_index(word: str, marks: list[str]) -> None:
    assert fts.index_text(decorate(word, marks)) == fts.index_text(word)


@given(arabic_words, st.sampled_from(PROCLITICS))
def test_a_word_with_proclitics_is_found_by_the_bare_word(word: str, prefix: str) -> None:
    assert found(f"قال {prefix}{word} أمس", word)


@given(arabic_words)
def test_the_article_form_finds_the_bare_and_prefixed_forms(word: str) -> None:
    assert found("وال" + word, "ال" + word)
    assert found(word, "ال" + word)


@given(st.sampled_from(["أ", "إ", "آ", "ا"]), st.sampled_from(["ة", "ه"]), st.sampled_from(["ى", "ي"]))
def test_letter_variants_are_one_letter(alef: str, ta: str, ya: str) -> None:
    assert fts.index_text(f"{alef}مير{ta} عل{ya}") == fts.index_text("اميره علي")


@given(st.text(alphabet="aeiouéèêëàâîïôûùçœAEÉÈ", min_size=1, max_size=12))
def test_latin_accents_and_case_are_folded(word: str) -> None:
    plain = fts.index_text(word.lower().translate(str.maketrans("éèêëàâîïôûùç", "eeeeaaiiouuc")))
    assert fts.index_text(word.upper()) == fts.index_text(word) == plain


@given(st.text(max_size=200))
def test_any_text_matches_itself_and_spans_are_words(text: str) -> None:
    terms = fts.query_terms(text)
    if terms:
        assert found(text, text)
        spans = fts.match_spans(text, terms)
        assert spans
        for start, end in spans:
            assert fts.readings(text[start:end])
    for reading in fts.index_text(text).split():
        assert reading == reading.casefold()
        assert not set(reading) & set(HARAKAT + TATWEEL)


@given(st.text(max_size=100))
def test_query_expressions_quote_every_reading(text: str) -> None:
    terms = fts.query_terms(text)
    if not terms:
        return
    expression = fts.fts5_query(terms)
    assert expression.startswith("{title body} : (")
    assert expression.count("(") == len(terms) + 1
    assert fts.fts5_query(terms, "ar").endswith(' AND lang : "ar"')
    for term in terms:
        for reading in term:
            assert f'"{reading}"' in expression
            assert f"'{reading}'" in fts.tsquery(terms)


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        ("وقالت مصادرُ دبلوماسيّة إنّ المحادثـات", "المحادثات", True),
        ("زار الوزير بغداد", "وزير", True),
        ("زار وزير الخارجية بغداد", "الوزير", True),
        ("للعراق موقف", "العراق", True),
        ("الحكومة العراقية", "الحكومه", True),
        ("La sécurité de l'Irak", "securite irak", True),
        ("La sécurité de l'Irak", "securite syrie", False),
        ("Sergueï Lavrov", "serguei", True),
        ("<script>alert(1)</script>", "script alert", True),
        ("anything", "و", False),  # no searchable word
    ],
)
def test_examples(text: str, query: str, expected: bool) -> None:
    assert found(text, query) is expected


def test_lexemes_are_distinct_and_sorted() -> None:
    assert fts.lexemes("والعراق العراق", None, "Irak") == sorted({"والعراق", "العراق", "عراق", "irak"})
