"""Causes found by review 41: options the quotation itself speaks of."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.distractors import DistractorPool
from tests.unit.generate.conftest import make_article, who_question

Facts = Callable[..., list[ArticleFacts]]


def _quote_options(facts: list[ArticleFacts], quote: str, speaker: str) -> list[str] | None:
    c = who_question(facts[0], 0, f"Who said: “{quote}”?", speaker, quote=True)
    return DistractorPool(facts).pick(c, near=0)


def test_a_person_the_quotation_names_in_part_is_no_option(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Athlete Kelly Holmes said athlete Paula Radcliffe would run in London in April. "
            "Paula Radcliffe won the race in 2003 and Paula Radcliffe holds the record. "
            "Athlete Jo Pavey and athlete Hayley Tullett trained in Leeds with athlete Liz Yelling."
        )
    )
    quote = "Paula knows the course better than anyone and she will be hard to beat"
    picked = _quote_options(facts, quote, "Kelly Holmes")
    assert picked is not None and "Paula Radcliffe" not in picked


def test_a_person_the_quotation_names_by_office_is_no_option(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Sports minister Richard Caborn said Chancellor Gordon Brown would fund the bid. "
            "Minister Tessa Jowell and minister Alan Johnson met minister Ruth Kelly in Leeds."
        )
    )
    quote = "The chancellor has promised the money and we expect it to arrive this year"
    picked = _quote_options(facts, quote, "Richard Caborn")
    assert picked is not None and "Gordon Brown" not in picked
