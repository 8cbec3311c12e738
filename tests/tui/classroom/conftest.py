"""Fixtures for the presenter Pilot tests: a frozen clock, a real session store, an app factory."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quiz.classroom import ClassSession
from quiz.classroom.persist import start_session
from quiz.game import ManualClock
from quiz.store.sessions import SessionStore
from quiz.tui.classroom.app import ClassApp
from tests.unit.classroom.factory import make_config

AppFactory = Callable[..., ClassApp]


@pytest.fixture
def clock() -> ManualClock:
    """The frozen clock the app and session share."""
    return ManualClock()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[SessionStore]:
    """A real SQLite store."""
    store = SessionStore.open(tmp_path / "quiz.sqlite3")
    yield store
    store.close()


@pytest.fixture
def make_app(clock: ManualClock, sessions: SessionStore) -> AppFactory:
    """A ClassApp on a recorded session; keyword arguments override ClassConfig fields."""

    def build(*, setup: bool = False, **fields: object) -> ClassApp:
        config = make_config(**fields)
        sources = {"football": "Chelsea edge past Real Madrid", "space": "Juice probe"}
        if setup:
            import dataclasses

            def starter(teams: object) -> tuple[int, ClassSession]:
                chosen = dataclasses.replace(config, teams=tuple(teams))  # type: ignore[arg-type]
                return start_session(sessions, chosen, clock=clock)

            return ClassApp(starter=starter, clock=clock, tick_seconds=3600, sources=sources)
        session_id, session = start_session(sessions, config, clock=clock)
        return ClassApp(session=session, session_id=session_id, clock=clock,
                        tick_seconds=3600, sources=sources)  # fmt: skip

    return build
