"""Numbers in news text: digits and number words to a canonical digit string."""

from __future__ import annotations

import re

_UNITS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORDS: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
WORDS.update({w: 20 + 10 * i for i, w in enumerate(_TENS)})
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")


def number_value(text: str) -> str | None:
    """'32' -> '32', '1,200' -> '1200', 'four' -> '4', 'thirty-two' -> '32'; else None."""
    t = text.strip().lower()
    if _DIGITS.match(t):
        return t.replace(",", "")
    if t in WORDS:
        return str(WORDS[t])
    parts = t.split("-")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS[1:10]:
        return str(WORDS[parts[0]] + WORDS[parts[1]])
    return None


def number_word(value: int) -> str | None:
    """4 -> 'four', 32 -> 'thirty-two' (0-99), else None."""
    if value < 20:
        return _UNITS[value]
    if value < 100:
        tens, unit = divmod(value, 10)
        return _TENS[tens - 2] + (f"-{_UNITS[unit]}" if unit else "")
    return None
