"""The source quote in context: the sentences around it and where the answer sits. Pure code."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (plus closing quotes) followed by whitespace, or at a line break.
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+|\n+")


@dataclass(frozen=True)
class QuoteContext:
    """An article excerpt split around the quoted span: ``before + quote + after``."""

    before: str
    quote: str
    after: str


def quote_in_context(text: str, start: int, end: int, sentences: int = 1) -> QuoteContext:
    """The quote ``text[start:end]`` with up to ``sentences`` whole sentences on each side."""
    starts = [0] + [m.end() for m in _BOUNDARY.finditer(text)]
    first = max(i for i, s in enumerate(starts) if s <= start)
    last = next((i for i, s in enumerate(starts) if s >= end), len(starts))
    lo = starts[max(first - sentences, 0)]
    hi = starts[last + sentences] if last + sentences < len(starts) else len(text)
    return QuoteContext(
        before=text[lo:start].lstrip(), quote=text[start:end], after=text[end:hi].rstrip()
    )


def answer_spans(quote: str, answers: list[str]) -> list[tuple[int, int]]:
    """Where any of ``answers`` occurs in ``quote`` (case-insensitive, whole words), sorted.

    Numbers also match with thousands separators (``1200`` finds ``1,200``).
    """
    spans: list[tuple[int, int]] = []
    for answer in answers:
        for pattern in _patterns(answer.strip()):
            spans += [m.span() for m in pattern.finditer(quote)]
    return _merge(spans)


def _patterns(answer: str) -> list[re.Pattern[str]]:
    if not answer:
        return []
    words = r"(?<!\w)" + re.escape(answer) + r"(?!\w)"
    patterns = [re.compile(words, re.IGNORECASE)]
    digits = answer.replace(",", "")
    if digits.isdigit() and len(digits) > 3:
        grouped = f"{int(digits):,}"
        patterns.append(re.compile(r"(?<!\w)" + re.escape(grouped) + r"(?!\w)"))
    return patterns


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
