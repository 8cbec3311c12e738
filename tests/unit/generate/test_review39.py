"""Causes found by review 39: typed forms nobody uses or everybody types, and headline nouns
that the body had given another referent."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.answers import accepted_forms, alternatives
from quiz.generate.checks import sentence_reason
from quiz.generate.pipeline import generate_questions
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_court_and_a_committee_are_accepted_by_their_usual_names() -> None:
    court = alternatives("Highbury Corner Magistrates Court", "institution")
    assert "Highbury Corner" in court
    assert "Court of Highbury Corner Magistrates" not in court  # no one says that
    assert "Court of Appeal" in alternatives("Appeal Court", "institution")
    committee = alternatives("Constitutional Affairs Select Committee", "body")
    assert "Constitutional Affairs Committee" in committee


def test_a_brand_leading_a_three_word_name_is_accepted() -> None:
    assert "AA" in alternatives("AA Motoring Trust", "organisation")
    assert "AG" not in alternatives("AG Edwards' Thayer", "organisation")


def test_a_short_name_after_the_full_one_accepts_the_full_one(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Texas Instruments has designed a cheaper chip for mobile phones sold in Asia. "
            "The chip uses much less power than conventional chips, said Texas."
        )
    )[0]
    assert "Texas Instruments" in accepted_forms(af, "Texas", "company")


def test_a_court_question_accepts_the_courts_short_name(facts_of: Facts) -> None:
    text = (
        "Singer Pete Doherty was granted bail at Highbury Corner Magistrates Court on Monday. "
        "Pete Doherty had been charged with robbery and blackmail in east London in February."
    )
    facts = facts_of(make_article(text, title="Doherty misses bail deadline"))
    questions, _ = generate_questions(facts, 12)
    court = [q for q in questions if q.answer == "Highbury Corner Magistrates Court"]
    assert court, "the court is asked"
    assert "Highbury Corner" in court[0].accepted_answers


def test_a_city_is_not_the_short_name_of_its_university(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Professor Angela MacFarlane, based at Bristol University, studies games in class. "
            "The game has been trialled in schools in Bristol and feedback has been positive."
        )
    )[0]
    keys = {m.text: m.key for s in af.sentences for m in s.mentions}
    assert keys["Bristol"] == "Bristol"


_FILMS = (
    "The Woodsman, starring Kevin Bacon, has won the top prize at the Dinard film festival. "
    "A South African film version of the opera Carmen has also premiered at the festival. "
    "The film is the first South African feature in 25 years to be nominated for a prize."
)


def test_a_headline_noun_the_body_gave_another_referent_is_unresolved(facts_of: Facts) -> None:
    af = facts_of(make_article(_FILMS, title="Controversial film tops festival"))[0]
    assert sentence_reason(af.sentences[2]) == "unresolved reference 'the film'"


def test_a_headline_noun_next_to_a_named_work_is_unresolved(facts_of: Facts) -> None:
    text = _FILMS.replace(
        "A South African film version of the opera Carmen has also premiered at the festival.",
        "Amma Asante won a prize for her debut feature A Way Of Life.",
    )
    af = facts_of(make_article(text, title="Controversial film tops festival"))[0]
    assert "a way of life" in af.sentences[1].text.lower()
    assert any(m.label == "WORK_OF_ART" for m in af.sentences[1].mentions)
    assert sentence_reason(af.sentences[2]) == "unresolved reference 'the film'"


def test_a_participle_is_not_left_without_its_day() -> None:
    from quiz.facts.timeexpr import anchor_relative_time

    assert anchor_relative_time("The set, released on Tuesday, features three CDs.", None) is None
    kept = anchor_relative_time("The firm said on Tuesday it had cut 500 jobs.", None)
    assert kept == "The firm said it had cut 500 jobs."


def test_an_organisation_is_not_his(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Spain coach Luis Aragones has been fined for remarks about Thierry Henry. "
            "The Liga de Futbol Profesional at first declined to take action against Aragones. "
            "The fine was far less than the suspension of his coaching licence."
        )
    )[0]
    assert "Profesional's" not in af.sentences[2].rewrite()


def test_no_object_question_runs_on_into_a_second_verb(facts_of: Facts) -> None:
    from quiz.generate import wh

    af = facts_of(
        make_article(
            "Rafael Benitez defended goalkeeper Jerzy Dudek after the match in Liverpool "
            "and gave his players a day off on Thursday."
        )
    )[0]
    sent = af.sentences[0]
    dudek = next(m for m in sent.mentions if m.key == "Jerzy Dudek")
    assert wh.object_question(af, sent, dudek) is None


def test_no_question_inverts_a_subject_holding_a_clause(facts_of: Facts) -> None:
    from quiz.generate import wh
    from quiz.generate.candidate import Candidate

    af = facts_of(
        make_article(
            "Road safety groups want a lower limit for drivers in England. "
            "University College London research claims cutting the limit to 50mg would save "
            "65 lives a year.",
            title="Lower drink limit 'would cut toll'",
        )
    )[0]
    res = wh.how_many_question(af, af.sentences[1])
    assert not isinstance(res, Candidate)
