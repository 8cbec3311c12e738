"""The review sidecar: a teacher's decisions and edits, stored next to the bank, never inside it.

``questions/seeds.json`` gets ``questions/seeds.review.json``. Decisions are keyed by the stable
question id, so they survive rebuilds of the bank; decisions whose question disappeared (orphans)
are kept, never dropped. All sidecar file I/O lives here; writes are atomic.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from quiz import atomic
from quiz.bank.io import explain_invalid
from quiz.bank.models import Difficulty
from quiz.errors import QuizError

REVIEW_SCHEMA_VERSION = 1
SIDECAR_SUFFIX = ".review.json"

Status = Literal["approved", "rejected", "none"]
STATUSES: tuple[Status, ...] = ("approved", "rejected", "none")
#: The question fields a teacher may edit; the sources (the evidence) are never editable.
EDITABLE_FIELDS = ("prompt", "choices", "answer", "explanation", "difficulty", "tags")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class QuestionFields(_Strict):
    """Values for some of a question's editable fields; a field left as None is not set."""

    prompt: str | None = None
    choices: list[str] | None = None
    answer: str | None = None
    explanation: str | None = None
    difficulty: Difficulty | None = None
    tags: list[str] | None = None

    def values(self) -> dict[str, object]:
        """The fields that are set, by name."""
        return self.model_dump(exclude_none=True)


class Decision(_Strict):
    """What the teacher decided about one question."""

    status: Status = "none"
    reason: str | None = None
    """Why the question was rejected (optional; only kept for rejected questions)."""
    edit: QuestionFields | None = None
    """The edited fields' new values (only the fields that differ from the generated question)."""
    original: QuestionFields | None = None
    """The generated values of the edited fields, kept so an edit can be compared or undone."""
    updated: dt.datetime | None = None
    """When the decision last changed (informational)."""

    @model_validator(mode="after")
    def _check_pairs(self) -> Decision:
        if (self.edit is None) != (self.original is None):
            raise ValueError("edit and original must be given together")
        if self.reason is not None and self.status != "rejected":
            raise ValueError("a reason is only kept for rejected questions")
        return self

    @property
    def is_blank(self) -> bool:
        """True when the decision says nothing (no status, no edit): it need not be stored."""
        return self.status == "none" and self.edit is None


class ReviewFile(_Strict):
    """The whole sidecar: one decision per question id."""

    schema_version: Literal[1] = 1
    bank: str | None = None
    """File name of the bank these decisions belong to (informational)."""
    decisions: dict[str, Decision] = Field(default_factory=dict)
    """Decisions by stable question id, including orphans whose question left the bank."""


class CorruptSidecarError(QuizError):
    """The review sidecar exists but cannot be read; carries the sidecar's path."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(
            f"review sidecar {path} is unreadable ({problem}); fix or delete it, or open"
            " 'quiz review' to back it up and start fresh"
        )


def sidecar_path(bank_path: str | Path) -> Path:
    """The sidecar of a bank: ``<dir>/<bank stem>.review.json``."""
    p = Path(bank_path)
    return p.with_name(p.stem + SIDECAR_SUFFIX)


def load_review(path: str | Path) -> ReviewFile:
    """Read a sidecar; a missing one is empty. Raise CorruptSidecarError if it is unreadable."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        return ReviewFile()
    except OSError as exc:
        raise CorruptSidecarError(p, f"cannot read: {exc.strerror}") from None
    try:
        return ReviewFile.model_validate_json(data)
    except ValidationError as exc:
        raise CorruptSidecarError(p, _diagnose(data, exc)) from None


def _diagnose(data: bytes, exc: ValidationError) -> str:
    return explain_invalid(data, exc, REVIEW_SCHEMA_VERSION, "a review sidecar")


def dump_review(review: ReviewFile) -> str:
    """Serialise deterministically: decisions sorted by id, unset fields left out."""
    ordered = review.model_copy(update={"decisions": dict(sorted(review.decisions.items()))})
    return ordered.model_dump_json(indent=2, exclude_none=True) + "\n"


def save_review(review: ReviewFile, path: str | Path) -> None:
    """Write a sidecar atomically: an interrupted save leaves the previous file intact."""
    atomic.write_text(path, dump_review(review))


def backup_corrupt(path: str | Path) -> Path:
    """Move an unreadable sidecar aside to ``<name>.corrupt`` (numbered if taken); return it."""
    p = Path(path)
    target = p.with_name(p.name + ".corrupt")
    n = 1
    while target.exists():
        n += 1
        target = p.with_name(f"{p.name}.corrupt{n}")
    p.replace(target)
    return target
