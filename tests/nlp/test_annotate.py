"""The NLP stage: paragraph batching, offsets into the body, long paragraphs, crash isolation."""

from __future__ import annotations

import itertools

import pytest

from marsad.model import Failure, RawRecord
from marsad.nlp.annotate import _pieces
from marsad.pipeline import Pipeline, Processed

FR = "Le ministre irakien des Affaires étrangères Fouad Hussein a rencontré jeudi à Moscou Sergueï Lavrov."
EN = "Iraq's foreign minister met his Russian counterpart Sergey Lavrov in Moscow on Thursday."


def test_mentions_point_into_the_body(pipeline: Pipeline) -> None:
    doc = pipeline.process_one(RawRecord(id="x", source="x", text=f"{FR}\n{EN}"))
    assert doc.mentions
    for mention in doc.mentions:
        assert doc.body[mention.start : mention.end] == mention.text
        assert mention.rule.split(":")[0] in {"spacy", "kb", "gazetteer", "fr", "en"} and 0 < mention.confidence <= 1
    assert {"PERSON", "GPE"} <= {m.label for m in doc.mentions}


def test_entities_never_cross_a_line_break(pipeline: Pipeline) -> None:
    text = "Le président a reçu Vladimir\nPoutine est arrivé à Bagdad jeudi pour une visite officielle."
    doc = pipeline.process_one(RawRecord(id="x", source="x", text=text))
    assert all("\n" not in m.text for m in doc.mentions)


def test_surname_joins_the_full_name(pipeline: Pipeline) -> None:
    text = (
        "Le diplomate algérien Karim Benhadj est arrivé jeudi à Tunis pour une visite de deux jours.\n"
        "Benhadj doit rencontrer plusieurs responsables tunisiens avant de rentrer à Alger."
    )
    doc = pipeline.process_one(RawRecord(id="x", source="x", text=text, lang="fr"))
    people = [e for e in doc.entities if e.type == "PERSON"]
    assert len(people) == 1
    assert {m.text for m in people[0].mentions} == {"Karim Benhadj", "Benhadj"}


@pytest.mark.parametrize("limit", [50, 120, 1000])
def test_long_paragraph_pieces_cover_it_exactly(limit: int) -> None:
    body = " ".join([FR] * 30)
    pieces = list(_pieces(body, 0, len(body), limit))
    assert pieces[0][0] == 0 and pieces[-1][1] == len(body)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(end - start <= limit for start, end in pieces)


def test_a_crash_inside_one_article_fails_only_that_article(settings, monkeypatch) -> None:
    pipeline = Pipeline(settings)
    nlp = pipeline.models.get("en")

    @__import__("spacy").Language.component("explode_on_poison")
    def explode(doc):  # type: ignore[no-untyped-def]
        if "POISON" in doc.text:
            raise RuntimeError("boom")
        return doc

    nlp.add_pipe("explode_on_poison", last=True)
    try:
        records = [RawRecord(id=f"a{i}", source=f"a{i}", text=EN + (" POISON." if i == 2 else "")) for i in range(5)]
        outcomes = list(pipeline.process(records))
    finally:
        nlp.remove_pipe("explode_on_poison")
    failures = [o for o in outcomes if isinstance(o, Failure)]
    assert [(f.article_id, f.stage, f.code) for f in failures] == [("a2", "nlp", "E301")]
    assert sorted(o.document.id for o in outcomes if isinstance(o, Processed)) == ["a0", "a1", "a3", "a4"]


def test_duplicate_ids_from_different_files_are_kept_apart(pipeline: Pipeline) -> None:
    records = [RawRecord(id="same", source="a/same.txt", text=EN), RawRecord(id="same", source="b/same.txt", text=FR)]
    docs = [o.document for o in pipeline.process(records) if isinstance(o, Processed)]
    assert len({d.id for d in docs}) == 2
    assert any(w.startswith("W006") for w in docs[1].warnings)
