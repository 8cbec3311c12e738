"""The protocol module: names, standings, addresses, round trips."""

from __future__ import annotations

import pytest

from quiz.errors import QuizError
from quiz.net import protocol as p
from quiz.net.client import parse_address
from quiz.net.clock import SkipClock
from quiz.net.game import clean_name, make_pin
from quiz.net.standings import podium, standings


@pytest.mark.parametrize(("raw", "name"), [(" ana ", "ana"), ("Zoë", "Zoë"), ("a" * 20, "a" * 20)])
def test_good_names(raw: str, name: str) -> None:
    assert clean_name(raw) == name


@pytest.mark.parametrize("raw", ["", "   ", "a" * 21, "new\nline", "nul\x00", "\u200b"])
def test_bad_names(raw: str) -> None:
    with pytest.raises(p.ProtocolError) as refused:
        clean_name(raw)
    assert refused.value.code == "bad_name"


def test_standings_share_ranks_on_ties() -> None:
    table = standings({"cy": 500, "ana": 900, "ben": 900, "dee": 100})
    assert [(s.name, s.rank) for s in table] == [("ana", 1), ("ben", 1), ("cy", 3), ("dee", 4)]
    assert [s.name for s in podium(table)] == ["ana", "ben", "cy"]


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("192.168.1.20", "ws://192.168.1.20:8765"),
        ("localhost:9000", "ws://localhost:9000"),
        ("ws://h:1", "ws://h:1"),
        ("::1", "ws://[::1]:8765"),
    ],
)
def test_parse_address(text: str, url: str) -> None:
    assert parse_address(text) == url


@pytest.mark.parametrize("text", ["", "host:port", "host:0", "host:70000"])
def test_bad_address(text: str) -> None:
    with pytest.raises(QuizError):
        parse_address(text)


def test_every_server_message_round_trips() -> None:
    message = p.Reveal(
        position=1, answer="A", answer_index=0, counts=[2, 1], explanation="e", quote="q",
        source="s", you=p.Result(given="A", correct=True, points=900, score=900, rank=1, streak=1),
        leaderboard=[p.Standing(name="ana", score=900, rank=1)],
    )  # fmt: skip
    assert p.decode_server(p.encode(message)) == message


def test_pin_has_six_digits() -> None:
    pins = {make_pin() for _ in range(50)}
    assert all(len(pin) == 6 and pin.isdigit() for pin in pins) and len(pins) > 1


def test_skip_clock_jumps_and_holds() -> None:
    now = [10.0]
    clock = SkipClock(lambda: now[0])
    clock.jump(5)
    assert clock() == 15.0
    clock.hold()
    now[0] = 99.0
    clock.jump(1)
    assert clock() == 16.0
    clock.release()
    now[0] = 100.0
    assert clock() == 17.0
