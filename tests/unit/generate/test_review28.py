"""Causes found by a cold review of 120 questions (review 28), each pinned by a small case."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.facts.gender import prompt_gender
from quiz.facts.model import ArticleFacts
from quiz.generate import quotes, truefalse, wh
from quiz.generate.answers import alternatives
from quiz.generate.candidate import Candidate
from quiz.generate.checks import shared_predicate, strip_lead, usable_sentence
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def one(facts_of: Facts, text: str) -> ArticleFacts:
    return facts_of(make_article(text))[0]


def test_a_bound_figure_makes_no_false_statement(facts_of: Facts) -> None:
    af = one(facts_of, "The US consumer electronics market is set to grow by over 11% in 2005.")
    made = truefalse.number_statements(af, af.sentences[0])
    assert not any(isinstance(c, Candidate) and c.answer == "False" for c in made)
    assert "a bound ('over 11%') stays true of a smaller figure" in made


def test_also_says_another_name_fits(facts_of: Facts) -> None:
    af = one(
        facts_of,
        "Cold weather across Europe has also put upward pressure on crude prices. "
        "Mr Smith also said the price of oil would fall in the spring.",
    )
    assert shared_predicate(af.sentences[0])
    assert not shared_predicate(af.sentences[1])  # a speaker who also said adds words


def test_a_sentence_without_closing_punctuation_is_cut_short(facts_of: Facts) -> None:
    af = one(facts_of, "Big festive hits over the years include Band Aid's\n\nSlade sang too.")
    assert usable_sentence(af.sentences[0].span) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Three other ex-Columbia executives agreed settlements with the SEC in New York.",
        "Police have closed 150 crack houses and issued more than 400 dispersal orders.",
    ],
)
def test_counts_that_garble_or_point_back_are_not_asked(facts_of: Facts, text: str) -> None:
    af = one(facts_of, text)
    assert not isinstance(wh.how_many_question(af, af.sentences[0]), Candidate)


def test_words_a_speaker_reports_are_not_attributed_to_her(facts_of: Facts) -> None:
    af = one(
        facts_of,
        "Harriet Harman told researchers of the hostility prompted by her advancement to the "
        'Cabinet: "Well, you have only succeeded because you are a woman and nothing else."',
    )
    made = quotes.quote_question(af, af.sentences[0])
    assert made == "the quotation is what the speaker told of, maybe someone else's words"


def test_a_possessed_act_may_belong_to_the_person_named_before(facts_of: Facts) -> None:
    af = one(
        facts_of,
        "David Blunkett apologised to MPs for the review of murder sentences on Monday. "
        "Shadow home secretary David Davis welcomed his gracious apology in the Commons.",
    )
    s = af.sentences[1]
    davis = next(m for m in s.mentions if m.key == "David Davis")
    assert not isinstance(wh.subject_question(af, s, davis), Candidate)


def test_discourse_markers_with_a_comma_are_dropped() -> None:
    assert strip_lead("Elsewhere, Chelsea beat Fulham 2-0.") == "Chelsea beat Fulham 2-0."
    assert (
        strip_lead("Overall, net profits at Inbev were up 42%.")
        == "Net profits at Inbev were up 42%."
    )
    assert (
        strip_lead("First Minister Jack McConnell spoke.") == "First Minister Jack McConnell spoke."
    )


@pytest.mark.parametrize(
    ("answer", "short"),
    [
        ("Tulip Computers", "Tulip"),
        ("Sarbanes-Oxley Act", "Sarbanes-Oxley"),
        ("Los Angeles Times", "LA Times"),
        ("Commerce Department", "Department of Commerce"),
    ],
)
def test_more_forms_people_type(answer: str, short: str) -> None:
    assert short in alternatives(answer, "organisation")


def test_a_womens_event_cues_a_woman() -> None:
    assert prompt_gender("Who won the heptathlon in Gothenburg?") == "female"


def test_one_remark_reported_two_ways_is_one_fact(facts_of: Facts) -> None:
    from quiz.generate import cloze
    from quiz.generate.select import _same_fact_again

    af = one(
        facts_of,
        'Culture Minister Alun Pugh said it would be "crass and ignorant" to liken a review '
        "of quangos to Hitler's Germany. Opposition members called for a debate in Cardiff. "
        "The assembly will vote on the budget for the arts council next month. "
        '"It would be crass and ignorant to liken a review of quangos to Hitler\'s Germany," '
        "said Alun Pugh.",
    )
    pugh = next(m for m in af.sentences[0].mentions if m.key == "Alun Pugh")
    blank = cloze.name_cloze(af, af.sentences[0], pugh)
    quote = quotes.quote_question(af, af.sentences[3])
    assert isinstance(blank, Candidate) and isinstance(quote, Candidate)
    assert _same_fact_again(blank, quote)


def test_a_title_the_tagger_calls_a_person_is_no_person(facts_of: Facts) -> None:
    af = one(facts_of, "Destiny's Child slipped one place to four with Lose My Breath on Sunday.")
    song = af.entity("Lose My Breath")
    assert song is not None and song.label == "PERSON"  # the tagger's reading
    assert song.kind is None


def test_two_remarks_side_by_side_are_two_facts(facts_of: Facts) -> None:
    from quiz.generate.select import _same_fact_again

    af = one(
        facts_of,
        '"We are creating a future cultural drive for the economy of the whole region," '
        "said Frank Stone. "
        '"The art installation will open in Brussels and then travel on to Madrid in the '
        'summer," said Frank Stone.',
    )
    first, second = (quotes.quote_question(af, s) for s in af.sentences[:2])
    assert isinstance(first, Candidate) and isinstance(second, Candidate)
    assert not _same_fact_again(first, second)
