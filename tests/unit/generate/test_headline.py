"""'The ink' under the headline 'Ink helps drive democracy': a definite noun the headline explains
is asked only with the headline shown."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.checks import leans_on_title, sentence_reason
from quiz.generate.pipeline import generate_questions
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]

_INK = (
    "Voters in Indonesia queued for hours to cast their ballots in the presidential election. "
    "The ink was developed by Indian chemists at a laboratory in Mysore in 1962."
)


def test_a_noun_of_the_headline_is_resolved_by_it(facts_of: Facts) -> None:
    titled, untitled = facts_of(
        make_article(_INK, title="Ink helps drive democracy in Asia"),
        make_article(_INK, title="Indonesians vote for president"),
    )
    assert sentence_reason(titled.sentences[1]) is None
    assert leans_on_title(titled.sentences[1])
    assert sentence_reason(untitled.sentences[1]) == "unresolved reference 'the ink'"
    assert not leans_on_title(titled.sentences[0])


def test_the_headline_is_shown_with_such_a_question(facts_of: Facts) -> None:
    facts = facts_of(make_article(_INK, title="Ink helps drive democracy in Asia"))
    questions, _ = generate_questions(facts, 12)
    inked = [q for q in questions if "The ink" in q.prompt or "the ink" in q.prompt]
    assert inked, "the second sentence makes a question"
    assert all("“Ink helps drive democracy in Asia”" in q.prompt for q in inked)


def test_no_question_when_the_headline_names_the_answer(facts_of: Facts) -> None:
    facts = facts_of(make_article(_INK, title="Mysore ink helps drive democracy in Asia"))
    questions, rejected = generate_questions(facts, 12)
    assert all(q.answer != "Mysore" for q in questions)
    assert any(r.reason.startswith("'the X' is the headline's") for r in rejected)


def test_an_ordinal_part_of_an_event_is_the_headlines(facts_of: Facts) -> None:
    text = (
        "Tim Henman reached the Wimbledon semi-finals after a five-hour match on Centre Court. "
        "Tim Henman served 12 aces in the third set."
    )
    titled, untitled = facts_of(
        make_article(text, title="Henman beats Roddick in Wimbledon epic"),
        make_article(text, title=text.split(". ")[0] + "."),  # no headline of its own
    )
    assert sentence_reason(titled.sentences[1]) is None
    assert leans_on_title(titled.sentences[1])
    assert sentence_reason(untitled.sentences[1]) == "unresolved reference 'the set'"
