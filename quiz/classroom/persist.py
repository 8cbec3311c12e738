"""Connecting a :class:`ClassSession` to the store: create, record, resume, load."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import ValidationError

from quiz.classroom.actions import Action
from quiz.classroom.config import ClassConfig, ConfigError
from quiz.classroom.model import ClassSession
from quiz.errors import QuizError
from quiz.game.clock import Clock, ManualClock
from quiz.store.sessions import SessionRow, SessionStore


@dataclass
class Recorder:
    """A session listener that commits each action, and the session's end, at once."""

    store: SessionStore
    session_id: int

    def __call__(self, action: Action) -> None:
        """Persist one action."""
        self.store.append(self.session_id, action.kind, action.data)
        if action.kind == "finish":
            self.store.finish(self.session_id)


def start_session(
    store: SessionStore, config: ClassConfig, *, clock: Clock
) -> tuple[int, ClassSession]:
    """Store a new session and return its id and a model that records every action."""
    session_id = store.create(bank=config.bank, mode=config.mode, config=config.to_json())
    session = ClassSession(config, clock=clock)
    session.subscribe(Recorder(store, session_id))
    return session_id, session


def load_session(
    store: SessionStore, row: SessionRow, *, clock: Clock | None = None
) -> ClassSession:
    """Rebuild a stored session by replaying its actions (not recording further ones)."""
    try:
        config = ClassConfig.from_json(row.config)
        session = ClassSession(config, clock=clock or ManualClock())
        session.replay(Action(kind, data) for kind, data in store.actions(row.id))
    except (ValidationError, ConfigError, KeyError, TypeError, ValueError, IndexError) as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise QuizError(
            f"classroom session {row.id} is damaged and cannot be read: {first}"
        ) from None
    return session


def resume_session(
    store: SessionStore, session_id: int | None, *, clock: Clock
) -> tuple[int, ClassSession]:
    """Reopen a session (the latest unfinished one by default) and keep recording it."""
    row = store.latest(unfinished=True) if session_id is None else store.get(session_id)
    if row.finished:
        raise QuizError(f"classroom session {row.id} is finished; see 'quiz report {row.id}'")
    session = load_session(store, row, clock=clock)
    session.subscribe(Recorder(store, row.id))
    return row.id, session
