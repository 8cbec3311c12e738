"""One-word organisations get a kind from how the news writes about them (quiz.facts.orgkinds)."""

from __future__ import annotations

from collections.abc import Callable

from quiz.facts.model import ArticleFacts
from quiz.facts.orgkinds import pooled_kinds
from quiz.generate import cloze
from quiz.generate.candidate import Candidate
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def _kind(af: ArticleFacts, key: str) -> str | None:
    entity = af.entity(key)
    assert entity is not None, sorted(af.entities)
    return entity.kind


def test_votes_must_agree_and_a_specific_kind_beats_the_generic_one() -> None:
    votes = [("Sony", "company"), ("Sony", "organisation"), ("Bolton", "club")]
    votes += [("Delta", "company"), ("Delta", "club")]
    assert pooled_kinds(votes) == {"Sony": "company", "Bolton": "club"}


def test_a_company_is_known_by_its_profits_and_a_club_by_its_strikers(facts_of: Facts) -> None:
    business = make_article(
        "Vantora's profits rose by a fifth last year, the Dutch firm Halvex said on Monday. "
        "Vantora sold more phones in Asia than ever before."
    )
    sport = make_article(
        "Dunmore striker Karl Pettersen scored twice as Dunmore beat Ashvale 3-1 on Saturday. "
        "Dunmore climbed to third in the table after the win."
    )
    biz, spo = facts_of(business, sport)
    assert _kind(biz, "Vantora") == "company"
    assert _kind(spo, "Dunmore") == "club"


def test_a_name_the_article_uses_as_a_place_gets_no_organisation_kind(facts_of: Facts) -> None:
    clubs = make_article(
        "Dunmore striker Karl Pettersen scored twice as Dunmore beat Ashvale 3-1 on Saturday."
    )
    town = make_article(
        "Flooding closed three schools in Dunmore on Tuesday, the town council said. "
        "Dunmore has been flooded twice this year."
    )
    _, af = facts_of(clubs, town)
    assert _kind(af, "Dunmore") != "club"


def test_the_firm_names_the_one_organisation_in_view(facts_of: Facts) -> None:
    text = (
        "Korvell has cut the price of its games console in Japan. "
        "The firm said sales had been slower than it hoped. "
        "Korvell will launch the console in Europe in March."
    )
    [af] = facts_of(make_article(text))
    assert _kind(af, "Korvell") == "company"


def test_a_descriptor_before_a_name_is_not_part_of_it(facts_of: Facts) -> None:
    text = (
        "Welshman Gethin Pryce won the 400m in a personal best of 46.1 seconds on Sunday. "
        "Briton Alys Vaughan took silver in the women's race."
    )
    [af] = facts_of(make_article(text))
    assert "Gethin Pryce" in af.entities and "Alys Vaughan" in af.entities
    assert not any(k.startswith(("Welshman", "Briton")) for k in af.entities)


def test_a_one_word_organisation_said_twice_can_be_a_typed_answer(facts_of: Facts) -> None:
    text = (
        "Quintrel has unveiled the finished version of its home-grown search engine. "
        "The new Quintrel engine will rival established sites, analysts said."
    )
    [af] = facts_of(make_article(text))
    lead = af.sentences[0]
    [m] = [m for m in lead.mentions if m.key == "Quintrel"]
    made = cloze.name_cloze(af, lead, m)
    assert isinstance(made, Candidate), made
    assert made.answer == "Quintrel" and made.core.startswith("_____ has unveiled")


def test_a_club_called_by_its_last_word_is_no_person(facts_of: Facts) -> None:
    text = (
        "Ashby Villa striker Karl Pettersen scored twice against Leeds on Saturday. "
        "Villa boss Alan Reid said the win was deserved. Ashby Villa climbed to third."
    )
    [af] = facts_of(make_article(text))
    entity = af.entity("Ashby Villa")
    assert entity is not None and entity.kind != "person"


def test_a_short_name_before_a_job_noun_or_after_the_is_no_surname() -> None:
    from quiz.facts.entities import _surname_use
    from quiz.facts.model import Mention

    plain = Mention(0, 5, "Villa", "PERSON", key="Aston Villa")
    assert _surname_use(plain)  # alone, it reads like a surname
    boss = Mention(0, 5, "Villa", "PERSON", key="Aston Villa", before_role=True)
    assert not _surname_use(boss)  # 'Villa boss David O'Leary', 'the Villa's manager'


def test_a_speaker_must_be_known_as_a_person(facts_of: Facts) -> None:
    from quiz.generate import quotes

    text = '"We fully deserved the win and the points today," said Alan Reid after the match.'
    [af] = facts_of(make_article(text))
    made = quotes.quote_question(af, af.sentences[0])
    assert isinstance(made, Candidate) and made.answer == "Alan Reid"
    entity = af.entity("Alan Reid")
    assert entity is not None
    entity.kind = None  # as for 'Villa' in 'said Villa boss David O'Leary'
    assert quotes.quote_question(af, af.sentences[0]) is None
