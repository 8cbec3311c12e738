"""An article's own acronyms: which short all-capitals form stands for which long name.

Found only from the article's text, three ways:

* 'Long Name (ABBR)': 'Athletics Kenya (AK) had suspended ...';
* 'ABBR (Long Name)': 'CNPC (China National Petroleum Corporation)';
* a multi-word name of the article whose initials spell an all-capitals word the article
  uses: 'General Motors' ... 'GM said'.

Initials skip small words ('Reserve Bank of Australia' -> RBA) and count the parts of a
hyphenated word ('Paris Saint-Germain' -> PSG). An acronym two names could spell is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.facts.model import Mention

#: Words an acronym usually skips.
_SMALL = frozenset("of and the for de du des la le in on at to &".split())
_ACRONYM = r"[A-Z][A-Z&]{1,7}"
#: Not inside a longer token: 'Bagle.AT', 'CSI:NY', 'AT-AT' are names, not acronyms.
EDGES = (r"(?<![\w&/-])(?<!\S[:.])", r"(?![\w&/-]|:\S)")
_TOKEN = re.compile(rf"{EDGES[0]}({_ACRONYM})(?:s|'s|’s)?{EDGES[1]}")
_AFTER_LONG = re.compile(rf"\(({_ACRONYM})\)")
_BEFORE_LONG = re.compile(rf"(?<![\w&-])({_ACRONYM})\s+\(([A-Z][^()]{{2,80}})\)")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*|&")


def initials(name: str, small: bool = False) -> str:
    """'Reserve Bank of Australia' -> 'RBA', 'Paris Saint-Germain' -> 'PSG'; with ``small``
    the small words count too ('Bank of America' -> 'BOA')."""
    out: list[str] = []
    for word in name.replace("&", " & ").split():
        if word.lower() in _SMALL and not small:
            continue
        out.extend(part[:1].upper() for part in word.split("-") if part[:1].isalpha())
    return "".join(out)


def spells(name: str, acronym: str) -> bool:
    """Do the initials of ``name`` spell ``acronym`` ('M&S' for 'Marks & Spencer' too)?"""
    letters = acronym.replace("&", "")
    if acronym in name.split():
        return False  # 'BT Together' is a BT product, not what 'BT' stands for
    return len(name.split()) > 1 and letters in (initials(name), initials(name, small=True))


def acronym_tokens(text: str) -> set[str]:
    """All-capitals words of a text used as names ('GM', 'GM's', 'MPs' -> 'GM', 'MP'), not
    words of a line written all in capitals (a shouted headline)."""
    found: set[str] = set()
    for match in _TOKEN.finditer(text):
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[start : end if end >= 0 else len(text)]
        if sum(c.islower() for c in line) > sum(c.isupper() for c in line):
            found.add(match.group(1))
    return found


def acronym_map(text: str, names: Iterable[str]) -> dict[str, str]:
    """Acronym -> long name, as the article itself gives them (see the module docstring)."""
    given: dict[str, set[str]] = {}
    for match in _AFTER_LONG.finditer(text):
        long = _spelled_before(text[: match.start()], match.group(1))
        if long:
            given.setdefault(match.group(1), set()).add(long)
    for match in _BEFORE_LONG.finditer(text):
        inner = match.group(2).strip()
        if spells(inner, match.group(1)):
            given.setdefault(match.group(1), set()).add(inner)
    multi = sorted({n for n in names if " " in n})
    for acronym in acronym_tokens(text) - given.keys():
        given[acronym] = {n for n in multi if spells(n, acronym)}
    return {a: longs.pop() for a, longs in given.items() if len(longs) == 1}


def _spelled_before(before: str, acronym: str) -> str | None:
    """The shortest run of words ending ``before`` whose initials spell ``acronym``."""
    words = _WORD.findall(before[-120:])
    for n in range(2, min(len(words), 10) + 1):
        run = words[-n:]
        if not run[0][:1].isupper():
            continue
        name = " ".join(run)
        if spells(name, acronym) and before.rstrip().endswith(run[-1]):
            return name
    return None


def article_acronyms(text: str, mentions: list[Mention]) -> dict[str, str]:
    """The article's acronym map from its text and its (labelled) name mentions: also any
    '(ABBR)' right after a multi-word name ('Sony Computer Entertainment (SCEI)'); a person's
    initials are never an acronym."""
    found = acronym_map(text, [m.text for m in mentions if m.label != "PERSON"])
    for m in mentions:
        after = re.match(r"\s*\(([A-Z][A-Za-z&]{1,7})\)", text[m.end : m.end + 12])
        if after and " " in m.text:
            found.setdefault(after.group(1), m.text)
    return found
