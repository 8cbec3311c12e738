"""Prompts that point back to earlier text are caught; relative 'that' is not a pointer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.facts.model import ArticleFacts
from quiz.generate.checks import dangling_reason
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def reason(facts_of: Facts, text: str) -> str | None:
    s = facts_of(make_article(text))[0].sentences[0]
    return dangling_reason(list(s.span), subst=s.subst, lone=s.lone)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Such crossover vehicles will sell well across Europe next year.", "Such"),
        ("Another change to the schedule sees Jo Whiley move to the mornings.", "another"),
        ("The third was missed while Christine Ohuruogu was away at a meeting.", "the third"),
        ("In addition, £20m will come from the lottery to pay for the stadium.", "In addition"),
        ("Tesco said all 11 gadgets had sold out before Christmas in London.", "all"),
        ("The bus service will link both countries for the first time in 60 years.", "both"),
        ("The three firms agreed to pay a combined fine of $10m to the regulator.", "firms"),
        ("Bert Ruerup said the panel's earlier forecast of 1.4% was too optimistic.", "panel"),
        ("About 70% were using file-sharing program BitTorrent, Envisional said.", "share"),
        ("A similar proposal was rejected by Icann in Los Angeles in 2000.", "similar"),
        ("Shares in DaimlerChrysler fell 1.5% in Frankfurt on the news.", "news"),
        ("Ander Barrenetxea broke the deadlock in the 16th minute for Real Sociedad.", "deadlock"),
    ],
)
def test_pointers_back_are_rejected(facts_of: Facts, text: str, expected: str) -> None:
    found = reason(facts_of, text)
    assert found is not None and expected in found


def test_a_count_in_figures_or_a_named_group_still_reads_alone(facts_of: Facts) -> None:
    assert reason(facts_of, "Profits rose in the 12 months to June at Tesco, Reuters said.") is None
    assert reason(facts_of, "Both Britain and France voted against the plan in Brussels.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Science has been at the forefront of the new Labour government's plans for 2005.",
        "Carlos Ghosn took the helm at Nissan in 1999 and cut 21,000 jobs.",
        "Yukos was on the brink of collapse after a $27bn tax bill from Russia.",
    ],
)
def test_an_idiom_with_the_points_back_to_nothing(facts_of: Facts, text: str) -> None:
    assert reason(facts_of, text) is None


def test_a_relative_that_is_not_a_dangling_demonstrative(facts_of: Facts) -> None:
    text = "Google placed a link on the homepage that leads users to charities in Asia."
    assert reason(facts_of, text) is None


def test_a_lead_in_naming_two_rivals_does_not_explain_a_pronoun(facts_of: Facts) -> None:
    from quiz.generate.checks import lead_in

    af = facts_of(
        make_article(
            "Sony is entering a market which has been dominated by Nintendo for many years. "
            "It launched its DS handheld in Japan and has sold 2.8 million units."
        )
    )[0]
    assert lead_in(af, af.sentences[1]) is None


def test_a_short_surname_in_the_title_is_a_giveaway() -> None:
    from quiz.generate.assemble import context

    article = make_article(
        "Chris Day will join Preston on loan.", title="QPR keeper Day heads north"
    )
    assert context(article, ["Chris Day"])[0] == ""
    assert context(article, ["Ian Holloway"])[0].startswith("According to")


def test_a_definite_noun_the_article_used_before_points_back(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Boeing won a $23bn contract from the US Air Force in 2003. "
            "The contract, to provide refuelling tankers for the Air Force, was cancelled. "
            "The transfer window closes in January, said Rangers manager Alex McLeish."
        )
    )[0]
    s = af.sentences[1]
    found = dangling_reason(list(s.span), subst=s.subst, lone=s.lone, seen=s.seen)
    assert found == "'the contract' points back to an earlier mention"
    s = af.sentences[2]  # 'window' is new here: the compound says which window
    assert dangling_reason(list(s.span), subst=s.subst, lone=s.lone, seen=s.seen) is None


def test_a_specifier_that_is_the_blank_says_nothing(facts_of: Facts) -> None:
    from quiz.generate import cloze
    from quiz.generate.candidate import Candidate

    af = facts_of(
        make_article(
            "The premiere at the Chinese Theatre followed the ceremony on Hollywood Boulevard."
        )
    )[0]
    s = af.sentences[0]
    made = [cloze.name_cloze(af, s, m) for m in s.mentions if m.text == "Hollywood Boulevard"]
    assert made and not isinstance(made[0], Candidate)


def test_during_the_year_is_relative_time() -> None:
    from quiz.facts.timeexpr import anchor_relative_time

    assert anchor_relative_time("Nickel prices rose 43% during the year.", None) is None
    kept = "Sales rose 5% in the year to March 2005."
    assert anchor_relative_time(kept, None) == kept


def test_a_year_or_season_is_not_dropped_without_a_date() -> None:
    from quiz.facts.timeexpr import drop_relative_time

    assert drop_relative_time("Growth will slow to 3.3% next year, the IMF said.") is None
    assert drop_relative_time("He scored 20 goals last season for Everton.") is None
    assert (
        drop_relative_time("Smith said on Tuesday that sales rose.")
        == "Smith said that sales rose."
    )
    assert drop_relative_time("He won since last Sunday's win.") == "He won since the win."


def test_a_possessive_year_is_anchored_or_rejected_never_dropped() -> None:
    import datetime as dt

    from quiz.facts.timeexpr import anchor_relative_time, drop_relative_time

    day = dt.date(2005, 1, 10)
    assert anchor_relative_time("Last year's winner won.", day) == "2004's winner won."
    assert anchor_relative_time("Last month's vote was close.", day) is None
    assert drop_relative_time("Last year's big winner won again.") is None


def test_a_sentence_before_explains_the_paper_only_if_it_names_one(facts_of: Facts) -> None:
    from quiz.generate.checks import lead_in

    text = (
        "The much delayed Crossrail Bill would provide a fast rail link across London. "
        "The paper says it will go before the House of Commons on 23 February."
    )
    [af] = facts_of(make_article(text))
    assert lead_in(af, af.sentences[1], "unresolved reference 'the paper'") is None
    named = (
        "The Guardian paper reported a plan for a new rail link across London. "
        "The paper says the bill will go before the House of Commons on 23 February."
    )
    [af] = facts_of(make_article(named))
    assert lead_in(af, af.sentences[1], "unresolved reference 'the paper'") is not None
