"""A speaker stays in view across a paragraph: 'He also said ...', 'The former Arsenal
striker told ...', and a quotation set below 'X told Y:' is theirs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate import quotes
from quiz.generate.candidate import Candidate
from quiz.ingest.reader import read_article
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]

_TEXT = (
    "Veteran striker Thierry Henry has signed a new two-year contract in New York. "
    "He also said that playing in the United States had always been a dream for him. "
    "The former Arsenal striker told ESPN Radio:\n\n"
    '"I want to win the MLS Cup with this club before I retire from playing football. '
    'That is all I think about."'
)


def test_a_resolved_subject_stays_in_view(facts_of: Facts) -> None:
    af = facts_of(make_article(_TEXT, date=dt.date(2012, 3, 1)))[0]
    third = af.sentences[2]
    assert third.rewrite() == "Thierry Henry told ESPN Radio:"
    assert third.antecedent is af.sentences[0]  # the sentence that names him


def test_a_quotation_below_its_intro_is_attributed(facts_of: Facts) -> None:
    af = facts_of(make_article(_TEXT, date=dt.date(2012, 3, 1)))[0]
    c = quotes.quote_question(af, af.sentences[3])
    assert isinstance(c, Candidate)
    assert c.answer == "Thierry Henry"
    assert c.antecedent is af.sentences[0]


def test_a_descriptor_of_another_role_stays_unresolved(facts_of: Facts) -> None:
    text = _TEXT.replace("The former Arsenal striker", "The former Arsenal manager")
    af = facts_of(make_article(text, date=dt.date(2012, 3, 1)))[0]
    assert af.sentences[2].rewrite().startswith("The former Arsenal manager")


def test_a_possessive_subject_is_not_the_speaker(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Sprinter Marion Jones has filed a lawsuit against Victor Conte in California. "
            'Her lawyer Richard Nicholls said: "Victor Conte is a man facing many charges, '
            'while Marion Jones is one of the most decorated athletes."'
        )
    )[0]
    c = quotes.quote_question(af, af.sentences[1])
    assert not (isinstance(c, Candidate) and c.answer == "Marion Jones")


def test_an_intro_line_survives_ingest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "story.txt"
    path.write_text(
        "Henry signs new deal\n\n"
        + _TEXT.replace("The former Arsenal striker told ESPN Radio:", "\n\nHe added:")
    )
    article = read_article(path, "story.txt")
    assert "\n\nHe added:\n\n" in article.text


def test_a_quotation_with_no_one_to_offer_beside_its_speaker_is_typed(facts_of: Facts) -> None:
    from quiz.generate import pipeline
    from quiz.generate.distractors import DistractorPool

    facts = facts_of(make_article(_TEXT, title="Henry signs new deal", date=dt.date(2012, 3, 1)))
    c = quotes.quote_question(facts[0], facts[0].sentences[3])
    assert isinstance(c, Candidate) and c.type == "quote_attribution"
    assert pipeline._finish(c, DistractorPool(facts), [], frozenset())
    assert c.type == "fill_blank" and c.answer == "Thierry Henry"
    assert "_____ said: “I want to win the MLS Cup" in c.prompt
    assert "Henry" in c.accepted
