"""Causes found by a cold review of 120 questions (review 29), each pinned by a small case."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.facts.timeexpr import anchor_relative_time
from quiz.generate import cloze, wh
from quiz.generate.answers import alternatives
from quiz.generate.candidate import Candidate
from quiz.generate.years import year_clozes
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def one(facts_of: Facts, text: str) -> ArticleFacts:
    return facts_of(make_article(text))[0]


def asked(af: ArticleFacts) -> list[str]:
    return [c.answer for c in cloze.number_clozes(af, af.sentences[0]) if isinstance(c, Candidate)]


def test_a_conversion_after_a_unit_word_gives_the_number_away(facts_of: Facts) -> None:
    af = one(
        facts_of, "Frank Bruvik was ordered to pay 100,000 kroner (£8,000) to the music industry."
    )
    assert asked(af) == []


def test_a_share_that_follows_from_two_other_figures_is_not_asked(facts_of: Facts) -> None:
    af = one(facts_of, "Cairn's shares closed up 64 pence, or 6%, at 1130p in London on Thursday.")
    assert "6" not in asked(af)


def test_a_year_that_only_dates_a_figure_is_not_asked(facts_of: Facts) -> None:
    af = one(
        facts_of, "Sales at the Swedish retailer rose 4% in 2004, helped by new stores in Asia."
    )
    assert not any(isinstance(c, Candidate) for c in year_clozes(af, af.sentences[0]))


def test_a_how_many_phrase_keeps_its_names_and_words(facts_of: Facts) -> None:
    af = one(
        facts_of,
        "Three leading UK video game companies predicted that more firms would close in London.",
    )
    made = wh.how_many_question(af, af.sentences[0])
    assert isinstance(made, Candidate)
    assert made.core.startswith("How many leading UK video game companies predicted")


def test_a_name_the_tagger_took_for_a_noun_keeps_its_capital(facts_of: Facts) -> None:
    af = one(
        facts_of,
        "Hanks will play Robert Langdon, who is trying to solve the murder of a member of "
        "an ancient society.",
    )
    s = af.sentences[0]
    made = wh.object_question(af, s, next(m for m in s.mentions if m.key == "Robert Langdon"))
    assert isinstance(made, Candidate) and made.core == "Who will Hanks play?"


def test_at_the_moment_is_unanchored_time() -> None:
    assert anchor_relative_time("Cragg is ranked second in the world at the moment.", None) is None


def test_initials_of_a_name_without_its_country_are_accepted() -> None:
    assert "FCC" in alternatives("US Federal Communications Commission", "organisation")


def test_a_name_before_a_role_is_a_modifier_however_it_is_parsed(facts_of: Facts) -> None:
    af = one(
        facts_of,
        "Kevin Keegan believes there is still more to come from the former England forward.",
    )
    s = af.sentences[0]
    england = next(m for m in s.mentions if m.text == "England")
    assert not isinstance(cloze.name_cloze(af, s, england), Candidate)


def test_a_unit_is_the_counted_noun_whole(facts_of: Facts) -> None:
    af = one(
        facts_of, "Jeremy Jaynes was found guilty of sending more than 10,000 e-mails in 30 days."
    )
    units = [c.unit for c in cloze.number_clozes(af, af.sentences[0]) if isinstance(c, Candidate)]
    assert "e-mails" in units and "e" not in units
    dates = one(
        facts_of, "The Dublin dates on June 24 and 25 form part of the worldwide Vertigo tour."
    )
    made = cloze.number_clozes(dates, dates.sentences[0])
    assert not any(isinstance(c, Candidate) and c.unit == "form part" for c in made)


def test_review_30_causes(facts_of: Facts) -> None:
    from quiz.generate.checks import dangling_reason

    af = one(
        facts_of,
        "Liam Fox said the plans were a mess on Monday. "
        "Home Secretary Charles Clarke accused him of trying to score cheap political points.",
    )
    s = af.sentences[1]
    clarke = next(m for m in s.mentions if m.key == "Charles Clarke")
    assert not isinstance(wh.subject_question(af, s, clarke), Candidate)  # 'him' is not Clarke
    fellow = one(facts_of, "Fellow speaker and composer James MacMillan agreed with the plan.")
    why = dangling_reason(list(fellow.sentences[0].span))
    assert why is not None and "fellow" in why.lower()
    assert anchor_relative_time("Owen moved to Madrid from Liverpool last summer.", None) is None
    paper = one(facts_of, "Kelli White said in the San Francisco Chronicle that she was sorry.")
    s = paper.sentences[0]
    outlet = next(m for m in s.mentions if "Chronicle" in m.text)
    assert not isinstance(cloze.name_cloze(paper, s, outlet), Candidate)
    half = one(
        facts_of, "Chelsea dominated the opening 45 minutes against Fulham at Stamford Bridge."
    )
    assert asked(half) == []


def test_review_31_typed_forms(facts_of: Facts) -> None:
    from quiz.generate.answers import accepted_forms

    assert "Belmarsh" in alternatives("Belmarsh Prison", "venue")
    assert "BBC" in alternatives("BBC Sport", "organisation")
    assert "US" not in alternatives("US Open", "name")
    af = one(
        facts_of,
        "Analysts at Jupiter Research said mobile music would grow. "
        "People do not want to trade battery life for music, said Jupiter.",
    )
    assert "Jupiter Research" in accepted_forms(af, "Jupiter", "name")
    mr = one(facts_of, 'The package would "create a positive climate for wine," Mr Bussereau said.')
    s = mr.sentences[0]
    who = next(m for m in s.mentions if "Bussereau" in m.text)
    assert not isinstance(cloze.name_cloze(mr, s, who), Candidate)


def test_a_spokeswoman_behind_one_remark_is_not_asked(facts_of: Facts) -> None:
    from quiz.generate.pipeline import generate_questions

    af = one(
        facts_of,
        "Opera has released a new version of its browser that can be controlled by voice. "
        '"Our mission was always to provide the best internet experience for everyone in the '
        'world," said Opera spokeswoman Berit Hanson.',
    )
    assert af.entities["Berit Hanson"].role == "official"
    questions, rejected = generate_questions([af], 12)
    assert not any(q.answer == "Berit Hanson" and q.type == "fill_blank" for q in questions)
    assert any("spokesman or analyst" in r.reason for r in rejected)


def test_an_event_of_the_background_or_the_second_sentence_is_no_frame(facts_of: Facts) -> None:
    from quiz.generate.frame import event_of

    background = one(
        facts_of,
        "Greek sprinters Kostas Kenteris and Katerina Thanou have been suspended after failing "
        "to take drugs tests before the Athens Olympics. Their coach said they would appeal.",
    )
    assert event_of(background) is None
    later = one(
        facts_of,
        "Chelsea's Damien Duff has been ruled out of the clash with Barcelona at the Nou Camp. "
        "Duff was injured in the FA Cup win over Newcastle on Sunday.",
    )
    assert event_of(later) is None
    lead = one(
        facts_of,
        "Paula Radcliffe made a triumphant return to running with victory in the New York "
        "Marathon. She beat Susan Chepkemei by four seconds.",
    )
    assert event_of(lead) == "New York Marathon"


def test_two_names_the_tagger_ran_together_are_no_name(facts_of: Facts) -> None:
    af = one(
        facts_of,
        "Van Persie is suspended after being sent off at Southampton when Arsenal had a "
        "numerical advantage.",
    )
    assert not any(" when " in m.text for s in af.sentences for m in s.mentions)
