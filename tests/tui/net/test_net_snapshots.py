"""Snapshots of the host screen at 100x32 on a frozen clock (no sockets: the game is driven directly)."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from quiz.bank.models import CHOICE_TYPES
from quiz.game import ManualClock
from quiz.game.sample import sample_bank
from quiz.net import protocol as p
from quiz.net.game import HostGame
from quiz.net.server import GameServer
from quiz.tui.net.host_app import HostApp

SnapCompare = Callable[..., bool]
SIZE = (100, 32)


def host_app(clock: ManualClock) -> HostApp:
    bank = sample_bank()
    questions = [q for q in bank.questions if q.type in CHOICE_TYPES][:2]
    game = HostGame(questions, clock=clock, time_limit=20, articles=bank.articles, pin="123456")
    for name in ("ana", "ben", "cy"):
        game.join(p.Join(pin="123456", name=name))
    server = GameServer(game, port=0, tick_seconds=None)
    return HostApp(server, addresses=["192.168.1.20:8765"], listen=False, tick_seconds=3600)


def test_lobby_snapshot(snap_compare: SnapCompare) -> None:
    assert snap_compare(host_app(ManualClock()), terminal_size=SIZE)


def test_reveal_snapshot(snap_compare: SnapCompare) -> None:
    clock = ManualClock()
    app = host_app(clock)

    async def run_before(pilot: Pilot[None]) -> None:
        game = app.game
        await pilot.press("s")
        question = game.questions[0]
        right = question.choices.index(question.answer)
        for seconds, name, choice in (
            (2, "ana", right),
            (3, "ben", right),
            (4, "cy", (right + 1) % 4),
        ):
            clock.advance(seconds)
            game.answer(name, p.Answer(position=0, choice=choice))
        app.refresh_view()
        await pilot.pause()

    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)
