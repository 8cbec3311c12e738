"""Causes found by review 48: names with optional words, titles and versions, ticks."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.answers import alternatives
from quiz.generate.candidate import Candidate
from quiz.generate.cloze import askable_numbers, name_cloze
from tests.unit.generate.conftest import cloze_of, make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_name_without_its_qualifier_is_accepted_and_no_initials_are_made_up() -> None:
    assert "Milton Shulman" in alternatives("Milton Shulman Award", "name")
    assert "MSA" not in alternatives("Milton Shulman Award", "name")
    assert alternatives("Berlin Film Festival", "event") == {"Berlin"}
    assert "Fraser of Allander" in alternatives("Fraser of Allander Institute", "organisation")


def test_a_version_after_the_blank_makes_it_part_of_a_products_name(facts_of: Facts) -> None:
    said = cloze_of(
        facts_of,
        "Software firm Microsoft won two awards in London on Monday. "
        "Microsoft's Media Player 10 took the award for Most Wanted Software.",
        "Media Player",
    )
    assert said in ("blank is part of a product's name ('Media Player 10')", None)
    assert not isinstance(said, Candidate)


def test_a_title_ending_after_from_is_no_blank(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "The Unsung Hero award went to the game Escape from Butcher Bay, made by Starbreeze. "
            "Escape from Butcher Bay was made in Sweden by Starbreeze Studios."
        )
    )[0]
    sent = af.sentences[0]
    m = next(m for m in sent.mentions if m.key == "Butcher Bay")
    assert name_cloze(af, sent, m) == "blank is part of a longer name"


def test_a_price_after_a_move_is_a_tick_but_a_dividend_is_not(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Japan's biggest steel company Nippon Steel lost 2.5% to 270 yen on the news. "
            "Heineken increased its dividend payment by 25% to 40 euro cents."
        )
    )[0]
    moved = [i[1] for i in askable_numbers(af.sentences[0]) if not isinstance(i, str)]
    assert "270" not in moved and "2.5" in moved  # the move is the news
    dividend = [i[1] for i in askable_numbers(af.sentences[1]) if not isinstance(i, str)]
    assert "40" in dividend


def test_a_stage_name_or_real_name_the_article_gives_is_accepted() -> None:
    from quiz.generate.nicknames import other_names

    text = (
        "DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead. Mahmoud "
        "Abbas, also known as Abu Mazen, is expected to win. Jay-Z, real name Shawn Carter, said."
    )
    assert other_names(text, "Norman Cook") == {"Fatboy Slim"}
    assert other_names(text, "Fatboy Slim") == {"Norman Cook"}
    assert other_names(text, "Mahmoud Abbas") == {"Abu Mazen"}
    assert other_names(text, "Shawn Carter") == {"Jay-Z"}


def test_a_place_that_stands_for_its_body_accepts_the_bodys_name() -> None:
    assert "Metropolitan Police" in alternatives("Scotland Yard", "organisation")
