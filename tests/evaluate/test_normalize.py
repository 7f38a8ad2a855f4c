"""Tests for the evaluation's string normalisation."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.evaluate.normalize import normalize, tokens

ARABIC_DIACRITICS = {chr(code) for code in range(0x064B, 0x0653)} | {"\u0670", "\u0640"}
ARABIC_VARIANTS = set("أإآٱىة")

arabic_text = st.text(alphabet=st.characters(min_codepoint=0x0600, max_codepoint=0x06FF) | st.sampled_from(" .,«»’-éÉ"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lors d’une entrevue le jeudi", "lors d une entrevue le jeudi"),
        ("  États-Unis\n«S-400»  ", "etats unis s 400"),
        ("Sergueï LAVROV", "serguei lavrov"),
        ("ﬁnance Straße", "finance strasse"),
        ("©DefaPress (AFP photo)", "defapress afp photo"),
        ("اترك تعليقاً", "اترك تعليقا"),
        ("إنَّ آلةَ ٱلكتاب", "ان اله الكتاب"),
        ("مستشفى الأنبار", "مستشفي الانبار"),
        ("بـــغداد، العراق؟", "بغداد العراق"),
        ("سُؤال رئيس", "سؤال رئيس"),
        ("", ""),
    ],
)
def test_normalize_examples(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_none_is_empty() -> None:
    assert normalize(None) == ""


def test_tokens_split_on_punctuation() -> None:
    assert tokens("al-Kazemi, Mostafa") == ("al", "kazemi", "mostafa")


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.text())
def test_normalize_output_has_no_uppercase_accents_or_extra_spaces(text: str) -> None:
    out = normalize(text)
    assert not any(char.isupper() for char in out)
    assert not any(unicodedata.category(char) == "Mn" for char in out)
    assert not any(unicodedata.category(char).startswith("P") for char in out)
    assert out == " ".join(out.split())


@given(arabic_text)
def test_normalize_removes_arabic_diacritics_and_variants(text: str) -> None:
    out = normalize(text)
    assert not set(out) & ARABIC_DIACRITICS
    assert not set(out) & ARABIC_VARIANTS


@given(st.text(alphabet=st.sampled_from("aeiouAEIOUéèêëàâîïôöùûüçÉÈÀÇ -")))
def test_normalize_strips_latin_accents(text: str) -> None:
    assert normalize(text).isascii()
