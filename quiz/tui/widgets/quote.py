"""A source quote with the answer highlighted, plus where it came from."""

from __future__ import annotations

from rich.text import Text

from quiz.bank.models import Article, Question, Source
from quiz.game.highlight import find_answer

#: Reverse video plus bold and underline: visible with or without colour (NO_COLOR).
HIGHLIGHT = "bold underline reverse"


def quote_text(source: Source, question: Question) -> Text:
    """The quote in typographic quotes, answer spans highlighted."""
    text = Text("“" + source.quote + "”", style="italic")
    for start, end in find_answer(source.quote, question):
        text.stylize(HIGHLIGHT, start + 1, end + 1)
    return text


def byline(article: Article) -> str:
    """``Title · 5 May 2021 · by Author`` (parts that are known)."""
    parts = [article.title or article.source_path]
    if article.date:
        parts.append(f"{article.date.day} {article.date:%B %Y}")
    if article.author:
        parts.append(f"by {article.author}")
    return " · ".join(parts)
