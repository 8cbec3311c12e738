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
    assert prompt_gender("Who will take the title Duchess of Cornwall?") == FEMALE
    assert prompt_gender("Who will become the Prince of Wales?") == MALE


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


def test_a_gendered_word_outweighs_a_pronoun_about_someone_else() -> None:
    from quiz.facts.gender import prompt_gender

    prompt = "Who won Best Actress while Jamie Foxx triumphed for his performance as Ray?"
    assert prompt_gender(prompt, pronouns=True) == "female"
    assert prompt_gender("Who won the women's high jump with 1.87m?") == "female"
    assert prompt_gender("Who said his side played well?", pronouns=True) == "male"


def test_a_womans_question_offers_only_names_known_as_women(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Deirdre Ryan was second in the women's high jump, ahead of Ms Anna Boyle, as "
            "Ms Mary Hogan won the 60m and sprinters Jimmy Watkins and Tom Hale ran the 200m. "
            "Ms Aoife Byrne, Ms Anna Boyle, Ms Mary Hogan and Ms Deirdre Ryan all trained in "
            "Dublin, where Jimmy Watkins and Tom Hale also ran."
        )
    )
    af = facts[0]
    c = Candidate(
        type="multiple_choice",
        form="subject",
        facts=af,
        sentence=af.sentences[0],
        core="Who was second in the women's high jump?",
        answer="Deirdre Ryan",
        label="person",
    )
    c.prompt = c.core
    pool = DistractorPool(facts)
    assert pool._other_gender("Jimmy Watkins", c)  # not known to be a woman
    assert not pool._other_gender("Mary Hogan", c)
    c.core = c.prompt = "Who won the men's 200m?"
    c.answer = "Jimmy Watkins"
    assert not pool._other_gender("Tom Hale", c)  # men are seldom marked: unknown is fine
    assert pool._other_gender("Mary Hogan", c)
