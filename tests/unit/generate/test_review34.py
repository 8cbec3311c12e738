"""Causes found by review 34: a choice that the build says is right too."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.assemble import explain
from quiz.generate.candidate import Candidate
from quiz.generate.distractors import DistractorPool
from tests.unit.generate.conftest import make_article, who_question

Facts = Callable[..., list[ArticleFacts]]


def test_no_option_of_whom_another_article_says_the_same_thing(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Former Worldcom boss Bernie Ebbers went on trial for fraud in New York on Monday. "
            "Former controller David Myers has already pleaded guilty to fraud. "
            "Former finance chief Scott Sullivan will testify later in the trial. "
            "Defence lawyer Reid Weingarten questioned Mr Myers for two hours."
        ),
        make_article(
            "Former finance chief Scott Sullivan has already pleaded guilty to fraud at Worldcom. "
            "He will be sentenced after the trial of Bernie Ebbers."
        ),
    )
    c = who_question(facts[0], 1, "Who has already pleaded guilty to fraud?", "David Myers")
    pool = DistractorPool(facts)
    assert pool.said_alike("Scott Sullivan", c)
    assert not pool.said_alike("Reid Weingarten", c)
    picked = pool.pick(c, n=2, near=1)
    assert picked is None or "Scott Sullivan" not in picked


def test_an_explanation_shows_characters_not_html_references(facts_of: Facts) -> None:
    af = facts_of(
        make_article("William Makower said Chinese users go online at the internet caf&#233;.")
    )[0]
    c = who_question(af, 0, "Who said it?", "William Makower")
    shown = explain(c)
    assert "internet café." in shown and "&#233;" not in shown
    assert "caf&#233;" in af.article.text  # the source quote stays verbatim


def test_no_blank_for_a_deed_a_report_says_another_person_did(facts_of: Facts) -> None:
    """Review 36: '_____ has already pleaded guilty to fraud' fits Sullivan as well."""
    from quiz.generate.cloze import name_cloze

    facts = facts_of(
        make_article(
            "Former Worldcom boss Bernie Ebbers went on trial for fraud in New York on Monday. "
            "Former controller David Myers has already pleaded guilty to fraud. "
            "Defence lawyer Reid Weingarten questioned Mr Myers for two hours."
        ),
        make_article(
            "Former finance chief Scott Sullivan has already pleaded guilty to fraud at Worldcom. "
            "Mr Sullivan was questioned about David Myers by Reid Weingarten."
        ),
    )
    af = facts[0]
    sent = af.sentences[1]
    myers = next(m for m in sent.mentions if m.key == "David Myers")
    c = name_cloze(af, sent, myers)
    assert isinstance(c, Candidate)
    pool = DistractorPool(facts)
    assert pool.done_by_another(c)
    said = name_cloze(af, af.sentences[2], af.sentences[2].mentions[0])
    assert isinstance(said, Candidate) and not pool.done_by_another(said)
