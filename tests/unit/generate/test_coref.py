"""Pronoun resolution is cautious: it resolves only when one named subject is in view."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate import cloze, quotes
from quiz.generate.assemble import to_question
from quiz.generate.candidate import Candidate
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def second(facts_of: Facts, text: str) -> ArticleFacts:
    return facts_of(make_article(text, title="Sprint news"))[0]


def test_he_resolves_to_the_previous_subject(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Maurice Greene won the race in Berlin on a cold night. "
        "He then flew to France for an indoor meeting.",
    )
    s = af.sentences[1]
    assert s.rewrite() == "Maurice Greene flew to France for an indoor meeting."
    assert s.antecedent is af.sentences[0]


def test_only_the_first_pronoun_is_rewritten(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Maurice Greene won the race in Berlin on a cold night. "
        "His coach said he was pleased with the time.",
    )
    assert af.sentences[1].rewrite() == "Maurice Greene's coach said he was pleased with the time."


def test_two_people_in_view_stay_unresolved(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Maurice Greene beat Justin Gatlin in Berlin on a cold night. "
        "He then flew to France for an indoor meeting.",
    )
    assert af.sentences[1].rewrite().startswith("He ")
    assert af.sentences[1].antecedent is None


def test_a_named_subject_before_the_pronoun_claims_it(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Wes Brown now looks certain to add to his tally of caps for England. "
        "King was forced out after his groin injury was assessed by doctors.",
    )
    assert af.sentences[1].subst == {}


def test_a_descriptor_subject_blocks_resolution(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "The 71-year-old served in Belfast during the premiership of Margaret Thatcher. "
        "As a minister he dealt with education and later with security.",
    )
    assert af.sentences[1].subst == {}


def test_resolved_prompt_cites_both_sentences(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Maurice Greene won the race in Berlin on a cold night. "
        "He then flew to France for an indoor meeting.",
    )
    s = af.sentences[1]
    france = next(m for m in s.mentions if m.text == "France")
    c = cloze.name_cloze(af, s, france)
    assert isinstance(c, Candidate)
    c.prompt = c.core
    q = to_question(c)
    assert q.prompt == "Maurice Greene flew to _____ for an indoor meeting."
    assert q.sources[0].quote == af.article.text  # both sentences: the quote alone confirms it


def test_quote_spoken_by_a_resolved_pronoun(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Coach Andrew Foster praised the squad after the final in Paris. "
        '"This is the best team I have worked with in my career," he said.',
    )
    c = quotes.quote_question(af, af.sentences[1])
    assert isinstance(c, Candidate)
    assert c.answer == "Andrew Foster" and c.antecedent is af.sentences[0]


def test_the_person_told_is_not_the_speaker(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "The former champion told Maria Lopez about his plans for the season. "
        '"I want to win every trophy there is with this great club in Madrid."',
    )
    assert any(m.key == "Maria Lopez" for m in af.sentences[0].mentions)
    c = quotes.quote_question(af, af.sentences[1])
    assert c is None  # the one told is not the one speaking, and the speaker is unnamed


def test_a_wife_is_not_linked_to_her_husband(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Tory leader Michael Howard spoke to voters in Kent about taxes. "
        "Mrs Howard has appeared alongside her husband at events across Britain.",
    )
    keys = {m.key for m in af.sentences[1].mentions if m.text == "Howard"}
    assert keys and "Michael Howard" not in keys


def test_a_name_is_cut_where_the_tagger_ran_on(facts_of: Facts) -> None:
    af = second(
        facts_of, "Kelly Holmes will run at the Birmingham Grand Prix - good news for fans."
    )
    assert not any("good" in m.text for s in af.sentences for m in s.mentions)


def test_a_name_the_tagger_cut_short_is_not_a_mention(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "BT's own engine, Tara (Total Abstract Rendering Architecture) has been in development "
        "since 2001 and is used by planners.",
    )
    texts = [m.text for s in af.sentences for m in s.mentions]
    assert all(t.count("(") == t.count(")") for t in texts)
    assert all(not t.split()[-1].islower() for t in texts)


def test_a_subject_named_by_role_is_a_rival_antecedent(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "The Scottish Conservative leader had insisted that his legal work with Tods Murray "
        "did not influence the causes he supports. "
        'But on Friday he said: "I have tendered my resignation as a partner with immediate '
        'effect."',
    )
    assert af.sentences[1].rewrite().startswith("But on Friday he said")
    assert quotes.quote_question(af, af.sentences[1]) is None


def test_a_name_the_tagger_cut_after_its_first_word_is_never_an_answer(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "The project leader, Ard Jan Vetham, said the system would be ready next year. "
        "On Monday Tony Blair insisted closer co-operation did not mean losing control.",
    )
    cut = {m.text: m.cut for s in af.sentences for m in s.mentions}
    assert cut["Jan Vetham"] is True  # 'Ard' runs into it
    assert cut["Tony Blair"] is False  # 'Monday' is a date, not part of the name
    vetham = next(m for m in af.sentences[0].mentions if m.text == "Jan Vetham")
    assert not isinstance(cloze.name_cloze(af, af.sentences[0], vetham), Candidate)


def test_a_pronoun_is_bound_to_its_own_clauses_named_subject(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Record label boss Simon Fuller confirmed the news on Friday. "
        "Frontman Charlie Simpson planned to spend some time working with his new band.",
    )
    s = af.sentences[1]
    assert s.subst and all(v in ("his", "") for k, v in s.subst.items() if k >= s.span.start)
    assert s.antecedent is None
    blank = cloze.name_cloze(af, s, next(m for m in s.mentions if m.key == "Charlie Simpson"))
    assert isinstance(blank, Candidate), blank


def test_a_name_between_subject_and_pronoun_leaves_it_unresolved(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "The meeting ended late on Friday. "
        "Tony Blair told Gordon Brown that he would announce the date of the election.",
    )
    s = af.sentences[1]
    assert not any(t.lower_ == "he" and t.i in s.subst for t in s.span)


def test_an_age_descriptor_names_the_one_person_of_that_age(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Wayne Rooney, 19, joined Manchester United from Everton for 27m pounds. "
        "Alan Smith, 23, moved from Leeds. The 19-year-old scored a hat-trick on his debut.",
    )
    s = af.sentences[2]
    assert s.rewrite().startswith("Wayne Rooney scored a hat-trick")
    assert s.antecedent is af.sentences[1]


def test_an_age_no_one_is_given_names_the_one_subject_in_view(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Sarah Claxton won the 60m hurdles at the trials in Sheffield. "
        "The 25-year-old has already smashed the British record twice this season.",
    )
    assert af.sentences[1].rewrite().startswith("Sarah Claxton has already smashed")


def test_a_job_descriptor_names_the_one_person_with_that_role(facts_of: Facts) -> None:
    af = second(
        facts_of,
        "Chelsea striker Didier Drogba scored twice against Everton on Saturday. "
        "The striker was later substituted with a knee injury.",
    )
    assert af.sentences[1].rewrite().startswith("Didier Drogba was later substituted")
    two = second(
        facts_of,
        "Chelsea striker Didier Drogba and Arsenal striker Thierry Henry both scored twice. "
        "The striker was later substituted with a knee injury.",
    )
    assert two.sentences[1].rewrite().startswith("The striker")


def test_ages_are_read_beside_names_not_across_a_verb() -> None:
    from quiz.facts.descriptors import _ages

    text = "The 28-year-old Chelsea striker Didier Drogba scored. Joe Cole (23) did not."
    assert _ages(text, "Didier Drogba") == {"28"} and _ages(text, "Joe Cole") == {"23"}
    assert _ages("The 21-year-old embraced Alex Remiro.", "Alex Remiro") == set()
