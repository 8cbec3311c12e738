"""Prompts a player can place: article context for body sentences, whole verb phrases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from quiz.facts.model import ArticleFacts
from quiz.generate import cloze, wh
from quiz.generate.candidate import Candidate
from quiz.generate.pipeline import generate_questions
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_subject_question_keeps_the_verbs_particle(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "West Ham's Gavin Williams looks certain to be out, "
            "so uncapped Wrexham defender Stephen Roberts is drafted in."
        )
    )[0]
    sent = af.sentences[0]
    williams = next(m for m in sent.mentions if m.text == "Gavin Williams")
    res = wh.subject_question(af, sent, williams)
    assert isinstance(res, Candidate)
    assert res.core.endswith("Stephen Roberts is drafted in?")


_STORY = (
    "Claudio Ranieri has been sacked as Valencia coach after eight months in charge. "
    "The Spanish club lost 2-1 to Real Madrid in the league on Sunday night. "
    "Ranieri signed Italian defender Marco Di Vaio from Juventus in the summer."
)


def _blank_sources(title: str) -> dict[str, int]:
    """Answer -> sentence index of the fill-in questions built from _STORY."""
    from quiz.facts.extract import extract_facts
    from quiz.facts.nlp import load_pipeline

    facts = extract_facts([make_article(_STORY, title=title)], load_pipeline())
    questions, _ = generate_questions(facts, 12)
    return {
        q.answer: _STORY[: q.sources[0].start].count(". ")
        for q in questions
        if q.type == "fill_blank" and "according to" not in q.prompt.lower()
    }


def test_a_body_sentence_is_never_asked_without_its_story() -> None:
    # the title names Ranieri, so it cannot be shown with a question whose answer he is
    untitled = _blank_sources("Ranieri sacked by Valencia")
    assert untitled, "the lead sentence still makes an untitled fill-in"
    assert set(untitled.values()) == {0}


def test_an_answer_is_asked_at_most_twice_per_article(facts_of: Facts) -> None:
    from quiz.generate import cloze
    from quiz.generate.candidate import Rejection
    from quiz.generate.select import select

    af = facts_of(
        make_article(
            "Labour MP Gordon Brown will deliver the Budget in Parliament on 16 March. "
            "Unions said pensions would be the main issue for public sector workers. "
            "Gordon Brown met union leaders in Edinburgh to discuss public sector pensions. "
            "Tony Blair backed the plans on a visit to Cardiff. "
            "Gordon Brown flew to Washington for talks on debt relief for Africa in January."
        )
    )[0]
    made = []
    for sent in af.sentences:
        brown = next((m for m in sent.mentions if m.key == "Gordon Brown"), None)
        if brown is None:
            continue
        c = cloze.name_cloze(af, sent, brown)
        assert isinstance(c, Candidate)
        c.prompt, c.score = c.core, 1.0
        made.append(c)
    assert len(made) == 3
    rejected: list[Rejection] = []
    assert len(select(made, 12, rejected)) == 2
    assert [r.reason for r in rejected] == ["answer already used"]


def test_a_journalist_relaying_the_news_is_no_answer() -> None:
    from quiz.facts.extract import extract_facts
    from quiz.facts.nlp import load_pipeline

    text = (
        "Tony Blair flew back from Jerusalem on Monday after two days of talks. "
        "In an interview with the BBC's political editor Andrew Marr, Tony Blair said progress "
        "on the Middle East peace process was vital."
    )
    facts = extract_facts([make_article(text, title="Blair returns from peace mission")],
                          load_pipeline())  # fmt: skip
    questions, rejected = generate_questions(facts, 12)
    assert all(q.answer != "Andrew Marr" for q in questions)
    assert any("journalist" in r.reason for r in rejected)


def test_no_question_prints_another_ones_answer(facts_of: Facts) -> None:
    from quiz.generate import cloze
    from quiz.generate.candidate import Rejection
    from quiz.generate.select import select

    af = facts_of(
        make_article(
            "Labour MP Gordon Brown will deliver the Budget in Parliament on 16 March. "
            "Union leaders met Gordon Brown in Edinburgh to discuss public sector pensions."
        )
    )[0]
    first, second = af.sentences
    blank_brown = cloze.name_cloze(
        af, first, next(m for m in first.mentions if m.key == "Gordon Brown")
    )
    blank_city = cloze.name_cloze(
        af, second, next(m for m in second.mentions if m.key == "Edinburgh")
    )
    made = [c for c in (blank_brown, blank_city) if isinstance(c, Candidate)]
    assert len(made) == 2
    for c in made:
        c.prompt, c.score = c.core, 1.0
    rejected: list[Rejection] = []
    kept = select(made, 12, rejected)
    assert len(kept) == 1  # the Edinburgh prompt names Gordon Brown
    assert rejected[0].reason == "another question of the article prints its answer"


def test_a_part_of_a_name_the_article_uses_alone_is_accepted(facts_of: Facts) -> None:
    from quiz.generate.answers import accepted_forms

    lead = (
        "BMW is to recall cars fitted with a faulty pump supplied by parts maker Robert Bosch. "
        "Shares in Bosch fell 3% in Frankfurt on the news."
    )
    af = facts_of(make_article(lead))[0]
    assert "Bosch" in accepted_forms(af, "Robert Bosch", "company")
    # 'Bosch' alone could be either firm: no longer a right answer for one of them
    both = facts_of(make_article(lead + " Its venture with Siemens, BSH Bosch, is not hit."))[0]
    assert {"Robert Bosch", "Bosch", "BSH Bosch"} <= set(both.entities)
    assert "Bosch" not in accepted_forms(both, "Robert Bosch", "company")


def test_so_far_is_not_a_connective_to_strip() -> None:
    from quiz.generate.checks import strip_lead

    assert strip_lead("So far a total of 569,072 envelopes have been scanned.").startswith("So far")
    assert strip_lead("So the bank said no.") == "The bank said no."


def test_a_nationality_word_gives_its_country_away() -> None:
    from quiz.generate.assemble import leaks

    c = Candidate(
        type="fill_blank",
        form="cloze",
        facts=None,  # type: ignore[arg-type]
        sentence=None,  # type: ignore[arg-type]
        core="",
        answer="Finland",
        label="country",
    )
    c.prompt = "Fill in the blank: Finnish TV audiences will watch the final live in _____."
    assert leaks(c)
    c.prompt = "Fill in the blank: Finance ministers will meet in _____ in March."
    assert not leaks(c)


def test_a_later_question_names_the_event_of_the_lead(facts_of: Facts) -> None:
    from quiz.generate.assemble import compose_prompt
    from quiz.generate.frame import event_of

    af = facts_of(
        make_article(
            "Snow Patrol won two prizes at the Meteor Awards in Dublin on Monday night. "
            "Singer Paddy Casey beat Brian McFadden and Damien Rice to the solo prize.",
            title="Snow Patrol feted at Irish awards",
        )
    )[0]
    assert event_of(af) == "Meteor Awards"
    sent = af.sentences[1]
    casey = next(m for m in sent.mentions if m.key == "Paddy Casey")
    c = wh.subject_question(af, sent, casey)
    assert isinstance(c, Candidate)
    prompt = compose_prompt(c)
    assert prompt is not None
    assert prompt.startswith("According to “Snow Patrol feted at Irish awards”, a report on the")
    assert "Meteor Awards, who beat Brian McFadden" in prompt


def test_two_events_in_the_lead_are_no_frame(facts_of: Facts) -> None:
    from quiz.generate.frame import event_of

    af = facts_of(
        make_article(
            "Kelly Holmes will skip the European Indoor Championships to run at the Commonwealth "
            "Games in Melbourne. She said the decision was hard."
        )
    )[0]
    assert event_of(af) is None


def test_a_quotation_running_on_after_its_speaker_is_attributed(facts_of: Facts) -> None:
    from quiz.generate import quotes

    af = facts_of(
        make_article(
            "West Ham boss Alan Pardew said: \"It's a shame because I thought there was good "
            'English banter in the crowd. We will look at the tapes."'
        )
    )[0]
    c = quotes.quote_question(af, af.sentences[0])
    assert isinstance(c, Candidate)
    assert c.answer == "Alan Pardew"
    assert c.core.startswith("Who said: “It's a shame because I thought there was good")


def test_a_name_inside_the_quotation_does_not_hide_who_said_it(facts_of: Facts) -> None:
    from quiz.generate import quotes

    af = facts_of(
        make_article(
            "Tony Blair has ruled out giving up the veto. Mr Blair told his monthly news "
            'conference Britain had the "best of both worlds" and would keep the veto. '
            '"There is no question of Britain giving up our veto on our border controls," '
            "he said."
        )
    )[0]
    c = quotes.quote_question(af, af.sentences[2])
    assert isinstance(c, Candidate) and c.answer == "Tony Blair"


def test_a_speaker_known_only_by_surname_is_no_choice_question() -> None:
    from quiz.facts.extract import extract_facts
    from quiz.facts.nlp import load_pipeline

    text = (
        "The Bank of England kept interest rates at 4.75% on Thursday. "
        'Ms Lomax said: "Recent work by the Bank has shown that private sector pay growth '
        'is slowing down rather more than we had expected." '
        'Economist Richard Jeffrey said: "The figures show that the economy is still growing '
        'at a steady pace this year." '
        'Analyst Marc Ostwald said: "Markets had expected the bank to hold rates at this '
        'meeting and they were right." '
        'Governor Mervyn King said: "We will watch the housing market very closely in the '
        'months to come."'
    )
    facts = extract_facts([make_article(text, title="Economy 'stronger than forecast'")],
                          load_pipeline())  # fmt: skip
    questions, rejected = generate_questions(facts, 12)
    assert not any(q.type == "quote_attribution" and q.answer == "Lomax" for q in questions)
    assert any(r.reason.startswith("a person known only by one name") for r in rejected)


def test_the_outlet_that_has_learned_the_news_is_no_blank(facts_of: Facts) -> None:
    from quiz.generate import cloze

    af = facts_of(
        make_article(
            "Blackburn have rejected a third bid from Rangers for Scotland captain Barry "
            "Ferguson, BBC Sport has learned."
        )
    )[0]
    sent = af.sentences[0]
    outlet = next(m for m in sent.mentions if m.key == "BBC Sport")
    assert cloze.name_cloze(af, sent, outlet) == (
        "blank is the outlet that reported the news, not the news"
    )


def test_a_dropped_day_keeps_the_next_sentence_capitalised() -> None:
    from quiz.facts.timeexpr import anchor_relative_time

    passage = "Investors were worried. Thursday's ruling means the sale stands."
    assert anchor_relative_time(passage, None) == (
        "Investors were worried. The ruling means the sale stands."
    )


def test_one_question_gives_way_when_that_lets_two_others_in(facts_of: Facts) -> None:
    from quiz.generate import cloze
    from quiz.generate.select import select

    af = facts_of(
        make_article(
            "Labour MP Gordon Brown will deliver the Budget in Parliament on 16 March. "
            "Union leaders met Gordon Brown in Edinburgh to discuss public sector pensions. "
            "Gordon Brown will host finance ministers in Paris to discuss aid for Africa."
        )
    )[0]
    wanted = {0: "Gordon Brown", 1: "Edinburgh", 2: "Paris"}
    made = []
    for sent in af.sentences:
        m = next(m for m in sent.mentions if m.key == wanted[sent.index])
        c = cloze.name_cloze(af, sent, m)
        assert isinstance(c, Candidate)
        c.prompt, c.score = c.core, 3.0 - sent.index  # the Budget question ranks first
        made.append(c)
    kept = select(made, 12, [])
    assert {c.answer for c in kept} == {"Edinburgh", "Paris"}


def test_a_quotation_two_people_said_is_not_asked(facts_of: Facts) -> None:
    from quiz.generate import quotes

    af = facts_of(
        make_article(
            'Singer Gary Lightbody and drummer Jonny Quinn said: "It has been good for us, but '
            'also hard for us over the past six years."'
        )
    )[0]
    assert quotes.quote_question(af, af.sentences[0]) is None


def test_a_name_the_tagger_missed_is_a_rival_for_she(facts_of: Facts) -> None:
    from quiz.generate import quotes

    af = facts_of(
        make_article(
            "Baroness Boothroyd, who was the first woman to be Commons Speaker, said she "
            "believed Tony Blair initiated reforms without a clear outcome in mind. "
            '"Now we have to take care of it ourselves and make the best of it," she told '
            "the BBC."
        )
    )[0]
    c = quotes.quote_question(af, af.sentences[1])
    assert not (isinstance(c, Candidate) and c.answer == "Tony Blair")


def test_a_surname_of_two_words_is_accepted(facts_of: Facts) -> None:
    from quiz.generate.answers import accepted_forms

    af = facts_of(
        make_article(
            "Poet Michael Symmons Roberts won the prize on Tuesday. Symmons Roberts said he "
            "was delighted. Dutch minister Clemence Ross-van Dorp praised the team."
        )
    )[0]
    assert "Symmons Roberts" in accepted_forms(af, "Michael Symmons Roberts", "person")
    assert "Ross-van Dorp" in accepted_forms(af, "Clemence Ross-van Dorp", "person")


def test_a_count_of_the_items_listed_is_not_asked(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "The film's other three Oscar nominations are for costume, film editing and sound "
            "mixing. The club signed four players from Spain in the January transfer window."
        )
    )[0]
    assert wh.how_many_question(af, af.sentences[0]) == (
        "the count is the number of items the sentence lists"
    )


def test_a_decimal_count_does_not_break_the_list_check(facts_of: Facts) -> None:
    af = facts_of(make_article("Shareholders bought 6.56 shares for each bond in the deal."))[0]
    res = wh.how_many_question(af, af.sentences[0])
    assert res is None or isinstance(res, (str, Candidate))


def test_a_generator_bug_on_one_article_costs_only_that_article(
    facts_of: Facts, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quiz.generate import pipeline

    good = make_article("Kylian Mbappe scored 32 goals for Real Madrid in his first season.")
    bad = make_article("Antonio Rudiger scored a header in the 115th minute against Sociedad.")
    facts = facts_of(good, bad)
    real = pipeline._candidates

    def flaky(af, *args):  # type: ignore[no-untyped-def]
        if af.article.id == bad.id:
            raise ValueError("boom")
        return real(af, *args)

    monkeypatch.setattr(pipeline, "_candidates", flaky)
    questions, rejected = pipeline.generate_questions(facts, 12)
    assert questions and all(q.sources[0].article_id == good.id for q in questions)
    assert any(r.article == bad.id and "ValueError: boom" in r.reason for r in rejected)


def test_a_name_the_tagger_cut_is_not_written_out_as_another_person(facts_of: Facts) -> None:
    from quiz.generate import quotes

    af = facts_of(
        make_article(
            "Rock star Bryan Ferry watched from the gallery. Otis Ferry, a former Eton pupil "
            'and joint leader of the South Shropshire Hunt, said: "I have no regrets about what '
            'we did that day."'
        )
    )[0]
    said = af.sentences[1]
    assert any(m.cut for m in said.mentions)  # the tagger read 'Ferry' without 'Otis'
    assert "Bryan Ferry" not in said.subst.values()
    c = quotes.quote_question(af, said)
    assert not (isinstance(c, Candidate) and c.answer == "Bryan Ferry")


def test_a_clause_after_a_dropped_coordinated_clause_goes_too(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Willowfield's Paul Rowan will go in as individual favourite but Annadale could "
            "have a tough job holding on to their team title as Andrew Dunwoody and Noel "
            "Pollock are unlikely to run."
        )
    )[0]
    sent = af.sentences[0]
    rowan = next(m for m in sent.mentions if m.key == "Paul Rowan")
    c = wh.subject_question(af, sent, rowan)
    assert isinstance(c, Candidate)
    assert c.core == "Who will go in as individual favourite?"


def test_a_sentence_about_another_event_gets_no_frame(facts_of: Facts) -> None:
    from quiz.generate.frame import event_of, frame_for

    af = facts_of(
        make_article(
            "Paula Radcliffe dropped out of the marathon at the Athens Olympics, her coach said. "
            "The British runner has been troubled by a stomach injury since the spring. "
            "Paula Radcliffe won the London Marathon in a record time of two hours and 15 minutes."
        )
    )[0]
    assert event_of(af) == "Athens Olympics"
    assert frame_for(af, af.sentences[2], ["Paula Radcliffe"]) is None


def test_a_war_is_no_event_frame(facts_of: Facts) -> None:
    from quiz.generate.frame import event_of

    af = facts_of(
        make_article(
            "A film about World War I won the top prize at the awards in London on Sunday. "
            "Its director thanked the cast."
        )
    )[0]
    assert event_of(af) is None


def test_html_character_references_are_shown_as_characters(facts_of: Facts) -> None:
    text = (
        "Manchester United have signed striker Wayne Rooney from Everton for a fee of 27m "
        "pounds, the clubs said on Tuesday. Everton manager David Moyes said the deal was good "
        "for the club. Rooney scored four goals for England at Euro 2004 in Portugal."
    )
    title = "United sign teenager for &#163;27m"
    facts = facts_of(make_article(text, title=title, date=dt.date(2004, 8, 31)))
    questions, _ = generate_questions(facts, 12)
    assert questions
    assert all("&#" not in q.prompt for q in questions)
    assert any("£27m" in q.prompt for q in questions)


def test_a_speaker_blank_needs_a_quotation_that_says_something(facts_of: Facts) -> None:
    text = (
        "Shares in Boeing rose on Monday after the planemaker won a large order from Qantas. "
        '"That is not the case," said Alan Mulally, chief executive of Boeing. '
        '"We expect to deliver the first of the new aircraft to Qantas within three years," '
        "said Alan Mulally."
    )
    [af] = facts_of(make_article(text, title="Boeing wins order", date=dt.date(2005, 3, 1)))
    short, long = af.sentences[1], af.sentences[2]
    made = [cloze.name_cloze(af, s, m) for s in (short, long) for m in s.mentions]
    speaker = [c for c in made if isinstance(c, Candidate) and c.answer == "Alan Mulally"]
    assert [c.sentence.index for c in speaker] == [2]
    assert any(isinstance(r, str) and "too short" in r for r in made)


def test_a_headline_naming_the_answers_office_is_not_shown(facts_of: Facts) -> None:
    from quiz.facts.roles import role_titles
    from quiz.generate.assemble import context

    text = (
        "Tory leader Michael Howard has urged voters to back his plans for lower taxes. "
        "Prime Minister Tony Blair rejected the plans on Monday."
    )
    [af] = facts_of(make_article(text, title="Tory leader urges tax cuts"))
    assert "Tory leader" in role_titles(af, "Michael Howard")
    assert "PM" in role_titles(af, "Tony Blair")
    shown, _ = context(af.article, ["Michael Howard"], None, role_titles(af, "Michael Howard"))
    assert "Tory leader urges" not in shown
    kept, _ = context(af.article, ["Tony Blair"], None, role_titles(af, "Tony Blair"))
    assert "Tory leader urges" in kept


def test_an_event_name_the_tagger_missed_still_rivals_the_one_it_found(facts_of: Facts) -> None:
    from quiz.generate.frame import event_of

    text = (
        "Sideways, a wine-tasting comedy starring Paul Giamatti, is up for six Independent "
        "Spirit Awards, the art-house version of the Oscars. The awards are held on 26 "
        "February, the day before the Oscars. Spanish drama Maria Full of Grace got five "
        "nominations."
    )
    [af] = facts_of(make_article(text))
    assert event_of(af) is None
    [plain] = facts_of(make_article("Hilary Swank won at the Oscars on Sunday. She wept."))
    assert event_of(plain) == "Oscars"


def test_a_product_of_the_answer_in_the_prompt_gives_it_away(facts_of: Facts) -> None:
    from quiz.generate.assemble import leaks

    text = (
        "Sales of the hybrid Toyota Prius doubled last year, the carmaker said. "
        "Demand for the Prius has been strongest in California."
    )
    [af] = facts_of(make_article(text))
    c = Candidate(
        type="fill_blank",
        form="cloze",
        facts=af,
        sentence=af.sentences[1],
        core="",
        answer="Toyota",
        label="company",
    )
    c.prompt = "Fill in the blank: Demand for _____'s Prius has been strongest in California."
    assert leaks(c)
    c.prompt = "Fill in the blank: Demand for _____'s hybrid has been strongest in California."
    assert not leaks(c)
