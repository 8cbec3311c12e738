"""Causes found by review 46: page furniture, offices, filler figures, slips and titles."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.cloze import askable_numbers
from tests.unit.generate.conftest import cloze_of, make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_publication_cited_for_the_news_is_not_asked(facts_of: Facts) -> None:
    said = cloze_of(
        facts_of,
        "Howl's Moving Castle took 1.5bn yen in its first two days in Japan. "
        "The film's takings represented 1.1 million cinema admissions, Screen Daily said.",
        "Screen Daily",
    )
    assert said == "blank is a publication cited for the news, not the news"
    edited = cloze_of(
        facts_of,
        "Cell could be marketed as ideal for televisions and supercomputers, said Kevin "
        "Krewell, the editor in chief of Microprocessor Report.",
        "Microprocessor Report",
    )
    assert edited == "blank is a publication cited for the news, not the news"


def test_a_possessive_in_what_was_said_is_not_the_speaker(facts_of: Facts) -> None:
    said = cloze_of(
        facts_of,
        "Howl's Moving Castle opened in Japan on Saturday. "
        "Its two-day takings represented 1.1 million cinema admissions, Toho Studios said.",
        "Toho Studios",
    )
    assert said == "dangling possessive 'Its'"


def test_a_possessive_before_its_own_subject_still_binds(facts_of: Facts) -> None:
    from quiz.generate.candidate import Candidate

    c = cloze_of(
        facts_of,
        "Internet search firm Google said it would help the tsunami appeal on Monday. "
        "On its famously sparse homepage Google has placed a link to sites taking donations.",
        "Google",
    )
    assert isinstance(c, Candidate) and c.answer == "Google"


def test_the_office_before_a_name_gives_it_away(facts_of: Facts) -> None:
    said = cloze_of(
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


def test_a_result_needs_its_event_in_the_prompt() -> None:
    from quiz.generate.frame import unplaced_result

    placing = "Sweden's Robert Kronberg was second, with Haiti's Dudley Dorival in third."
    assert unplaced_result(placing, f"Fill in the blank: {placing}")
    framed = "Fill in the blank (according to “Scott in solid start”, a report on the Madrid"
    assert not unplaced_result(placing, framed + f" Indoor Meeting): {placing}")
    named = "Defending champion Joice Maduaka pulled out of the AAA Championships."
    assert not unplaced_result(named, named)
    assert not unplaced_result(
        "We await the final result of the hearing.", "Who said: “We await the final result”?"
    )


def test_the_final_read_as_an_adjective_still_points_back(facts_of: Facts) -> None:
    from quiz.generate.checks import sentence_reason

    af = facts_of(
        make_article(
            "Jason Gardener won the men's 60m title in Sheffield on Sunday. "
            "Defending champion Joice Maduaka had pulled out of the final with a chest infection."
        )
    )[0]
    assert sentence_reason(af.sentences[1]) == "unresolved reference 'the final'"


def test_the_sources_own_according_to_is_no_frame(facts_of: Facts) -> None:
    from quiz.generate import pipeline
    from quiz.generate.distractors import DistractorPool
    from tests.unit.generate.conftest import who_question

    af = facts_of(
        make_article(
            "Audrey Tautou will star opposite Tom Hanks in The Da Vinci Code, a film of the "
            "best-selling novel. Tautou will play Hanks' code-cracking partner, according to "
            "various newspapers.",
            title="Tautou joins Da Vinci film",
        )
    )[0]
    c = who_question(
        af,
        1,
        "Who will play Hanks' code-cracking partner, according to various newspapers?",
        "Audrey Tautou",
    )
    c.choices = ["Audrey Tautou", "Sophie Marceau", "Juliette Binoche", "Eva Green"]
    why = pipeline._check(c, DistractorPool([af]), frozenset())
    assert why == "no article context can be given without naming the answer"


def test_a_quotation_opening_on_someone_unnamed_is_not_asked(facts_of: Facts) -> None:
    from quiz.generate.quotes import quote_question

    af = facts_of(
        make_article(
            "Dwain Chambers ran his fastest 60m of the season in Birmingham. Mark Lewis-Francis "
            'praised him. "He is a great guy and I have never had any problems with him," said '
            "Mark Lewis-Francis."
        )
    )[0]
    why = quote_question(af, af.sentences[-1])
    assert why == "a quotation about something said before it could be anyone's"


def test_a_first_name_alone_is_the_person_named_in_full(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Paula Radcliffe will run the London Marathon in April, her coach said on Monday. "
            "Radcliffe won the race in 2002 and 2003. "
            "Paula knows the course better than anyone after winning there twice."
        )
    )[0]
    later = af.sentences[2]
    assert later.mentions[0].key == "Paula Radcliffe"
    assert later.rewrite().startswith("Paula Radcliffe knows the course")
