"""True/false statements: which are worth judging, how false ones are written, and how a
pair finds room in an article's questions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from quiz.facts.model import ArticleFacts, Sentence
from quiz.generate import cloze, truefalse
from quiz.generate.assemble import compose_prompt, leaks
from quiz.generate.candidate import Candidate, Rejection
from quiz.generate.select import select
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def _sentences(facts: Facts, text: str) -> tuple[ArticleFacts, list[Sentence]]:
    af = facts(make_article(text))[0]
    return af, af.sentences


def _numbers(af: ArticleFacts, sent: Sentence) -> list[Candidate]:
    return [c for c in truefalse.number_statements(af, sent) if isinstance(c, Candidate)]


@pytest.mark.parametrize(
    ("n", "suffix"),
    [(1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (11, "th"), (12, "th"), (13, "th"),
     (21, "st"), (62, "nd"), (103, "rd"), (112, "th")],
)  # fmt: skip
def test_ordinal_suffixes_follow_english(n: int, suffix: str) -> None:
    assert truefalse.ordinal_suffix(n) == suffix


def test_a_swapped_ordinal_takes_its_own_suffix(facts_of: Facts) -> None:
    af, sents = _sentences(
        facts_of, "Ryan Giggs will earn his 50th cap for Wales at the Millennium Stadium."
    )
    false = next(c for c in _numbers(af, sents[0]) if c.answer == "False")
    shown = false.core.split("his ", 1)[1].split()[0]
    assert shown != "50th"
    assert shown == f"{shown[:-2]}{truefalse.ordinal_suffix(int(shown[:-2]))}"


@pytest.mark.parametrize(
    "text",
    [
        "Rosneft could invest $2bn in gas fields in Sakhalin.",
        "Shell may cut 3,000 jobs in the Netherlands.",
    ],
)
def test_a_hedged_statement_is_not_judged_true_or_false(facts_of: Facts, text: str) -> None:
    af, sents = _sentences(facts_of, text)
    assert _numbers(af, sents[0]) == []
    subject = sents[0].mentions[0]
    made = truefalse.statement(af, sents[0], subject, None, supported=False)
    assert isinstance(made, str) and "hedged" in made


def test_may_the_month_is_no_hedge(facts_of: Facts) -> None:
    af, sents = _sentences(facts_of, "Shell cut 3,000 jobs in the Netherlands in May.")
    assert sorted(c.answer for c in _numbers(af, sents[0])) == ["False", "True"]


def test_a_true_statement_needs_a_checkable_detail(facts_of: Facts) -> None:
    af, sents = _sentences(
        facts_of,
        "High-speed net connections in the UK are proving more popular than ever. "
        "Vodafone has signed a deal with Verizon to share masts in Europe.",
    )
    vague = truefalse.statement(af, sents[0], sents[0].mentions[0], None, supported=False)
    assert isinstance(vague, str) and "checkable detail" in vague
    specific = truefalse.statement(af, sents[1], sents[1].mentions[0], None, supported=False)
    assert isinstance(specific, Candidate) and specific.answer == "True"


def test_a_false_statement_keeping_a_trace_of_the_replaced_country_leaks(
    facts_of: Facts,
) -> None:
    af, sents = _sentences(
        facts_of,
        "France has begun evacuating its citizens after days of anti-French protests in Abidjan.",
    )
    france = next(m for m in sents[0].mentions if m.key == "France")
    made = truefalse.statement(af, sents[0], france, "Ghana", supported=False)
    assert isinstance(made, Candidate) and made.answer == "False"
    made.prompt = made.core
    assert "France" not in made.prompt
    assert leaks(made)  # 'anti-French' tells the player France was the country


def test_a_false_statement_hides_a_headline_naming_the_replaced_value(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Manchester United beat Chelsea 2-0 at Old Trafford on Sunday.",
            title="Man Utd go top",
            date=dt.date(2005, 2, 14),
        )
    )[0]
    sent = af.sentences[0]
    united = next(m for m in sent.mentions if m.key == "Manchester United")
    made = truefalse.statement(af, sent, united, "Liverpool", supported=False)
    assert isinstance(made, Candidate)
    prompt = compose_prompt(made)
    assert prompt is not None and "Liverpool beat Chelsea" in prompt, prompt
    assert "Man Utd" not in prompt  # the headline would tell the player it was not Liverpool


def _scored(cands: list[Candidate], score: float) -> list[Candidate]:
    for c in cands:
        c.prompt, c.score = c.core, score
    return cands


def test_a_statement_pair_takes_the_place_of_one_question(facts_of: Facts) -> None:
    """The figure's sentence gives up its fill-in to a false statement, and a sentence that
    could only be a true statement comes in: one question more for the article."""
    af, sents = _sentences(
        facts_of,
        "Oil company Shell employs 305,775 people across Europe. "
        "Vodafone has signed a deal with Verizon to share masts in Europe.",
    )
    number = _scored([c for c in cloze.number_clozes(af, sents[0]) if isinstance(c, Candidate)], 5)
    false = _scored([c for c in _numbers(af, sents[0]) if c.answer == "False"], 1)
    true = truefalse.statement(af, sents[1], sents[1].mentions[0], None, supported=False)
    assert isinstance(true, Candidate) and number and false
    rejected: list[Rejection] = []
    kept = select([*number, *false, *_scored([true], 1)], 12, rejected)
    assert sorted(c.answer for c in kept) == ["False", "True"]
    assert [r.text for r in rejected] == [number[0].prompt]


def test_an_amount_with_its_conversion_later_in_the_clause_is_not_swapped(
    facts_of: Facts,
) -> None:
    af, sents = _sentences(
        facts_of, "The Nintendo DS will retail for £99 in the UK (149 euros) from 11 March."
    )
    assert _numbers(af, sents[0]) == []  # '£79 ... (149 euros)' betrays itself


def test_a_phone_number_is_no_fact_to_judge(facts_of: Facts) -> None:
    af, sents = _sentences(
        facts_of, "Xbox owners in the UK can order a new cable from Microsoft on 0800 028 9276."
    )
    assert _numbers(af, sents[0]) == []
    xbox = sents[0].mentions[0]
    made = truefalse.statement(af, sents[0], xbox, None, supported=False)
    assert isinstance(made, str)
