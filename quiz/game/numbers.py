"""Numbers as players type them: digits (``"1,200"``, ``"2.5"``, ``"32nd"``) or English words
(``"thirty-two"``, ``"one hundred and five"``, ``"two thousand"``)."""

from __future__ import annotations

import math
import re

_UNITS = {
    "zero": 0, "oh": 0, "nil": 0, "none": 0, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_ORDINALS = {
    "first": "one", "second": "two", "third": "three", "fifth": "five", "eighth": "eight",
    "ninth": "nine", "twelfth": "twelve",
}  # fmt: skip
_DIGITS = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")
_ORDINAL_SUFFIX = re.compile(r"^(\d+)(?:st|nd|rd|th)$")
_MULTIPLIERS = {"k": 1_000, "m": 1_000_000, "bn": 1_000_000_000, "million": 1_000_000}


def parse_digits(text: str) -> float | None:
    """Parse a written-out digit number, allowing an ordinal suffix and a k/m/bn multiplier."""
    text = text.strip().replace(" ", "")
    suffix = _ORDINAL_SUFFIX.match(text)
    if suffix:
        text = suffix.group(1)
    for tail, factor in _MULTIPLIERS.items():
        head = text[: -len(tail)]
        if text.endswith(tail) and _DIGITS.fullmatch(head):
            return _finite(float(head.replace(",", "")) * factor)
    if not _DIGITS.fullmatch(text):
        return None
    return _finite(float(text.replace(",", "")))


def parse_words(text: str) -> int | None:
    """Parse an English number in words, e.g. ``"thirty-two"``; None if it is not one."""
    words = [w for w in re.split(r"[\s-]+", text.strip().casefold()) if w and w != "and"]
    if not words:
        return None
    words = [_ordinal_to_cardinal(w) for w in words]
    total, current = 0, 0
    for word in words:
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _ordinal_to_cardinal(word: str) -> str:
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word.endswith("ieth"):
        return word[:-4] + "y"
    if word.endswith("th") and word[:-2] in {**_UNITS, **_TENS, "hundred": 0, **_SCALES}:
        return word[:-2]
    return word


def parse_number(text: str) -> float | None:
    """Parse digits or words; None when ``text`` is not a single number."""
    value = parse_digits(text)
    if value is not None:
        return value
    words = parse_words(text)
    return float(words) if words is not None else None


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
