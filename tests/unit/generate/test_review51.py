"""Causes found by reviews 51 and 52: loose or missing typed forms, the dead as options."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate.answers import alternatives
from quiz.generate.candidate import Candidate
from quiz.generate.distractors import DistractorPool
from tests.unit.generate.conftest import make_article, who_question

Facts = Callable[..., list[ArticleFacts]]


def test_a_typed_quotation_accepts_the_speakers_other_name(facts_of: Facts) -> None:
    from quiz.generate.quotes import typed

    af = facts_of(
        make_article(
            "DJ Norman Cook - aka Fatboy Slim - has said that dance music is not dead yet. "
            "Norman Cook said: \u201cAt first I was doing deliberately jolly tunes so that people "
            "wouldn't think I was depressed.\u201d"
        )
    )[0]
    c = who_question(
        af, 1, "Who said: \u201cAt first I was doing jolly tunes\u201d?", "Norman Cook"
    )
    c.type, c.form = "quote_attribution", "quote"
    assert typed(c) and "Fatboy Slim" in c.accepted


def test_someone_the_report_says_was_assassinated_is_no_option(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Actor Ossie Davis was found dead in a Miami hotel room on Friday. He starred with "
            "actor Alan Alda and actor Burt Reynolds, and spoke at the funeral of Malcolm X, "
            "who was assassinated in 1965."
        )
    )
    assert "Malcolm X" in DistractorPool(facts).departed


def test_no_initials_are_made_up_for_a_place() -> None:
    assert "GT" not in alternatives("Golden Temple", "venue")
    assert "GTOA" not in alternatives("Golden Temple of Amritsar", "venue")
    assert "CAP" in alternatives("Common Agricultural Policy", "name")


def test_a_first_name_alone_is_not_accepted_for_a_person(facts_of: Facts) -> None:
    from quiz.generate.cloze import name_cloze

    af = facts_of(
        make_article(
            "Comedian Chris Rock will host the Oscars in Los Angeles on Sunday. Mr Rock told the BBC the "
            "show would be fun. Chris told reporters he had been rehearsing for weeks. "
            "Comedian Chris Rock was praised by the Academy for his jokes."
        )
    )[0]
    sent = af.sentences[-1]
    m = next(m for m in sent.mentions if m.key == "Chris Rock")
    c = name_cloze(af, sent, m)
    assert isinstance(c, Candidate) and "Chris" not in c.accepted and "Rock" in c.accepted


def test_no_bare_head_word_of_a_name_and_no_country_for_a_city_that_modifies(
    facts_of: Facts,
) -> None:
    from quiz.generate.cloze import name_cloze

    af = facts_of(
        make_article(
            "The Football Association said it would not bring charges. The Association met on "
            "Monday. The Football Association has yet to act on the failed drugs test."
        )
    )[0]
    sent = af.sentences[-1]
    m = next(m for m in sent.mentions if m.key == "Football Association")
    c = name_cloze(af, sent, m)
    assert isinstance(c, Candidate) and "Association" not in c.accepted
    from quiz.generate.cloze import _government

    tour = facts_of(
        make_article(
            "U2 will play Croke Park in Dublin in June. The Dublin dates on June 24 and 25 form "
            "part of the European tour."
        )
    )[0]
    sent = tour.sentences[1]
    m = next(m for m in sent.mentions if m.key == "Dublin")
    assert _government(sent, m.start - sent.start, m.end - sent.start, "Dublin") == set()


def test_a_lead_in_that_names_nobody_does_not_explain_his(facts_of: Facts) -> None:
    from quiz.generate.checks import lead_in, sentence_reason

    af = facts_of(
        make_article(
            "A reward of £100,000 has been offered for information leading to a conviction. "
            "His wife Sharon, who called the police, said her rings were taken as she slept."
        )
    )[0]
    sent = af.sentences[1]
    why = sentence_reason(sent)
    assert why == "dangling possessive 'His'"
    assert lead_in(af, sent, why) is None
