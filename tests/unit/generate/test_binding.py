"""Pronouns the sentence settles itself: bound to their clause's subject, or empty 'it'."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.facts.model import ArticleFacts, Sentence
from quiz.generate.checks import dangling_reason
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def sentence(facts_of: Facts, text: str) -> Sentence:
    af = facts_of(make_article("The market opened on Monday morning. " + text, title="News"))[0]
    return af.sentences[1]


def dangling(s: Sentence) -> str | None:
    return dangling_reason(list(s.span), subst=s.subst, lone=s.lone, seen=s.seen)


@pytest.mark.parametrize(
    "text",
    [
        "Argentina defaulted on its debt three years ago.",
        "The Football Association has said it will not bring charges over a tunnel incident.",
        "Analysts said they expected the Bank of England to raise rates.",
        "It emerged that the Bank of England had sold gold reserves.",
        "It is thought that Chelsea will bid for Barry Ferguson in January.",
        "It was not clear whether Barclays would sell its African unit.",
        "A spokesman for Sony said it would cut 2,000 jobs in Europe.",
        "Boeing said it expected to sell 500 of its 777 planes.",
        "The boss of British Airways said it would buy 20 new planes.",
    ],
)
def test_a_settled_pronoun_leaves_the_sentence_self_contained(facts_of: Facts, text: str) -> None:
    s = sentence(facts_of, text)
    assert dangling(s) is None, dangling(s)
    assert s.rewrite() == text  # marked, never rewritten


@pytest.mark.parametrize(
    "text",
    [
        "It was a disappointing result for Barclays shareholders.",  # 'it' points back
        "Gordon Brown said its plans were not affordable.",  # a person is no 'it'
        "Sony launched the console in Japan and it sold well.",  # a name between: which?
        "The minister said they would appeal against the ruling.",  # singular subject
        "A spokesman for Sony and Nintendo said it would cut jobs.",  # two names: which?
        "Sony launched the console in Japan and said its sales were strong.",
        "A plan to hold it in London was scrapped because of problems finding a venue.",
    ],
)
def test_an_open_pronoun_still_dangles(facts_of: Facts, text: str) -> None:
    assert dangling(sentence(facts_of, text)) is not None


def test_a_definite_noun_for_the_named_subject_is_settled(facts_of: Facts) -> None:
    s = sentence(facts_of, "Radio 1 said the station was not trying to replace John Peel.")
    assert dangling(s) is None, dangling(s)
    rival = sentence(facts_of, "Sony agreed a deal with Nintendo, and the company was pleased.")
    assert dangling(rival) is not None
