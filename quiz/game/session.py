"""The game state machine: one round, one or more players, one question at a time.

Phases::

    READY --start_question()--> ASKING --all answered / time up--> REVEALED
    REVEALED --advance()--> ASKING (next question) or FINISHED (no questions left)

Several players (or classroom teams) may answer the same question; each answer produces an
:class:`AnswerRecord` with its own score. Listeners registered with :meth:`GameSession.subscribe`
receive every :data:`Event` as it happens, which is how the store persists each answer at once
and how a UI or network host follows the game.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from quiz.bank.models import Question
from quiz.game.clock import Clock, Stopwatch
from quiz.game.matching import is_correct
from quiz.game.scoring import Score, score_answer

MIN_TIME_LIMIT = 5.0
MAX_TIME_LIMIT = 240.0
DEFAULT_TIME_LIMIT = 20.0


class SessionError(RuntimeError):
    """An action that the session's current phase does not allow (a programming error)."""


class Phase(StrEnum):
    """Where the round is."""

    READY = "ready"
    ASKING = "asking"
    REVEALED = "revealed"
    FINISHED = "finished"


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    """One player's answer to one question (or their timeout)."""

    position: int
    """0-based index of the question in the round."""
    question_id: str
    player: str
    given: str | None
    """What the player answered; None when the time ran out."""
    correct: bool
    """Right and in time."""
    elapsed: float
    """Seconds taken (pauses excluded); the limit when timed out."""
    timed_out: bool
    score: Score

    @property
    def points(self) -> int:
        """Total points for this answer."""
        return self.score.points


@dataclass
class Player:
    """A player's (or team's) running totals in a round."""

    name: str
    score: int = 0
    streak: int = 0
    best_streak: int = 0
    correct: int = 0
    records: list[AnswerRecord] = field(default_factory=list)

    def apply(self, record: AnswerRecord) -> None:
        """Add a scored answer to the totals."""
        self.records.append(record)
        self.score += record.points
        self.streak = record.score.streak
        self.best_streak = max(self.best_streak, self.streak)
        self.correct += int(record.correct)

    @property
    def accuracy(self) -> float:
        """Share of answered questions that were right (0.0 before any answer)."""
        return self.correct / len(self.records) if self.records else 0.0


@dataclass(frozen=True, slots=True)
class QuestionStarted:
    """A question is now being asked."""

    position: int
    question: Question


@dataclass(frozen=True, slots=True)
class AnswerGiven:
    """A player answered or ran out of time."""

    record: AnswerRecord


@dataclass(frozen=True, slots=True)
class QuestionClosed:
    """Every player has answered or the time is up; the answer may be revealed."""

    position: int


@dataclass(frozen=True, slots=True)
class RoundFinished:
    """The last question has been closed and the round is over."""

    players: tuple[Player, ...]


Event = QuestionStarted | AnswerGiven | QuestionClosed | RoundFinished
Listener = Callable[[Event], None]


