"""Tests for scoring predictions against gold: body, metadata, entities, attribution, events, dates."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from marsad.evaluate import EvalReport, evaluate, format_plain, load_gold, load_predictions, render_report
from marsad.evaluate.report import Scores, detail_lines
from marsad.evaluate.scoring import check_body, date_matches, match_one_to_one

GOLD_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "gold"


def gold_doc(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "a1",
        "lang": "fr",
        "title": None,
        "published": None,
        "body_start": "Le ministre est arrivé",
        "not_body": [],
        "entities": [],
        "events": [],
    }
    return doc | fields


def pred_doc(**fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "id": "a1",
        "title": None,
        "published": None,
        "body": "Le ministre est arrivé à Moscou.",
        "entities": [],
        "events": [],
    }
    return doc | fields


def gold_entity(name: str, kind: str, *mentions: str, country: str | None = None, sector: str | None = None):
    return {"name": name, "type": kind, "mentions": list(mentions), "country": country, "sector": sector}


def pred_entity(name: str, kind: str, *mentions: str, country: str | None = None, sector: str | None = None):
    spans = [{"text": text, "start": 0, "end": len(text)} for text in mentions]
    return {"id": "e", "name": name, "type": kind, "mentions": spans, "country": country, "sector": sector}


def gold_event(
    kind: str, actor: list[str], recipient: list[str], required: bool = True, date: str | None = None
) -> dict[str, Any]:
    return {
        "type": kind,
        "actor": actor,
        "recipient": recipient,
        "required": required,
        "date": date,
        "evidence": f"{kind} evidence",
    }


def pred_event(kind: str, actor: list[str | None], recipient: list[str | None], date: str | None = None):
    def side(codes: list[str | None]) -> list[dict[str, Any]]:
        return [{"entity": None, "name": None, "country": code, "sector": None} for code in codes]

    return {
        "id": "v",
        "type": kind,
        "actor": side(actor),
        "recipient": side(recipient),
        "date": date,
        "evidence": {"text": f"{kind} predicted", "start": 0, "end": 1},
    }


def score(gold: dict[str, Any], pred: dict[str, Any] | None) -> Scores:
    return evaluate({gold["id"]: gold}, [pred] if pred else []).overall


def entity_scores(gold_entities: list[dict], pred_entities: list[dict]) -> Scores:
    return score(gold_doc(entities=gold_entities), pred_doc(entities=pred_entities))


def event_scores(gold_events: list[dict], pred_events: list[dict]) -> Scores:
    return score(gold_doc(events=gold_events), pred_doc(events=pred_events))


def tp_fp_fn(counts: Any) -> tuple[int, int, int]:
    return counts.tp, counts.fp, counts.fn


# Body


def test_body_start_is_compared_after_normalisation() -> None:
    gold = gold_doc(body_start="Lors d’une entrevue le jeudi")
    assert score(gold, pred_doc(body="lors d'une ENTREVUE, le jeudi 14 mai")).body.correct == 1


def test_body_fails_without_body_start() -> None:
    result = evaluate({"a1": gold_doc()}, [pred_doc(body="Autre chose.")]).articles[0]
    assert result.scores.body.correct == 0
    assert not result.body_start_found


def test_short_not_body_line_leaks_only_as_a_whole_line() -> None:
    gold = gold_doc(not_body=["TV"])
    inline = pred_doc(body="Le ministre est arrivé à la TV russe.")
    own_line = pred_doc(body="TV\nLe ministre est arrivé.")
    assert score(gold, inline).body.correct == 1
    assert score(gold, own_line).body.correct == 0


def test_not_body_line_of_19_chars_is_not_searched_as_substring() -> None:
    line = "Lire aussi : Moscou"
    assert len(line) == 19
    gold = gold_doc(not_body=[line])
    assert score(gold, pred_doc(body=f"Le ministre est arrivé. {line}")).body.correct == 1
    assert score(gold, pred_doc(body=f"Le ministre est arrivé.\n{line}")).body.correct == 0


def test_not_body_line_of_20_chars_leaks_as_substring() -> None:
    line = "Partager Cet Article"
    assert len(line) == 20
    gold = gold_doc(not_body=[line])
    result = evaluate({"a1": gold}, [pred_doc(body="Le ministre est arrivé. partager cet article!")])
    assert result.overall.body.correct == 0
    assert result.articles[0].leaked == [line]


def test_arabic_not_body_line_leaks_despite_diacritics_and_hamza() -> None:
    line = "زر الذهاب إلى الأعلى"
    gold = gold_doc(body_start="قال وزير الخارجية", not_body=[line])
    leaked = pred_doc(body="قال وزير الخارجية الروسي زرّ الذهاب الى الاعلى")
    assert score(gold, leaked).body.correct == 0


def test_check_body_ignores_not_body_lines_that_normalise_to_nothing() -> None:
    assert check_body("Le ministre\n\n*", "Le ministre", ["***"]) == (True, [])


# Title and published


def test_title_matches_after_normalisation() -> None:
    gold = gold_doc(title="L’Irak et l’Iran renforcent leur coopération")
    assert score(gold, pred_doc(title="L'Irak et l'Iran renforcent leur cooperation")).title.as_dict() == {
        "correct": 1,
        "total": 1,
        "value": 1.0,
    }
    assert score(gold, pred_doc(title="Autre titre")).title.correct == 0


def test_title_not_scored_where_gold_has_none() -> None:
    assert score(gold_doc(title=None), pred_doc(title="Un titre")).title.total == 0


def test_published_exact_match_and_invented_dates() -> None:
    dated = gold_doc(published="2020-05-15")
    undated = gold_doc(published=None)
    assert score(dated, pred_doc(published="2020-05-15")).published.correct == 1
    assert score(dated, pred_doc(published="2020-05-14")).published.correct == 0
    missing = score(dated, pred_doc(published=None))
    assert (missing.published.total, missing.invented_dates) == (1, 0)
    invented = score(undated, pred_doc(published="2024-11-27"))
    assert (invented.published.total, invented.invented_dates) == (0, 1)
    assert score(undated, pred_doc(published=None)).invented_dates == 0


# Entities


def test_entity_matches_name_or_mention_after_normalisation() -> None:
    gold = [gold_entity("Iraq", "GPE", "Irak"), gold_entity("Baghdad", "GPE", "بغداد")]
    pred = [pred_entity("Republic of Iraq", "GPE", "Irak"), pred_entity("بَغْدَاد", "GPE")]
    assert tp_fp_fn(entity_scores(gold, pred).entities) == (2, 0, 0)


@pytest.mark.parametrize(
    ("gold_form", "pred_form", "matches"),
    [
        ("Kazemi", "al-Kazemi", True),  # one extra leading token in the prediction
        ("Ibrahim Jaafari", "Jaafari", True),  # one extra leading token in the gold
        ("Bayraktar TB2", "Bayraktar", True),  # one extra trailing token in the gold
        ("Lavrov", "Lavrov ministre", True),  # one extra trailing token in the prediction
        ("Jaafari", "le ministre Jaafari", False),  # two extra tokens
        ("Ibrahim al-Jaafari", "Ibrahim Jaafari", False),  # the extra token is in the middle
        ("Jaafari", "Jaafar", False),
    ],
)
def test_entity_extra_token_rule(gold_form: str, pred_form: str, matches: bool) -> None:
    scores = entity_scores([gold_entity(gold_form, "PERSON")], [pred_entity(pred_form, "PERSON")])
    assert scores.entities.tp == int(matches)


def test_entity_matching_is_one_to_one() -> None:
    gold = [gold_entity("Sergey Lavrov", "PERSON", "Lavrov")]
    pred = [pred_entity("Sergey Lavrov", "PERSON"), pred_entity("Lavrov", "PERSON")]
    assert tp_fp_fn(entity_scores(gold, pred).entities) == (1, 1, 0)


def test_entity_matching_prefers_exact_over_extra_token() -> None:
    gold = [
        gold_entity("Mohammad Jafari", "PERSON", "Jaafari", country="IRN"),
        gold_entity("Ibrahim al-Jaafari", "PERSON", "Ibrahim Jaafari", country="IRQ"),
    ]
    pred = [
        pred_entity("Ibrahim Jaafari", "PERSON", country="IRQ"),
        pred_entity("Jaafari", "PERSON", country="IRN"),
    ]
    scores = entity_scores(gold, pred)
    assert scores.entities.tp == 2
    assert scores.country.as_dict() == {"correct": 2, "total": 2, "value": 1.0}
    single = entity_scores(gold, pred[:1])
    assert (single.entities.tp, single.country.correct) == (1, 1)


def test_entity_matching_finds_the_larger_matching() -> None:
    gold = [gold_entity("Ali", "PERSON"), gold_entity("Ali Khan", "PERSON")]
    pred = [pred_entity("Ali", "PERSON"), pred_entity("Sayyid Ali", "PERSON")]
    assert tp_fp_fn(entity_scores(gold, pred).entities) == (2, 0, 0)


@pytest.mark.parametrize(("gold_type", "pred_type"), [("GPE", "LOC"), ("LOC", "GPE"), ("GPE", "GPE")])
def test_gpe_and_loc_are_one_place_group(gold_type: str, pred_type: str) -> None:
    scores = entity_scores([gold_entity("Ain al-Asad", gold_type)], [pred_entity("Ain al-Asad", pred_type)])
    assert tp_fp_fn(scores.entities) == (1, 0, 0)


def test_entity_groups_must_agree() -> None:
    scores = entity_scores([gold_entity("Baghdad", "GPE")], [pred_entity("Baghdad", "ORG")])
    assert tp_fp_fn(scores.entities) == (0, 1, 1)


def test_entities_of_other_types_are_ignored() -> None:
    gold = [gold_entity("Iraqi", "NORP")]
    pred = [pred_entity("14 mai", "DATE"), pred_entity("Iraqi", "NORP")]
    assert tp_fp_fn(entity_scores(gold, pred).entities) == (0, 0, 0)


def test_entity_scores_are_micro_averaged() -> None:
    gold = [gold_entity(f"Person {i}", "PERSON") for i in range(3)]
    pred = [pred_entity("Person 0", "PERSON"), pred_entity("Nobody", "PERSON")]
    counts = entity_scores(gold, pred).entities
    assert (counts.precision, counts.recall) == (0.5, pytest.approx(1 / 3))
    assert counts.f1 == pytest.approx(0.4)


def test_attribution_counts_matched_person_and_org_with_gold_values() -> None:
    gold = [
        gold_entity("Maxim Maksimov", "PERSON", country="RUS", sector="GOV"),
        gold_entity("Abu Mahdi al-Muhandis", "PERSON", country="IRQ", sector=None),
        gold_entity("Kremlin", "ORG", country="RUS", sector="GOV"),
        gold_entity("Baghdad", "GPE", country="IRQ"),
        gold_entity("Unmatched", "PERSON", country="USA", sector="GOV"),
    ]
    pred = [
        pred_entity("Maxim Maksimov", "PERSON", country="RUS", sector="MIL"),
        pred_entity("Abu Mahdi al-Muhandis", "PERSON", country="IRQ", sector="MIL"),
        pred_entity("Kremlin", "ORG", country=None, sector="GOV"),
        pred_entity("Baghdad", "GPE", country="USA"),
    ]
    scores = entity_scores(gold, pred)
    assert (scores.country.correct, scores.country.total) == (2, 3)
    assert (scores.sector.correct, scores.sector.total) == (1, 2)


# Events


def test_required_optional_and_false_positive_events() -> None:
    gold = [
        gold_event("CONSULT", ["IRQ"], ["RUS"], required=True),
        gold_event("SUPPORT", ["RUS"], ["IRQ"], required=False),
        gold_event("AID", ["RUS"], ["IRQ"], required=True),
    ]
    pred = [
        pred_event("CONSULT", ["IRQ"], ["RUS"]),
        pred_event("SUPPORT", ["RUS"], ["IRQ"]),
        pred_event("ACCUSE", ["IRQ"], ["USA"]),
    ]
    counts = event_scores(gold, pred).events
    assert tp_fp_fn(counts) == (1, 1, 1)


def test_predictions_go_to_required_events_before_optional_ones() -> None:
    gold = [
        gold_event("AGREE", ["IRQ"], ["RUS"], required=False),
        gold_event("AGREE", ["RUS"], ["IRQ"], required=True),
    ]
    assert tp_fp_fn(event_scores(gold, [pred_event("AGREE", ["IRQ"], ["RUS"])]).events) == (1, 0, 0)


def test_event_matching_is_one_to_one() -> None:
    gold = [gold_event("CONSULT", ["IRQ"], ["RUS"])]
    pred = [pred_event("CONSULT", ["IRQ"], ["RUS"]), pred_event("CONSULT", ["RUS"], ["IRQ"])]
    assert tp_fp_fn(event_scores(gold, pred).events) == (1, 1, 0)


def test_extra_prediction_matching_an_optional_event_is_neutral() -> None:
    gold = [
        gold_event("CONSULT", ["IRQ"], ["RUS"], required=True),
        gold_event("CONSULT", ["IRQ"], ["RUS"], required=False),
    ]
    pred = [pred_event("CONSULT", ["IRQ"], ["RUS"]), pred_event("CONSULT", ["RUS"], ["IRQ"])]
    assert tp_fp_fn(event_scores(gold, pred).events) == (1, 0, 0)


def test_identical_dyads_pair_first_so_an_optional_copy_stays_neutral() -> None:
    gold = [
        gold_event("ACCUSE", ["IRN"], [], required=True),
        gold_event("ACCUSE", ["IRN"], ["USA"], required=False),
    ]
    pred = [pred_event("ACCUSE", ["IRN"], ["USA"]), pred_event("ACCUSE", ["IRN"], [])]
    assert tp_fp_fn(event_scores(gold, pred).events) == (1, 0, 0)


@pytest.mark.parametrize("kind", ["CONSULT", "AGREE", "COOPERATE"])
def test_undirected_types_compare_participant_sets(kind: str) -> None:
    gold = [gold_event(kind, ["IRQ"], ["RUS"])]
    assert event_scores(gold, [pred_event(kind, ["RUS"], ["IRQ"])]).events.tp == 1
    assert event_scores(gold, [pred_event(kind, ["IRQ", "RUS"], [])]).events.tp == 1
    assert event_scores(gold, [pred_event(kind, ["IRQ"], ["RUS", "SYR"])]).events.tp == 0
    assert event_scores(gold, [pred_event(kind, ["IRQ"], [])]).events.tp == 0


def test_undirected_participants_leave_unk_out() -> None:
    gold = [gold_event("COOPERATE", ["UNK", "IRQ"], ["IRN"])]
    assert event_scores(gold, [pred_event("COOPERATE", ["IRN"], ["IRQ"])]).events.tp == 1


def test_directed_types_keep_direction() -> None:
    gold = [gold_event("ACCUSE", ["IRQ"], ["USA"])]
    assert event_scores(gold, [pred_event("ACCUSE", ["USA"], ["IRQ"])]).events.tp == 0
    assert event_scores(gold, [pred_event("ACCUSE", ["IRQ"], ["USA"])]).events.tp == 1


def test_directed_sides_only_need_to_intersect() -> None:
    gold = [gold_event("ACCUSE", ["RUS"], ["IGO", "USA"])]
    assert event_scores(gold, [pred_event("ACCUSE", ["RUS", "SYR"], ["USA"])]).events.tp == 1
    assert event_scores(gold, [pred_event("ACCUSE", ["RUS"], ["IRQ"])]).events.tp == 0
    assert event_scores(gold, [pred_event("ACCUSE", ["RUS"], [])]).events.tp == 0


def test_event_types_must_be_equal() -> None:
    gold = [gold_event("ACCUSE", ["IRQ"], ["USA"])]
    assert event_scores(gold, [pred_event("REJECT", ["IRQ"], ["USA"])]).events.tp == 0


@pytest.mark.parametrize(
    ("actor", "matches"),
    [([], True), ([None], True), (["UNK"], True), (["USA"], False), (["UNK", "USA"], False)],
)
def test_gold_unk_actor_accepts_only_unknown_actor(actor: list[str | None], matches: bool) -> None:
    gold = [gold_event("ASSAULT", ["UNK"], ["IRQ"])]
    assert event_scores(gold, [pred_event("ASSAULT", actor, ["IRQ"])]).events.tp == int(matches)


@pytest.mark.parametrize(("recipient", "matches"), [([], True), (["UNK"], True), ([None], True), (["IRQ"], False)])
def test_gold_unk_recipient_accepts_only_empty_or_unknown(recipient: list[str | None], matches: bool) -> None:
    gold = [gold_event("ASSAULT", ["USA"], ["UNK"])]
    assert event_scores(gold, [pred_event("ASSAULT", ["USA"], recipient)]).events.tp == int(matches)


def test_gold_without_recipient_accepts_any_recipient() -> None:
    gold = [gold_event("ACCUSE", ["IRN"], [])]
    assert event_scores(gold, [pred_event("ACCUSE", ["IRN"], ["USA"])]).events.tp == 1


# Dates


@pytest.mark.parametrize(
    ("gold", "predicted", "ok"),
    [
        ("2020-05-14", "2020-05-14", True),
        ("2020-05", "2020-05-14", True),
        ("2020", "2020-05", True),
        ("2020-05", "2020", False),
        ("2020-05", "2020-06-14", False),
        ("2020-05-14", "2020-05-15", False),
        ("2020-05", "2020-051", False),
        ("2020", None, False),
    ],
)
def test_date_matches(gold: str, predicted: str | None, ok: bool) -> None:
    assert date_matches(gold, predicted) is ok


def test_date_accuracy_counts_matched_events_with_gold_dates_including_optional() -> None:
    gold = [
        gold_event("CONSULT", ["IRQ"], ["IRN"], date="2023-02"),
        gold_event("AID", ["IRN"], ["IRQ"], required=False, date="2014"),
        gold_event("AGREE", ["IRN"], ["IRQ"], date=None),
        gold_event("ACCUSE", ["IRN"], ["USA"], date="2023-02-25"),
    ]
    pred = [
        pred_event("CONSULT", ["IRQ"], ["IRN"], date="2023-02-26"),
        pred_event("AID", ["IRN"], ["IRQ"], date="2015"),
        pred_event("AGREE", ["IRN"], ["IRQ"], date="2023-02-26"),
    ]
    report = evaluate({"a1": gold_doc(events=gold)}, [pred_doc(events=pred)])
    assert report.overall.dates.as_dict() == {"correct": 1, "total": 2, "value": 0.5}
    assert [m.gold for m in report.articles[0].date_mismatches] == ["2014"]


def test_same_dyad_events_are_paired_by_date() -> None:
    gold = [
        gold_event("CONSULT", ["IRQ"], ["IRN"], date="2023-02-26"),
        gold_event("CONSULT", ["IRQ"], ["IRN"], date="2023-02-27"),
    ]
    one = [pred_event("CONSULT", ["IRQ"], ["IRN"], date="2023-02-27")]
    both = [*one, pred_event("CONSULT", ["IRQ"], ["IRN"], date="2023-02-26")]
    assert event_scores(gold, one).dates.as_dict() == {"correct": 1, "total": 1, "value": 1.0}
    assert event_scores(gold, both).dates.correct == 2


# Joining, languages, missing and unscored articles


def test_missing_prediction_fails_everything_and_is_reported() -> None:
    gold = gold_doc(
        id="ar1",
        lang="ar",
        title="عنوان",
        entities=[gold_entity("Baghdad", "GPE")],
        events=[gold_event("CONSULT", ["IRQ"], ["RUS"]), gold_event("AGREE", ["IRQ"], ["RUS"], required=False)],
    )
    other = gold_doc(id="fr1")
    report = evaluate({"ar1": gold, "fr1": other}, [pred_doc(id="fr1"), pred_doc(id="zz9")])
    arabic = report.by_lang["ar"]
    assert (arabic.articles, arabic.missing, arabic.body.correct, arabic.title.correct) == (1, 1, 0, 0)
    assert tp_fp_fn(arabic.entities) == (0, 0, 1)
    assert tp_fp_fn(arabic.events) == (0, 0, 1)
    assert report.by_lang["fr"].body.correct == 1
    assert report.overall.articles == 2
    assert report.missing == ["ar1"]
    assert report.unscored == ["zz9"]


def test_missing_prediction_fails_body_even_with_empty_body_start() -> None:
    assert score(gold_doc(body_start=""), None).body.correct == 0


def test_duplicate_prediction_ids_keep_the_first() -> None:
    report = evaluate({"a1": gold_doc()}, [pred_doc(), pred_doc(body="autre")])
    assert report.duplicates == ["a1"]
    assert report.overall.body.correct == 1


def test_match_one_to_one_prefers_lower_tiers() -> None:
    tiers = {(0, 0): 1, (0, 1): 0, (1, 0): 0}
    assert match_one_to_one(2, 2, lambda u, v: tiers.get((u, v)), tiers=2) == {0: 1, 1: 0}


# Input files


def test_load_gold_requires_gold_files(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"no \*\.gold\.json"):
        load_gold(tmp_path)


def test_load_gold_keys_by_id(tmp_path: Path) -> None:
    (tmp_path / "x.gold.json").write_text(json.dumps(gold_doc(id="fr_01")), encoding="utf-8")
    assert list(load_gold(tmp_path)) == ["fr_01"]


def test_load_predictions_skips_blank_lines_and_names_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text('{"id": "a"}\n\n  \n{"id": "b"}\n', encoding="utf-8")
    assert [record["id"] for record in load_predictions(path)] == ["a", "b"]
    path.write_text('{"id": "a"}\n\n{"id": \n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 3"):
        load_predictions(path)


# Report


def sample_report() -> EvalReport:
    gold = gold_doc(
        not_body=["Partager Cet Article"],
        entities=[gold_entity("Sergey Lavrov", "PERSON", "Lavrov")],
        events=[gold_event("ACCUSE", ["IRN"], ["USA"])],
    )
    pred = pred_doc(
        body="Le ministre est arrivé.\nPartager Cet Article",
        entities=[pred_entity("Moscou", "GPE")],
        events=[pred_event("CONSULT", ["IRQ"], ["RUS"])],
    )
    pred["events"][0]["evidence"]["text"] = "sous [prétexte] de restaurer"
    return evaluate({"a1": gold}, [pred])


def test_format_plain_has_columns_and_rows() -> None:
    text = format_plain(sample_report(), detail=True)
    header, _, fr_row, all_row, *_ = text.splitlines()
    assert header.split()[:3] == ["lang", "articles", "body"]
    assert fr_row.startswith("fr") and all_row.startswith("all")
    assert "entity miss: PERSON Sergey Lavrov" in text
    assert "event false positive: CONSULT IRQ→RUS" in text


def test_detail_lines_name_what_went_wrong() -> None:
    lines = detail_lines(sample_report().articles[0])
    assert "body: not_body line leaked: Partager Cet Article" in lines
    assert "entity false positive: GPE Moscou" in lines
    assert any(line.startswith("event miss: ACCUSE IRN→USA") for line in lines)


def test_render_report_prints_table_and_details() -> None:
    console = Console(record=True, width=250)
    render_report(sample_report(), console, detail=True)
    output = console.export_text()
    assert "entity F1" in output and "all" in output
    assert "[prétexte]" in output


def test_report_as_dict_is_json() -> None:
    data = json.loads(json.dumps(sample_report().as_dict()))
    assert data["overall"]["events"] == {"tp": 0, "fp": 1, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert data["articles"][0]["leaked"] == ["Partager Cet Article"]


# The seed gold scored against itself


def prediction_from_gold(gold: dict[str, Any]) -> dict[str, Any]:
    def side(codes: list[str]) -> list[dict[str, Any]]:
        return [{"entity": None, "name": None, "country": code, "sector": None} for code in codes]

    return {
        "id": gold["id"],
        "lang": gold["lang"],
        "title": gold["title"],
        "published": gold["published"],
        "body": f"{gold['body_start']}\nUne ligne de plus.",
        "entities": [
            pred_entity(e["name"], e["type"], *e["mentions"], country=e["country"], sector=e["sector"])
            for e in gold["entities"]
        ],
        "events": [
            {
                "type": e["type"],
                "actor": side(e["actor"]),
                "recipient": side(e["recipient"]),
                "date": e["date"],
                "evidence": {"text": e["evidence"], "start": 0, "end": len(e["evidence"])},
            }
            for e in gold["events"]
        ],
    }


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="shared/gold not available")
def test_gold_scored_against_itself_is_perfect() -> None:
    gold = load_gold(GOLD_DIR)
    report = evaluate(gold, [prediction_from_gold(record) for record in gold.values()])
    overall = report.overall
    assert overall.body.correct == overall.articles == len(gold)
    assert overall.title.value == 1.0
    assert overall.published.correct == overall.published.total
    assert overall.invented_dates == 0
    assert (overall.entities.precision, overall.entities.recall) == (1.0, 1.0)
    assert (overall.country.value, overall.sector.value) == (1.0, 1.0)
    assert (overall.events.precision, overall.events.recall) == (1.0, 1.0)
    assert overall.dates.value == 1.0
    assert all(detail_lines(article) == [] for article in report.articles)
    assert not report.missing and not report.unscored
