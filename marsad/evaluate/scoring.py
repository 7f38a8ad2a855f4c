"""Score predicted document records against gold annotations (rules of ``gold-format.md``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from marsad.evaluate.normalize import normalize, tokens
from marsad.evaluate.report import (
    ArticleResult,
    Counts,
    EntityRef,
    EvalReport,
    EventRef,
    Mismatch,
    Ratio,
    Scores,
    excerpt,
)

ENTITY_GROUPS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "WEAPON": "WEAPON"}
ATTRIBUTED_GROUPS = frozenset({"PERSON", "ORG"})
UNDIRECTED_EVENT_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
UNKNOWN = "UNK"
SUBSTRING_MIN_CHARS = 20

TierOf = Callable[[int, int], int | None]


@dataclass(frozen=True, slots=True)
class _Entity:
    type: str
    group: str
    name: str
    key: str
    forms: frozenset[tuple[str, ...]]
    country: str | None
    sector: str | None

    def ref(self) -> EntityRef:
        return EntityRef(self.type, self.name)


@dataclass(frozen=True, slots=True)
class _Event:
    type: str
    actor: frozenset[str]
    recipient: frozenset[str]
    recipient_unknown: bool
    date: str | None
    ref: EventRef

    @property
    def participants(self) -> frozenset[str]:
        return self.actor | self.recipient


def evaluate(gold: Mapping[str, dict[str, Any]], predictions: Iterable[dict[str, Any]]) -> EvalReport:
    """Score ``predictions`` (output records) against ``gold`` (gold records keyed by id)."""
    by_id, duplicates = _index_predictions(predictions)
    articles = [score_article(record, by_id.get(article_id), article_id) for article_id, record in gold.items()]
    by_lang: dict[str, Scores] = {}
    for article in articles:
        by_lang[article.lang] = by_lang.get(article.lang, Scores()) + article.scores
    overall = sum((article.scores for article in articles), Scores())
    unscored = sorted(article_id for article_id in by_id if article_id not in gold)
    return EvalReport(by_lang, overall, articles, unscored, duplicates)


def score_article(
    gold: dict[str, Any], prediction: dict[str, Any] | None, article_id: str | None = None
) -> ArticleResult:
    """Score one gold article against its prediction (None when the system produced none)."""
    pred = prediction or {}
    result = ArticleResult(
        id=article_id or str(gold.get("id")),
        lang=gold.get("lang") or "?",
        missing=prediction is None,
        scores=Scores(articles=1, missing=int(prediction is None)),
    )
    _score_body(result, gold, pred)
    _score_metadata(result, gold, pred)
    _score_entities(result, gold.get("entities") or [], pred.get("entities") or [])
    _score_events(result, gold.get("events") or [], pred.get("events") or [])
    return result


def check_body(body: str, body_start: str, not_body: Iterable[str]) -> tuple[bool, list[str]]:
    """Whether ``body`` contains ``body_start``, and which ``not_body`` lines leaked into it."""
    flat = normalize(body)
    lines = {normalize(line) for line in body.splitlines()}
    leaked = [line for line in not_body if _leaks(line, flat, lines)]
    return normalize(body_start) in flat, leaked


def forms_tier(predicted: frozenset[tuple[str, ...]], gold: frozenset[tuple[str, ...]]) -> int | None:
    """0 when a surface form is shared, 1 when two differ by one extra edge token, else None."""
    if predicted & gold:
        return 0
    if any(_one_extra_token(a, b) for a in predicted for b in gold):
        return 1
    return None


def date_matches(gold: str | None, predicted: str | None) -> bool:
    """Equal dates, or a more precise prediction inside a partial gold date (2020-05-14 in 2020-05).

    Without a gold date any prediction is acceptable.
    """
    if not gold:
        return True
    if not predicted:
        return False
    gold, predicted = gold.strip(), predicted.strip()
    return predicted == gold or predicted.startswith(gold + "-")


def match_one_to_one(n_left: int, n_right: int, tier_of: TierOf, tiers: int) -> dict[int, int]:
    """Maximum one-to-one matching (left -> right) built tier by tier, best (lowest) tier first.

    ``tier_of(left, right)`` gives the quality of a candidate pair (0 best) or None. Phase ``k``
    augments the matching with pairs of tier <= k, so matches of a better tier are found before
    worse ones are considered, and the final matching has maximum size.
    """
    ranked = [sorted((t, v) for v in range(n_right) if (t := tier_of(u, v)) is not None) for u in range(n_left)]
    owner: dict[int, int] = {}
    for limit in range(tiers):
        for u in range(n_left):
            if u not in owner.values():
                _augment(u, limit, ranked, owner, set())
    return {u: v for v, u in owner.items()}


def _augment(u: int, limit: int, ranked: list[list[tuple[int, int]]], owner: dict[int, int], seen: set[int]) -> bool:
    for tier, v in ranked[u]:
        if tier > limit:
            break
        if v in seen:
            continue
        seen.add(v)
        if v not in owner or _augment(owner[v], limit, ranked, owner, seen):
            owner[v] = u
            return True
    return False


def _index_predictions(predictions: Iterable[dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    by_id: dict[str, dict[str, Any]] = {}
    duplicates: list[str] = []
    for record in predictions:
        article_id = str(record.get("id"))
        if article_id in by_id:
            duplicates.append(article_id)
        else:
            by_id[article_id] = record
    return by_id, duplicates


def _leaks(line: str, flat_body: str, body_lines: set[str]) -> bool:
    norm = normalize(line)
    if not norm:
        return False
    if norm in body_lines:
        return True
    return len(line.strip()) >= SUBSTRING_MIN_CHARS and norm in flat_body


def _score_body(result: ArticleResult, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    found, leaked = check_body(pred.get("body") or "", gold.get("body_start") or "", gold.get("not_body") or [])
    result.body_start_found = found and not result.missing
    result.leaked = leaked
    result.scores.body.add(result.body_start_found and not leaked)


def _score_metadata(result: ArticleResult, gold: dict[str, Any], pred: dict[str, Any]) -> None:
    for name in ("title", "published"):
        expected, predicted = gold.get(name), pred.get(name)
        ratio: Ratio = getattr(result.scores, name)
        if expected:
            ok = normalize(expected) == normalize(predicted)
            ratio.add(ok)
            if not ok and not result.missing:
                result.metadata_mismatches.append(Mismatch(name, expected, predicted))
    if not gold.get("published") and pred.get("published"):
        result.scores.invented_dates += 1
        result.metadata_mismatches.append(Mismatch("published (invented)", None, pred["published"]))


def _score_entities(result: ArticleResult, gold_items: list[Any], pred_items: list[Any]) -> None:
    gold = _entities(gold_items, _gold_forms)
    pred = _entities(pred_items, _predicted_forms)
    pairs = match_one_to_one(len(pred), len(gold), lambda p, g: _entity_tier(pred[p], gold[g]), tiers=3)
    result.scores.entities += Counts(tp=len(pairs), fp=len(pred) - len(pairs), fn=len(gold) - len(pairs))
    matched_gold = set(pairs.values())
    result.entity_misses = [e.ref() for i, e in enumerate(gold) if i not in matched_gold]
    result.entity_false_positives = [e.ref() for i, e in enumerate(pred) if i not in pairs]
    for p, g in sorted(pairs.items(), key=lambda pair: pair[1]):
        _score_attribution(result, gold[g], pred[p])


def _score_attribution(result: ArticleResult, gold: _Entity, pred: _Entity) -> None:
    if gold.group not in ATTRIBUTED_GROUPS:
        return
    for name in ("country", "sector"):
        expected, predicted = getattr(gold, name), getattr(pred, name)
        if not expected:
            continue
        ok = normalize(expected) == normalize(predicted)
        getattr(result.scores, name).add(ok)
        if not ok:
            result.attribution_mismatches.append(Mismatch(f"{name} of {gold.name}", expected, predicted))


def _entities(items: list[Any], forms: Callable[[dict[str, Any]], Iterable[str]]) -> list[_Entity]:
    entities = []
    for item in items:
        if not isinstance(item, dict):
            continue
        kind = str(item.get("type") or "").upper()
        group = ENTITY_GROUPS.get(kind)
        if group is None:
            continue
        surface = frozenset(t for t in (tokens(text) for text in forms(item)) if t)
        name = str(item.get("name") or "")
        entities.append(_Entity(kind, group, name, normalize(name), surface, item.get("country"), item.get("sector")))
    return entities


def _gold_forms(item: dict[str, Any]) -> list[str]:
    return [item.get("name") or "", *(m for m in item.get("mentions") or [] if isinstance(m, str))]


def _predicted_forms(item: dict[str, Any]) -> list[str]:
    forms = [item.get("name") or ""]
    for mention in item.get("mentions") or []:
        forms.append(mention.get("text") or "" if isinstance(mention, dict) else str(mention))
    return forms


def _entity_tier(pred: _Entity, gold: _Entity) -> int | None:
    if pred.group != gold.group:
        return None
    if pred.key and pred.key == gold.key:
        return 0
    tier = forms_tier(pred.forms, gold.forms)
    return None if tier is None else tier + 1


def _one_extra_token(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if len(longer) != len(shorter) + 1 or not shorter:
        return False
    return longer[1:] == shorter or longer[:-1] == shorter


def _score_events(result: ArticleResult, gold_items: list[Any], pred_items: list[Any]) -> None:
    gold = [_gold_event(item) for item in gold_items if isinstance(item, dict)]
    pred = [_predicted_event(item) for item in pred_items if isinstance(item, dict)]
    required = [g for g in gold if g.ref.required is not False]
    optional = [g for g in gold if g.ref.required is False]
    on_required = _match_events(pred, required)
    left = [p for i, p in enumerate(pred) if i not in on_required]
    on_optional = _match_events(left, optional)
    counts = Counts(tp=len(on_required), fp=len(left) - len(on_optional), fn=len(required) - len(on_required))
    result.scores.events += counts
    matched_required = set(on_required.values())
    result.event_misses = [g.ref for i, g in enumerate(required) if i not in matched_required]
    result.event_false_positives = [p.ref for i, p in enumerate(left) if i not in on_optional]
    pairs = [(pred[p], required[g]) for p, g in on_required.items()]
    pairs += [(left[p], optional[g]) for p, g in on_optional.items()]
    for predicted, expected in pairs:
        _score_date(result, expected, predicted)


def _match_events(pred: list[_Event], gold: list[_Event]) -> dict[int, int]:
    return match_one_to_one(len(pred), len(gold), lambda p, g: _event_tier(pred[p], gold[g]), tiers=3)


def _score_date(result: ArticleResult, gold: _Event, pred: _Event) -> None:
    if not gold.date:
        return
    ok = date_matches(gold.date, pred.date)
    result.scores.dates.add(ok)
    if not ok:
        what = f"{gold.ref.type} {gold.ref.dyad()} ({excerpt(gold.ref.evidence, 60)})"
        result.date_mismatches.append(Mismatch(what, gold.date, pred.date))


def _event_matches(pred: _Event, gold: _Event) -> bool:
    """Whether a predicted event matches a gold event (type and dyad rules of the spec)."""
    if pred.type != gold.type:
        return False
    if gold.type in UNDIRECTED_EVENT_TYPES:
        return pred.participants == gold.participants
    actor_ok = bool(pred.actor & gold.actor) if gold.actor else not pred.actor
    if gold.recipient:
        return actor_ok and bool(pred.recipient & gold.recipient)
    if gold.recipient_unknown:
        return actor_ok and not pred.recipient
    return actor_ok


def _event_tier(pred: _Event, gold: _Event) -> int | None:
    if not _event_matches(pred, gold):
        return None
    if not date_matches(gold.date, pred.date):
        return 2
    same_dyad = pred.actor == gold.actor and pred.recipient == gold.recipient
    return 0 if same_dyad else 1


def _gold_event(item: dict[str, Any]) -> _Event:
    actor = _codes(item.get("actor"))
    recipient = _codes(item.get("recipient"))
    ref = EventRef(
        type=_event_type(item),
        actor=actor,
        recipient=recipient,
        date=item.get("date"),
        evidence=_evidence_text(item.get("evidence")),
        required=bool(item.get("required", True)),
    )
    return _Event(
        ref.type, _named(actor), _named(recipient), UNKNOWN in recipient and not _named(recipient), ref.date, ref
    )


def _predicted_event(item: dict[str, Any]) -> _Event:
    actor = _codes(item.get("actor"))
    recipient = _codes(item.get("recipient"))
    date = item.get("date")
    ref = EventRef(_event_type(item), actor, recipient, date, _evidence_text(item.get("evidence")))
    return _Event(ref.type, _named(actor), _named(recipient), False, date, ref)


def _event_type(item: dict[str, Any]) -> str:
    return str(item.get("type") or "").strip().upper()


def _codes(side: Any) -> list[str]:
    """Country codes of one side of an event: gold strings, or predicted actor dicts ("?" if null)."""
    if not isinstance(side, list):
        return []
    codes = []
    for member in side:
        country = member.get("country") if isinstance(member, dict) else member
        codes.append(str(country).strip().upper() if country else "?")
    return codes


def _named(codes: list[str]) -> frozenset[str]:
    return frozenset(code for code in codes if code not in (UNKNOWN, "?", ""))


def _evidence_text(evidence: Any) -> str:
    if isinstance(evidence, dict):
        return str(evidence.get("text") or "")
    return str(evidence or "")
