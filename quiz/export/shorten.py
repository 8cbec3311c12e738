"""Fitting text into a game's length limits without changing what it says.

Text is shortened only by steps that keep its meaning: collapsing whitespace, dropping a
parenthetical aside, dropping a leading attribution ("According to the article, ..."). An
answer choice may also be cut at a word boundary (with "…") when at most a quarter of it goes
and the choices stay distinguishable. Otherwise the text does not fit and the caller skips it.
"""

from __future__ import annotations

import re

from quiz.export.textutil import one_line

ELLIPSIS = "…"
_ASIDE = re.compile(r"\s*\([^()]*\)")
_LEAD_IN = re.compile(
    r"^(according to [^,?]{1,80}|in the article[^,?]{0,80}|the article (says|reports) that)"
    r",?\s+",
    re.IGNORECASE,
)
#: The largest share of a choice that may be cut away.
MAX_CUT = 0.25


def fit_text(text: str, limit: int) -> str | None:
    """``text`` within ``limit`` characters by meaning-keeping steps, or None if impossible."""
    candidates = [one_line(text)]
    candidates.append(one_line(_ASIDE.sub("", candidates[-1])))
    stripped = _LEAD_IN.sub("", candidates[-1])
    if stripped != candidates[-1] and stripped:
        candidates.append(stripped[0].upper() + stripped[1:])
    for candidate in candidates:
        if len(candidate) <= limit:
            return candidate
    return None


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
