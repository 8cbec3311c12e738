"""Persisting a live game, and continuing it after the host process died (``--resume``).

Answers go to the game store as they arrive (``store.start_round(..., mode="host")`` plus
``session.subscribe(store.recorder(round_id))``), exactly like a solo round. What the store has
no column for (the question order, the PIN, the rejoin tokens) is kept in a small JSON state
file next to the database, ``<data dir>/net/host-round-<id>.json``, written atomically.

Resuming rebuilds the engine and replays the stored answers through it on a held clock, so
every score, streak and rank comes out as the engine computed it the first time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError

from quiz.atomic import write_text
from quiz.bank.models import Question
from quiz.errors import QuizError
from quiz.game.session import GameSession, Phase
from quiz.net.game import HostGame
from quiz.store import Store, StoredAnswer

MODE = "host"


class HostState(BaseModel):
    """What ``quiz host --resume`` needs besides the stored answers."""

    model_config = ConfigDict(extra="forbid")

    round_id: int
    bank: str
    question_ids: list[str]
    time_limit: float
    pin: str
    tokens: dict[str, str]
    """Nickname -> rejoin token, in join order."""
    show_leaderboard: bool = True
    ended: bool = False


def state_dir(data_dir: Path) -> Path:
    """Where host state files live."""
    return data_dir / "net"


def state_path(data_dir: Path, round_id: int) -> Path:
    """The state file of one hosted round."""
    return state_dir(data_dir) / f"host-round-{round_id}.json"


def save_state(data_dir: Path, state: HostState) -> None:
    """Write the state file atomically."""
    write_text(state_path(data_dir, state.round_id), state.model_dump_json(indent=2))


def latest_unfinished(data_dir: Path, store: Store) -> HostState:
    """The newest hosted round that was neither ended nor finished; QuizError if none."""
    files = sorted(state_dir(data_dir).glob("host-round-*.json"), key=_round_number, reverse=True)
    for path in files:
        state = _load(path)
        if not state.ended and not _finished(store, state):
            return state
    raise QuizError("no hosted game to resume (start one with: quiz host --bank PATH)")


def _finished(store: Store, state: HostState) -> bool:
    for name in state.tokens:
        rows = store.history(name, limit=10_000)
        return any(r.round_id == state.round_id and r.finished for r in rows)
    return False


def _round_number(path: Path) -> int:
    digits = path.stem.rsplit("-", 1)[-1]
    return int(digits) if digits.isdigit() else -1


def _load(path: Path) -> HostState:
    try:
        return HostState.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError, json.JSONDecodeError) as exc:
        raise QuizError(f"host state {path}: unreadable ({type(exc).__name__})") from None


class Recorder:
    """Creates the store round when the game starts and keeps the state file current."""

    def __init__(self, store: Store, data_dir: Path, bank: str) -> None:
        self.store = store
        self.data_dir = data_dir
        self.bank = bank
        self.state: HostState | None = None

    def attach(self, game: HostGame) -> None:
        """Record ``game`` from its start on."""
        game.on_session = lambda session: self._begin(game, session)

    def _begin(self, game: HostGame, session: GameSession) -> None:
        round_id = self.store.start_round(
            list(session.players), bank=self.bank, size=len(session.questions),
            time_limit=session.time_limit, mode=MODE,
        )  # fmt: skip
        session.subscribe(self.store.recorder(round_id))
        self.state = HostState(
            round_id=round_id, bank=self.bank, question_ids=[q.id for q in session.questions],
            time_limit=session.time_limit, pin=game.pin, tokens=dict(game.tokens),
            show_leaderboard=game.show_leaderboard,
        )  # fmt: skip
        save_state(self.data_dir, self.state)

    def resume(
        self, state: HostState, questions: Sequence[Question], game_options: dict[str, Any]
    ) -> HostGame:
        """The game of ``state`` rebuilt from the store, paused, recording again."""
        game = HostGame(
            questions_in_order(state, questions), time_limit=state.time_limit, pin=state.pin,
            show_leaderboard=state.show_leaderboard, **game_options,
        )  # fmt: skip
        game.tokens = dict(state.tokens)
        session = replay(game, self.store.round_answers(state.round_id))
        session.subscribe(self.store.recorder(state.round_id))
        self.state = state
        return game

    def mark_ended(self) -> None:
        """The teacher ended the game early: it is not offered for resuming."""
        if self.state is not None and not self.state.ended:
            self.state = self.state.model_copy(update={"ended": True})
            save_state(self.data_dir, self.state)

    def save_tokens(self, game: HostGame) -> None:
        """Keep the tokens current (a removed player's token changes)."""
        if self.state is not None and self.state.tokens != game.tokens:
            self.state = self.state.model_copy(update={"tokens": dict(game.tokens)})
            save_state(self.data_dir, self.state)


def questions_in_order(state: HostState, questions: Sequence[Question]) -> list[Question]:
    """The round's questions from the (curated) bank; QuizError when some are gone."""
    by_id = {q.id: q for q in questions}
    missing = [qid for qid in state.question_ids if qid not in by_id]
    if missing:
        raise QuizError(
            f"bank {state.bank}: question {missing[0]} of the hosted round is missing"
            " (was the bank rebuilt?); cannot resume"
        )
    return [by_id[qid] for qid in state.question_ids]


def replay(game: HostGame, answers: Sequence[StoredAnswer]) -> GameSession:
    """Rebuild ``game``'s engine from stored answers; leaves it paused or revealed."""
    session = game.build_session()
    game.clock.hold()
    for position in sorted({a.position for a in answers}):
        _replay_question(game, session, [a for a in answers if a.position == position])
    game.clock.release()
    session.pause()
    game.drain()  # rejoining players get a catch-up message instead
    return session


def _replay_question(game: HostGame, session: GameSession, answers: list[StoredAnswer]) -> None:
    if session.phase is Phase.REVEALED:
        session.advance()
    else:
        session.start_question()
    for answer in sorted(answers, key=lambda a: a.elapsed):
        if answer.timed_out or answer.given is None:
            continue
        game.clock.jump(answer.elapsed - session.elapsed())
        session.answer(answer.given, answer.player)
    if any(a.timed_out for a in answers):
        game.clock.jump(session.remaining() + 0.001)
        session.tick()
