"""Checking typed answers (fill-in-the-blank and numeric questions).

A typed answer is right when, after ignoring case, accents, punctuation and a leading article,
it equals the answer or one of ``accepted_answers``; or it is within a small edit distance of
one of them (a misspelt name such as ``"Rudigr"`` for ``"Rüdiger"``); or it does so once words
a name may carry or drop are left out of both ('Milton Shulman' for 'Milton Shulman Award',
'Birmingham City' for 'Birmingham'); or both are numbers of equal value (``"32"``, ``"32nd"`` and ``"thirty-two"`` all match ``32``). Numeric questions
compare as numbers only, so ``"33"`` is never "close enough" to ``"32"``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from quiz.bank.models import Question
from quiz.game.numbers import parse_number

_CURRENCY = "£$€¥"
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+")


def normalise(text: str) -> str:
    """Case-fold, strip accents and punctuation, collapse spaces, drop a leading article."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    cleaned = re.sub(r"[^\w\s.,%£$€-]", " ", plain).replace("_", " ")
    cleaned = re.sub(r"(?<!\d)[.,]|[.,](?!\d)", " ", cleaned)
    collapsed = " ".join(cleaned.split())
    return _LEADING_ARTICLE.sub("", collapsed)


def allowed_typos(length: int) -> int:
    """Edits tolerated in an answer of ``length`` letters: none for short words."""
    if length < 5:
        return 0
    return 1 if length < 9 else 2


def close_enough(given: str, expected: str) -> bool:
    """True when two normalised strings differ by at most :func:`allowed_typos` edits."""
    if given == expected:
        return True
    if not given or given[0].isdigit() or expected[:1].isdigit():
        return False  # numbers are never fuzzy-matched
    cutoff = allowed_typos(len(expected))
    if cutoff == 0:
        return False
    from rapidfuzz.distance import Levenshtein  # lazy: keeps `quiz play` start-up fast

    return Levenshtein.distance(given, expected, score_cutoff=cutoff) <= cutoff


#: Words before a figure that hedge it ('over 50', 'about 30', 'more than 5'): not part of it.
_HEDGES = re.compile(
    r"^(?:over|about|around|almost|nearly|some|just|roughly|more than|less than)\s+"
)


def as_number(text: str, unit: str | None = None) -> float | None:
    """Read a typed number, tolerating a currency sign, a hedge ('over 50') and a trailing
    unit word."""
    text = _HEDGES.sub("", normalise(text)).strip(_CURRENCY + " ")
    if unit:
        text = text.removesuffix(normalise(unit).strip(_CURRENCY + " ")).strip()
    value = parse_number(text)
    if value is not None:
        return value
    head, _, _tail = text.rpartition(" ")
    return parse_number(head) if head else None


def expected_answers(question: Question) -> list[str]:
    """The answer followed by every accepted alternative."""
    return [question.answer, *question.accepted_answers]


def is_correct(question: Question, given: str) -> bool:
    """Decide whether ``given`` answers ``question`` (choice or typed)."""
    if not given.strip():
        return False
    if question.type == "numeric":
        return _numbers_match(given, expected_answers(question), question.unit)
    if question.type == "fill_blank":
        return _text_matches(given, expected_answers(question), question.unit)
    return normalise(given) == normalise(question.answer)


def _numbers_match(given: str, expected: Iterable[str], unit: str | None) -> bool:
    value = as_number(given, unit)
    if value is None:
        return False
    return any(value == as_number(e, unit) for e in expected)


def _text_matches(given: str, expected: list[str], unit: str | None) -> bool:
    if _numbers_match(given, [e for e in expected if as_number(e, unit) is not None], unit):
        return True
    typed = normalise(given)
    forms = [normalise(e) for e in expected]
    if any(close_enough(typed, e) for e in forms) or _between(typed, forms):
        return True
    if " " in typed and any(sorted(typed.split()) == sorted(e.split()) for e in forms):
        return True  # 'Camp Nou' for 'Nou Camp'
    core = name_core(typed, _ADDABLE)
    return bool(core) and any(close_enough(core, name_core(normalise(e))) for e in expected)


def _between(typed: str, forms: list[str]) -> bool:
    """Is ``typed`` a name between a short and a long right form, word for word ('Sumitomo
    Mitsui' between 'Sumitomo' and 'Sumitomo Mitsui Financial')?"""
    return any(
        typed.startswith(short + " ") and f"{long} ".startswith(f"{typed} ")
        for short in forms
        for long in forms
        if long.startswith(short + " ")
    )


#: Words a name may carry or drop without naming something else: 'Milton Shulman (Award)',
#: 'Fraser of Allander (Institute)', 'Great Edinburgh (International) Cross Country',
#: 'Berlin (Film Festival)'.
QUALIFIERS = frozenset(
    "award awards prize institute festival film international plc ltd inc group holdings "
    "company corporation corp".split()
)
#: Words a player may add to a club's short name ('Birmingham City' for 'Birmingham'), but
#: not drop from a full one ('Manchester' is not 'Manchester City').
_ADDABLE = frozenset({"city", "fc", "afc"})
#: Linking words that vary between writings of one name ('Summit on / for the ...').
_LINKS = frozenset("of for on in at and the".split())


def name_core(text: str, also: frozenset[str] = frozenset()) -> str:
    """A normalised name without qualifier and linking words (and ``also``): what must match
    when a player adds or drops 'Award' or 'Institute'. Empty when nothing is left."""
    drop = QUALIFIERS | _LINKS | also
    return " ".join(w for w in text.split() if w not in drop)
