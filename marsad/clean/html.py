"""HTML pages through trafilatura: main text, headline, site name and the page's own publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass

from marsad.clean.pubdate import normalise_hint


@dataclass(slots=True)
class HtmlExtract:
    text: str
    title: str | None
    outlet: str | None
    published: str | None
    lang: str | None


def extract_html(html: str, url: str | None = None) -> HtmlExtract | None:
    """Main text of a saved page, or None when trafilatura finds no article in it."""
    import trafilatura  # heavy import, only when an HTML page comes in

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Only dates the page states for the article itself: no guessing from copyright lines or crawl time.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None
    text = result.text or ""
    if not text.strip():
        return None
    return HtmlExtract(
        text=text,
        title=result.title or None,
        outlet=result.sitename or None,
        published=normalise_hint(result.date),
        lang=result.language or _html_lang(html),
    )


def _html_lang(html: str) -> str | None:
    match = re.search(r"<html[^>]*\blang=[\"']?([a-zA-Z]{2})", html[:4000])
    return match.group(1).lower() if match else None
