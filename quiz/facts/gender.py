"""A person's gender from the article's own words, where it gives any.

Evidence: a title before the surname ("Ms Hughes", "Sir Alex"), a gendered role noun before the
name ("actress Cate Blanchett", "chairwoman Jane Doe"), and the pronouns the resolver tied to
the name ("she said" -> the name; "Cate Blanchett won for her role"). Conflicting evidence gives no answer. Used to keep a
question about a man from offering a woman (and back), which gives the key away.
"""

from __future__ import annotations

import re

from quiz.facts.model import ArticleFacts

FEMALE, MALE = "female", "male"
_TITLES = {
    FEMALE: ("Mrs", "Ms", "Miss", "Lady", "Dame"),
    MALE: ("Mr", "Sir", "Lord"),
}
_ROLES = {
    FEMALE: "actress chairwoman spokeswoman sportswoman businesswoman congresswoman queen "
    "princess duchess countess baroness heiress waitress mother wife daughter sister widow "
    "girlfriend grandmother",
    MALE: "chairman spokesman sportsman businessman congressman king prince duke earl baron "
    "father husband son brother widower boyfriend grandfather",
}
_ROLE_WORDS = {g: frozenset(words.split()) for g, words in _ROLES.items()}
PRONOUNS = {
    FEMALE: frozenset({"she", "her", "herself"}),
    MALE: frozenset({"he", "him", "his", "himself"}),
}
#: Words in a prompt that say the answer is a man or a woman (not pronouns: 'his' may be
#: someone else's).
_CUES = {
    FEMALE: frozenset(
        {"actress", "female", "woman", "women's", "sportswoman", "heroine", "heptathlon", "netball"}
        | {"queen", "princess", "duchess", "countess", "baroness"}
    ),
    MALE: frozenset({"actor", "male", "man", "men's", "sportsman", "hero", "decathlon"})
    | {"king", "prince", "duke", "earl"},
}


def person_gender(af: ArticleFacts, key: str) -> str | None:
    """'female', 'male' or None (no evidence, or evidence both ways) for a person of ``af``."""
    if key not in af.genders:
        af.genders[key] = _person_gender(af, key)
    return af.genders[key]


def _person_gender(af: ArticleFacts, key: str) -> str | None:
    text = af.article.text
    found = {g for g in (FEMALE, MALE) if _titled(text, key, g)}
    at = text.find(key)
    while at >= 0:  # 'actress Cate Blanchett': the role word just before the name
        before = text[max(0, at - 20) : at]
        if before.endswith(" ") or at == 0:
            word = before.split()[-1].lower() if before.split() else ""
            found.update(g for g, roles in _ROLE_WORDS.items() if word in roles)
        at = text.find(key, at + 1)
    for s in af.sentences:
        for i, shown in [*s.subst.items(), *s.refers.items()]:
            if shown.removesuffix("'s") == key:
                word = s.span.doc[i].lower_
                found.update(g for g, words in PRONOUNS.items() if word in words)
    return found.pop() if len(found) == 1 else None


def title_gender(text: str, key: str) -> str | None:
    """'female' or 'male' from the titles ``text`` gives the surname ('Ms Hughes'); None
    when it gives none, or both ('Mr and Mrs Brown')."""
    found = [g for g in (FEMALE, MALE) if _titled(text, key, g)]
    return found[0] if len(found) == 1 else None


def _titled(text: str, key: str, gender: str) -> bool:
    titles = "|".join(_TITLES[gender])
    names = "|".join(re.escape(n) for n in {key, key.split()[-1]})  # 'Ms Boyle', 'Ms Anna Boyle'
    return re.search(rf"\b({titles})\.? ({names})\b", text) is not None


def prompt_gender(prompt: str, pronouns: bool = False) -> str | None:
    """The gender a prompt's words give its answer ('favourite male movie star'); with
    ``pronouns``, 'his' and 'she' count too (in a who-question they are mostly the answer's)."""
    words = set(re.findall(r"[a-z']+", prompt.lower()))
    said = {g for g, cues in _CUES.items() if words & cues}
    if len(said) == 1:  # 'Best Actress ... while Jamie Foxx triumphed for his performance'
        return said.pop()
    found = {g for g, words_of in PRONOUNS.items() if pronouns and words & words_of}
    return found.pop() if len(found) == 1 and not said else None
