"""The shipped Arabic NER pipeline (marsad/nlp/lang/ar/pipeline): loads with plain spacy.load, finds
people, places and organisations in news sentences written for Marsad, fits the package-data budget and
states its scores and licence."""

from __future__ import annotations

import json

import pytest
import spacy

import marsad.nlp.lang.ar.components as components
from marsad.normalize import fold

PIPELINE = components.PIPELINE_DIR

# (sentence, [(surface as written in the sentence, label)]); not from the training corpora.
SENTENCES = [
    (
        "التقى وزير الخارجية العراقي فؤاد حسين نظيره الروسي سيرغي لافروف في موسكو يوم الخميس.",
        [("فؤاد حسين", "PER"), ("سيرغي لافروف", "PER"), ("موسكو", "LOC")],
    ),
    (
        "أعلنت وزارة الدفاع الأمريكية أن الرئيس جو بايدن سيزور بغداد الأسبوع المقبل.",
        [("وزارة الدفاع", "ORG"), ("جو بايدن", "PER"), ("بغداد", "LOC")],
    ),
    (
        "قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع الإنساني في غزة كارثي.",
        [("للأمم المتحدة", "ORG"), ("أنطونيو غوتيريش", "PER"), ("غزة", "LOC")],
    ),
    (
        "وصل الرئيس الفرنسي إيمانويل ماكرون إلى الجزائر في زيارة رسمية تستغرق يومين.",
        [("إيمانويل ماكرون", "PER"), ("الجزائر", "LOC")],
    ),
    (
        "اتهمت حركة حماس إسرائيل بخرق اتفاق وقف إطلاق النار في قطاع غزة.",
        [("حماس", "ORG"), ("إسرائيل", "LOC"), ("غزة", "LOC")],
    ),
    (
        "استقبل الملك عبد الله الثاني في عمان وفدا من صندوق النقد الدولي برئاسة كريستالينا غورغييفا.",
        [("عبد الله الثاني", "PER"), ("عمان", "LOC"), ("صندوق النقد الدولي", "ORG"), ("كريستالينا غورغييفا", "PER")],
    ),
]


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load(PIPELINE)


def test_finds_people_places_and_organisations(nlp: spacy.language.Language) -> None:
    found, missed, labels = 0, [], set()
    for sentence, expected in SENTENCES:
        doc = nlp(sentence)
        labels |= {ent.label_ for ent in doc.ents}
        for surface, label in expected:
            start = sentence.index(surface)
            end = start + len(surface)
            if any(e.label_ == label and e.start_char < end and start < e.end_char for e in doc.ents):
                found += 1
            else:
                missed.append((surface, label, [(e.text, e.label_) for e in doc.ents]))
    total = sum(len(expected) for _, expected in SENTENCES)
    assert found / total >= 0.6, missed
    assert {"PER", "LOC"} <= labels


def test_labels_and_runtime_tokenization(nlp: spacy.language.Language) -> None:
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    text = SENTENCES[0][0] + " (رويترز)، والعراق وللعراق."
    assert [t.text for t in nlp(text)] == [t.text for t in spacy.blank("ar")(text)]


def test_features_see_folded_text(nlp: spacy.language.Language) -> None:
    doc = nlp("وصل إلى الجزائرِ")
    assert [t.norm_ for t in doc] == [fold(t.text) for t in doc]
    assert doc[1].text == "إلى" and doc[1].norm_ == "الي"


def test_package_data_budget() -> None:
    size = sum(f.stat().st_size for f in PIPELINE.rglob("*") if f.is_file())
    assert size <= 20 * 1024 * 1024, f"{size / 1e6:.1f} MB"
    assert not any(p.name in {"model-last", "model-best", "train.spacy", "dev.spacy"} for p in PIPELINE.rglob("*"))


def test_meta_states_scores_sources_and_licence() -> None:
    meta = json.loads((PIPELINE / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == "marsad_ar_ner" and meta["lang"] == "ar"
    assert meta["license"] == "CC BY-SA 4.0 (inherits from ANERcorp/AQMAR)"
    perf = meta["performance"]
    assert 0.5 < perf["ents_f"] <= 1 and 0 < perf["ents_p"] <= 1 and 0 < perf["ents_r"] <= 1
    assert set(perf["ents_per_type"]) == {"PER", "ORG", "LOC"}
    assert {"ANERcorp", "AQMAR"} <= {word for source in meta["sources"] for word in source["name"].split()}
    assert "from training data" in meta["marsad"]["dev_split"]
    licence = (PIPELINE / "LICENSE").read_text(encoding="utf-8")
    assert "CC BY-SA 4.0" in licence and "Benajiba" in licence and "Mohit" in licence
    assert (PIPELINE / "README.md").is_file()
