"""Fixtures for the classroom model tests: choice questions from the sample bank, a store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quiz.bank.models import CHOICE_TYPES, Question
from quiz.classroom import ClassConfig
from quiz.game import ManualClock
from quiz.game.sample import sample_questions
from quiz.store.sessions import SessionStore


def choice_questions() -> list[Question]:
    """The sample bank's choice questions: fb-mc, sp-tf, fb-quote, sp-mc."""
    return [q for q in sample_questions() if q.type in CHOICE_TYPES]


def make_config(**fields: object) -> ClassConfig:
    """A config of three teams over the four choice questions (fields override)."""
    options: dict[str, object] = {
        "bank": "sample.json", "questions": tuple(choice_questions()),
        "teams": ("Red", "Blue", "Green"), "time_limit": 20.0,
    }  # fmt: skip
    options.update(fields)
    return ClassConfig(**options)  # type: ignore[arg-type]


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
