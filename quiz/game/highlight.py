"""Finding the answer inside a source quote so the feedback screen can highlight it."""

from __future__ import annotations

import re
import unicodedata

from quiz.bank.models import Question
from quiz.game.matching import as_number
from quiz.game.numbers import parse_number

Span = tuple[int, int]


def fold(text: str) -> str:
    """Case- and accent-fold character by character, keeping offsets aligned with ``text``."""
    return "".join(_fold_char(c) for c in text)


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFKD", char)
    plain = "".join(c for c in base if not unicodedata.combining(c)).casefold()
    return plain[:1] if plain else char


def find_answer(quote: str, question: Question) -> list[Span]:
    """Spans of ``quote`` that show the answer (empty when the quote never states it)."""
    if question.type == "true_false":
        return []
    for candidate in [question.answer, *question.accepted_answers]:
        spans = _find_text(quote, candidate)
        if spans:
            return spans
    if question.type == "numeric":
        return _find_number(quote, as_number(question.answer, question.unit))
    return []


def _find_text(quote: str, needle: str) -> list[Span]:
    folded, target = fold(quote), fold(needle).strip()
    if not target:
        return []
    pattern = r"(?<!\w)" + re.escape(target) + r"(?!\w)"
    return [m.span() for m in re.finditer(pattern, folded)]


def _find_number(quote: str, value: float | None) -> list[Span]:
    if value is None:
        return []
    spans = []
    for match in re.finditer(r"\d[\d,.]*(?:st|nd|rd|th)?|[A-Za-z]+(?:-[A-Za-z]+)?", quote):
        token = match.group().rstrip(".,")
        if parse_number(token) == value:
            spans.append((match.start(), match.start() + len(token)))
    return spans
