"""Causes found by review 35, most in true/false statements."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.facts.model import ArticleFacts, Sentence
from quiz.facts.timeexpr import anchor_relative_time
from quiz.generate import truefalse
from quiz.generate.candidate import Candidate
from quiz.generate.checks import dangling_reason
from quiz.generate.select import corroborate
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def _first(facts: Facts, text: str) -> tuple[ArticleFacts, Sentence]:
    af = facts(make_article(text))[0]
    return af, af.sentences[0]


def _true(af: ArticleFacts, sent: Sentence) -> Candidate | str | None:
    return truefalse.statement(af, sent, sent.mentions[0], None, supported=False)


def test_in_the_summer_without_a_year_is_relative_time() -> None:
    text = "USADA decided to press charges against Michelle Collins in the summer."
    assert anchor_relative_time(text, None) is None
    assert anchor_relative_time("Lille was chosen in the summer of 2004.", None) is not None


def test_it_before_an_adjective_and_an_after_phrase_is_no_empty_it(facts_of: Facts) -> None:
    text = (
        "The final was a thriller. It was controversial too, after Jose Mourinho's sending "
        "off, apparently for putting his finger to his lips."
    )
    s = facts_of(make_article(text))[0].sentences[1]
    assert dangling_reason(list(s.span), subst=s.subst, lone=s.lone) is not None


def test_also_on_a_clause_inside_the_statement_is_not_dropped(facts_of: Facts) -> None:
    af, sent = _first(
        facts_of,
        "Meet The Fockers is the sequel to Ben Stiller comedy Meet The Parents, also starring "
        "Robert De Niro and Dustin Hoffman.",
    )
    made = _true(af, sent)
    assert isinstance(made, str) and "adds to another" in made


def test_also_on_the_main_verb_may_be_dropped(facts_of: Facts) -> None:
    af, sent = _first(
        facts_of,
        "Professor Al Aynsley-Green has also been national clinical director for children "
        "at the Department of Health.",
    )
    assert isinstance(_true(af, sent), Candidate)


@pytest.mark.parametrize(
    "text",
    [
        "Users get a physical token from RSA that shows a new number every 30 seconds.",
        "Several million viewers watched Ant and Dec present the show on ITV in March.",
    ],
)
def test_a_true_statement_needs_a_named_subject(facts_of: Facts, text: str) -> None:
    af, sent = _first(facts_of, text)
    made = _true(af, sent)
    assert isinstance(made, str) and "subject names nothing" in made


@pytest.mark.parametrize(
    "text",
    [
        "The audience for BBC One's special averaged 13.7 million and peaked at 14.2 million.",
        "The majority of U2 tickets, priced at between 59.50 and 80 euro each, sold online.",
    ],
)
def test_a_figure_set_against_another_is_never_swapped(facts_of: Facts, text: str) -> None:
    af, sent = _first(facts_of, text)
    made = truefalse.number_statements(af, sent)
    assert not any(isinstance(c, Candidate) and c.answer == "False" for c in made)


def test_a_true_and_a_false_statement_of_one_fact_in_two_reports_are_one(
    facts_of: Facts,
) -> None:
    one = "Bank of England policy maker Paul Tucker voted for a rise in rates to 5% in London."
    two = "Bank of England policy maker Paul Tucker voted for a rise in rates to 5% on Monday."
    facts = facts_of(make_article(one), make_article(two))
    true = _true(facts[0], facts[0].sentences[0])
    false = truefalse.statement(
        facts[1], facts[1].sentences[0], facts[1].sentences[0].mentions[0], "Mervyn King", False
    )
    assert isinstance(true, Candidate) and isinstance(false, Candidate)
    kept = corroborate([true, false])
    assert kept == [true] and true.extra_sources


def test_everyday_names_of_parties_clubs_and_forces_are_accepted(facts_of: Facts) -> None:
    from quiz.generate.answers import accepted_forms

    af = facts_of(
        make_article(
            "Nottingham Forest received an £8m bid from Tottenham for Andy Reid. "
            "Real Madrid and Atletico Madrid both watched Reid. "
            "The Conservative Party would cut the number of MPs, said Michael Howard. "
            "Gloucestershire Police defended its handling of the protest."
        )
    )[0]
    assert "Forest" in accepted_forms(af, "Nottingham Forest", "club")
    assert "Madrid" not in accepted_forms(af, "Real Madrid", "club")  # Atletico too
    assert {"Tories", "Conservatives"} <= accepted_forms(af, "Conservative Party", "party")
    assert "Gloucestershire" in accepted_forms(af, "Gloucestershire Police", "body")


@pytest.mark.parametrize(
    "text",
    [
        "Stuff magazine has compiled a list of the top 10 gadgets for 2004 in London.",
        "At 1405 GMT, shares in Barclays were trading down 0.67% at 590 pence in London.",
    ],
)
def test_no_number_question_on_a_list_length_or_a_share_price(facts_of: Facts, text: str) -> None:
    from quiz.generate.cloze import number_clozes

    af, sent = _first(facts_of, text)
    answers = {c.answer for c in number_clozes(af, sent) if isinstance(c, Candidate)}
    assert not answers & {"10", "590"}


def test_either_way_points_back(facts_of: Facts) -> None:
    _, sent = _first(facts_of, "Either way, fiscal tightening is needed in Britain by 2006.")
    assert dangling_reason(list(sent.span), subst=sent.subst, lone=sent.lone) is not None


def test_a_number_in_the_headline_with_a_scale_gives_the_answer_away(facts_of: Facts) -> None:
    from quiz.generate.assemble import compose_prompt, leaks
    from quiz.generate.cloze import number_clozes

    af = facts_of(
        make_article(
            "Domestic consumption in France, accounting for 70% of sales, has suffered.",
            title="French wine gets 70m euro top-up",
        )
    )[0]
    made = [c for c in number_clozes(af, af.sentences[0]) if isinstance(c, Candidate)]
    assert made and made[0].answer == "70"
    prompt = compose_prompt(made[0])
    assert prompt is not None
    made[0].prompt = prompt
    assert "70m" in prompt and leaks(made[0])


def test_a_figure_statement_needs_a_named_subject_too(facts_of: Facts) -> None:
    af, sent = _first(
        facts_of, "In 1994 only 1.3 words were used on average in queries to Yahoo and AltaVista."
    )
    assert not any(isinstance(c, Candidate) for c in truefalse.number_statements(af, sent))
