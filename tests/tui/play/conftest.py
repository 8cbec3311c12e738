"""Fixtures for the game's Pilot and snapshot tests: an App on a frozen clock and a real DB."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from quiz.bank.io import save_bank
from quiz.game import ManualClock
from quiz.game.sample import sample_bank
from quiz.game.settings import PlaySettings
from quiz.store import Store
from quiz.tui.app import QuizApp

AppFactory = Callable[..., QuizApp]


@pytest.fixture
def clock() -> ManualClock:
    """The frozen clock every app in a test shares."""
    return ManualClock()


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    """The sample bank written to a real file."""
    path = tmp_path / "sample.json"
    save_bank(sample_bank(), path)
    return path


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A real SQLite store in the test's directory."""
    opened = Store.open(tmp_path / "quiz.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def make_app(clock: ManualClock, bank_path: Path, store: Store) -> AppFactory:
    """Build a QuizApp; keyword arguments override PlaySettings fields."""

    def build(*, skip_start: bool = True, with_store: bool = True, **fields: object) -> QuizApp:
        options: dict[str, object] = {"bank": bank_path, "player": "ana", "round_size": 3}
        options.update(fields)
        settings = PlaySettings(**options)  # type: ignore[arg-type]
        return QuizApp(
            settings, bank=sample_bank(), store=store if with_store else None, clock=clock,
            skip_start=skip_start, tick_seconds=3600,
        )  # fmt: skip

    return build
