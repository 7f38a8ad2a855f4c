"""Coded error catalogue and exception hierarchy.

Our exception hierarchy::

    MarsadError                 every error Marsad raises on purpose
    ├── ConfigError             bad configuration (raised at start-up, stops the run)
    ├── ModelError              a spaCy model package is missing or broken (stops the run)
    └── ArticleError            one article failed at one stage; the batch goes on
        ├── IngestError         could not read / decode / parse the input
        ├── CleanError          no article text left after cleaning
        └── NlpError            the NLP stage crashed on this article

Each code is stable (search for it in issues and logs) and its message says how to fix the problem.
"""

from __future__ import annotations

from typing import Any

CATALOGUE: dict[str, str] = {
    # configuration and models (E0xx)
    "E001": "Unknown setting '{key}'. Run `marsad info --settings` to list the settings.",
    "E002": "Setting '{key}' expects {expected}, got {value!r}.",
    "E003": "Cannot read config file {path}: {reason}. Check the path and the TOML syntax.",
    "E004": "--set expects KEY=VALUE (e.g. --set ingest.max_bytes=10000000), got {value!r}.",
    "E010": (
        "spaCy model '{model}' for language '{lang}' is not installed. Install the project with "
        "`make demo` (or `pip install -e .`), or point languages.{lang}.model at an installed "
        "model (e.g. --set languages.{lang}.model=en_core_web_md)."
    ),
    "E011": "spaCy model '{model}' for language '{lang}' failed to load: {reason}. Reinstall it.",
    # ingest (E1xx)
    "E101": "File not found. Check the path.",
    "E102": "Cannot read the file: {reason}. Check its permissions.",
    "E103": (
        "Article is {size} (limit {limit}): it is probably not one article. Split it into one "
        "file per article or a .jsonl, or raise the limit with --set ingest.max_bytes=N."
    ),
    "E104": "The file is empty. Remove it or give it article text.",
    "E105": (
        "The file is binary ({kind}), not article text. Remove it from the input folder or convert it to .txt/.html."
    ),
    "E106": (
        "Cannot decode the text (tried {tried}). Save it as UTF-8, or give its encoding with "
        "--set ingest.encoding=NAME."
    ),
    "E107": "Invalid JSON{where}: {reason}. Fix the record (one JSON object per line for .jsonl).",
    "E108": "Record has no 'text' or 'html' field{where}. Each record needs one of them.",
    "E109": "Record field '{field}' must be a string{where}.",
    "E110": "Unsupported file type '{suffix}'. Marsad reads .txt, .html, .htm, .json and .jsonl.",
    # clean (E2xx)
    "E201": (
        "No article text left after cleaning ({reason}). If this is a real article, check that "
        "it is not only page chrome; for HTML, try saving the article text as .txt."
    ),
    # language and NLP (E3xx)
    "E301": "NLP failed on this article: {reason}. Report it with the article id; the batch goes on.",
    "E302": "Extraction failed on this article: {reason}. Report it with the article id.",
    # reference data (E5xx)
    "E501": "The knowledge base has problems: {problems}. Fix the listed files (see docs/knowledge-base.md).",
    # internal (E9xx)
    "E901": "Internal error at stage {stage}: {reason}. Report it with the article id; the batch goes on.",
}

WARNINGS: dict[str, str] = {
    "W001": "publication date unknown: relative dates left unresolved",
    "W002": "language '{lang}' has no language pack: {n} paragraph(s) not analysed",
    "W003": "language of {n} paragraph(s) could not be identified; analysed as '{lang}'",
    "W004": "decoded with {encoding} (not UTF-8)",
    "W005": "hint field(s) ignored: {fields}",
    "W006": "id '{old}' already used by {other}: this article was given id '{new}'",
    "W010": "{name}: the text says {text_country} ({role}), the knowledge base says {kb_country}; kept the text",
    "W011": "{name}: the text says '{text_role}', the knowledge base says '{kb_role}' at this date; kept the text",
    "W012": "partial publication date: {partial} (from {line!r}; no year, so not used)",
}


def message(code: str, **details: Any) -> str:
    """The catalogue message of ``code``, filled with ``details``."""
    return f"{code}: " + CATALOGUE.get(code, WARNINGS.get(code, "{detail}")).format(**details)


def warning(code: str, **details: Any) -> str:
    """A warning line for a document's ``warnings`` list."""
    return f"{code} " + WARNINGS[code].format(**details)


class MarsadError(Exception):
    """Base class: carries a stable code and a message that says how to fix the problem."""

    def __init__(self, code: str, **details: Any) -> None:
        self.code = code
        self.details = details
        super().__init__(message(code, **details))


class ConfigError(MarsadError):
    """Invalid configuration."""


class ModelError(MarsadError):
    """A language model could not be loaded."""


class ArticleError(MarsadError):
    """One article failed at one stage."""

    stage = "article"


class IngestError(ArticleError):
    stage = "ingest"


class CleanError(ArticleError):
    stage = "clean"


class NlpError(ArticleError):
    stage = "nlp"
