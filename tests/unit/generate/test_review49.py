"""Causes found by reviews 49 and 50: one fact retold in two reports, typed forms."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.candidate import Candidate
from quiz.generate.cloze import name_cloze
from quiz.generate.select import corroborate
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def _blanks(facts: list[ArticleFacts], key: str) -> list[Candidate]:
    made = []
    for af in facts:
        sent = af.sentences[0]
        m = next(m for m in sent.mentions if m.key == key)
        c = name_cloze(af, sent, m)
        assert isinstance(c, Candidate), c
        made.append(c)
    return made


def test_one_fact_retold_in_two_reports_is_one_question(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Once the country's richest man, oil tycoon Mikhail Khodorkovsky is on trial for "
            "fraud and tax evasion in Moscow."
        ),
        make_article(
            "Oil tycoon Mikhail Khodorkovsky, once Russia's richest man, is in prison, having "
            "been charged with fraud and tax evasion."
        ),
    )
    kept = corroborate(_blanks(facts, "Mikhail Khodorkovsky"))
    assert len(kept) == 1 and kept[0].extra_sources


def test_two_facts_told_alike_of_different_things_stay_apart(facts_of: Facts) -> None:
    facts = facts_of(
        make_article("The Academy Awards ceremony will be held in Hollywood on 27 February."),
        make_article("The Soul Train Awards ceremony will take place in Hollywood on 28 February."),
    )
    kept = corroborate(_blanks(facts, "Hollywood"))
    assert len(kept) == 2
