"""HTML pages to article text with trafilatura, a maintained main-text extractor."""

from __future__ import annotations

import datetime as dt

from quiz.ingest.decode import IngestError
from quiz.ingest.metadata import Header


def html_to_header(html: str) -> Header:
    """Extract title, date, author and body paragraphs from an HTML page."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, include_comments=False, include_tables=False, with_metadata=True
    )
    if doc is None or isinstance(doc, dict) or not doc.text:
        raise IngestError("no article text found in HTML")
    date = None
    if doc.date:
        try:
            date = dt.date.fromisoformat(str(doc.date)[:10])
        except ValueError:
            date = None
    return Header(
        title=doc.title or None,
        date=date,
        author=doc.author or None,
        body=str(doc.text).splitlines(),
    )
