"""People's gender from the article's words, and options that do not betray the key by it."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.gender import FEMALE, MALE, person_gender, prompt_gender
from quiz.facts.model import ArticleFacts
from quiz.generate.candidate import Candidate
from quiz.generate.distractors import DistractorPool
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_gender_comes_from_titles_roles_and_resolved_pronouns(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Actress Anna Marsh won the drama prize in London on Monday. "
            "Ms Marsh thanked the jury. Director Tom Bell praised the cast. "
            "Mr Bell said the film had been made in six weeks."
        )
    )[0]
    assert person_gender(af, "Anna Marsh") == FEMALE
    assert person_gender(af, "Tom Bell") == MALE


def test_a_prompt_says_the_answers_gender_only_with_clear_words() -> None:
    assert prompt_gender("Who was favourite male movie star?") == MALE
    assert prompt_gender("Who was France's best-paid actress?") == FEMALE
    assert prompt_gender("Who praised his team?") is None  # 'his' may be someone else's
    assert prompt_gender("Who praised his team?", pronouns=True) == MALE


def test_no_woman_is_offered_for_the_best_paid_actor(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Actor Jean Reno was France's second best-paid actor in 2004, a magazine said. "
            "Actor Gerard Depardieu came third. Actress Audrey Tautou was the top woman. "
            "Actor Daniel Auteuil and actor Christian Clavier were also on the list."
        )
    )
    af = facts[0]
    sent = af.sentences[0]
    c = Candidate(
        type="multiple_choice",
        form="subject",
        facts=af,
        sentence=sent,
        core="Who was France's second best-paid actor in 2004?",
        answer="Jean Reno",
        label="person",
    )
    c.prompt = c.core
    picked = DistractorPool(facts).pick(c, near=0)
    assert picked is not None and "Audrey Tautou" not in picked
    assert {"Gerard Depardieu", "Daniel Auteuil", "Christian Clavier"} == set(picked)


def test_a_body_that_made_a_statement_is_no_person_option(facts_of: Facts) -> None:
    from quiz.facts.model import Entity

    facts = facts_of(
        make_article(
            'Tim Osborne said: "The auction was illegal and we will fight it in every court." '
            'Analyst Steven Dashevsky said: "Investors have lost faith in the courts here." '
            'Lawyer Emmanuel Gaillard said: "The claim will be heard in the spring next year."'
        )
    )
    af = facts[0]
    # two other people only, so a third option would have to be the body; the tagger read a body's statement as a person's ('Menatep Group said ...')
    af.entities["Menatep Group"] = Entity(
        key="Menatep Group", label="PERSON", count=5, cued=True, kind="person"
    )
    c = Candidate(
        type="quote_attribution",
        form="quote",
        facts=af,
        sentence=af.sentences[0],
        core="Who said: “The auction was illegal and we will fight it in every court”?",
        answer="Tim Osborne",
        label="person",
    )
    c.prompt = c.core
    assert DistractorPool(facts).pick(c, near=0) is None
