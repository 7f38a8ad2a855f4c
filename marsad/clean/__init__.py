"""Clean: RawRecord to Document with body, title, outlet, publication date and the removed chrome lines."""

from __future__ import annotations

from marsad.clean.html import extract_html
from marsad.clean.pubdate import Stamp, agency_dateline, complete_partial, date_from_url, normalise_hint
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
    )  # date stamps: month first for English numeric dates
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
    month_first = (record.lang or page_lang) == "en"
    dispatch = _dispatch_dateline(cleaned.paragraphs, month_first)
    partial, partial_line = cleaned.dateline_partial, cleaned.dateline_partial_line
    if partial is None and dispatch is not None and dispatch.partial:
        partial, partial_line = dispatch.partial, cleaned.paragraphs[0][:60]
    doc.published, doc.published_basis = _publication_date(
        record,
        page_date,
        (cleaned.dateline, cleaned.dateline_basis),
        (dispatch.date, dispatch.basis) if dispatch else (None, None),
        (complete_partial(partial, record.url), "partial dateline + url year"),
    )
    if record.published and doc.published_basis != "hint":
        doc.warnings.append(warning("W005", fields=f"published={record.published!r} (not a date)"))
    if doc.published is None:
        doc.warnings.append(warning("W001"))
        if partial:
            doc.warnings.append(warning("W012", partial=partial, line=partial_line))
    return doc


def _dispatch_dateline(paragraphs: list[str], month_first: bool) -> Stamp | None:
    """The dateline opening the first body paragraph (or the one after a standfirst), if any."""
    for paragraph in paragraphs[:2]:
        stamp = agency_dateline(paragraph, month_first=month_first)
        if stamp is not None:
            return stamp
    return None


def _join(lines: list[str]) -> tuple[str, list[Paragraph]]:
    paragraphs, cursor = [], 0
    for line in lines:
        paragraphs.append(Paragraph(cursor, cursor + len(line)))
        cursor += len(line) + 1
    return "\n".join(lines), paragraphs


def _publication_date(
    record: RawRecord,
    page_date: str | None,
    stamp: tuple[str | None, str | None],
    dispatch: tuple[str | None, str | None],
    completed: tuple[str | None, str],
) -> tuple[str | None, str | None]:
    """The first real evidence: the record's hint, the page's metadata, a stamp in the text, a dispatch
    dateline, the URL, a partial stamp completed by the URL's year folder."""
    for value, basis in (
        (normalise_hint(record.published), "hint"),
        (page_date, "page metadata"),
        stamp,
        dispatch,
        (date_from_url(record.url), "url"),
        completed,
    ):
        if value:
            return value, basis
    return None, None
