"""One file to one Article: decode, split metadata, strip boilerplate, normalise whitespace."""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

from quiz.bank.models import Article
from quiz.ingest.boilerplate import (
    closing_bio_name,
    drop_closing_bio,
    drop_dangling_intros,
    find_author,
    is_prose,
)
from quiz.ingest.decode import IngestError, decode_bytes
from quiz.ingest.metadata import Header, parse_header

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_MIN_WORDS = 40


def read_article(path: Path, shown_path: str) -> Article:
    """Read one article file; raise IngestError with the reason it cannot be used."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read ({exc.strerror})") from None
    raw = decode_bytes(data)
    if path.suffix.lower() in HTML_SUFFIXES:
        from quiz.ingest.html import html_to_header

        header = html_to_header(raw)
    else:
        header = parse_header(raw.splitlines())
    return _to_article(header, shown_path)


def _to_article(header: Header, shown_path: str) -> Article:
    lines = [normalise_space(line) for line in header.body]
    author = header.author or find_author(lines)
    prose = drop_dangling_intros([line for line in lines if is_prose(line)])
    paragraphs = drop_closing_bio(prose)
    if author is None and len(paragraphs) < len(prose):
        author = closing_bio_name(prose[-1])  # the column's writer: no answer to ask for
    text = "\n\n".join(paragraphs)
    if len(text.split()) < _MIN_WORDS:
        raise IngestError(
            f"too little article text after removing boilerplate ({len(text.split())} words)"
        )
    # a title is shown, never quoted: '&#163;1.8m fine' is written as '£1.8m fine'
    title = normalise_space(html.unescape(header.title or "")) or _title_from(paragraphs[0])
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
    return Article(
        id=f"a{digest}",
        title=title,
        date=header.date,
        author=author,
        source_path=shown_path,
        text=text,
    )


def normalise_space(line: str) -> str:
    """Collapse runs of horizontal whitespace to one space and strip the ends."""
    return _SPACES.sub(" ", line).strip()


def _title_from(paragraph: str) -> str:
    first = re.split(r"(?<=[.!?])\s", paragraph, maxsplit=1)[0]
    words = first.rstrip(".").split()
    return " ".join(words) if len(words) <= 14 else " ".join(words[:12]) + "…"
