"""Slips of the pen in names: 'DaimerChrysler' once beside 'DaimlerChrysler' six times.

A name written once in the whole build, one edit (a letter added, dropped, changed, or two
swapped: 'DaimlerChrylser') away from a name written at least twice, is taken as a
misspelling of it, so an answer key is never the slip. Short names are left alone: 'Hull'
and 'Hall' are different things.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from rapidfuzz.distance import OSA

from quiz.facts.model import Mention

#: Names shorter than this differ by one letter too often to be one name ('Moyes', 'Noyes').
_MIN_LENGTH = 7


class Spellings:
    """How often the build writes each name, to tell a slip from a name of its own."""

    def __init__(self, written: Counter[str]) -> None:
        self.written = written
        self._near: dict[tuple[str, int], list[str]] = defaultdict(list)
        for name, n in written.items():
            if n >= 2 and len(name) >= _MIN_LENGTH:
                self._near[(name[0], len(name))].append(name)

    def fixes(self, mentions: Iterable[Mention]) -> dict[str, str]:
        """Keys written once in the build -> the frequent name they misspell."""
        out: dict[str, str] = {}
        for key in {m.key for m in mentions}:
            if self.written[key] != 1 or len(key) < _MIN_LENGTH:
                continue
            near = [
                name
                for size in (len(key) - 1, len(key), len(key) + 1)
                for name in self._near.get((key[0], size), ())
                if OSA.distance(name, key) == 1
            ]
            if len(near) == 1:
                out[key] = near[0]
        return out


def is_slip(written: str, name: str) -> bool:
    """Is ``written`` a one-edit slip for ``name`` ('DaimlerChrylser' for 'DaimlerChrysler')?"""
    return written != name and len(name) >= _MIN_LENGTH and OSA.distance(written, name) == 1
