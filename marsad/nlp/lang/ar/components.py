"""Registered spaCy functions of Marsad's Arabic NER pipeline (``marsad/nlp/lang/ar/pipeline``).

The shipped pipeline's ``config.cfg`` names two functions that live here, so this module must be
imported before the pipeline is loaded::

    import spacy
    import marsad.nlp.lang.ar.components  # noqa: F401  (registers the functions below)

    nlp = spacy.load(marsad.nlp.lang.ar.components.PIPELINE_DIR)

Without the import, ``spacy.load`` fails with a catalogue ``RegistryError`` naming the missing function.

* ``marsad.ar_fold_norm.v1`` (``[nlp.after_creation]`` callback): the model sees Marsad's folded text
  without the text being changed. It replaces the vocabulary's lexical attribute getters so that
  ``NORM`` is ``marsad.normalize.fold`` of the token (NFKC, diacritics and tatweel removed,
  hamza-alef/alef-maqsura/ta-marbuta folded, casefolded; the raw text when folding leaves nothing,
  e.g. punctuation), and ``PREFIX``/``SUFFIX`` are the first letter and the last three letters of
  that folded form. ``token.text`` and character offsets are untouched; ``token.norm_`` shows the fold.
* ``marsad.ArabicHashEmbed.v1`` (tok2vec embedding): spaCy's ``MultiHashEmbed`` (hash embeddings of
  lexical attributes, concatenated, mixed by a Maxout layer) plus one more table, the clitic-stripped
  stem of the folded token (``arabic_variants(...)[-1]``: "والعراق" and "للعراق" → "عراق"). The
  corpora and spaCy's Arabic tokenizer both keep proclitics (و ف ب ل ك ال) attached to the word, so
  the stem lets "وموسكو" share evidence with "موسكو" while ``NORM`` keeps the whole word.

Both functions are pure functions of the token text; training (``scripts/train_ar.py``) and runtime
therefore compute identical features.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.attrs import NORM, PREFIX, SUFFIX
from spacy.strings import get_string_id
from spacy.util import registry

from marsad.normalize import arabic_variants, fold, is_arabic

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    from thinc.api import Model
    from thinc.types import Floats2d, Ints2d

PIPELINE_DIR = Path(__file__).resolve().parent / "pipeline"
FOLD_NORM = "marsad.ar_fold_norm.v1"
HASH_EMBED = "marsad.ArabicHashEmbed.v1"
STEM = "STEM"  # pseudo-attribute accepted by marsad.ArabicHashEmbed.v1 besides spaCy's attribute names


@lru_cache(maxsize=1 << 18)
def fold_norm(text: str) -> str:
    """NORM of a lexeme: ``fold(text)`` without inner spaces, or the text itself when folding empties it."""
    return fold(text).replace(" ", "") or text


def fold_prefix(text: str) -> str:
    return fold_norm(text)[:1]


def fold_suffix(text: str) -> str:
    return fold_norm(text)[-3:]


@lru_cache(maxsize=1 << 18)
def stem(text: str) -> str:
    """Clitic-stripped reading of the folded token (shortest of ``arabic_variants``); the fold otherwise."""
    folded = fold_norm(text)
    if not is_arabic(folded):
        return folded
    readings = arabic_variants(folded)
    return readings[-1] if readings else folded


@lru_cache(maxsize=1 << 18)
def _stem_id(text: str) -> int:
    return get_string_id(stem(text))


def install_fold_norm(vocab: Vocab) -> None:
    """Make NORM/PREFIX/SUFFIX of every lexeme (present and future) come from the folded text."""
    getters = dict(vocab.lex_attr_getters or {})
    getters.update({NORM: fold_norm, PREFIX: fold_prefix, SUFFIX: fold_suffix})
    vocab.lex_attr_getters = getters
    for lexeme in vocab:  # lexemes made before the callback ran (tokenizer special cases)
        lexeme.norm_ = fold_norm(lexeme.orth_)
        lexeme.prefix_ = fold_prefix(lexeme.orth_)
        lexeme.suffix_ = fold_suffix(lexeme.orth_)


@registry.callbacks(FOLD_NORM)
def create_fold_norm() -> Callable[[Language], Language]:
    """``[nlp.after_creation]`` callback: install the folded lexical attributes on the new pipeline's vocab."""

    def after_creation(nlp: Language) -> Language:
        install_fold_norm(nlp.vocab)
        return nlp

    return after_creation


def _extract_features(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Callable]:
    import numpy

    columns: list[str] = model.attrs["columns"]
    spacy_columns = [c for c in columns if c != STEM]
    stem_at = columns.index(STEM) if STEM in columns else -1
    features = []
    for doc in docs:
        array = doc.to_array(spacy_columns).reshape((len(doc), len(spacy_columns))).astype("uint64")
        if stem_at >= 0:
            stems = numpy.fromiter((_stem_id(token.text) for token in doc), dtype="uint64", count=len(doc))
            array = numpy.insert(array, stem_at, stems, axis=1)
        features.append(model.ops.asarray2i(array, dtype="uint64"))
    return features, lambda d_features: []


@registry.architectures(HASH_EMBED)
def arabic_hash_embed(width: int, attrs: list[str], rows: list[int]) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed.v2 (no static vectors) whose ``attrs`` may also name ``STEM``."""
    from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array

    if len(rows) != len(attrs):
        raise ValueError(f"Mismatched lengths: {len(rows)} vs {len(attrs)}")
    embeddings: list[Any] = [
        HashEmbed(width, rows[index], column=index, seed=8 + index, dropout=0.0) for index in range(len(attrs))
    ]
    extractor: Model = Model("extract_features", _extract_features, attrs={"columns": list(attrs)})
    return chain(
        extractor,
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True)),
        ragged2list(),
    )
