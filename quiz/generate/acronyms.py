"""Acronyms in a prompt: written out where the article explains them, or the question dropped.

A player who has not read the article cannot know that 'AK' is Athletics Kenya. An acronym
the article spells out is written out in the prompt ('Athletics Kenya (AK)'), unless it is
one of a few universal ones (``UNIVERSAL``). One the article never spells out may stay only
when it is widely known: universal, used by at least ``_SPREAD`` articles of the build (no
article's private shorthand then: 'IAAF', 'FTSE'), or, with three letters or more, in the
vocabulary the spaCy model shipped with ('MTV', 'KGB'; two-letter strings there are mostly
noise: 'AT', 'AK'). Otherwise the question goes.
"""

from __future__ import annotations

import re
from collections import Counter

from quiz.facts.acronyms import EDGES, acronym_tokens
from quiz.facts.model import ArticleFacts
from quiz.generate.checks import inside_quotes

#: Acronyms every English-speaking reader knows (kept short on purpose; anything the build's
#: articles share counts too).
UNIVERSAL = frozenset(
    "UK US USA EU UN BBC NHS FBI CIA NATO TV CEO GDP MP MPs PM AM DJ CD CDs DVD PC OK "
    "AIDS HIV DNA UFO GMT BST UTC".split()
)
#: How many articles of a build must use an acronym before it counts as known.
_SPREAD = 3
_ROMAN = re.compile(r"^[IVX]+$")


def known_acronyms(facts: list[ArticleFacts], lexicon: frozenset[str]) -> frozenset[str]:
    """The acronyms of the build that are widely known (see the module docstring);
    ``lexicon`` is the NLP model's own vocabulary."""
    spread = Counter(a for af in facts for a in acronym_tokens(af.article.text))
    shared = {a for a, n in spread.items() if n >= _SPREAD}
    listed = {a for a in spread if len(a) >= 3 and a in lexicon}
    return UNIVERSAL | shared | listed


def explain_acronyms(af: ArticleFacts, core: str, known: frozenset[str]) -> tuple[str, str | None]:
    """``core`` with each unknown acronym written out from the article at its first use
    ('Athletics Kenya (AK)' when it comes again, else 'Athletics Kenya'; 'AK [Athletics
    Kenya]' inside a quotation), and why the question must go if one is never explained."""
    for acronym in sorted(_unknown(core, known, af), key=core.find):
        long = af.acronyms.get(acronym) or _fuller_name(af, acronym)
        if long is None and not _described(af, core, acronym):
            return core, f"acronym '{acronym}' that the article never explains"
        if long is None:
            continue
        if long.lower() in core.lower():
            continue
        modifier = _before_noun(af, core, acronym)  # 'CEA research', not 'the CEA research'
        core = _write_out(core, acronym, long if modifier else _with_the(af, acronym, long))
    return core, None


def unexplained_key(af: ArticleFacts, answer: str, known: frozenset[str]) -> str | None:
    """Why an acronym cannot be a typed key: the article never spells it out, so a player
    who types the long name would be refused ('CNPC' for China National Petroleum Corp)."""
    if re.fullmatch(r"[A-Z][A-Z&]{1,7}", answer) and answer not in known | af.acronyms.keys():
        return f"key is an acronym ('{answer}') that the article never spells out"
    return None


def _fuller_name(af: ArticleFacts, acronym: str) -> str | None:
    """'Nintendo DS' for 'DS': the one longer name of the article the acronym ends."""
    found = re.findall(rf"\b([A-Z][a-z]+) {re.escape(acronym)}{EDGES[1]}", af.article.text)
    names = {f"{w} {acronym}" for w in found if w.lower() not in _OPENERS}
    return names.pop() if len(names) == 1 else None


#: Capitalised words that open a sentence rather than a name.
_OPENERS = frozenset("the a an in on at but and for its his her their this that new".split())


def _described(af: ArticleFacts, core: str, acronym: str) -> bool:
    """'state bank VEB', 'the steroid THG': a common noun right before the acronym says what
    it is, in the prompt as in the article."""
    for s in af.sentences:
        for tok in s.span:
            if tok.text != acronym or tok.i == 0:
                continue
            prev = tok.nbor(-1)
            if prev.pos_ == "NOUN" and prev.is_lower and f"{prev.text} {acronym}" in core:
                return True
    return False


def _unknown(core: str, known: frozenset[str], af: ArticleFacts) -> set[str]:
    """Acronyms to write out or explain, standing alone and not already explained: 'BLS' in
    'Cadillac BLS' or 'XP' in 'Windows XP' is part of a product's name, not shorthand for one;
    'PricewaterhouseCoopers (PWC)' explains itself."""
    found = {
        a
        for a in acronym_tokens(core)
        if (a not in known or (a in af.acronyms and a not in UNIVERSAL)) and not _ROMAN.match(a)
    }
    return {
        a
        for a in found
        if f"({a})" not in core and not all(_in_name(core, u) for u in _uses(core, a))
    }


def _uses(core: str, acronym: str) -> list[re.Match[str]]:
    return list(re.finditer(rf"{EDGES[0]}{re.escape(acronym)}{EDGES[1]}", core))


def _in_name(core: str, use: re.Match[str]) -> bool:
    """'Cadillac BLS', 'VW Beetle', 'JM Coetzee': a capitalised word joined to it."""
    before, after = core[: use.start()].split(), core[use.end() :].split()[:1]
    joined = len(before) > 1 and before[-1][:1].isupper() and before[-1][-1:].isalnum()
    word = after[0].strip(".,;:!?'\"”’)") if after else ""
    return joined or (word[:1].isupper() and word.isalpha())


_DETERMINERS = frozenset("the a an its his her their our this that these those".split())


def _before_noun(af: ArticleFacts, core: str, acronym: str) -> bool:
    """Is the acronym's first use a modifier of the common noun after it ('IAEA inspectors')?"""
    uses = _uses(core, acronym)
    after = core[uses[0].end() :].split()[:1] if uses else []
    nouns = {t.text for s in af.sentences for t in s.span if t.pos_ == "NOUN" and t.is_lower}
    return bool(after) and after[0].strip(".,;:!?") in nouns


def _with_the(af: ArticleFacts, acronym: str, long: str) -> str:
    """'the Consumer Electronics Show' where the article puts 'the' before either form."""
    text = af.article.text
    said = re.search(rf"\bthe ({re.escape(long)}|{re.escape(acronym)})\b", text, re.I)
    return f"the {long}" if said and not long.lower().startswith("the ") else long


def _write_out(core: str, acronym: str, long: str) -> str:
    uses = _uses(core, acronym)
    if not uses:  # only as a plural ('AKs'): leave it
        return core
    first = uses[0]
    before = core[: first.start()].split()
    determined = bool(before) and (before[-1].lower() in _DETERMINERS or before[-1][-2:] == "'s")
    if long.startswith("the ") and (determined or first.start() == 0):
        long = long[4:] if determined else "The " + long[4:]
    if inside_quotes(core, first.start()):
        new = f"{acronym} [{long.removeprefix('the ')}]"
    else:
        new = f"{long} ({acronym})" if len(uses) > 1 else long
    end = first.end()
    if new == long and long.endswith("s") and core[end : end + 2] in ("'s", "’s"):
        new, end = new + core[end], end + 2  # 'GM's plans' -> 'General Motors' plans'
    return core[: first.start()] + new + core[end:]
