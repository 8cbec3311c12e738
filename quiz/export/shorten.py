"""Fitting text into a game's length limits without changing what it says.

Text is shortened only by steps that keep its meaning: collapsing whitespace, dropping a
parenthetical aside, dropping a leading "True or false?" (the answers already say so), dropping
a leading attribution ("According to “Title”, ...", "According to a report of 2 April 2025:"). An
answer choice may also be cut at a word boundary (with "…") when at most a quarter of it goes
and the choices stay distinguishable. Otherwise the text does not fit and the caller skips it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from quiz.export.textutil import one_line

ELLIPSIS = "…"
_ASIDE = re.compile(r"\s*\([^()]*\)")
_TRUE_FALSE = re.compile(r"^true or false\?\s+", re.IGNORECASE)
_LEAD_IN = re.compile(
    r"^(according to (“[^”]*”|\"[^\"]*\"|[^,:?“\"]{1,150})|in the article[^,:?]{0,150}"
    r"|the article (says|reports) that)[,:]?\s+",
    re.IGNORECASE,
)
#: The largest share of a choice that may be cut away.
MAX_CUT = 0.25


def fit_text(text: str, limit: int) -> str | None:
    """``text`` within ``limit`` characters by meaning-keeping steps, or None if impossible."""
    candidate = one_line(text)
    for step in _STEPS:
        if len(candidate) <= limit:
            return candidate
        candidate = step(candidate)
    return candidate if len(candidate) <= limit else None


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _drop_aside(text: str) -> str:
    return one_line(_ASIDE.sub("", text))


def _drop_true_false(text: str) -> str:
    return _capitalised(_TRUE_FALSE.sub("", text))


def _drop_lead_in(text: str) -> str:
    return _capitalised(_LEAD_IN.sub("", text))


#: Applied in order, each on the result of the one before, until the text fits.
_STEPS: tuple[Callable[[str], str], ...] = (_drop_aside, _drop_true_false, _drop_lead_in)


def cut_at_word(text: str, limit: int) -> str | None:
    """``text`` cut at the last word boundary before ``limit`` with "…", if little is lost."""
    room = limit - len(ELLIPSIS)
    cut = text[: room + 1].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    if len(cut) < len(text) * (1 - MAX_CUT) or len(cut) > room:
        return None
    return cut + ELLIPSIS


def fit_choices(choices: list[str], limit: int) -> list[str] | None:
    """Every choice within ``limit``, still all different; None if that cannot be done."""
    fitted: list[str] = []
    for choice in choices:
        short = fit_text(choice, limit)
        if short is None:
            short = cut_at_word(one_line(choice), limit)
        if short is None:
            return None
        fitted.append(short)
    if len({c.casefold() for c in fitted}) != len(fitted):
        return None
    return fitted
