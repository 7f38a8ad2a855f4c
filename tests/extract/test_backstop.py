"""The multilingual backstop: nearest labelled prototypes across languages, thresholds, leave-one-out,
calibrated confidences, and its events in the pipeline."""

from __future__ import annotations

import pytest

from marsad.extract import calibration
from marsad.extract.backstop import NONE, Backstop, Proposal, Prototype, load_prototypes

PROTOTYPES = [
    Prototype("The two foreign ministers held talks on regional security in the capital.", "en", "CONSULT", "p1"),
    Prototype("Les deux ministres ont discuté de la sécurité régionale lors d'un entretien.", "fr", "CONSULT", "p2"),
    Prototype("بحث وزيرا الخارجية الأمن الإقليمي خلال لقائهما في العاصمة.", "ar", "CONSULT", "p3"),
    Prototype("The army shelled villages near the border, killing several civilians.", "en", "ASSAULT", "p4"),
    Prototype("L'armée a bombardé des villages près de la frontière, tuant plusieurs civils.", "fr", "ASSAULT", "p5"),
    Prototype("قصف الجيش قرى قرب الحدود ما أدى إلى مقتل عدد من المدنيين.", "ar", "ASSAULT", "p6"),
    Prototype("The weather was mild and markets were calm on Monday.", "en", NONE, "p7"),
    Prototype("Le temps était doux et les marchés calmes lundi.", "fr", NONE, "p8"),
]


@pytest.fixture(scope="module")
def backstop() -> Backstop:
    return Backstop(PROTOTYPES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le chef de la diplomatie a évoqué la sécurité régionale avec son homologue.", "CONSULT"),
        ("ناقش الوزيران قضايا الأمن في المنطقة خلال اجتماعهما.", "CONSULT"),
        ("Artillery fire hit border villages and killed civilians.", "ASSAULT"),
        ("قصفت المدفعية قرى حدودية وقتلت مدنيين.", "ASSAULT"),
    ],
)
def test_nearest_prototypes_vote_across_languages(backstop: Backstop, text: str, expected: str) -> None:
    proposal = backstop.rank([text])[0]
    assert proposal is not None and proposal.type == expected
    assert 0 < proposal.share <= 1 and -1 <= proposal.similarity <= 1


def test_none_prototypes_win_for_sentences_that_are_no_event(backstop: Backstop) -> None:
    proposal = backstop.rank(["Les marchés étaient calmes et le temps doux ce lundi."])[0]
    assert proposal is not None and proposal.type == NONE
    assert backstop.propose(["Les marchés étaient calmes et le temps doux ce lundi."]) == [None]


def test_thresholds_reject_weak_votes(backstop: Backstop) -> None:
    weak = Proposal("CONSULT", share=0.3, similarity=0.9, prototype="p1")
    strong = Proposal("CONSULT", share=0.9, similarity=0.9, prototype="p1")
    assert not backstop.accepts(weak) and backstop.accepts(strong)
    assert not backstop.accepts(Proposal(NONE, 1.0, 1.0, "p7"))


def test_leave_one_out_ignores_the_identical_prototype() -> None:
    text = PROTOTYPES[0].text
    assert Backstop(PROTOTYPES).rank([text])[0].similarity > 0.99
    assert Backstop(PROTOTYPES, leave_one_out=True).rank([text])[0].similarity < 0.99


def test_empty_input(backstop: Backstop) -> None:
    assert backstop.rank([]) == [] and backstop.propose([]) == []


def test_shipped_prototypes_cover_every_language_and_many_types() -> None:
    shipped = load_prototypes()
    assert {p.lang for p in shipped} == {"ar", "en", "fr"}
    assert len({p.type for p in shipped}) >= 12 and NONE in {p.type for p in shipped}
    assert len({p.id for p in shipped}) == len(shipped)


def test_calibrated_probability_is_a_logistic_of_the_features() -> None:
    model = {"bias": -1.0, "share": 2.0, "similarity": 1.0}
    low = calibration.probability(model, calibration.embed_features(0.2, 0.3), 0.0)
    high = calibration.probability(model, calibration.embed_features(0.9, 0.8), 0.0)
    assert 0 < low < high < 1
    assert calibration.probability(None, {}, 0.42) == 0.42


def test_calibration_can_be_switched_off_and_restored() -> None:
    shipped = calibration.current()
    calibration.use({})
    try:
        assert calibration.current() == {}
    finally:
        calibration.use(None)
    assert calibration.current() == shipped


def test_backstop_events_in_the_pipeline_carry_their_rule_and_confidence(pipeline) -> None:
    from tests.extract.test_events import events_of

    text = "Le ministre turc a évoqué avec son homologue jordanien la sécurité régionale au cours d'un long échange."
    assert not [e for e in events_of(pipeline, text, "fr").events if e.rule.startswith("embed:")]
    saved = pipeline.backstop
    pipeline.backstop = Backstop(PROTOTYPES)
    try:
        events = events_of(pipeline, text, "fr").events
    finally:
        pipeline.backstop = saved
    embedded = [e for e in events if e.rule.startswith("embed:")]
    assert [(e.type, {a.country for a in e.actor} | {r.country for r in e.recipient}) for e in embedded] == [
        ("CONSULT", {"TUR", "JOR"})
    ]
    assert embedded[0].rule.startswith("embed:consult:p") and 0 < embedded[0].confidence < 1
