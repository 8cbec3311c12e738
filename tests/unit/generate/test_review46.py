"""Causes found by review 46: page furniture, offices, filler figures, slips and titles."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.cloze import askable_numbers, name_cloze
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def _cloze(facts_of: Facts, text: str, key: str, index: int = -1) -> object:
    af = facts_of(make_article(text))[0]
    sent = af.sentences[index]
    m = next(m for m in sent.mentions if m.key == key)
    return name_cloze(af, sent, m)


def test_a_publication_cited_for_the_news_is_not_asked(facts_of: Facts) -> None:
    said = _cloze(
        facts_of,
        "Howl's Moving Castle took 1.5bn yen in its first two days in Japan. "
        "The film's takings represented 1.1 million cinema admissions, Screen Daily said.",
        "Screen Daily",
    )
    assert said == "blank is a publication cited for the news, not the news"
    edited = _cloze(
        facts_of,
        "Cell could be marketed as ideal for televisions and supercomputers, said Kevin "
        "Krewell, the editor in chief of Microprocessor Report.",
        "Microprocessor Report",
    )
    assert edited == "blank is a publication cited for the news, not the news"


def test_a_possessive_in_what_was_said_is_not_the_speaker(facts_of: Facts) -> None:
    said = _cloze(
        facts_of,
        "Howl's Moving Castle opened in Japan on Saturday. "
        "Its two-day takings represented 1.1 million cinema admissions, Toho Studios said.",
        "Toho Studios",
    )
    assert said == "dangling possessive 'Its'"


def test_a_possessive_before_its_own_subject_still_binds(facts_of: Facts) -> None:
    from quiz.generate.candidate import Candidate

    c = _cloze(
        facts_of,
        "Internet search firm Google said it would help the tsunami appeal on Monday. "
        "On its famously sparse homepage Google has placed a link to sites taking donations.",
        "Google",
    )
    assert isinstance(c, Candidate) and c.answer == "Google"


def test_the_office_before_a_name_gives_it_away(facts_of: Facts) -> None:
    said = _cloze(
        facts_of,
        "Heavy spending by President George Bush has pushed the budget deficit to $427bn.",
        "George Bush",
    )
    assert said == "the office before the blank names its holder ('President _____')"


def test_how_far_back_a_report_looks_is_no_fact(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Printer cartridge prices have been a contentious issue for the last 18 months. "
            "Hearts have won 13 of the club's last 14 games in the league this season."
        )
    )[0]
    recent = "a count of recent periods ('for the last 18 months') frames the news"
    assert askable_numbers(af.sentences[0]) == [recent]
    assert recent in askable_numbers(af.sentences[1])  # 14, not the 13 games won


def test_a_slip_is_never_the_key(facts_of: Facts) -> None:
    from quiz.facts.spelling import is_slip

    assert is_slip("DaimlerChrylser", "DaimlerChrysler")
    assert is_slip("DaimerChrysler", "DaimlerChrysler")
    assert not is_slip("Hall", "Hull")
    assert not is_slip("Mbappe", "Kylian Mbappe")
