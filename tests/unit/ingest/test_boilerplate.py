"""Boilerplate rules on seed-like and synthetic web text."""

from __future__ import annotations

import pytest

from quiz.ingest.boilerplate import drop_dangling_intros, find_author, is_prose

PROSE = "Antonio Rudiger scored a header in the 115th minute to win the tie for Madrid."


@pytest.mark.parametrize(
    "line",
    [
        "Ad",
        "Trending",
        "MORE: Star Wants to Stay at the Club for the Next Ten Years",
        "Read more: Ministers agree budget deal after late-night talks.",
        "IMAGO / PsnewZ",
        "Real Madrid v Real Sociedad - Copa del Rey - Source: Getty",
        "Jordan Merritt is a freelance soccer writer who covers Real Madrid CF On SI.",
        "Jane Doe is a reporter covering technology for the paper since 2019.",
        "Share on XFollow jordm87",
        "Was this article helpful? Thank You for feedback",
        "The player gave his kit to his former coach. pic.twitter.com/ysvjfuVmGM",
        "— JBZ (@JBellinghamZone) March 6, 2024",
        "Sign up for our newsletter to get the best stories every morning.",
        "Photo by Jane Smith for the Daily Planet.",
        "Kylian Mbappe desires to win every possible accolade with Real Madrid",
        "The Latest Real Madrid News:",
    ],
)
def test_furniture_is_not_prose(line: str) -> None:
    assert not is_prose(line)


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        '"I had a dream of playing for Real Madrid," he said.',
        "The caption read:",
        "Profits rose 76% to $1.13bn (£600m) in the three months to December.",
    ],
)
def test_sentences_are_prose(line: str) -> None:
    assert is_prose(line)


def test_intro_without_its_quote_is_dropped() -> None:
    lines = ["He added:", PROSE, "The caption read:", '"Uncle match winner,"']
    assert drop_dangling_intros(lines) == [PROSE, "The caption read:", '"Uncle match winner,"']


def test_author_from_byline_and_bio() -> None:
    assert find_author(["Published", "Jordan Merritt", "JORDAN MERRITT"]) == "Jordan Merritt"
    assert find_author(["By Jane Doe"]) == "Jane Doe"
    bio = "Sam Lee is a staff writer who covers the courts."
    assert find_author([PROSE, bio]) == "Sam Lee"
    assert find_author([PROSE]) is None


def test_media_links_are_furniture() -> None:
    assert not is_prose("Listen to the full interview on Radio 5 Live's website.")
    assert not is_prose("Watch the video of the goal on our website.")
    assert is_prose("Listeners to the station heard the interview on Tuesday morning in Leeds.")


def test_a_closing_author_bio_is_dropped() -> None:
    from quiz.ingest.boilerplate import drop_closing_bio

    news = "Voters in Indonesia dipped a finger in ink to stop them voting twice."
    bio = "David Mikosz works for the IFES, an international, non-profit organisation."
    assert drop_closing_bio([news, bio]) == [news]
    said = "Tony Blair is the leader of the Labour party and said he would win."
    assert drop_closing_bio([news, said]) == [news, said]
    assert drop_closing_bio([bio]) == [bio]  # never the whole article
    column = "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital."
    assert drop_closing_bio([news, column]) == [news]


def test_a_short_speech_intro_is_kept_before_its_quotation() -> None:
    lines = ["She added:", '"We will appeal against the ruling as soon as we can."']
    assert is_prose(lines[0])
    assert drop_dangling_intros(lines) == lines
    assert not is_prose("Trending:")  # a two-word heading is still furniture
