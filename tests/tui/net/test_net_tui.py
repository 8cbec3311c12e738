"""Pilot tests of the host and student apps against a real server on loopback."""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import OptionList, Static

from quiz.bank.models import CHOICE_TYPES
from quiz.game import ManualClock
from quiz.game.sample import sample_bank
from quiz.net import protocol as p
from quiz.net.client import GameClient, TokenFile
from quiz.net.game import HostGame
from quiz.net.server import GameServer
from quiz.tui.net.host import HostQuestionScreen, HostRevealScreen, LobbyScreen, PodiumScreen
from quiz.tui.net.host_app import HostApp
from quiz.tui.net.join_app import JoinApp
from quiz.tui.net.student import (
    FinalScreen,
    JoinScreen,
    PlayerQuestionScreen,
    PlayerRevealScreen,
    WaitingScreen,
)

SIZE = (100, 32)
WAIT = 5.0


def make_server(clock: ManualClock, size: int = 2) -> GameServer:
    bank = sample_bank()
    questions = [q for q in bank.questions if q.type in CHOICE_TYPES][:size]
    game = HostGame(questions, clock=clock, time_limit=20, articles=bank.articles, pin="123456")
    return GameServer(game, host="127.0.0.1", port=0, tick_seconds=None)


def text(app: object, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)  # type: ignore[attr-defined]
    return str(widget.content)


async def until(condition: object, pilot: object) -> None:
    """Let the apps run until ``condition()`` holds (bounded)."""

    async def poll() -> None:
        while not condition():  # type: ignore[operator]
            await pilot.pause(0.01)  # type: ignore[attr-defined]

    await asyncio.wait_for(poll(), WAIT)


async def test_host_lobby_question_reveal_podium() -> None:
    clock = ManualClock(50.0)
    server = make_server(clock, size=1)
    app = HostApp(server, addresses=["127.0.0.1:8765"], tick_seconds=3600)
    async with app.run_test(size=SIZE) as pilot:
        assert isinstance(app.screen, LobbyScreen)
        assert "123456" in text(app, "#pin")
        url = f"ws://127.0.0.1:{server.port}"
        clients = [GameClient(url, "123456", n) for n in ("ana", "ben", "cy")]
        for client in clients:
            await client.connect()
        await until(lambda: app.screen.query_one("#players", OptionList).option_count == 3, pilot)
        assert text(app, "#count") == "3 / 200 players"
        await pilot.press("down", "x")  # remove ben (the highlighted second player)
        await until(lambda: server.game.players == ["ana", "cy"], pilot)
        await pilot.press("s")
        assert isinstance(app.screen, HostQuestionScreen)
        question = server.game.questions[0]
        clock.advance(2)
        await clients[0].answer(0, question.choices.index(question.answer))
        await until(lambda: text(app, "#answers") == "Answers: 1 / 2", pilot)
        await clients[2].answer(0, (question.choices.index(question.answer) + 1) % 4)
        await until(lambda: isinstance(app.screen, HostRevealScreen), pilot)
        chart = text(app, "#chart")
        assert f"✔ {'▲◆●■'[question.choices.index(question.answer)]}" in chart
        assert chart.count(" 1  ") == 2 and question.sources[0].quote in text(app, "#quote")
        assert "ana" in text(app, "#leaderboard")
        await pilot.press("n")
        assert isinstance(app.screen, PodiumScreen)
        assert text(app, "#podium").index("ana") < text(app, "#podium").index("cy")
        for client in clients:
            await client.close()


async def test_host_pause_skip_end() -> None:
    clock = ManualClock()
    server = make_server(clock)
    app = HostApp(server, addresses=["x:1"], tick_seconds=3600)
    async with app.run_test(size=SIZE) as pilot:
        client = GameClient(f"ws://127.0.0.1:{server.port}", "123456", "ana")
        await client.connect()
        await until(lambda: server.game.players == ["ana"], pilot)
        await pilot.press("s", "space")  # start, then pause as in `quiz class`
        assert server.game.session is not None and server.game.session.paused
        await pilot.press("p", "s")  # resume, skip
        assert server.game.session.players["ana"].records[0].timed_out
        assert isinstance(app.screen, HostRevealScreen)
        await pilot.press("n")
        assert isinstance(app.screen, HostQuestionScreen)
        await pilot.press("e")
        assert isinstance(app.screen, PodiumScreen) and server.game.ended
        await client.close()


