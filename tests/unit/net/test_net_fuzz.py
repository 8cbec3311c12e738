"""Hostile and careless input: every bad message gets an error and the server carries on."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

import pytest
from net_helpers import WAIT, expect, join, url
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from quiz.game import ManualClock
from quiz.net import protocol as p
from quiz.net.game import HostGame
from quiz.net.server import GameServer

Serve = Callable[..., object]


async def raw(server: GameServer) -> ClientConnection:
    return await connect(url(server))


async def reply(ws: ClientConnection, frame: str | bytes) -> p.ServerModel:
    """Send ``frame``; the next message that is not a lobby update."""
    await ws.send(frame)
    while True:
        message = p.decode_server(await asyncio.wait_for(ws.recv(), WAIT))
        if message.type != "lobby":
            return message


async def error_code(ws: ClientConnection, frame: str | bytes) -> str:
    message = await reply(ws, frame)
    assert isinstance(message, p.Error), message
    return message.code


def join_frame(name: str, pin: str = "123456", **extra: object) -> str:
    return json.dumps({"type": "join", "pin": pin, "name": name, **extra})


@pytest.mark.parametrize(
    ("frame", "code"),
    [
        ("not json at all", "bad_message"),
        ("[1, 2, 3]", "bad_message"),
        ('{"type": "hello"}', "bad_message"),
        ('{"type": "join", "pin": 123456, "name": "x"}', "bad_message"),
        ('{"type": "join", "pin": "123456", "name": "x", "admin": true}', "bad_message"),
        ('{"type": "answer", "position": "one", "choice": 0}', "bad_message"),
        (b"\x00\xff\xfe binary junk", "bad_message"),
        ("x" * (p.MAX_MESSAGE_BYTES + 1), "too_large"),
        ('{"type": "answer", "position": 0, "choice": 1}', "not_joined"),
        (join_frame("ana", pin="000000"), "wrong_pin"),
        (join_frame("   "), "bad_name"),
        (join_frame("x" * 21), "bad_name"),
        (join_frame("bell\x07"), "bad_name"),
        (join_frame("tab\tname"), "bad_name"),
    ],
)
async def test_bad_frames_get_an_error_and_the_connection_stays(
    make_game: Callable[..., HostGame], serve: Serve, frame: str | bytes, code: str
) -> None:
    server: GameServer = await serve(make_game())  # type: ignore[assignment]
    ws = await raw(server)
    assert await error_code(ws, frame) == code
    welcome = await reply(ws, join_frame("ok"))  # the same connection still works
    assert isinstance(welcome, p.Welcome) and welcome.name == "ok"
    await ws.close()


async def test_nickname_rules(make_game: Callable[..., HostGame], serve: Serve) -> None:
    server: GameServer = await serve(make_game())  # type: ignore[assignment]
    first = await raw(server)
    welcome = await reply(first, join_frame("  Zoë Ann  "))
    assert isinstance(welcome, p.Welcome) and welcome.name == "Zoë Ann"
    second = await raw(server)
    clash = await reply(second, join_frame("zoë ann"))
    assert (
        isinstance(clash, p.Error)
        and clash.code == "name_taken"
        and "pick another" in clash.message
    )
    assert await error_code(second, join_frame("zoë ann", token="forged")) == "bad_token"
    assert isinstance(await reply(second, join_frame("x" * 20)), p.Welcome)
    assert await error_code(second, join_frame("again")) == "already_joined"


async def test_a_huge_frame_closes_only_that_connection(
    make_game: Callable[..., HostGame], serve: Serve
) -> None:
    server: GameServer = await serve(make_game())  # type: ignore[assignment]
    player = await join(server, "ana")
    vandal = await raw(server)
    await vandal.send("x" * 200_000)
    with pytest.raises(ConnectionClosed) as closed:
        await asyncio.wait_for(vandal.recv(), WAIT)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
    server.start_game()
    assert (await expect(player, "question")).type == "question"


async def test_answer_rules(
    clock: ManualClock, make_game: Callable[..., HostGame], serve: Serve
) -> None:
    game = make_game()
    server: GameServer = await serve(game)  # type: ignore[assignment]
    ana, ben = await raw(server), await raw(server)
    await reply(ana, join_frame("ana"))
    await reply(ben, join_frame("ben"))
    assert await error_code(ana, _answer(0, 0)) == "not_asking"
    server.start_game()
    await _question(ana), await _question(ben)
    late = await raw(server)
    assert await error_code(late, join_frame("late")) == "game_started"
    assert await error_code(ana, _answer(3, 0)) == "wrong_question"
    true_false = next(i for i, q in enumerate(game.questions) if len(q.choices) == 2)
    assert true_false > 0  # question 0 has four tiles, so choice 3 is valid there
    clock.advance(1)
    ack = await reply(ana, _answer(0, 3))
    assert isinstance(ack, p.Ack) and ack.elapsed == pytest.approx(1.0)
    assert await error_code(ana, _answer(0, 1)) == "already_answered"
    assert (
        game.session is not None
        and game.session.players["ana"].records[0].given == game.questions[0].choices[3]
    )
    server.pause()
    assert isinstance(p.decode_server(await ben.recv()), p.Paused)
    assert await error_code(ben, _answer(0, 0)) == "paused"
    server.resume()
    await ben.recv()
    clock.advance(30)
    assert await error_code(ben, _answer(0, 0)) == "too_late"
    record = game.session.players["ben"].records[0]
    assert record.timed_out and record.points == 0


async def _question(ws: ClientConnection) -> None:
    while p.decode_server(await asyncio.wait_for(ws.recv(), WAIT)).type != "question":
        pass


def _answer(position: int, choice: int) -> str:
    return json.dumps({"type": "answer", "position": position, "choice": choice})


async def test_player_cap(make_game: Callable[..., HostGame], serve: Serve) -> None:
    server: GameServer = await serve(make_game(cap=2))  # type: ignore[assignment]
    await join(server, "a")
    await join(server, "b")
    ws = await raw(server)
    assert await error_code(ws, join_frame("c")) == "game_full"


async def test_rate_limit(make_game: Callable[..., HostGame], serve: Serve) -> None:
    wall = ManualClock()
    server: GameServer = await serve(make_game(), burst=5, rate=1.0, wall=wall)  # type: ignore[assignment]
    ws = await raw(server)
    codes = [await error_code(ws, "junk") for _ in range(8)]
    assert codes == ["bad_message"] * 5 + ["rate_limited"] * 3
    wall.advance(2)  # two tokens back
    assert await error_code(ws, "junk") == "bad_message"


async def test_silent_connections_are_dropped_and_do_not_stall_the_game(
    make_game: Callable[..., HostGame], serve: Serve
) -> None:
    server: GameServer = await serve(make_game(), join_timeout=0.3)  # type: ignore[assignment]
    player = await join(server, "ana")
    idle = [await raw(server) for _ in range(40)]
    server.start_game()
    assert (await expect(player, "question")).type == "question"
    for ws in idle:
        with pytest.raises(ConnectionClosed):
            await asyncio.wait_for(ws.recv(), WAIT)
    assert server.pending == 0
