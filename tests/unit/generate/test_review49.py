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


def test_a_nationality_noun_or_a_vj_is_a_descriptor(facts_of: Facts) -> None:
    from quiz.generate.checks import sentence_reason

    af = facts_of(
        make_article(
            "Robert Kronberg of Sweden ran in Madrid on Sunday. "
            "The Swede finished second in the 60m hurdles final in Madrid. "
            "Ray Cokes presented the show in London. The former MTV VJ took over in 2004."
        )
    )[0]
    assert sentence_reason(af.sentences[1]) == "unresolved descriptor 'the Swede'"
    assert sentence_reason(af.sentences[3]) == "unresolved descriptor 'the VJ'"


def test_a_count_back_from_an_unknown_day_is_no_number_to_ask(facts_of: Facts) -> None:
    from quiz.generate.cloze import askable_numbers

    af = facts_of(
        make_article(
            "Ashley Cole met Jose Mourinho in a London hotel 11 days ago, it was reported."
        )
    )[0]
    reasons = [i for i in askable_numbers(af.sentences[0]) if isinstance(i, str)]
    assert reasons == ["'_____ days ago' counts back from a day the player does not know"]
