"""Causes found by review 47: the dead as options, capitals as governments, lists, titles."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.candidate import Candidate
from quiz.generate.distractors import DistractorPool
from tests.unit.generate.conftest import cloze_of, make_article, who_question

Facts = Callable[..., list[ArticleFacts]]


def test_someone_a_report_says_has_died_is_no_option(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Actor Leonardo DiCaprio will present an award at the Oscars. Actor Jamie Foxx won "
            "praise for Ray, a film about singer Ray Charles, who died in 2004. Actor Chris Rock "
            "will host the show. Actor Clint Eastwood and actress Hilary Swank are nominated. "
            "Actor Morgan Freeman and actor Alan Alda are nominated too."
        )
    )
    c = who_question(facts[0], 0, "Who will present an award at the Oscars?", "Leonardo DiCaprio")
    picked = DistractorPool(facts).pick(c, near=0)
    assert picked is not None and "Ray Charles" not in picked
    assert "Ray Charles" in DistractorPool(facts).departed


def test_a_capital_that_acts_is_its_government(facts_of: Facts) -> None:
    c = cloze_of(
        facts_of,
        "The EU may lift its arms ban on China, officials said in Washington on Monday. "
        "Washington is thought to fear it would "
        "lead to a buying spree for arms that could be used to threaten Taiwan.",
        "Washington",
    )
    assert isinstance(c, Candidate) and {"US", "United States"} <= set(c.accepted)
    visit = cloze_of(
        facts_of,
        "President Pervez Musharraf arrived in London on Monday. Files about Pervez "
        "Musharraf's visit to London were found in a street by a member of the public.",
        "London",
    )
    assert isinstance(visit, Candidate) and "UK" not in visit.accepted


def test_a_holiday_is_no_event_to_frame_a_story(facts_of: Facts) -> None:
    from quiz.generate.frame import event_of

    af = facts_of(
        make_article(
            "Support is being sought for a bill to keep large shops in Scotland closed on "
            "New Year's Day. Shopworkers' union Usdaw backs the bill."
        )
    )[0]
    assert event_of(af) is None


def test_the_newsroom_speaking_of_itself_is_page_furniture(facts_of: Facts) -> None:
    from quiz.generate.checks import usable_sentence

    af = facts_of(
        make_article(
            "BBC Sport reflects on the future for Liverpool after our exclusive interview with "
            "chief executive Rick Parry. Rick Parry said 'our fans deserve better' on Monday."
        )
    )[0]
    assert usable_sentence(af.sentences[0].span) == (
        "the newsroom speaking of itself ('after our exclusive interview')"
    )


def test_a_second_statement_set_beside_the_first_is_left_out_of_a_question(
    facts_of: Facts,
) -> None:
    from quiz.generate.wh import subject_question

    af = facts_of(
        make_article(
            "Ray star Jamie Foxx was best actor in a musical while Briton Clive Owen and "
            "Natalie Portman won prizes for best supporting roles in Closer."
        )
    )[0]
    sent = af.sentences[0]
    m = next(m for m in sent.mentions if m.key == "Jamie Foxx")
    c = subject_question(af, sent, m)
    assert isinstance(c, Candidate)
    assert "while" not in c.core and c.core.endswith("best actor in a musical?")


def test_one_of_a_pair_or_list_is_no_blank_even_misparsed(facts_of: Facts) -> None:
    pair = cloze_of(
        facts_of,
        "Fifty new areas getting special help to fight anti-social behaviour in England and "
        "Wales will be named on Thursday.",
        "England",
    )
    assert pair == "blank is one item of a list"
    placed = cloze_of(
        facts_of,
        "Thousands of mobile industry experts are gathered in Cannes, France, for the 3GSM show.",
        "Cannes",
    )
    assert placed != "blank is one item of a list"


def test_the_end_of_a_title_is_no_blank(facts_of: Facts) -> None:
    said = cloze_of(
        facts_of,
        "Rounding out the top five was the festive comedy Christmas with the Kranks, which "
        "took $7m at the box office.",
        "Kranks",
    )
    assert said in ("blank is part of a longer name", None)  # never asked


def test_a_linking_word_keeps_its_letter_in_initials() -> None:
    from quiz.generate.answers import alternatives

    assert "DFID" in alternatives("Department for International Development", "organisation")
    assert "DTI" in alternatives("Department of Trade and Industry", "organisation")


def test_the_lead_shown_under_its_headline_is_no_statement_to_judge(facts_of: Facts) -> None:
    from quiz.generate import pipeline

    af = facts_of(
        make_article(
            "German airline Lufthansa has returned to profit in 2004 after posting huge losses "
            "in 2003. The airline made a profit of 400m euros.",
            title="Lufthansa flies back to profit",
        )
    )[0]
    c = Candidate(
        type="true_false",
        form="tf",
        facts=af,
        sentence=af.sentences[0],
        core=af.sentences[0].text,
        answer="True",
        label="company",
    )
    assert pipeline._restates_title(c)
    c.sentence, c.core = af.sentences[1], af.sentences[1].text
    assert not pipeline._restates_title(c)
