"""'What year' questions: one year per sentence, never the story's own present."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.candidate import Candidate
from quiz.generate.years import year_clozes
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]

TEXT = (
    "Def Jam has a new president after sales rose in 2004. "
    "Def Jam was founded in 1984 by Russell Simmons and producer Rick Rubin in New York. "
    "The label grew quickly from 1986 to 1990 under Lyor Cohen."
)


def test_a_past_year_is_asked(facts_of: Facts) -> None:
    af = facts_of(make_article(TEXT))[0]
    made = year_clozes(af, af.sentences[1])
    assert len(made) == 1 and isinstance(made[0], Candidate)
    assert made[0].answer == "1984" and made[0].unit == "year"
    assert made[0].core.startswith("Def Jam was founded in _____ by Russell Simmons")


def test_the_storys_present_and_ranges_are_not(facts_of: Facts) -> None:
    af = facts_of(make_article(TEXT))[0]
    assert year_clozes(af, af.sentences[0]) == ["the story's own present year is no question"]
    assert year_clozes(af, af.sentences[2]) == []  # 'from 1986 to 1990': no 'in' year
    dated = facts_of(make_article(TEXT, date=dt.date(1985, 3, 1)))[0]
    assert year_clozes(dated, dated.sentences[1]) == ["the story's own present year is no question"]


def test_the_prompt_asks_for_the_year(facts_of: Facts) -> None:
    from quiz.generate.pipeline import generate_questions

    af = facts_of(make_article(TEXT, title="Jay-Z becomes label boss"))[0]
    questions, _ = generate_questions([af], 12)
    years = [q for q in questions if q.answer == "1984"]
    assert years and years[0].prompt.startswith("Fill in the year (according to “Jay-Z")
    assert years[0].type == "numeric"
