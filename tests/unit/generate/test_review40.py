"""Causes found by review 40 (a random sample of the whole bank)."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.extract import _strip_role
from quiz.facts.gender import FEMALE, person_gender
from quiz.facts.kinds import is_demonym
from quiz.facts.model import ArticleFacts, Mention
from quiz.generate import quotes
from quiz.generate.answers import alternatives
from quiz.generate.candidate import Candidate
from quiz.generate.cloze import replace_name
from quiz.generate.frame import event_of
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_only_a_nationality_is_dropped_from_the_front_of_a_name() -> None:
    assert not is_demonym("Search") and is_demonym("Spanish") and is_demonym("Kenyan")
    assert "for Extra Terrestrial Life" not in alternatives(
        "Search for Extra Terrestrial Life", "organisation"
    )
    assert "Red Cross" in alternatives("American Red Cross", "organisation")


def test_a_name_the_article_uses_is_not_stripped_as_a_description() -> None:
    product = Mention(0, 25, "Windows Genuine Advantage", "PERSON")
    kept = _strip_role(product, set(), peoples={"Windows"}, named={"Windows"})
    assert kept.text == "Windows Genuine Advantage"
    person = Mention(0, 27, "Californian Thomas Slattery", "PERSON")
    assert _strip_role(person, set(), peoples={"Californian"}).text == "Thomas Slattery"


def test_a_capital_the_before_a_blank_is_written_small() -> None:
    text = "Luis Aragones was fined by The Spanish Football Federation on Monday."
    lo = text.index("Spanish")
    lo2, hi2, value = replace_name(text, lo, lo + len("Spanish Football Federation"), "_____")
    assert text[:lo2] + value + text[hi2:] == "Luis Aragones was fined by the _____ on Monday."


def test_a_pronoun_bound_in_its_sentence_gives_the_gender(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Cate Blanchett triumphed as the best supporting actress for her role in The Aviator."
        )
    )[0]
    assert person_gender(af, "Cate Blanchett") == FEMALE


def test_an_event_still_to_come_frames_no_report(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Allan Scott is confident of winning a medal at next week's European Indoor "
            "Championships after a solid debut. He finished fourth at a meeting in Madrid."
        )
    )[0]
    assert event_of(af) is None


def test_a_quotation_going_on_from_another_is_not_asked(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            '"I am quite confident," said Sarah Claxton. '
            '"But I take each race as it comes and I will keep on training hard," '
            "said Sarah Claxton."
        )
    )[0]
    res = quotes.quote_question(af, af.sentences[1])
    assert not isinstance(res, Candidate)
    assert isinstance(res, str) and "goes on from" in res
