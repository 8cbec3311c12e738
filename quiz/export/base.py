"""What every export format is: a name, a file suffix, a one-line summary and a renderer.

A format module in :mod:`quiz.export.formats` defines ``FORMAT = ExportFormat(...)``; the
registry finds it by itself, so adding a format is adding one file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from quiz.bank.models import Bank, Question
from quiz.errors import QuizError


@dataclass(frozen=True)
class ExportOptions:
    """Flags that change how a format renders (not which questions it gets)."""

    time_limit: int | None = None
    """Seconds per question for game formats; None means the format's default."""
    category: str = "quiz"
    """Moodle question category (moodle-xml)."""
    title: str = "quiz"
    """Title used where a format names the whole quiz (deck name, package title)."""


@dataclass(frozen=True)
class Skip:
    """A question a format left out, and why (a short reason shared by similar skips)."""

    question_id: str
    reason: str


@dataclass
class Rendered:
    """A format's output: the file's bytes, the ids it carries and the questions it skipped."""

    data: bytes
    exported: list[str]
    skipped: list[Skip] = field(default_factory=list)


Renderer = Callable[[Bank, ExportOptions], Rendered]


@dataclass(frozen=True)
class ExportFormat:
    """One export format, as registered."""

    name: str
    suffix: str
    summary: str
    render: Renderer
    time_limits: tuple[int, ...] | None = None
    """Allowed ``--time`` values (None: the format has no time limit)."""
    default_time: int | None = None

    def time_for(self, options: ExportOptions) -> int:
        """The time limit to write, checked against what the format accepts."""
        if self.time_limits is None or self.default_time is None:
            raise QuizError(f"{self.name}: this format has no time limit")
        chosen = options.time_limit if options.time_limit is not None else self.default_time
        if chosen not in self.time_limits:
            allowed = ", ".join(str(t) for t in self.time_limits)
            raise QuizError(f"{self.name}: --time must be one of {allowed} seconds, not {chosen}")
        return chosen


Check = Callable[[Question], str | None]


def partition(questions: Iterable[Question], check: Check) -> tuple[list[Question], list[Skip]]:
    """Split questions into those ``check`` accepts (None) and skips carrying its reason."""
    kept: list[Question] = []
    skipped: list[Skip] = []
    for question in questions:
        reason = check(question)
        if reason is None:
            kept.append(question)
        else:
            skipped.append(Skip(question.id, reason))
    return kept, skipped
