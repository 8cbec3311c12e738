"""The classroom session state machine, driven by recorded :class:`Action` values.

Phases::

    READY --ask--> ASKING --time up / close--> CLOSED --reveal--> REVEALED --next--> ASKING...
    (teacher mode may also record and reveal straight from ASKING; turns mode reveals as soon
    as the team on turn answers or times out). ``finish`` ends the session from any phase.

Every public change goes through :meth:`ClassSession._do`, which applies the action and hands
it to the listeners (the store commits it at once). :meth:`ClassSession.replay` re-applies
stored actions silently, so a resumed session has exactly the same answers and totals. The
countdown of a question interrupted mid-way restarts from the full time on resume.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import Any

from quiz.bank.models import Question
from quiz.classroom.actions import Action
from quiz.classroom.config import MAX_TEAMS, MIN_TEAMS, ClassConfig, ConfigError, check_name
from quiz.classroom.scoring import TeamAnswer, score_all
from quiz.classroom.standings import Standing, standings
from quiz.classroom.state import Entry, QuestionState
from quiz.game.clock import Clock, Stopwatch
from quiz.game.session import SessionError

Listener = Callable[[Action], None]


class ClassPhase(StrEnum):
    """Where the session is."""

    READY = "ready"
    ASKING = "asking"
    CLOSED = "closed"
    REVEALED = "revealed"
    FINISHED = "finished"


class ClassSession:
    """A classroom session of teams (or players) on one screen."""

    def __init__(self, config: ClassConfig, *, clock: Clock) -> None:
        self.config = config
        self.teams: list[str] = list(config.teams)
        """Every team that ever played, in number order."""
        self.active: list[str] = list(config.teams)
        """Teams playing now (numbered 1.. in this order)."""
        self.states = [QuestionState(i, q) for i, q in enumerate(config.questions)]
        self.position = -1
        self.phase = ClassPhase.READY
        self.finished_early = False
        self._turns = 0
        self._watch = Stopwatch(clock)
        self._listeners: list[Listener] = []

    # -- observation -------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every action from now on."""
        self._listeners.append(listener)

    @property
    def mode(self) -> str:
        """``teacher`` or ``turns``."""
        return self.config.mode

    @property
    def state(self) -> QuestionState:
        """The current question's state."""
        if self.position < 0:
            raise SessionError("no question has been asked yet")
        return self.states[self.position]

    @property
    def question(self) -> Question:
        """The current question."""
        return self.state.question

    @property
    def is_last(self) -> bool:
        """True on the last question."""
        return self.position == len(self.states) - 1

    @property
    def paused(self) -> bool:
        """True while asking with the clock stopped."""
        return self.phase is ClassPhase.ASKING and not self._watch.running

    def remaining(self) -> float:
        """Seconds left on the current question."""
        return max(self.config.time_limit - self._watch.elapsed(), 0.0)

    def pending(self) -> list[str]:
        """Teams expected to answer the current question and not yet recorded."""
        expected = [self.state.turn] if self.state.turn else self.active
        return [t for t in expected if t is not None and self.state.entry_for(t) is None]

    def answers(self) -> list[TeamAnswer]:
        """Every scored answer so far (revealed questions only)."""
        return score_all(self.states, limit=self.config.time_limit, mode=self.mode)

    def standings(self) -> list[Standing]:
        """Active teams, best first (see :func:`quiz.classroom.standings.standings`)."""
        return standings(self.answers(), self.active)

    def team_number(self, number: int) -> str | None:
        """The active team numbered ``number`` (1-based), if any."""
        return self.active[number - 1] if 1 <= number <= len(self.active) else None

    # -- teacher and player actions ----------------------------------------------------
    def ask_next(self) -> Question:
        """Ask the next question (from READY or REVEALED)."""
        self._need(ClassPhase.READY, ClassPhase.REVEALED)
        if self.is_last:
            raise SessionError("no questions left; call next_question() to finish")
        turn = self.active[self._turns % len(self.active)] if self.mode == "turns" else None
        self._do("ask", position=self.position + 1, team=turn)
        return self.question

    def record(self, team: str, given: str | None) -> None:
        """Record ``team``'s choice for the current question (None = no answer)."""
        self._need(ClassPhase.ASKING, ClassPhase.CLOSED)
        if team not in self.active or (self.state.turn and team != self.state.turn):
            raise SessionError(f"{team} is not answering this question")
        elapsed = self._watch.elapsed() if self._watch.running else None
        if elapsed is not None:
            elapsed = round(min(elapsed, self.config.time_limit), 3)
        self._do("record", position=self.position, team=team, given=given, elapsed=elapsed)
        if self.mode == "turns":
            self._do("reveal", position=self.position)
        elif self.phase is ClassPhase.ASKING and not self.pending():
            self._do("close", position=self.position)

    def undo(self) -> Entry | None:
        """Drop the last recorded choice of the current question; return it (None if none)."""
        if self.position < 0 or not self.state.entries or self.phase is ClassPhase.FINISHED:
            return None
        last = self.state.entries[-1]
        self._do("undo", position=self.position)
        return last

    def set_ordered(self, on: bool) -> None:
        """Say whether choices are being recorded in answering order (speed scoring)."""
        self._need(ClassPhase.ASKING, ClassPhase.CLOSED)
        self._do("order", position=self.position, on=on)

    def tick(self) -> bool:
        """Close the question when time is up; True if this call closed it."""
        if self.phase is not ClassPhase.ASKING or self._watch.elapsed() < self.config.time_limit:
            return False
        if self.mode == "turns" and self.state.turn is not None:
            self._watch.pause()
            self._do("record", position=self.position, team=self.state.turn, given=None,
                     elapsed=self.config.time_limit)  # fmt: skip
            self._do("reveal", position=self.position)
        else:
            self._do("close", position=self.position)
        return True

    def close(self) -> None:
        """Stop the clock and start recording (the teacher ends the time early)."""
        self._need(ClassPhase.ASKING)
        self._do("close", position=self.position)

    def reveal(self) -> None:
        """Show the answer and score the question."""
        self._need(ClassPhase.ASKING, ClassPhase.CLOSED)
        self._do("reveal", position=self.position)

    def skip(self) -> None:
        """Skip the current question: nothing recorded for it counts."""
        self._need(ClassPhase.ASKING, ClassPhase.CLOSED)
        self._do("skip", position=self.position)

    def next_question(self) -> ClassPhase:
        """After a reveal: ask the next question, or finish after the last one."""
        self._need(ClassPhase.REVEALED)
        if self.is_last:
            self._do("finish", early=False)
        else:
            self.ask_next()
        return self.phase

    def finish(self, *, early: bool = True) -> None:
        """End the session now (the remaining questions are not asked)."""
        if self.phase is not ClassPhase.FINISHED:
            self._do("finish", early=early)

    def add_team(self, name: str) -> str:
        """Add a team (or bring back a removed one); return its name."""
        name = check_name(name.strip())
        folded = {t.casefold(): t for t in self.teams}
        if name.casefold() in {t.casefold() for t in self.active}:
            raise ConfigError(f"duplicate team name: {name}")
        if len(self.active) >= MAX_TEAMS:
            raise ConfigError(f"at most {MAX_TEAMS} teams")
        name = folded.get(name.casefold(), name)
        self._do("add", team=name)
        return name

    def remove_team(self, name: str) -> None:
        """Take a team out of play (its past answers stay in the report)."""
        if name not in self.active:
            raise ConfigError(f"no team named {name!r}")
        asking = self.phase in (ClassPhase.ASKING, ClassPhase.CLOSED)
        if asking and self.state.turn == name:
            raise ConfigError(f"{name} is answering now; remove it after this question")
        if len(self.active) <= MIN_TEAMS:
            raise ConfigError(f"at least {MIN_TEAMS} teams must stay")
        self._do("remove", team=name)

    def pause(self) -> None:
        """Stop the countdown (not recorded: time is not part of the result)."""
        if self.phase is ClassPhase.ASKING:
            self._watch.pause()

    def resume(self) -> None:
        """Restart the countdown after :meth:`pause`."""
        if self.phase is ClassPhase.ASKING:
            self._watch.resume()

    # -- replay ------------------------------------------------------------------------
    def replay(self, actions: Iterable[Action]) -> None:
        """Re-apply stored actions without notifying listeners (used to resume)."""
        for action in actions:
            self._apply(action)
        if self.phase is ClassPhase.ASKING:
            self._watch.start()

    # -- internals ---------------------------------------------------------------------
    def _need(self, *phases: ClassPhase) -> None:
        if self.phase not in phases:
            raise SessionError(f"not allowed while {self.phase}")

    def _do(self, kind: str, **data: Any) -> None:
        action = Action(kind, data)
        self._apply(action)
        for listener in self._listeners:
            listener(action)

    def _apply(self, action: Action) -> None:
        handler = getattr(self, f"_on_{action.kind}")
        handler(**action.data)

    def _on_ask(self, position: int, team: str | None) -> None:
        self.position = position
        self.state.turn = team
        self._turns += int(team is not None)
        self.phase = ClassPhase.ASKING
        self._watch.start()

    def _on_record(
        self, position: int, team: str, given: str | None, elapsed: float | None
    ) -> None:
        self.states[position].put(Entry(team, given, elapsed))

    def _on_undo(self, position: int) -> None:
        state = self.states[position]
        state.entries.pop()
        if state.revealed:
            state.revealed = False
            self.phase = ClassPhase.CLOSED

    def _on_order(self, position: int, on: bool) -> None:
        self.states[position].ordered = on

    def _on_close(self, position: int) -> None:
        self._watch.pause()
        self.states[position].closed = True
        self.phase = ClassPhase.CLOSED

    def _on_reveal(self, position: int) -> None:
        self._watch.pause()
        state = self.states[position]
        state.closed = state.revealed = True
        state.expected = (state.turn,) if state.turn else tuple(self.active)
        self.phase = ClassPhase.REVEALED

    def _on_skip(self, position: int) -> None:
        self._watch.pause()
        state = self.states[position]
        state.closed = state.revealed = state.skipped = True
        self.phase = ClassPhase.REVEALED

    def _on_finish(self, early: bool) -> None:
        self._watch.pause()
        self.finished_early = early
        self.phase = ClassPhase.FINISHED

    def _on_add(self, team: str) -> None:
        if team not in self.teams:
            self.teams.append(team)
        self.active.append(team)

    def _on_remove(self, team: str) -> None:
        self.active.remove(team)
