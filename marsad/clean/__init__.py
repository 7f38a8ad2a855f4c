"""Clean: RawRecord to Document with body, title, outlet, publication date and the removed chrome lines."""

from __future__ import annotations

from marsad.clean.html import extract_html
from marsad.clean.pubdate import date_from_url, normalise_hint
from marsad.clean.text import clean_text
from marsad.errors import CleanError, warning
from marsad.model import Document, Paragraph, RawRecord

__all__ = ["clean_record"]


def clean_record(record: RawRecord, *, min_body_words: int = 12, max_label_words: int = 4) -> Document:
    """Clean one article; raise CleanError (E201) when no article text is left."""
    text, title_hint, outlet, page_date, page_lang = record.text, record.title, record.outlet, None, None
    if text is None and record.html is not None:
        page = extract_html(record.html, record.url)
        if page is None:
            raise CleanError("E201", reason="the HTML page has no article text")
        text, page_date, page_lang = page.text, page.published, page.lang
        title_hint = title_hint or page.title
        outlet = outlet or page.outlet
    cleaned = clean_text(
        text or "",
        title_hint=title_hint,
        min_body_words=min_body_words,
        max_label_words=max_label_words,
        month_first=(record.lang or page_lang) == "en",
    )
    if not cleaned.paragraphs:
        reason = "every line looked like page chrome" if (text or "").strip() else "the article is empty"
        raise CleanError("E201", reason=reason)
    body, paragraphs = _join(cleaned.paragraphs)
    doc = Document(
        id=record.id,
        source=record.source,
        body=body,
        url=record.url,
        outlet=outlet or cleaned.outlet,
        lang=record.lang or page_lang,
        title=cleaned.title,
        removed=cleaned.removed,
        paragraphs=paragraphs,
    )
    doc.published, doc.published_basis = _publication_date(record, page_date, cleaned.dateline, cleaned.dateline_basis)
    if record.published and doc.published_basis != "hint":
        doc.warnings.append(warning("W005", fields=f"published={record.published!r} (not a date)"))
    if doc.published is None:
        doc.warnings.append(warning("W001"))
    return doc


def _join(lines: list[str]) -> tuple[str, list[Paragraph]]:
    paragraphs, cursor = [], 0
    for line in lines:
        paragraphs.append(Paragraph(cursor, cursor + len(line)))
        cursor += len(line) + 1
    return "\n".join(lines), paragraphs


def _publication_date(
    record: RawRecord, page_date: str | None, dateline: str | None, dateline_basis: str | None
) -> tuple[str | None, str | None]:
    """The first real evidence: the record's hint, the page's metadata, a stamp in the text, the URL."""
    for value, basis in (
        (normalise_hint(record.published), "hint"),
        (page_date, "page metadata"),
        (dateline, dateline_basis),
        (date_from_url(record.url), "url"),
    ):
        if value:
            return value, basis
    return None, None
