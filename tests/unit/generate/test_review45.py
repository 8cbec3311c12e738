"""Causes found by review 45: descriptions that stand for someone named before."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.candidate import Candidate
from quiz.generate.checks import sentence_reason
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_job_noun_with_a_common_compound_is_still_someone_unnamed(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "European champion Hayley Yelling won the Cardiff race on Sunday. "
            "The junior race winner beat Jolene Byrne by 40 metres in the six-kilometre race. "
            "The part-time maths teacher was in her first race of the season."
        )
    )[0]
    assert sentence_reason(af.sentences[1]) == "unresolved reference 'the winner'"
    assert sentence_reason(af.sentences[2]) == "unresolved descriptor 'the teacher'"


def test_an_aside_between_commas_does_not_say_who(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Jez San is one of the key figures in the UK's games industry. The developer, who "
            "received an OBE in 2002, was worth more than £200m at the peak of the dotcom boom."
        )
    )[0]
    assert sentence_reason(af.sentences[1]) == "unresolved reference 'the developer'"


def test_a_body_said_before_stays_unnamed_with_its_kind_in_front(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Yugansk was sold to a little-known shell company in a disputed auction in December. "
            "The shell company was then snapped up by Rosneft."
        )
    )[0]
    assert sentence_reason(af.sentences[1]) == "unresolved reference 'the company'"


def test_a_restrictive_clause_or_a_name_still_says_which(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "The teacher who won the Cardiff race on Sunday beat Jolene Byrne by 40 metres. "
            "The Boeing contract was cancelled by the Pentagon in December."
        )
    )[0]
    assert sentence_reason(af.sentences[0]) is None
    assert sentence_reason(af.sentences[1]) is None


def _quote_of(facts_of: Facts, text: str) -> object:
    from quiz.generate.quotes import quote_question

    af = facts_of(make_article(text))[0]
    return quote_question(af, af.sentences[-1])


def test_a_quotation_that_names_nothing_is_not_asked(facts_of: Facts) -> None:
    said = _quote_of(
        facts_of,
        "John Connors, Microsoft's chief financial officer, spoke to analysts on Thursday. "
        '"It\'s going to be really fun to follow," said John Connors.',
    )
    assert said == "a quotation that names nothing could be anyone's"


def test_a_quotation_about_something_said_before_is_not_asked(facts_of: Facts) -> None:
    said = _quote_of(
        facts_of,
        "Labour MP Stephen Pound criticised the casino plans on Monday. "
        '"They are in it to fill their boots," said Stephen Pound.',
    )
    assert said == "a quotation about something said before it could be anyone's"


def test_a_quotation_with_its_own_things_is_asked(facts_of: Facts) -> None:
    c = _quote_of(
        facts_of,
        "Labour MP Stephen Pound criticised the casino plans on Monday. "
        '"I just really think that we have made a terrible mistake here with casinos," said '
        "Stephen Pound.",
    )
    assert isinstance(c, Candidate) and c.answer == "Stephen Pound"


def test_a_reported_quotation_blanked_speaker_needs_the_same(facts_of: Facts) -> None:
    from quiz.generate.cloze import name_cloze

    af = facts_of(
        make_article(
            "Pete Simpson leads the threat laboratory at security firm Clearswift in Reading. "
            '"You cannot put them in to the neat little box that you used to," said Pete Simpson.'
        )
    )[0]
    sent = af.sentences[-1]
    m = next(m for m in sent.mentions if m.key == "Pete Simpson")
    assert name_cloze(af, sent, m) == "a quotation about something said before it could be anyone's"


def test_two_words_of_a_longer_name_give_it_away(facts_of: Facts) -> None:
    from quiz.generate.assemble import leaks

    af = facts_of(make_article("Jay-Z will run the Island Def Jam Music Group in New York."))[0]
    c = Candidate(
        type="fill_blank",
        form="cloze",
        facts=af,
        sentence=af.sentences[0],
        core="",
        answer="Island Def Jam Music Group",
        label="company",
    )
    c.prompt = (
        'Fill in the blank: Antonio Reid, chairman of the _____, praised "Def Jam\'s legacy".'
    )
    assert leaks(c)
    c.prompt = "Fill in the blank: Antonio Reid, chairman of the _____, praised Jay-Z."
    assert not leaks(c)


def test_a_nationality_the_article_capitalises_is_still_no_part_of_a_name() -> None:
    from quiz.facts.extract import _strip_role
    from quiz.facts.model import Mention

    runner = Mention(0, 22, "Kenyan Susan Chepkemei", "PERSON")
    kept = _strip_role(runner, set(), peoples={"Kenyan"}, named={"Kenyan"})
    assert kept.text == "Susan Chepkemei"


def test_a_job_noun_before_a_name_marks_a_person(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Design engineer Takuo Miyagishima will be awarded an Oscar at a dinner in February. "
            "Miyagishima is the 18th recipient of the Sawyer Award."
        )
    )[0]
    engineer = af.entity("Takuo Miyagishima")
    assert engineer is not None and engineer.kind == "person"
    later = af.sentences[1]
    assert later.mentions[0].key == "Takuo Miyagishima"
    assert later.rewrite().startswith("Takuo Miyagishima is the 18th recipient")


def test_a_name_written_once_a_letter_off_is_the_frequent_name(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "DaimlerChrysler made a profit of 2.5bn euros last year. DaimlerChrysler also cut "
            "jobs at Mercedes in Stuttgart. Looking forward, DaimerChrysler expects higher profits."
        )
    )[0]
    last = af.sentences[-1]
    assert [m.key for m in last.mentions] == ["DaimlerChrysler"]
    entity = af.entity("DaimlerChrysler")
    assert entity is not None and "DaimerChrysler" in entity.aliases


def test_short_names_a_letter_apart_stay_apart() -> None:
    from collections import Counter

    from quiz.facts.model import Mention
    from quiz.facts.spelling import Spellings

    spellings = Spellings(Counter({"Hull": 5, "Hall": 1, "DaimlerChrysler": 4}))
    hall, slip = Mention(0, 4, "Hall", "PERSON"), Mention(9, 24, "DaimlerChrylser", "ORG")
    for m in (hall, slip):
        m.key = m.text
    spellings.written["DaimlerChrylser"] = 1
    assert spellings.fixes([hall, slip]) == {"DaimlerChrylser": "DaimlerChrysler"}


def test_a_subordinate_clause_alone_is_a_fragment(facts_of: Facts) -> None:
    from quiz.generate.checks import usable_sentence

    af = facts_of(
        make_article(
            "Jason Gardener won the 60m in Birmingham in 6.56 seconds on Sunday. "
            "While relay gold medallists Jason Gardener and Mark Lewis-Francis will go "
            "head-to-head in the 60m."
        )
    )[0]
    assert usable_sentence(af.sentences[1].span) == (
        "a subordinate clause alone ('While X will go head-to-head in the 60m.')"
    )
    assert usable_sentence(af.sentences[0].span) is None


def test_a_price_at_a_time_of_day_is_not_asked(facts_of: Facts) -> None:
    from quiz.generate.cloze import askable_numbers

    af = facts_of(
        make_article(
            "The dollar was buying 104.76 yen at 0950 GMT in Tokyo trading. "
            "The dollar has lost 12% of its value against the yen over three years."
        )
    )[0]
    assert set(askable_numbers(af.sentences[0])) == {
        "a price at a time of day ('104.76 yen at 0950 GMT') is a passing tick"
    }
    assert [item[1] for item in askable_numbers(af.sentences[1]) if not isinstance(item, str)]


def test_the_weekend_and_the_new_year_are_relative_time() -> None:
    from quiz.facts.timeexpr import anchor_relative_time

    assert anchor_relative_time("San Andreas took £24m over the weekend.", None) is None
    assert anchor_relative_time("Details will follow in the New Year.", None) is None
    honours = "He was knighted in the New Year Honours list."
    assert anchor_relative_time(honours, None) == honours


def test_an_undated_forecast_year_is_not_asked(facts_of: Facts) -> None:
    from quiz.generate.years import year_clozes

    af = facts_of(
        make_article(
            "DaimlerChrysler profits fell sharply in 2004 after a scandal at Fuso. "
            "Profits at DaimlerChrysler are expected to be slightly higher in 2005. "
            "The carmaker plans to cut 1,000 jobs by 2006. "
            "DaimlerChrysler was formed by a merger in 1998."
        )
    )[0]
    assert year_clozes(af, af.sentences[1]) == ["the story's own present year is no question"]
    asked = year_clozes(af, af.sentences[3])
    assert len(asked) == 1 and isinstance(asked[0], Candidate) and asked[0].answer == "1998"
