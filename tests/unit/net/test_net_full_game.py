"""A whole live game on loopback: real server, real clients, a real SQLite file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from net_helpers import expect, join

from quiz.game import ManualClock
from quiz.game.scoring import score_answer
from quiz.net import protocol as p
from quiz.net.client import GameClient
from quiz.net.game import HostGame
from quiz.net.record import Recorder, latest_unfinished
from quiz.net.server import GameServer
from quiz.paths import data_dir, database_path
from quiz.store import Store


class Expected:
    """Scores computed independently with the engine's scoring rule."""

    def __init__(self, names: list[str]) -> None:
        self.score = dict.fromkeys(names, 0)
        self.streak = dict.fromkeys(names, 0)

    def add(self, name: str, *, correct: bool, elapsed: float) -> int:
        s = score_answer(
            correct=correct, elapsed=elapsed, limit=20.0, streak_before=self.streak[name]
        )
        self.score[name] += s.points
        self.streak[name] = s.streak
        return s.points


async def answer(client: GameClient, position: int, choice: int) -> p.Ack:
    await client.answer(position, choice)
    ack = await expect(client, "ack")
    assert isinstance(ack, p.Ack)
    return ack


def choice_of(question: p.Question, text: str) -> int:
    return question.choices.index(text)


async def test_full_game_with_a_rejoin(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: ManualClock,
    make_game: Callable[..., HostGame],
    serve: Callable[..., object],
) -> None:
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path))
    store = Store.open(database_path())
    game = make_game()
    Recorder(store, data_dir(), "sample.json").attach(game)
    server: GameServer = await serve(game)  # type: ignore[misc]
    names = ["ana", "ben", "cy"]
    clients = {n: await join(server, n) for n in names}
    lobby = await expect(clients["cy"], "lobby")
    assert isinstance(lobby, p.Lobby) and lobby.players == names
    expected = Expected(names)
    answers = {q.id: q.answer for q in game.questions}

    server.start_game()
    q0 = await expect(clients["ana"], "question")
    assert isinstance(q0, p.Question) and q0.position == 0 and q0.total == len(game.questions)
    right = choice_of(q0, answers[game.questions[0].id])
    wrong = (right + 1) % len(q0.choices)
    plan = [("ana", 2.0, right), ("ben", 3.0, right), ("cy", 6.5, wrong)]
    for name, at, choice in plan:
        clock.now = 100.0 + at
        ack = await answer(clients[name], 0, choice)
        assert ack.elapsed == pytest.approx(at)
        expected.add(name, correct=choice == right, elapsed=at)
    for name in names:
        reveal = await expect(clients[name], "reveal")
        assert isinstance(reveal, p.Reveal) and reveal.you is not None
        assert reveal.you.score == expected.score[name]
        assert reveal.counts[right] == 2 and reveal.counts[wrong] == 1
    assert reveal.quote == game.questions[0].sources[0].quote

    # ben drops; the game goes on and he times out on question 1.
    token = clients["ben"].token
    await clients["ben"].close()
    server.next()
    q1 = await expect(clients["ana"], "question")
    assert isinstance(q1, p.Question) and q1.position == 1
    right1 = choice_of(q1, answers[game.questions[1].id])
    base = clock.now
    for name in ("ana", "cy"):
        clock.now = base + 1.0
        await answer(clients[name], 1, right1)
        expected.add(name, correct=True, elapsed=1.0)
    clock.now = base + 21.0
    server.tick()
    expected.add("ben", correct=False, elapsed=20.0)
    await expect(clients["ana"], "reveal")
    await expect(clients["cy"], "reveal")

    # ben rejoins with his token, catches up, and keeps his score.
    ben = GameClient(clients["ben"].url, "123456", "BEN", token=token)
    welcome = await ben.connect()
    assert welcome.rejoined and welcome.name == "ben"
    catch_up = await expect(ben, "reveal")
    assert isinstance(catch_up, p.Reveal) and catch_up.you is not None
    assert catch_up.you.score == expected.score["ben"] > 0
    clients["ben"] = ben

    for position in range(2, len(game.questions)):
        server.next()
        question = await expect(ben, "question")
        assert isinstance(question, p.Question) and question.position == position
        good = choice_of(question, answers[game.questions[position].id])
        base = clock.now
        for offset, name in enumerate(names):
            clock.now = base + 1.0 + offset
            await answer(clients[name], position, good)
            expected.add(name, correct=True, elapsed=1.0 + offset)
        for name in names:
            await expect(clients[name], "reveal")
    server.next()
    for name in names:
        over = await expect(clients[name], "end")
        assert isinstance(over, p.GameOver) and over.you is not None
        assert over.you.score == expected.score[name]
    best = max(expected.score, key=expected.score.__getitem__)
    assert over.podium[0].name == best and over.players == 3

    round_id = _check_store(store, game, expected)
    with pytest.raises(Exception, match="no hosted game"):
        latest_unfinished(data_dir(), store)  # finished rounds are not offered for resuming
    assert round_id > 0
    for client in clients.values():
        await client.close()
    store.close()


def _check_store(store: Store, game: HostGame, expected: Expected) -> int:
    """Every answer is in the SQLite file, with the points the players were told."""
    assert game.session is not None
    reread = Store.open(database_path())
    rows = reread.history("ana")
    assert rows[0].finished
    round_id = rows[0].round_id
    stored = reread.round_answers(round_id)
    assert len(stored) == 3 * len(game.questions)
    totals: dict[str, int] = {}
    for row in stored:
        totals[row.player] = totals.get(row.player, 0) + row.points
    assert totals == expected.score
    assert any(r.player == "ben" and r.timed_out and r.position == 1 for r in stored)
    reread.close()
    return round_id
