"""Fixtures for the classroom model tests: a frozen clock and a real session store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quiz.game import ManualClock
from quiz.store.sessions import SessionStore


@pytest.fixture
def clock() -> ManualClock:
    """A frozen clock."""
    return ManualClock()


@pytest.fixture
def sessions(tmp_path: Path) -> Iterator[SessionStore]:
    """A real SQLite session store."""
    store = SessionStore.open(tmp_path / "quiz.sqlite3")
    yield store
    store.close()
