"""Slips of the pen in names: 'DaimerChrysler' once beside 'DaimlerChrysler' six times.

A name written once, one letter away from a name the same article writes at least twice, is
taken as a misspelling of it, so an answer key is never the slip. Short names are left
alone: 'Hull' and 'Hall' are different things.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein

from quiz.facts.model import Mention

#: Names shorter than this differ by one letter too often to be one name ('Moyes', 'Noyes').
_MIN_LENGTH = 7


def misspellings(mentions: Iterable[Mention]) -> dict[str, str]:
    """Names (as keys) the article writes once -> the frequent name they misspell."""
    counts = Counter(m.key for m in mentions)
    frequent = [k for k, n in counts.items() if n >= 2 and len(k) >= _MIN_LENGTH]
    out: dict[str, str] = {}
    for key, n in counts.items():
        if n != 1 or len(key) < _MIN_LENGTH:
            continue
        near = [f for f in frequent if f[0] == key[0] and Levenshtein.distance(f, key) == 1]
        if len(near) == 1:
            out[key] = near[0]
    return out
