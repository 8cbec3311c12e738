"""People's roles from the article's words, and person distractors of the answer's role."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quiz.facts.model import ArticleFacts
from quiz.facts.roles import compatible, settle
from quiz.generate import quotes
from quiz.generate.candidate import Candidate
from quiz.generate.distractors import DistractorPool
from tests.unit.generate.conftest import make_article, who_question

Facts = Callable[..., list[ArticleFacts]]


def entity_of(facts: Facts, text: str, key: str):  # type: ignore[no-untyped-def]
    af = facts(make_article(text))[0]  # type: ignore[arg-type]
    return af.entities[key]


@pytest.mark.parametrize(
    ("text", "key", "role", "org"),
    [
        (
            "Derby keeper John Harris made three fine saves in the first half.",
            "John Harris",
            "goalkeeper",
            "Derby",
        ),
        (
            "John Harris, the goalkeeper, made three fine saves before the break.",
            "John Harris",
            "goalkeeper",
            None,
        ),
        (
            "Chief executive Miriam Osei announced record profits on Tuesday.",
            "Miriam Osei",
            "executive",
            None,
        ),
        (
            "Analyst Tom Ward at Barclays expects rates to rise in March.",
            "Tom Ward",
            "expert",
            "Barclays",
        ),
        (
            "Stoke chairman David Hill refused to sack the manager.",
            "David Hill",
            "executive",
            "Stoke",
        ),
        ("Former Leeds striker Ross Walker now runs a bakery.", "Ross Walker", None, None),
        (
            "Home Secretary John Barton said the law would change.",
            "John Barton",
            "politician",
            None,
        ),
        ("Club boss Harry Bell praised the fans after the game.", "Harry Bell", None, None),
    ],
)
def test_a_role_is_read_from_the_words_tied_to_the_name(
    facts_of: Facts, text: str, key: str, role: str | None, org: str | None
) -> None:
    e = entity_of(facts_of, text, key)
    assert (e.role, e.org) == (role, org)


def test_a_job_title_is_not_kept_in_a_persons_name(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            '"Growth will slow gently next year," said Treasurer Nigel Ashcombe on Friday.'
        )
    )[0]
    assert "Nigel Ashcombe" in af.entities
    assert af.entities["Nigel Ashcombe"].role == "politician"
    assert not any(key.startswith("Treasurer") for key in af.entities)


def test_roles_that_cannot_stand_together() -> None:
    assert not compatible("goalkeeper", "outfield")
    assert not compatible("politician", "expert")
    assert compatible("player", "goalkeeper") and compatible(None, "politician")
    assert compatible("executive", "expert")  # a firm's chief and the analyst who follows it
    assert settle(["player", "goalkeeper"]) == "goalkeeper"
    assert settle(["goalkeeper", "outfield"]) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The MSP earns a salary from the law firm Tods Murray, where he is a partner. "
            "He would discuss it with the other partners at Tods Murray.",
            "Tods Murray",
        ),
        (
            "Her life is the subject of a BBC film called 'No More Mr Grumpy' next week. "
            "No More Mr Grumpy is shown on Saturday.",
            "Grumpy",
        ),
        (
            "Burnley have made a third bid to Glasgow Rangers for the winger. "
            "Rangers said the offer was too low.",
            "Glasgow Rangers",
        ),
    ],
)
def test_no_person_evidence_for_a_firm_a_title_or_a_club(
    facts_of: Facts, text: str, name: str
) -> None:
    af = facts_of(make_article(text))[0]
    e = af.entities.get(name)
    assert e is None or not (e.kind == "person" and e.cued)


def test_a_group_known_as_a_name_is_no_person(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "The fires were blamed on a shadowy group known as Meibion Glyndwr. "
            "Meibion Glyndwr began burning cottages in 1979."
        )
    )[0]
    assert af.entities["Meibion Glyndwr"].kind != "person"
    assert not any(e.kind == "person" and e.cued for e in af.entities.values())


_MATCH = (
    "Derby keeper John Harris made three fine saves in the first half. "
    "Striker Mark Powell scored twice for Luton. "
    "Midfielder Steve Baxter hit the bar for Derby. "
    "Luton goalkeeper Paul Weston was beaten twice by long shots. "
    "Defender Tony Hughes was booked for a late tackle on Powell."
)


def test_a_goalkeeper_gets_goalkeepers_not_outfield_players(facts_of: Facts) -> None:
    other = (
        "Stoke goalkeeper Chris Marsh kept a clean sheet against Luton. "
        "Leeds keeper Simon Hart was on the bench all season. "
        "Striker Gary Lloyd scored the winner in the first half against Derby."
    )
    facts = facts_of(make_article(_MATCH), make_article(other))
    af = facts[0]
    c = who_question(af, 0, "Who made three fine saves in the first half?", "John Harris")
    picked = DistractorPool(facts).pick(c, near=1)
    assert picked is not None
    assert picked[0] == "Paul Weston"  # same role, same article first
    assert set(picked) <= {"Paul Weston", "Chris Marsh", "Simon Hart"}


def test_a_quotation_gets_the_people_its_article_quotes(facts_of: Facts) -> None:
    text = (
        "Stoke chairman David Hill said he could not afford to sack the manager. "
        '"The money is simply not there, so the staff stay where they are," Hill said. '
        "Stoke manager Peter Shaw said he had the backing of the squad. "
        "Stoke coach Alan Reid said the players were behind Shaw. "
        "Derby manager Neil Marsh said he was not interested in the job. "
        "Chief executive Ruth Collins said the club was for sale."
    )
    facts = facts_of(make_article(text))
    af = facts[0]
    made = quotes.quote_question(af, af.sentences[1])
    assert isinstance(made, Candidate) and made.answer == "David Hill"
    made.prompt = made.core
    picked = DistractorPool(facts).pick(made, near=3)
    # same role family first, then colleagues at the club, never another club's manager
    assert picked == ["Ruth Collins", "Peter Shaw", "Alan Reid"]


def test_a_choice_on_someone_of_known_role_offers_no_one_of_unknown_role(facts_of: Facts) -> None:
    text = (
        "Derby keeper John Harris made three fine saves in the first half. "
        "Luton goalkeeper Paul Weston was beaten twice by long shots. "
        "Gary Megson said Derby deserved the win over Luton. "
        "Mark Hughes said the referee had a fine game. "
        "Peter Reid said Luton would recover quickly."
    )
    facts = facts_of(make_article(text))
    af = facts[0]
    c = who_question(af, 0, "Who made three fine saves in the first half?", "John Harris")
    pool = DistractorPool(facts)
    assert pool.pick(c, near=0) is None  # one keeper, and names whose role nobody says
    assert pool.pick(c, n=1, near=0) == ["Paul Weston"]


def test_a_choice_on_someone_of_unknown_role_offers_no_one_of_known_role(
    facts_of: Facts,
) -> None:
    """'Who volleyed Liverpool ahead?' with the scorer's job unknown: no manager or keeper."""
    text = (
        "Luis Garcia volleyed Liverpool ahead after 15 minutes. "
        "Chelsea manager Jose Mourinho said his side were unlucky, and Mourinho blamed the "
        "referee. Mourinho left early. "
        "Liverpool goalkeeper Jerzy Dudek made two fine saves, and Dudek was cheered. "
        "Dudek later thanked the fans. "
        "Damien Duff hit the post before half-time, and Duff later shot wide. "
        "Harry Kewell missed twice, and Kewell was replaced after an hour. "
        "Steven Gerrard was booked for a late tackle, and Gerrard limped off."
    )
    facts = facts_of(make_article(text))
    af = facts[0]
    c = who_question(af, 0, "Who volleyed Liverpool ahead after 15 minutes?", "Luis Garcia")
    assert af.entities["Jose Mourinho"].role and af.entities["Jerzy Dudek"].role
    picked = DistractorPool(facts).pick(c, near=0)
    assert picked is not None
    assert set(picked) == {"Damien Duff", "Harry Kewell", "Steven Gerrard"}