async def test_student_client_plays_a_question() -> None:
    clock = ManualClock()
    server = make_server(clock, size=1)
    await server.start()
    try:
        app = JoinApp(f"ws://127.0.0.1:{server.port}", tick_seconds=3600)
        async with app.run_test(size=SIZE) as pilot:
            assert isinstance(app.screen, JoinScreen)
            app.screen.query_one("#pin").value = "123456"  # type: ignore[attr-defined]
            app.screen.query_one("#name").value = "ana"  # type: ignore[attr-defined]
            app.screen.query_one("#name").focus()
            await pilot.press("enter")
            await until(lambda: isinstance(app.screen, WaitingScreen), pilot)
            assert "ana" in text(app, "#you")
            server.start_game()
            await until(lambda: isinstance(app.screen, PlayerQuestionScreen), pilot)
            question = server.game.questions[0]
            right = question.choices.index(question.answer)
            clock.advance(4)
            await pilot.press(str(right + 1))
            await until(lambda: isinstance(app.screen, PlayerRevealScreen), pilot)
            reveal = app.screen
            assert isinstance(reveal, PlayerRevealScreen) and reveal.reveal.you is not None
            points = server.game.session.players["ana"].score  # type: ignore[union-attr]
            assert text(app, "#verdict") == f"✔ Correct!  +{points:,} points"
            assert "rank 1" in text(app, "#rank")
            assert question.sources[0].quote in text(app, "#quote")
            server.next()
            await until(lambda: isinstance(app.screen, FinalScreen), pilot)
            assert "#1 of 1" in text(app, "#final-rank")
    finally:
        await server.stop()


async def test_student_sees_a_refused_join() -> None:
    server = make_server(ManualClock())
    await server.start()
    try:
        app = JoinApp(f"ws://127.0.0.1:{server.port}", pin="999999", name="ana", tick_seconds=3600)
        async with app.run_test(size=SIZE) as pilot:
            await until(
                lambda: isinstance(app.screen, JoinScreen) and "PIN" in text(app, "#join-error"),
                pilot,
            )
            assert server.game.players == []
    finally:
        await server.stop()


async def test_student_countdown_and_second_press_ignored() -> None:
    clock = ManualClock()
    server = make_server(clock)
    await server.start()
    local = ManualClock()
    try:
        app = JoinApp(
            f"ws://127.0.0.1:{server.port}",
            pin="123456",
            name="ana",
            clock=local,
            tick_seconds=3600,
        )
        async with app.run_test(size=SIZE) as pilot:
            await until(lambda: isinstance(app.screen, WaitingScreen), pilot)
            server.start_game()
            await until(lambda: isinstance(app.screen, PlayerQuestionScreen), pilot)
            local.advance(5)
            app.tick()
            screen = app.screen
            assert isinstance(screen, PlayerQuestionScreen) and screen.remaining == 15
            await pilot.press("1", "2")
            await until(lambda: screen.answered, pilot)
            record = server.game.session.players["ana"].records  # type: ignore[union-attr]
            assert len(record) == 1 and record[0].given == server.game.questions[0].choices[0]
            assert isinstance(app.last, p.Reveal | p.Ack)
    finally:
        await server.stop()


async def test_restarted_client_rejoins_with_its_remembered_token(tmp_path: Path) -> None:
    clock = ManualClock()
    server = make_server(clock)
    await server.start()
    tokens = TokenFile(tmp_path / "tokens.json")
    url = f"ws://127.0.0.1:{server.port}"
    try:
        first = JoinApp(url, pin="123456", name="ana", tokens=tokens, tick_seconds=3600)
        async with first.run_test(size=SIZE) as pilot:
            await until(lambda: isinstance(first.screen, WaitingScreen), pilot)
        assert tokens.load(url, "123456", "ANA") == server.game.tokens["ana"]
        server.start_game()
        again = JoinApp(url, pin="123456", name="ana", tokens=tokens, tick_seconds=3600)
        async with again.run_test(size=SIZE) as pilot:
            await until(lambda: isinstance(again.screen, PlayerQuestionScreen), pilot)
        stranger = JoinApp(url, pin="123456", name="ana", tick_seconds=3600)
        async with stranger.run_test(size=SIZE) as pilot:
            await until(
                lambda: (
                    isinstance(stranger.screen, JoinScreen)
                    and "taken" in text(stranger, "#join-error")
                ),
                pilot,
            )
    finally:
        await server.stop()


async def test_a_tick_before_the_question_is_composed_is_harmless() -> None:
    app = JoinApp("ws://127.0.0.1:9", pin="123456", name="", tick_seconds=3600)
    async with app.run_test(size=SIZE) as pilot:
        question = p.Question(position=0, total=1, kind="true_false", prompt="Up?",
                              choices=["True", "False"], time_limit=20, remaining=20)  # fmt: skip
        app.handle(question)
        app.tick()  # the new screen is not composed yet: this used to crash the client
        await pilot.pause()
        assert isinstance(app.screen, PlayerQuestionScreen)
        app.tick()
        assert app.screen.remaining <= 20
