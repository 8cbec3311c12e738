"""A false value for a person in a true/false statement: a colleague from the same story.

Swapping just any person into a sentence reads as absurd ('Jesus married Dan Brown') or as an
accusation. A quiz master's false statement swaps a name for a rival of the same story and
trade: one goalkeeper for another, one minister for another. So a person is swapped only for
someone the same article gives the same role family, of the same gender where the sentence
shows one, and never into a sentence about crime, courts, drugs, deaths or scandal.
"""

from __future__ import annotations

import re

from quiz.facts.gender import person_gender
from quiz.facts.model import ArticleFacts, Entity, Mention, Sentence

#: Words that make a statement about a person sensitive: a false version would accuse.
_SENSITIVE = re.compile(
    r"\b(guilty|convict\w*|charg\w*|arrest\w*|accus\w*|alleg\w*|jail\w*|prison\w*|court\w*|"
    r"sue[sd]?|suing|lawsuit\w*|polic\w*|drug\w*|doping|dope|banned|ban|suspen\w*|affair\w*|"
    r"sex\w*|abus\w*|assault\w*|racis\w*|fraud\w*|scandal\w*|died|dead|death\w*|kill\w*|"
    r"murder\w*|rape\w*|divorc\w*|sack\w*|fired|resign\w*|investigat\w*|fined|fines|"
    r"injur\w*|hospital\w*|cancer|illness|ill)\b",
    re.I,
)
_GENDERED = re.compile(r"\b(he|she|his|her|him|himself|herself)\b", re.I)


def colleague_swap(af: ArticleFacts, sent: Sentence, m: Mention) -> str | None:
    """The most mentioned other person of the article with ``m``'s role family, or None."""
    entity = af.entity(m.key)
    if entity is None or entity.role is None or " " not in entity.key:
        return None
    if _SENSITIVE.search(sent.text):
        return None
    named = {x.key for x in sent.mentions}
    gender = person_gender(af, entity.key)
    shown = _GENDERED.search(sent.text) is not None
    rivals = sorted(
        (
            e
            for e in af.entities.values()
            if e.kind == "person"
            and e.role == entity.role
            and e.key not in named
            and " " in e.key
            and e.key.split()[-1] != entity.key.split()[-1]
        ),
        key=lambda e: (-e.count, e.key),
    )
    verb = _verb_of(sent, m)
    for rival in rivals:
        theirs = person_gender(af, rival.key)
        if theirs == gender and (theirs is not None or not shown) and not _did_too(af, rival, verb):
            return rival.key
    return None


def _verb_of(sent: Sentence, m: Mention) -> str | None:
    """The verb the name is an argument of ('send' in 'had no option but to send Prso off')."""
    tokens = sent.tokens_of(m)
    head = tokens[-1].head if tokens else None
    while head is not None and head.pos_ not in ("VERB", "AUX") and head.head is not head:
        head = head.head
    return head.lemma_ if head is not None and head.pos_ in ("VERB", "AUX") else None


def _did_too(af: ArticleFacts, rival: Entity, verb: str | None) -> bool:
    """Does a sentence of the article name the rival with the same verb, or is the rival the
    headline's own subject? Then the swapped statement may be true as well ('Mikoliunas was
    sent off' too, in words no check can match: 'got a red card')."""
    surname = rival.key.split()[-1]
    if re.search(rf"\b{re.escape(surname)}\b", af.article.title):
        return True  # the story's own subject ('SFA awaits report over Mikoliunas') did it
    if verb is None:
        return False
    return any(
        any(x.key == rival.key for x in s.mentions) and verb in {t.lemma_ for t in s.span}
        for s in af.sentences
    )
