"""Prompts a player can place: article context for body sentences, whole verb phrases."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate import wh
from quiz.generate.candidate import Candidate
from quiz.generate.pipeline import generate_questions
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_subject_question_keeps_the_verbs_particle(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "West Ham's Gavin Williams looks certain to be out, "
            "so uncapped Wrexham defender Stephen Roberts is drafted in."
        )
    )[0]
    sent = af.sentences[0]
    williams = next(m for m in sent.mentions if m.text == "Gavin Williams")
    res = wh.subject_question(af, sent, williams)
    assert isinstance(res, Candidate)
    assert res.core.endswith("Stephen Roberts is drafted in?")


_STORY = (
    "Claudio Ranieri has been sacked as Valencia coach after eight months in charge. "
    "The Spanish club lost 2-1 to Real Madrid in the league on Sunday night. "
    "Ranieri signed Italian defender Marco Di Vaio from Juventus in the summer."
)


def _blank_sources(title: str) -> dict[str, int]:
    """Answer -> sentence index of the fill-in questions built from _STORY."""
    from quiz.facts.extract import extract_facts
    from quiz.facts.nlp import load_pipeline

    facts = extract_facts([make_article(_STORY, title=title)], load_pipeline())
    questions, _ = generate_questions(facts, 12)
    return {
        q.answer: _STORY[: q.sources[0].start].count(". ")
        for q in questions
        if q.type == "fill_blank" and "according to" not in q.prompt.lower()
    }


def test_a_body_sentence_is_never_asked_without_its_story() -> None:
    # the title names Ranieri, so it cannot be shown with a question whose answer he is
    untitled = _blank_sources("Ranieri sacked by Valencia")
    assert untitled, "the lead sentence still makes an untitled fill-in"
    assert set(untitled.values()) == {0}
