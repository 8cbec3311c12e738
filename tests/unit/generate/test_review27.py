"""Causes found by a cold review of 120 questions (review 27), each pinned by a small case."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from quiz.facts.kinds import kind_of
from quiz.facts.model import ArticleFacts
from quiz.facts.timeexpr import anchor_relative_time
from quiz.generate import wh
from quiz.generate.answers import accepted_forms, alternatives
from quiz.generate.assemble import _demonym_leak
from quiz.generate.checks import dangling_reason
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def reason(facts_of: Facts, text: str) -> str | None:
    s = facts_of(make_article(text))[0].sentences[0]
    return dangling_reason(list(s.span), subst=s.subst, lone=s.lone)


def test_an_indefinite_surname_is_one_of_a_family_not_the_person_named(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Sonia O'Sullivan ran her last Olympic race in Athens in August. "
            "At the start of the year, an O'Sullivan had been earmarked as the best medal "
            "prospect, but walker Gillian never made it to the start line."
        )
    )[0]
    mention = next(m for m in af.sentences[1].mentions if "Sullivan" in m.text)
    assert mention.key == "O'Sullivan"
    entity = af.entity(mention.key)
    assert entity is not None and entity.kind is None  # never a key, never an option


def test_a_full_name_is_a_person_where_the_article_uses_its_surname_alone(
    facts_of: Facts,
) -> None:
    af = facts_of(
        make_article(
            "There was a time when a Freddie Ljungberg challenge left Heinze on the ground. "
            "Ljungberg turned a half-chance into the opening goal after 20 minutes. "
            "Ljungberg then scored again."
        )
    )[0]
    entity = af.entity("Freddie Ljungberg")
    assert entity is not None and entity.label == "PERSON"


@pytest.mark.parametrize(
    ("answer", "short"),
    [
        ("HMS Chatham", "Chatham"),
        ("AC Milan", "Milan"),
        ("Commons Public Accounts Committee", "Public Accounts Committee"),
        ("UN Security Council", "Security Council"),
    ],
)
def test_prefixes_people_leave_out_are_accepted(answer: str, short: str) -> None:
    assert short in alternatives(answer, "organisation")


def test_a_dropped_legal_form_is_accepted_without_the_article_using_it(facts_of: Facts) -> None:
    af = facts_of(make_article("Balco Laboratories is the firm at the centre of the inquiry."))[0]
    assert "Balco" in accepted_forms(af, "Balco Laboratories", "company")
    plain = facts_of(make_article("Workers at General Motors will strike on Friday over pay."))[0]
    assert "General" not in accepted_forms(plain, "General Motors", "company")


def test_a_weekday_before_a_date_is_kept_as_the_date() -> None:
    text = "Nicky Wire will join Phil Jupitus on his show on Monday 6 December."
    assert (
        anchor_relative_time(text, None)
        == "Nicky Wire will join Phil Jupitus on his show on 6 December."
    )
    dated = anchor_relative_time(text, dt.date(2004, 11, 30))
    assert dated == "Nicky Wire will join Phil Jupitus on his show on 6 December 2004."
    assert anchor_relative_time("Bradfield will appear on the show on Thursday 9.", None) is None


def test_a_count_owned_by_someone_is_not_asked_without_the_owner(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Newcomer Ciara's four nominations include best female album and best new artist."
        )
    )[0]
    assert wh.how_many_question(af, af.sentences[0]) == (
        "the count belongs to an owner the question would drop"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The England international, 24, was hurt in a challenge with Alan Shearer.", "descriptor"),
        ("Jason Gardener may have won but he was not at his best in Birmingham.", "won"),
        ("Factory manager Herbert Stueker says productivity will rise by nearly 30%.", "manager"),
        ("Boss Henk Addink blames the low growth rate in Europe for the lack of orders.", "Boss"),
    ],
)
def test_prompts_that_leave_a_player_guessing(facts_of: Facts, text: str, expected: str) -> None:
    why = reason(facts_of, text)
    assert why is not None and expected in why, why


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea won 2-0 at Fulham on Saturday to go five points clear.",
        "The audio award was won by Call of Duty at the ceremony in London.",
        "Liverpool manager Rafael Benitez has ordered Steven Gerrard to be more positive.",
        "Communications director Nick Davies said the IAAF would seek more information.",
        "Director Oday Rasheed made the film on discarded 1980s film stock in Baghdad.",
    ],
)
def test_prompts_that_say_enough(facts_of: Facts, text: str) -> None:
    assert reason(facts_of, text) is None


def test_an_irregular_nationality_word_gives_its_country_away() -> None:
    assert _demonym_leak("According to “Irish finish with home game”, which country", "Ireland")
    assert _demonym_leak("the British team won", "UK")
    assert not _demonym_leak("the Irish team won", "Iran")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("United Nations", None),
        ("Media Centre", None),
        ("Manchester United", "club"),
        ("Sony Pictures", "company"),
        ("Time Warner Inc", "company"),
    ],
)
def test_a_club_or_company_word_counts_only_as_the_names_head(name: str, kind: str | None) -> None:
    assert kind_of(name, "ORG") == kind


def test_a_products_sales_say_nothing_of_a_company_but_an_owners_do(facts_of: Facts) -> None:
    af = facts_of(make_article("Xbox sales rose in Europe, and Sony's sales fell in Japan."))[0]
    hints = {m.text: m.org_hint for s in af.sentences for m in s.mentions}
    assert hints.get("Xbox") is None
    assert hints.get("Sony") == "company"
