"""Accepted answers for typed questions: the other spellings a player may rightly type."""

from __future__ import annotations

import re

from quiz.facts.kinds import country_names
from quiz.facts.model import ArticleFacts, Entity


def alternatives(answer: str, kind: str) -> set[str]:
    """Other correct spellings a player may type: a person's surname, a country's other
    names, a name's abbreviations written out ('Warner Bros' -> 'Warner Brothers')."""
    if kind == "person" and " " in answer:
        return {surname(answer)}
    if kind == "country":
        return country_names(answer)
    out = {" ".join(_SPELLED_OUT.get(w, w) for w in answer.split())}
    words = answer.split()
    if len(words) > 1 and words[-1] in _CORPORATE:
        out.add(" ".join(words[:-1]))  # 'Mitsubishi Motors' -> 'Mitsubishi'
    return out - {answer}


def accepted_forms(af: ArticleFacts, answer: str, kind: str) -> set[str]:
    """Alternatives, keeping a shortened company name only where the article uses it as a
    name ('Mitsubishi' for 'Mitsubishi Motors'; never 'General' for 'General Motors')."""
    names = {a for e in af.entities.values() for a in {e.key, *e.aliases}}
    words = answer.split()
    short = " ".join(words[:-1]) if len(words) > 1 and words[-1] in _CORPORATE else None
    return {a for a in alternatives(answer, kind) if a != short or a in names}


#: Words a company's name is often said without.
_CORPORATE = frozenset(
    "Motors Group plc Plc PLC Inc Ltd Limited Corp Corporation Holdings Co Company AG SA NV "
    "GmbH LLC".split()
)


#: Abbreviations in names and the words they stand for.
_SPELLED_OUT = {
    "Bros": "Brothers",
    "Bros.": "Brothers",
    "&": "and",
    "Co": "Company",
    "Corp": "Corporation",
    "Intl": "International",
    "Univ": "University",
    "Assoc": "Association",
    "Dept": "Department",
}


_PARTICLES = frozenset("de da di del della der van von le la du dos das ter ten bin al".split())


def surname(name: str) -> str:
    """'Robert De Niro' -> 'De Niro', 'Rafael van der Vaart' -> 'van der Vaart', 'Tony Blair'
    -> 'Blair'."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def fuller_names(af: ArticleFacts, word: str, entity: Entity | None) -> set[str]:
    """The article's longer names of the same label that contain a name ('Sharon' -> 'Sharon
    Osbourne', 'El Guerrouj' -> 'Hicham El Guerrouj'): right answers too, or a sign the
    shorter name is ambiguous. Places are left alone: 'Madrid' the city is not 'Real Madrid'."""
    if not word or entity is None or entity.label in ("GPE", "LOC", "FAC"):
        return set()
    inner = re.compile(rf"(^| ){re.escape(word)}( |$)")
    return {
        k
        for k, e in af.entities.items()
        if len(k) > len(word)
        and inner.search(k)
        and e.label.rstrip("?") == entity.label.rstrip("?")
    }
