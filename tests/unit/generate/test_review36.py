"""Causes found by review 36."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate import truefalse
from quiz.generate.answers import alternatives
from quiz.generate.assemble import compose_prompt
from quiz.generate.candidate import Candidate
from quiz.generate.cloze import number_clozes
from quiz.generate.select import corroborate
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_statement_is_not_shown_under_a_headline_printing_its_figure(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Federated Department Stores is buying May Department Stores for $11bn in cash.",
            title="Macy's owner buys rival for $11bn",
            date=dt.date(2005, 2, 28),
        )
    )[0]
    made = [c for c in truefalse.number_statements(af, af.sentences[0]) if isinstance(c, Candidate)]
    assert {c.answer for c in made} == {"True", "False"}
    for c in made:
        prompt = compose_prompt(c)
        assert prompt is not None and "Macy's owner" not in prompt  # it confirms or refutes
        assert "28 February 2005" in prompt


def test_one_figure_worded_apart_in_two_reports_is_one_question(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Shareholders lost about $180bn in WorldCom's collapse, which shocked investors."
        ),
        make_article("When WorldCom finally collapsed, shareholders lost about $180bn in all."),
    )
    made = [
        c
        for af in facts
        for c in number_clozes(af, af.sentences[0])
        if isinstance(c, Candidate) and c.answer == "180"
    ]
    assert len(made) == 2
    kept = corroborate(made)
    assert len(kept) == 1 and kept[0].extra_sources


def test_short_names_people_type_for_lines_and_courts() -> None:
    assert "Waverley" in alternatives("Waverley Line", "place")
    assert "Appeal Court" in alternatives("Court of Appeal", "body")
    assert "Court of Appeal" in alternatives("Appeal Court", "body")


def test_a_statement_in_an_undated_article_keeps_its_day_or_is_not_made() -> None:
    from quiz.generate.pipeline import _day_dropped

    assert _day_dropped("Hunts killed 91 foxes on Saturday, the Countryside Alliance said.")
    assert not _day_dropped("Hunts killed 91 foxes in February 2005, the Alliance said.")


def test_heads_people_drop_from_firms_markets_and_awards() -> None:
    assert "Vestey" in alternatives("Vestey Group", "company")
    assert "Camden" in alternatives("Camden Market", "place")
    assert "People's Choice" in alternatives("People's Choice Awards", "event")
    assert "Booker" in alternatives("Booker Prize", "event")


def test_a_day_dropped_from_the_start_of_a_second_sentence_leaves_it_whole() -> None:
    from quiz.facts.timeexpr import anchor_relative_time

    text = (
        "The Chorus is nominated at Sunday's Oscar ceremony. "
        "On Saturday, it will compete against A Very Long Engagement at the Cesars."
    )
    assert anchor_relative_time(text, None) == (
        "The Chorus is nominated at the Oscar ceremony. "
        "It will compete against A Very Long Engagement at the Cesars."
    )


def test_a_distance_in_a_persons_title_is_not_asked(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Athletics Kenya cleared three-time world cross country 4km champion Edith Masai "
            "after 12 days."
        )
    )[0]
    answers = {c.answer for c in number_clozes(af, af.sentences[0]) if isinstance(c, Candidate)}
    assert "4" not in answers and "12" in answers


def test_a_unit_of_a_firm_is_no_accepted_form_of_it(facts_of: Facts) -> None:
    """Review 38: 'Fiat Powertrain' was accepted for Fiat, whose engine unit it is."""
    from quiz.generate.answers import accepted_forms

    af = facts_of(
        make_article(
            "General Motors paid Fiat $2bn to end a deal that could have forced it to buy Fiat. "
            "Fiat Powertrain will close its engine plant at Arese near Milan."
        )
    )[0]
    assert "Fiat Powertrain" not in accepted_forms(af, "Fiat", "company")


def test_house_of_commons_accepts_commons_and_in_contrast_points_back(facts_of: Facts) -> None:
    from quiz.generate.checks import dangling_reason

    assert alternatives("House of Commons", "body") == {"Commons"}
    s = facts_of(make_article("In contrast, Ford sales fell 5% in Europe in 2004."))[0]
    sent = s.sentences[0]
    assert dangling_reason(list(sent.span), subst=sent.subst, lone=sent.lone) is not None


def test_one_sentence_in_two_reports_asked_two_ways_is_asked_once(facts_of: Facts) -> None:
    """Review 38 (dev sample): 'Blue Gene/L has managed speeds of ___ teraflops' in one
    report and the same sentence asked another way (here, as a statement) in the other."""
    from quiz.generate.candidate import Rejection

    text = "Tests by Hewlett-Packard show that Blue Gene/L has managed speeds of 70.72 teraflops."
    one, two = facts_of(make_article(text), make_article(text + " "))
    figure = [c for c in number_clozes(one, one.sentences[0]) if isinstance(c, Candidate)]
    blank = next(
        c
        for c in truefalse.number_statements(two, two.sentences[0])
        if isinstance(c, Candidate) and c.answer == "True"
    )
    assert figure
    for c in (*figure, blank):
        c.prompt = c.core
    rejected: list[Rejection] = []
    kept = corroborate([figure[0], blank], rejected)
    assert kept == [figure[0]]
    assert "another way" in rejected[0].reason
