"""Fine kinds decide wh-words and which names may be options for one another."""

from __future__ import annotations

import pytest

from quiz.facts.kinds import WH_BY_KIND, country_names, kind_of
from quiz.generate.answers import alternatives


@pytest.mark.parametrize(
    ("name", "label", "kind"),
    [
        ("France", "GPE", "country"),
        ("US", "GPE", "country"),
        ("Kampala", "GPE", "place"),
        ("Labour Party", "ORG", "party"),
        ("Deutsche Bank", "ORG", "bank"),
        ("Manchester United", "ORG", "club"),
        ("Oxford University", "ORG", "institution"),
        ("Securities and Exchange Commission", "ORG", "body"),
        ("Time Warner Inc", "ORG", "company"),
        ("SEC", "ORG", "organisation"),
        ("Yukos", "ORG", None),  # a bare name: no evidence of what kind of organisation
    ],
)
def test_kind_from_the_name(name: str, label: str, kind: str | None) -> None:
    assert kind_of(name, label) == kind
    if kind:
        assert kind in WH_BY_KIND


def test_typed_answers_accept_other_names() -> None:
    assert {"Britain", "United Kingdom"} <= country_names("UK")
    assert "French Republic" in country_names("France")
    assert alternatives("Antonio Rudiger", "person") == {"Rudiger"}
    assert alternatives("Yukos", "company") == set()


def test_names_are_accepted_in_the_other_order_and_without_their_country() -> None:
    assert "Justice Department" in alternatives("US Justice Department", "body")
    assert "University of London" in alternatives("London University", "institution")
    assert "London University" in alternatives("University of London", "institution")
    assert "Los Angeles Times" in alternatives("LA Times", "company")
    assert "Republic of Ireland" in country_names("Ireland")
    assert "Airways" not in alternatives("British Airways", "company")  # 'British' is no country


def test_typed_names_accept_their_initials_short_forms_and_no_nationality() -> None:
    assert {"Red Cross"} <= alternatives("American Red Cross", "organisation")
    assert "CAP" in alternatives("Common Agricultural Policy", "organisation")
    assert "Man City" in alternatives("Manchester City", "club")
    assert "Liberal Democrats" in alternatives("Lib Dems", "party")
    assert alternatives("Bank of England", "bank") == set()  # 'BE' is nobody's name for it


def test_two_names_of_one_country_clash_as_options() -> None:
    from quiz.generate.distractors import clash

    assert clash("UK", "Britain") and clash("America", "US")
    assert not clash("France", "Spain")
