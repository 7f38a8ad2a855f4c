"""The bundled demo articles: all processed, in the three languages, with no failure."""

from __future__ import annotations

from marsad.demo import articles_dir
from marsad.pipeline import Pipeline, Processed
from marsad.runner import read_inputs


def test_demo_articles_all_process(pipeline: Pipeline) -> None:
    outcomes = list(pipeline.process(read_inputs([str(articles_dir())], pipeline.settings)))
    docs = [o.document for o in outcomes if isinstance(o, Processed)]
    assert len(docs) == len(outcomes) >= 8
    assert {d.lang for d in docs} == {"ar", "en", "fr"}
    assert all(d.title for d in docs)
    mixed = next(d for d in docs if d.id == "mixed_01_fr_en")
    assert {p.lang for p in mixed.paragraphs} == {"fr", "en"}
