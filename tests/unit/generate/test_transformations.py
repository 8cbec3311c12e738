"""Each transformation on small texts written for the purpose, including the hard cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from quiz.facts.model import ArticleFacts, Sentence
from quiz.generate import cloze, quotes, wh
from quiz.generate.assemble import compose_prompt
from quiz.generate.candidate import Candidate
from quiz.generate.pipeline import generate_questions
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def first_sentence(facts: Facts, text: str, **kw: object) -> tuple[ArticleFacts, Sentence]:
    af = facts(make_article(text, **kw))[0]  # type: ignore[arg-type]
    return af, af.sentences[0]


def mention(sent: Sentence, text: str):  # type: ignore[no-untyped-def]
    return next(m for m in sent.mentions if m.text == text)


def test_subject_question_replaces_subject_with_who(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "Antonio Rudiger scored a header in the 115th minute against Real Sociedad."
    )
    res = wh.subject_question(af, sent, mention(sent, "Antonio Rudiger"))
    assert isinstance(res, Candidate)
    assert res.core == "Who scored a header in the 115th minute against Real Sociedad?"
    assert res.answer == "Antonio Rudiger"


def test_object_question_uses_do_support_with_lemma(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "The Senate Finance Committee appointed Maria Lopez as chair of a new inquiry."
    )
    res = wh.object_question(af, sent, mention(sent, "Maria Lopez"))
    assert isinstance(res, Candidate)
    assert res.core == "Who did the Senate Finance Committee appoint as chair of a new inquiry?"


def test_object_question_inverts_an_auxiliary(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "The Financial Services Authority has fined Goldman Sachs for breaking rules."
    )
    res = wh.object_question(af, sent, mention(sent, "Goldman Sachs"))
    assert isinstance(res, Candidate)
    assert res.core == (
        "Which organisation has the Financial Services Authority fined for breaking rules?"
    )


def test_anaphoric_definite_noun_is_rejected(facts_of: Facts) -> None:
    af, sent = first_sentence(facts_of, "The regulator has fined Goldman Sachs for breaking rules.")
    res = wh.object_question(af, sent, mention(sent, "Goldman Sachs"))
    assert res == "unresolved reference 'the regulator'"


def test_dangling_possessive_is_rejected_with_reason(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of,
        "The Financial Services Authority fined Goldman Sachs for misleading their clients.",
    )
    res = wh.object_question(af, sent, mention(sent, "Goldman Sachs"))
    assert isinstance(res, str) and "'their'" in res


def test_how_many_question_keeps_the_unit(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "Kylian Mbappe has scored 32 goals for Real Madrid this season."
    )
    res = wh.how_many_question(af, sent)
    assert isinstance(res, Candidate)
    assert res.core == "How many goals has Kylian Mbappe scored for Real Madrid this season?"
    assert (res.answer, res.unit, res.type) == ("32", "goals", "numeric")


def test_number_words_are_answered_in_digits(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "Rescue teams pulled twelve survivors from the collapsed building in Ankara."
    )
    res = wh.how_many_question(af, sent)
    assert isinstance(res, Candidate)
    assert res.answer == "12" and "twelve" in res.accepted


def test_pronoun_subject_is_never_asked(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "He signed Kylian Mbappe from Paris Saint-Germain in the summer."
    )
    res = wh.object_question(af, sent, mention(sent, "Kylian Mbappe"))
    assert isinstance(res, str) and "pronoun" in res


def test_bare_descriptor_is_rejected(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "The 21-year-old embraced Alex Remiro after the match in Madrid."
    )
    res = wh.object_question(af, sent, mention(sent, "Alex Remiro"))
    assert isinstance(res, str) and "21-year-old" in res


def test_cloze_blanks_one_name_and_accepts_the_full_form(facts_of: Facts) -> None:
    text = (
        "Antonio Rudiger joined Chelsea from Roma in 2017. "
        "In 2019, Rudiger scored the winning goal against Arsenal in the FA Cup final."
    )
    af = facts_of(make_article(text))[0]
    sent = af.sentences[1]
    res = cloze.name_cloze(af, sent, mention(sent, "Rudiger"))
    assert isinstance(res, Candidate)
    assert res.core == "In 2019, _____ scored the winning goal against Arsenal in the FA Cup final."
    assert res.answer == "Rudiger" and "Antonio Rudiger" in res.accepted


def test_number_cloze_keeps_currency_and_suffix(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "Quarterly profits at Time Warner jumped 76% to $1.13bn in the last quarter."
    )
    got = {c.answer: c for c in cloze.number_clozes(af, sent) if isinstance(c, Candidate)}
    assert got["76"].core.startswith("Quarterly profits at Time Warner jumped _____% to")
    assert got["76"].unit == "%"
    assert got["1.13"].unit == "$bn"


def test_number_next_to_its_conversion_is_not_blanked(facts_of: Facts) -> None:
    text = "Profits at Time Warner rose to $1.13bn (£600m) in the three months to December."
    af, sent = first_sentence(facts_of, text)
    got = [c for c in cloze.number_clozes(af, sent) if isinstance(c, Candidate)]
    assert not [c for c in got if c.answer in ("1.13", "600")]


def test_quote_attribution_finds_the_speaker(facts_of: Facts) -> None:
    text = (
        '"Our financial performance was strong, meeting all of our objectives," '
        "chief executive Richard Parsons said."
    )
    af, sent = first_sentence(facts_of, text)
    res = quotes.quote_question(af, sent)
    assert isinstance(res, Candidate)
    assert (
        res.core
        == "Who said: “Our financial performance was strong, meeting all of our objectives”?"
    )
    assert res.answer == "Richard Parsons"


def test_relative_time_is_anchored_to_the_article_date(facts_of: Facts) -> None:
    text = "Antonio Rudiger scored a header against Real Sociedad on Tuesday."
    af, sent = first_sentence(facts_of, text, date=dt.date(2025, 4, 2), title="Madrid reach final")
    res = wh.subject_question(af, sent, mention(sent, "Antonio Rudiger"))
    assert isinstance(res, Candidate)
    res.prompt = compose_prompt(res) or ""
    assert res.prompt == (
        "According to “Madrid reach final” (2 April 2025), who scored a header "
        "against Real Sociedad on 1 April 2025?"
    )


def test_relative_time_without_a_date_is_dropped_or_rejected(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "Antonio Rudiger scored a header against Real Sociedad yesterday."
    )
    res = wh.subject_question(af, sent, mention(sent, "Antonio Rudiger"))
    assert isinstance(res, Candidate)
    assert (
        compose_prompt(res)
        == "According to “Test story”, who scored a header against Real Sociedad?"
    )
    af, sent = first_sentence(
        facts_of, "Antonio Rudiger recently scored a header against Real Sociedad."
    )
    res = wh.subject_question(af, sent, mention(sent, "Antonio Rudiger"))
    assert isinstance(res, Candidate) and compose_prompt(res) is None


def test_a_time_phrase_inside_a_larger_phrase_is_not_dropped() -> None:
    from quiz.facts.timeexpr import anchor_relative_time

    text = "Opera 8.0, due for release at the end of next week, will be free."
    assert anchor_relative_time(text, None) is None  # not 'at the end of, will be free'
    assert anchor_relative_time("Yukos said on Tuesday it would appeal.", None) == (
        "Yukos said it would appeal."
    )


def test_distractors_are_same_type_and_never_aliases(facts_of: Facts) -> None:
    text = (
        "Defender Antonio Rudiger scored the winner for Real Madrid against Real Sociedad in the semi-final. "
        "Jude Bellingham and Aurelien Tchouameni scored late goals for Real Madrid. "
        "Mikel Oyarzabal equalised for Real Sociedad in stoppage time at the Bernabeu. "
        "Rudiger celebrated with defender David Alaba after the final whistle in the Spanish capital. "
        "Midfielder Luka Modric was rested. Winger Brahim Diaz hit the post twice. "
        "Coach Carlo Ancelotti praised the fans."
    )  # the players' positions are named: a choice offers only players, never the coach
    questions, _ = generate_questions(facts_of(make_article(text, title="Madrid reach final")), 12)
    mcq = [q for q in questions if q.type == "multiple_choice" and q.answer == "Antonio Rudiger"]
    assert mcq, [q.prompt for q in questions]
    for q in mcq:
        others = [c for c in q.choices if c != q.answer]
        assert "Rudiger" not in others and len(set(q.choices)) == 4
        assert not {"Real Madrid", "Real Sociedad", "Bernabeu", "Carlo Ancelotti"} & set(others)
        # they scored too, so offering them would make a second right answer
        assert not {"Jude Bellingham", "Aurelien Tchouameni"} & set(others)


def test_generation_is_deterministic_and_ids_stable(facts_of: Facts) -> None:
    text = (
        "Antonio Rudiger scored the winner for Real Madrid against Real Sociedad in the semi-final. "
        "Mikel Oyarzabal equalised for Real Sociedad in stoppage time at the Bernabeu. "
        "Jude Bellingham scored for Real Madrid in the second half of the match."
    )
    art = make_article(text, title="Madrid reach final")
    first, _ = generate_questions(facts_of(art), 12)
    second, _ = generate_questions(facts_of(art), 12)
    assert [q.model_dump() for q in first] == [q.model_dump() for q in second]
    other = make_article(
        "Sales at the Spanish retailer Inditex rose 10% in the year to January, "
        "the company said in Madrid on its results day for investors.",
        title="Inditex",
    )
    combined, _ = generate_questions(facts_of(art, other), 12)
    assert {q.id for q in first} <= {q.id for q in combined}


def test_a_compound_number_word_is_never_read_as_its_last_word(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "Forty-two films will debut at the Sundance Film Festival in Utah."
    )
    res = wh.how_many_question(af, sent)
    assert not (isinstance(res, Candidate) and res.answer == "2")


def test_a_weekday_inside_a_name_is_not_dropped_as_time() -> None:
    from quiz.facts.timeexpr import anchor_relative_time

    assert (
        anchor_relative_time("A poll for the Independent on Sunday put Labour ahead.", None) is None
    )
    assert anchor_relative_time("Labour said on Sunday that it would win.", None) == (
        "Labour said that it would win."
    )


def test_a_blank_explained_in_brackets_is_not_set(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "Traffic in Mumbai (Bombay) was halted by the floods on the coast."
    )
    res = cloze.name_cloze(af, sent, mention(sent, "Mumbai"))
    assert res == "the blank is explained in brackets next to it"


def test_an_approximate_count_is_not_asked_as_exact(facts_of: Facts) -> None:
    af, sent = first_sentence(
        facts_of, "More than 310 actions have already been raised in the Court of Session."
    )
    assert wh.how_many_question(af, sent) == (
        "an approximate or relative figure ('more than 310', 'one in six')"
    )
    af, sent = first_sentence(facts_of, "Almost one in six cars sold by the BMW group was a Mini.")
    assert not isinstance(wh.how_many_question(af, sent), Candidate)


def test_keys_take_each_position_in_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    import quiz.generate.pipeline as pipeline

    fakes = [
        SimpleNamespace(type="quote_attribution", choices=["a", "b", "c", "d"], qid=f"q{n:012x}")
        for n in range(8)
    ]
    monkeypatch.setattr(pipeline, "question_id", lambda c: c.qid)
    places = pipeline.key_places(fakes)  # type: ignore[arg-type]
    assert sorted(places.values()) == [0, 0, 1, 1, 2, 2, 3, 3]


def test_a_false_figure_stays_within_half_to_twice_and_no_share_passes_100() -> None:
    from quiz.generate.truefalse import wrong_number

    for seed in map(str, range(20)):
        share = float(wrong_number("90", "", seed, percent=True))
        assert 45 <= share <= 100 and share != 90
        small = float(wrong_number("3.3", "", seed))
        assert 1.65 <= small <= 6.6 and small != 3.3


def test_a_false_share_in_a_sentence_is_no_more_than_100(facts_of: Facts) -> None:
    from quiz.generate.truefalse import number_statements

    text = "Research by Earthlink revealed that 90% of Windows machines have spyware on board."
    [af] = facts_of(make_article(text))
    made = [c for c in number_statements(af, af.sentences[0]) if not isinstance(c, str)]
    false = [c for c in made if c.answer == "False"]
    assert false and all("180%" not in c.core and "135%" not in c.core for c in false)


def test_a_person_is_swapped_only_for_a_colleague_and_never_into_an_accusation(
    facts_of: Facts,
) -> None:
    from quiz.generate.swaps import colleague_swap

    text = (
        "Chelsea goalkeeper Petr Cech kept a clean sheet against Everton on Saturday. "
        "Tottenham goalkeeper Paul Robinson saved a penalty at Fulham. "
        "Petr Cech made a string of fine saves in the second half. "
        "Petr Cech was banned for two games after the match. "
        "Chelsea striker Didier Drogba scored twice."
    )
    [af] = facts_of(make_article(text))
    saves, banned = af.sentences[2], af.sentences[3]
    [cech] = [m for m in saves.mentions if m.key == "Petr Cech"]
    assert colleague_swap(af, saves, cech) == "Paul Robinson"  # a keeper, not the striker
    [again] = [m for m in banned.mentions if m.key == "Petr Cech"]
    assert colleague_swap(af, banned, again) is None


def test_a_race_distance_is_never_swapped_for_a_made_up_one(facts_of: Facts) -> None:
    from quiz.generate.truefalse import number_statements

    text = "Kelly Holmes won the 400m hurdles in Birmingham with ease on a cold night."
    [af] = facts_of(make_article(text))
    made = number_statements(af, af.sentences[0])
    assert not any(not isinstance(c, str) and c.answer == "False" for c in made)
    assert any(isinstance(c, str) and "race distance" in c for c in made)


def test_a_count_of_a_stretch_is_no_how_many_question(facts_of: Facts) -> None:
    text = "Real Madrid had lost their previous two league games before the trip to Seville."
    [af] = facts_of(make_article(text))
    res = wh.how_many_question(af, af.sentences[0])
    assert isinstance(res, str) and "stretch" in res
