"""Other names people go by, so a typed answer accepts what players type: everyday forms of
formal first names, and the stage or real name an article gives beside a name."""

from __future__ import annotations

import re

from quiz.facts.roles import ROLE_NOUNS

#: Everyday forms of formal first names ('Jimmy Stewart' for 'James Stewart').
SHORT_FIRST = {
    "James": ("Jim", "Jimmy"),
    "William": ("Bill", "Billy", "Will"),
    "Robert": ("Bob", "Bobby", "Rob"),
    "Richard": ("Rick", "Dick"),
    "Michael": ("Mike",),
    "Thomas": ("Tom", "Tommy"),
    "Edward": ("Ed", "Eddie", "Ted"),
    "Anthony": ("Tony",),
    "Christopher": ("Chris",),
    "Daniel": ("Dan", "Danny"),
    "David": ("Dave",),
    "Joseph": ("Joe",),
    "Stephen": ("Steve",),
    "Steven": ("Steve",),
    "Nicholas": ("Nick",),
    "Peter": ("Pete",),
    "Alexander": ("Alex",),
    "Andrew": ("Andy",),
    "Benjamin": ("Ben",),
    "Charles": ("Charlie",),
    "Kenneth": ("Ken", "Kenny"),
    "Elizabeth": ("Liz",),
    "Katherine": ("Kate",),
    "Catherine": ("Kate",),
    "Margaret": ("Maggie",),
}


#: 'Norman Cook - aka Fatboy Slim', 'Jay-Z, real name Shawn Carter', 'Mahmoud Abbas, also
#: known as Abu Mazen': two names the article gives one person.
_AKA = (
    r"\s*[,(–—-]+\s*(?:aka|a\.k\.a\.|also known as|better known as|real name|whose real name is)\s+"
)
_NAME = r"((?:[A-Z][\w'’.-]*\s?){1,4})"


def other_names(text: str, name: str) -> set[str]:
    """The other name the article gives ``name`` with 'aka', 'real name' or 'also known as',
    either way round."""
    after = re.finditer(re.escape(name) + _AKA + _NAME, text)
    before = re.finditer(_NAME + _AKA + re.escape(name) + r"\b", text)
    found = {m.group(1).strip() for m in (*after, *before)}
    return {_unroled(f) for f in found} - {name, ""}


def _unroled(name: str) -> str:
    """'DJ Norman Cook' -> 'Norman Cook': a role before the name is not part of it."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in ROLE_NOUNS or words[0] in ("DJ", "MC")):
        words = words[1:]
    return " ".join(words)


#: Places that news writes for the body in them ('Scotland Yard said ...'): the body's own
#: name is a right answer too. General news usage, not drawn from any one article.
KNOWN_AS = {
    "Scotland Yard": ("Metropolitan Police", "Met Police", "the Met"),
    "Downing Street": ("Number 10", "No 10"),
    "Westminster": ("Parliament", "UK Parliament"),
    "Holyrood": ("Scottish Parliament",),
    "White House": ("US government",),
    "Kremlin": ("Russian government",),
    "Pentagon": ("US Department of Defense", "Defense Department"),
    "Capitol Hill": ("Congress", "US Congress"),
    "Oscars": ("Academy Awards",),
    "Academy Awards": ("Oscars",),
}
