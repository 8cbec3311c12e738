"""Companies the small model tags as people, and the sentences about them."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.generate import cloze
from quiz.generate.candidate import Candidate
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]

STORY = (
    "Shares in Allied Domecq have risen on talk of a takeover by France's Pernod Ricard. "
    "Allied Domecq shares in London rose 4% by 1200 GMT, while Pernod shares in Paris slipped 1.2%. "
    "Pernod has reduced the debt it took on to fund its Seagram purchase to 1.8bn euros. "
    "The spirits market is competitive, said a Vodafone spokesman in London."
)


def test_what_only_a_company_has_makes_a_name_a_company_and_its_short_form_links(
    facts_of: Facts,
) -> None:
    af = facts_of(make_article(STORY))[0]
    entity = af.entity("Pernod Ricard")
    assert entity is not None and entity.label == "ORG" and entity.kind == "company"
    short = [m for s in af.sentences for m in s.mentions if m.text == "Pernod"]
    assert short and all(m.key == "Pernod Ricard" for m in short)


def test_a_sentence_about_the_company_can_be_asked(facts_of: Facts) -> None:
    af = facts_of(make_article(STORY))[0]
    s = af.sentences[2]
    pernod = next(m for m in s.mentions if m.text == "Pernod")
    made = cloze.name_cloze(af, s, pernod)
    assert isinstance(made, Candidate), made  # 'it' is bound; no lone 'surname'
    assert made.answer == "Pernod" and "Pernod Ricard" in made.accepted


def test_an_owner_of_shares_is_the_news_but_a_spokesmans_employer_is_not(facts_of: Facts) -> None:
    af = facts_of(make_article(STORY))[0]
    s = af.sentences[1]
    allied = next(m for m in s.mentions if m.text == "Allied Domecq")
    assert isinstance(cloze.name_cloze(af, s, allied), Candidate)
    last = af.sentences[3]
    vodafone = next(m for m in last.mentions if m.text == "Vodafone")
    assert not isinstance(cloze.name_cloze(af, last, vodafone), Candidate)