class GameSession:
    """A round of questions played against an injected clock."""

    def __init__(
        self,
        questions: Sequence[Question],
        *,
        clock: Clock,
        players: Sequence[str] = ("Player",),
        time_limit: float = DEFAULT_TIME_LIMIT,
    ) -> None:
        if not questions:
            raise ValueError("a round needs at least one question")
        if not MIN_TIME_LIMIT <= time_limit <= MAX_TIME_LIMIT:
            raise ValueError(f"time limit must be {MIN_TIME_LIMIT:g}-{MAX_TIME_LIMIT:g} s")
        if not players or len(set(players)) != len(players):
            raise ValueError("players must be a non-empty list of distinct names")
        self.questions = list(questions)
        self.time_limit = float(time_limit)
        self.players = {name: Player(name) for name in players}
        self.phase = Phase.READY
        self.position = -1
        self._watch = Stopwatch(clock)
        self._listeners: list[Listener] = []
        self._answered: set[str] = set()

    # -- observation -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every event from now on."""
        self._listeners.append(listener)

    @property
    def question(self) -> Question:
        """The question being asked or just revealed."""
        if self.position < 0:
            raise SessionError("no question has been asked yet")
        return self.questions[self.position]

    @property
    def paused(self) -> bool:
        """True while asking with the clock stopped."""
        return self.phase is Phase.ASKING and not self._watch.running

    @property
    def is_last(self) -> bool:
        """True when the current question is the round's last."""
        return self.position == len(self.questions) - 1

    def elapsed(self) -> float:
        """Seconds spent on the current question, capped at the limit."""
        return min(self._watch.elapsed(), self.time_limit)

    def remaining(self) -> float:
        """Seconds left to answer the current question."""
        return self.time_limit - self.elapsed()

    def records_for(self, position: int) -> list[AnswerRecord]:
        """Every player's record for the question at ``position``."""
        return [r for p in self.players.values() for r in p.records if r.position == position]

    def waiting_for(self) -> list[str]:
        """Players who have not answered the current question."""
        return [name for name in self.players if name not in self._answered]

    # -- transitions -------------------------------------------------------------------
    def start_question(self) -> Question:
        """Ask the next question (from READY or REVEALED) and start its clock."""
        if self.phase not in (Phase.READY, Phase.REVEALED):
            raise SessionError(f"cannot ask a question while {self.phase}")
        if self.is_last:
            raise SessionError("no questions left; call advance()")
        self.position += 1
        self._answered.clear()
        self.phase = Phase.ASKING
        self._watch.start()
        self._emit(QuestionStarted(self.position, self.question))
        return self.question

    def answer(self, given: str, player: str | None = None) -> AnswerRecord:
        """Record ``player``'s answer to the current question (the only player by default)."""
        name = self._player_name(player)
        if self.phase is not Phase.ASKING:
            raise SessionError(f"cannot answer while {self.phase}")
        if self.paused:
            raise SessionError("cannot answer while paused")
        if name in self._answered:
            raise SessionError(f"{name} already answered this question")
        elapsed = self._watch.elapsed()
        late = elapsed > self.time_limit
        correct = not late and is_correct(self.question, given)
        return self._record(name, given, correct, min(elapsed, self.time_limit), late)

    def tick(self) -> list[AnswerRecord]:
        """Close the question if time is up; return the timeout records this produced."""
        if self.phase is not Phase.ASKING or self._watch.elapsed() < self.time_limit:
            return []
        late = list(self.waiting_for())
        return [self._record(name, None, False, self.time_limit, True) for name in late]

    def pause(self) -> None:
        """Stop the clock while asking (no-op otherwise)."""
        if self.phase is Phase.ASKING:
            self._watch.pause()

    def resume(self) -> None:
        """Restart the clock after :meth:`pause`."""
        if self.phase is Phase.ASKING:
            self._watch.resume()

    def advance(self) -> Phase:
        """After a reveal, ask the next question or finish the round; return the new phase."""
        if self.phase is not Phase.REVEALED:
            raise SessionError(f"cannot advance while {self.phase}")
        if self.is_last:
            self.phase = Phase.FINISHED
            self._emit(RoundFinished(tuple(self.players.values())))
        else:
            self.start_question()
        return self.phase

    # -- internals ---------------------------------------------------------------------
    def _player_name(self, player: str | None) -> str:
        if player is None:
            if len(self.players) != 1:
                raise SessionError("several players: say who answered")
            return next(iter(self.players))
        if player not in self.players:
            raise SessionError(f"unknown player {player!r}")
        return player

    def _record(
        self, name: str, given: str | None, correct: bool, elapsed: float, late: bool
    ) -> AnswerRecord:
        state = self.players[name]
        score = score_answer(
            correct=correct, elapsed=elapsed, limit=self.time_limit, streak_before=state.streak
        )
        record = AnswerRecord(
            self.position, self.question.id, name, given, correct, elapsed, late, score
        )
        state.apply(record)
        self._answered.add(name)
        self._emit(AnswerGiven(record))
        if not self.waiting_for():
            self._close()
        return record

    def _close(self) -> None:
        self._watch.pause()
        self.phase = Phase.REVEALED
        self._emit(QuestionClosed(self.position))

    def _emit(self, event: Event) -> None:
        for listener in self._listeners:
            listener(event)
