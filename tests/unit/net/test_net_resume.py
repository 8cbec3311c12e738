"""A host crash mid-game: the store plus the state file let `quiz host --resume` go on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.game import ManualClock, Phase
from quiz.net import protocol as p
from quiz.net.game import HostGame
from quiz.net.record import Recorder, latest_unfinished
from quiz.store import Store


def _join(game: HostGame, name: str) -> None:
    game.join(p.Join(pin=game.pin, name=name))


def _answer(game: HostGame, clock: ManualClock, name: str, seconds: float, right: bool) -> None:
    assert game.session is not None
    question = game.session.question
    clock.advance(seconds)
    wanted = question.answer if right else next(c for c in question.choices if c != question.answer)
    game.answer(
        name, p.Answer(position=game.session.position, choice=question.choices.index(wanted))
    )


def test_resume_replays_scores_and_keeps_recording(
    tmp_path: Path, clock: ManualClock, make_game: Callable[..., HostGame]
) -> None:
    store = Store.open(tmp_path / "quiz.sqlite3")
    game = make_game()
    Recorder(store, tmp_path, "sample.json").attach(game)
    for name in ("ana", "ben"):
        _join(game, name)
    game.start()
    _answer(game, clock, "ana", 2.5, True)
    _answer(game, clock, "ben", 4.25, True)
    game.next()
    _answer(game, clock, "ana", 3.0, True)  # ben has not answered when the host "crashes"
    assert game.session is not None
    before = {n: (pl.score, pl.streak) for n, pl in game.session.players.items()}
    tokens = dict(game.tokens)

    state = latest_unfinished(tmp_path, store)
    recorder = Recorder(store, tmp_path, "sample.json")
    resumed = recorder.resume(state, game.questions, {"clock": clock})
    session = resumed.session
    assert session is not None and session.position == 1 and session.paused
    assert {n: (pl.score, pl.streak) for n, pl in session.players.items()} == before
    assert resumed.pin == game.pin and resumed.tokens == tokens
    assert session.waiting_for() == ["ben"]

    resumed.proceed()
    clock.advance(1.0)
    resumed.answer(
        "ben", p.Answer(position=1, choice=session.question.choices.index(session.question.answer))
    )
    assert resumed.phase is Phase.REVEALED
    stored = store.round_answers(state.round_id)
    assert [(a.position, a.player) for a in stored] == [
        (0, "ana"),
        (0, "ben"),
        (1, "ana"),
        (1, "ben"),
    ]
    assert sum(a.points for a in stored if a.player == "ben") == session.players["ben"].score

    recorder.mark_ended()
    with pytest.raises(QuizError, match="no hosted game to resume"):
        latest_unfinished(tmp_path, store)
    store.close()


def test_remove_and_rejoin_rules(make_game: Callable[..., HostGame]) -> None:
    game = make_game()
    _join(game, "ana")
    _join(game, "ben")
    out = game.remove("ben")
    assert isinstance(out[0].message, p.Removed) and out[0].to == "ben"
    assert game.players == ["ana"]
    _join(game, "ben")  # a removed name is free again before the start
    game.start()
    old = game.tokens["ben"]
    game.remove("ben")
    with pytest.raises(p.ProtocolError) as refused:
        game.join(p.Join(pin=game.pin, name="ben", token=old))
    assert refused.value.code == "bad_token"


def test_skip_times_out_the_question(
    clock: ManualClock, make_game: Callable[..., HostGame]
) -> None:
    game = make_game()
    _join(game, "ana")
    game.start()
    out = game.skip()
    reveal = next(o.message for o in out if isinstance(o.message, p.Reveal))
    assert reveal.you is not None and reveal.you.points == 0 and reveal.you.given is None
    assert game.phase is Phase.REVEALED


def test_end_sends_the_podium(clock: ManualClock, make_game: Callable[..., HostGame]) -> None:
    game = make_game(show_leaderboard=False)
    for name in ("ana", "ben", "cy", "dee"):
        _join(game, name)
    game.start()
    _answer(game, clock, "ben", 1, True)
    _answer(game, clock, "ana", 1, True)
    out = game.end()
    assert game.phase is Phase.FINISHED and len(out) == 4
    over = out[0].message
    assert isinstance(over, p.GameOver) and [s.name for s in over.podium][:2] == ["ben", "ana"]
    assert game.next() == [] and game.end() == []


def test_leaderboard_hidden(clock: ManualClock, make_game: Callable[..., HostGame]) -> None:
    game = make_game(show_leaderboard=False)
    _join(game, "ana")
    game.start()
    reveal = next(o.message for o in game.skip() if isinstance(o.message, p.Reveal))
    assert reveal.leaderboard == []


def test_resume_without_a_game(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite3") as store, pytest.raises(QuizError):
        latest_unfinished(tmp_path, store)
