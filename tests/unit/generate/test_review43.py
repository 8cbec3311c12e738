"""Causes found by reviews 42 and 43: pointers the tagger hides, everyday first names."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.answers import alternatives
from quiz.generate.checks import sentence_reason
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_main_clause_that_tagged_relative_still_points_back(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "French growth was 0.8% in the last three months of 2004, official figures show. "
            "If confirmed, that would be the best quarterly showing since early 2002."
        )
    )[0]
    sent = af.sentences[1]
    that = next(t for t in sent.span if t.lower_ == "that")
    assert that.tag_ == "WDT"  # the tagger's reading this test is about
    assert sentence_reason(sent) == "dangling demonstrative 'that'"


def test_that_year_points_back(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Ministers in Paris have set that year as a deadline for balancing the budget."
        )
    )[0]
    assert sentence_reason(af.sentences[0]) == "unresolved 'that year'"


def test_a_formal_first_name_accepts_its_everyday_form() -> None:
    assert "Jimmy Stewart" in alternatives("James Stewart", "person")
    assert "Guantanamo" in alternatives("Guantanamo Bay", "place")


def test_a_reporting_period_is_no_number_to_ask(facts_of: Facts) -> None:
    from quiz.generate.cloze import askable_numbers

    af = facts_of(
        make_article("Profits at the Welsh firm rose to £45m in the 12 months to 31 December.")
    )[0]
    asked = [item[1] for item in askable_numbers(af.sentences[0]) if not isinstance(item, str)]
    assert "12" not in asked and "45" in asked


def test_he_never_means_a_name_of_unknown_kind_in_its_own_sentence(facts_of: Facts) -> None:
    """Review 44: 'The EU's Common Agricultural Policy had caused ..., he said' kept 'he',
    taken as the policy (a name whose kind the full build could not tell)."""
    from quiz.facts import coref

    af = facts_of(
        make_article(
            "Agreement in the Doha talks could give developing nations the trading ability they "
            "needed, he argued. The European Union's Common Agricultural Policy had caused "
            "aggravated trade problems, he said, but there was now an agreement to end subsidies."
        )
    )[0]
    af.entities["Common Agricultural Policy"].kind = None  # as in the full build
    sent = af.sentences[1]
    he = next(t for t in sent.span if t.lower_ == "he")
    assert coref._antecedent(af, sent, he) is None
