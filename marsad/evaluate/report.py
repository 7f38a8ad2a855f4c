"""Evaluation results (``EvalReport``) and their rendering as a rich table, plain text or JSON."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

COLUMNS = (
    "lang",
    "articles",
    "body pass",
    "title acc",
    "published acc",
    "invented dates",
    "entity P",
    "entity R",
    "entity F1",
    "country acc",
    "sector acc",
    "event P",
    "event R",
    "event F1",
    "date acc",
)
EXCERPT_CHARS = 90


@dataclass(slots=True)
class Ratio:
    """``correct`` out of ``total`` checks; ``value`` is None when nothing was checked."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.correct + other.correct, self.total + other.total)

    def as_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total, "value": self.value}


@dataclass(slots=True)
class Counts:
    """True positives, false positives and misses, with micro-averaged precision/recall/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        """Harmonic mean of precision and recall; 0.0 when nothing was predicted but gold exists."""
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else None

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass(slots=True)
class Scores:
    """All scores of a set of articles (one article, one language, or all)."""

    articles: int = 0
    missing: int = 0
    body: Ratio = field(default_factory=Ratio)
    title: Ratio = field(default_factory=Ratio)
    published: Ratio = field(default_factory=Ratio)
    invented_dates: int = 0
    entities: Counts = field(default_factory=Counts)
    country: Ratio = field(default_factory=Ratio)
    sector: Ratio = field(default_factory=Ratio)
    events: Counts = field(default_factory=Counts)
    dates: Ratio = field(default_factory=Ratio)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            articles=self.articles + other.articles,
            missing=self.missing + other.missing,
            body=self.body + other.body,
            title=self.title + other.title,
            published=self.published + other.published,
            invented_dates=self.invented_dates + other.invented_dates,
            entities=self.entities + other.entities,
            country=self.country + other.country,
            sector=self.sector + other.sector,
            events=self.events + other.events,
            dates=self.dates + other.dates,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "missing": self.missing,
            "body": self.body.as_dict(),
            "title": self.title.as_dict(),
            "published": self.published.as_dict(),
            "invented_dates": self.invented_dates,
            "entities": self.entities.as_dict(),
            "country": self.country.as_dict(),
            "sector": self.sector.as_dict(),
            "events": self.events.as_dict(),
            "dates": self.dates.as_dict(),
        }


@dataclass(slots=True)
class EntityRef:
    """An entity named in a detail line (a miss or a false positive)."""

    type: str
    name: str

    def describe(self) -> str:
        return f"{self.type} {self.name}"


@dataclass(slots=True)
class EventRef:
    """An event named in a detail line: type, dyad (country codes), date and evidence."""

    type: str
    actor: list[str]
    recipient: list[str]
    date: str | None
    evidence: str
    required: bool | None = None

    def dyad(self) -> str:
        actor = "+".join(self.actor) or "?"
        recipient = "+".join(self.recipient) or "-"
        return f"{actor}→{recipient}"

    def describe(self) -> str:
        return f"{self.type} {self.dyad()} [{self.date or 'no date'}] {excerpt(self.evidence)}"


@dataclass(slots=True)
class Mismatch:
    """A compared value that differs: ``what`` (a field, or an entity/event), gold vs predicted."""

    what: str
    gold: str | None
    predicted: str | None

    def describe(self) -> str:
        return f"{self.what}: gold {self.gold!r}, predicted {self.predicted!r}"


@dataclass(slots=True)
class ArticleResult:
    """Scores of one gold article and what went wrong in it."""

    id: str
    lang: str
    missing: bool
    scores: Scores
    body_start_found: bool = True
    leaked: list[str] = field(default_factory=list)
    metadata_mismatches: list[Mismatch] = field(default_factory=list)
    entity_misses: list[EntityRef] = field(default_factory=list)
    entity_false_positives: list[EntityRef] = field(default_factory=list)
    attribution_mismatches: list[Mismatch] = field(default_factory=list)
    event_misses: list[EventRef] = field(default_factory=list)
    event_false_positives: list[EventRef] = field(default_factory=list)
    date_mismatches: list[Mismatch] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["scores"] = self.scores.as_dict()
        return data


@dataclass(slots=True)
class EvalReport:
    """Scores per language and overall, per-article results, and the ids that could not be scored."""

    by_lang: dict[str, Scores]
    overall: Scores
    articles: list[ArticleResult]
    unscored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    @property
    def missing(self) -> list[str]:
        return [article.id for article in self.articles if article.missing]

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "by_lang": {lang: scores.as_dict() for lang, scores in self.by_lang.items()},
            "articles": [article.as_dict() for article in self.articles],
            "missing": self.missing,
            "unscored": list(self.unscored),
            "duplicates": list(self.duplicates),
        }


def table_rows(report: EvalReport) -> list[list[str]]:
    """One row of formatted cells (``COLUMNS``) per language, then the "all" row."""
    rows = [_row(lang, scores) for lang, scores in sorted(report.by_lang.items())]
    rows.append(_row("all", report.overall))
    return rows


def detail_lines(article: ArticleResult) -> list[str]:
    """Human-readable lines saying what went wrong in ``article`` (empty when nothing did)."""
    if article.missing:
        return ["no prediction for this article"]
    lines: list[str] = []
    if not article.body_start_found:
        lines.append("body: body_start not found in body")
    lines += [f"body: not_body line leaked: {excerpt(line)}" for line in article.leaked]
    lines += [f"metadata: {m.describe()}" for m in article.metadata_mismatches]
    lines += [f"entity miss: {e.describe()}" for e in article.entity_misses]
    lines += [f"entity false positive: {e.describe()}" for e in article.entity_false_positives]
    lines += [f"attribution: {m.describe()}" for m in article.attribution_mismatches]
    lines += [f"event miss: {e.describe()}" for e in article.event_misses]
    lines += [f"event false positive: {e.describe()}" for e in article.event_false_positives]
    lines += [f"date: {m.describe()}" for m in article.date_mismatches]
    return lines


def format_plain(report: EvalReport, detail: bool = False) -> str:
    """The score table as aligned plain text, followed by the footer (and details if asked)."""
    rows = [list(COLUMNS), *table_rows(report)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]
    lines = [_plain_line(row, widths) for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines += _footer(report)
    if detail:
        for article in report.articles:
            problems = detail_lines(article)
            if problems:
                lines.append(f"\n{article.id} ({article.lang})")
                lines += [f"  {problem}" for problem in problems]
    return "\n".join(lines) + "\n"


def render_report(report: EvalReport, console: Console, detail: bool = False) -> None:
    """Print the score table to ``console``; with ``detail``, what went wrong in each article."""
    table = Table(title="Marsad evaluation")
    for index, column in enumerate(COLUMNS):
        table.add_column(column, justify="left" if index == 0 else "right")
    rows = table_rows(report)
    for index, row in enumerate(rows):
        table.add_row(*(escape(cell) for cell in row), end_section=index == len(rows) - 2)
    console.print(table)
    for line in _footer(report):
        console.print(escape(line))
    if detail:
        _render_detail(report, console)


def _render_detail(report: EvalReport, console: Console) -> None:
    for article in report.articles:
        problems = detail_lines(article)
        if not problems:
            continue
        console.print(f"\n[bold]{escape(article.id)}[/bold] ({escape(article.lang)})")
        for problem in problems:
            console.print(f"  {escape(problem)}", soft_wrap=True)


def _row(label: str, scores: Scores) -> list[str]:
    articles = str(scores.articles)
    if scores.missing:
        articles += f" ({scores.missing} missing)"
    return [
        label,
        articles,
        f"{scores.body.correct}/{scores.body.total}",
        _ratio(scores.title),
        _ratio(scores.published),
        str(scores.invented_dates),
        _number(scores.entities.precision),
        _number(scores.entities.recall),
        _number(scores.entities.f1),
        _ratio(scores.country),
        _ratio(scores.sector),
        _number(scores.events.precision),
        _number(scores.events.recall),
        _number(scores.events.f1),
        _ratio(scores.dates),
    ]


def _footer(report: EvalReport) -> list[str]:
    lines = []
    if report.missing:
        lines.append(f"missing predictions ({len(report.missing)}): {', '.join(report.missing)}")
    if report.unscored:
        lines.append(f"unscored predictions (no gold): {len(report.unscored)}")
    if report.duplicates:
        lines.append(f"duplicate prediction ids (first kept): {', '.join(report.duplicates)}")
    return lines


def _ratio(ratio: Ratio) -> str:
    return f"{_number(ratio.value)} ({ratio.correct}/{ratio.total})"


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _plain_line(row: list[str], widths: list[int]) -> str:
    cells = [cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))]
    return "  ".join(cells).rstrip()


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
