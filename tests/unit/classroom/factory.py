"""Builders for classroom tests: choice questions from the sample bank and a config."""

from __future__ import annotations

from quiz.bank.models import CHOICE_TYPES, Question
from quiz.classroom import ClassConfig
from quiz.game.sample import sample_questions


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
