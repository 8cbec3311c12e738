"""'It', 'its' and 'the firm' resolve to an organisation only when one reading is possible."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate import cloze
from quiz.generate.candidate import Candidate
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def parsed(facts_of: Facts, text: str) -> ArticleFacts:
    return facts_of(make_article(text, title="Company news"))[0]


def test_it_said_resolves_to_the_firm_named_before(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "Shares in oil firm Yukos fell sharply in Moscow on a busy day. "
        "Yukos said its output would fall this year. "
        "It added that the court had backed its argument in four of five cases.",
    )
    s = af.sentences[2]
    assert s.rewrite().startswith("Yukos added that the court")
    assert s.antecedent is af.sentences[1]


def test_its_owned_noun_resolves_with_the_possessive(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "Shares in oil firm Yukos fell sharply in Moscow on a busy day. "
        "Yukos said output would fall this year. "
        "Its profits dropped by a third in the last quarter.",
    )
    assert af.sentences[2].rewrite().startswith("Yukos's profits dropped")


def test_same_sentence_name_is_not_written_twice(facts_of: Facts) -> None:
    af = parsed(facts_of, "Carmaker Nissan Motors said it would build a new plant in Sunderland.")
    assert af.sentences[0].rewrite() == af.sentences[0].text


def test_two_organisations_in_view_stay_unresolved(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "Oil firm Yukos sold shares to energy firm Gazprom in Moscow on Monday. "
        "It said the deal was worth billions of dollars.",
    )
    assert af.sentences[1].rewrite().startswith("It said")


def test_it_that_is_not_an_agent_stays_unresolved(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "Shares in oil firm Yukos fell sharply in Moscow on a busy day. "
        "Yukos sold the unit to a rival last year. "
        "It was bought for $9bn by a previously unknown group.",
    )
    assert af.sentences[2].rewrite().startswith("It was bought")


def test_another_subject_before_the_pronoun_blocks_it(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "Shares in oil firm Yukos fell sharply in Moscow on a busy day. "
        "Yukos said output would fall this year. "
        "The survey differs slightly, yet it confirms that demand is falling.",
    )
    assert "Yukos confirms" not in af.sentences[2].rewrite()


def test_the_firm_resolves_to_the_only_company(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "Shares in software firm Microsoft rose after it launched a search engine in Europe. "
        "The firm said it would spend $100m on advertising.",
    )
    assert af.sentences[1].rewrite().startswith("Microsoft said it would spend")


def test_the_article_of_a_name_is_kept(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "The Federal Statistics Office said growth for the whole of 2004 was 1.6%. "
        "It said growth in the third quarter had been zero.",
    )
    assert af.sentences[1].rewrite().startswith("The Federal Statistics Office said growth")


def test_resolved_sentence_gives_a_fill_in(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "Shares in oil firm Yukos fell sharply in Moscow on a busy day. "
        "Yukos said output would fall this year. "
        "It added that it expected profits to fall by 12% in 2005.",
    )
    made = cloze.number_clozes(af, af.sentences[2])
    asked = [c for c in made if isinstance(c, Candidate)]
    assert asked and asked[0].core.startswith("Yukos added that it expected profits to fall by")
    assert asked[0].answer == "12"


def test_a_name_with_an_unsure_kind_is_a_typed_answer(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "The Consumer Electronics Association expects consumer spending on electronics to rise. "
        "Bishop said the claims lacked evidence, and consumer groups agreed.",
    )
    s = af.sentences[0]
    assert af.entity("Consumer Electronics Association").kind is None  # type: ignore[union-attr]
    made = cloze.name_cloze(af, s, s.mentions[0])
    assert isinstance(made, Candidate) and made.answer == "Consumer Electronics Association"
    lone = [m for m in af.sentences[1].mentions if m.text == "Bishop"]
    assert all(not isinstance(cloze.name_cloze(af, af.sentences[1], m), Candidate) for m in lone)


def test_half_of_a_longer_name_is_not_blanked(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "The Secretary of State for Culture, Media and Sport, Tessa Jowell, attacked critics.",
    )
    s = af.sentences[0]
    made = [cloze.name_cloze(af, s, m) for m in s.mentions if m.text.startswith("State")]
    assert all(not isinstance(c, Candidate) for c in made)


def test_the_outlet_told_is_not_blanked(facts_of: Facts) -> None:
    af = parsed(
        facts_of,
        "A spokesman for the league confirmed the new date to BBC Sport on Friday evening.",
    )
    s = af.sentences[0]
    made = [cloze.name_cloze(af, s, m) for m in s.mentions if m.text == "BBC Sport"]
    assert made and made[0] == "blank is whom a speaker told, not the news"
