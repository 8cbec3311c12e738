"""Per-question state of a classroom session: who was asked and what was recorded."""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.bank.models import Question


@dataclass(frozen=True, slots=True)
class Entry:
    """One recorded choice, in recording order."""

    team: str
    given: str | None
    """The choice text; None when the team gave no answer (or ran out of time)."""
    elapsed: float | None
    """Seconds into the question when known (turns mode, or recorded while the clock ran)."""


@dataclass
class QuestionState:
    """What happened to one question of the session."""

    position: int
    question: Question
    turn: str | None = None
    """Turns mode: the team whose question this is (None in teacher mode)."""
    entries: list[Entry] = field(default_factory=list)
    ordered: bool = False
    """The teacher recorded choices in answering order, so speed counts."""
    closed: bool = False
    revealed: bool = False
    skipped: bool = False
    expected: tuple[str, ...] = ()
    """Teams that should answer (fixed at the reveal; a missing one scores as no answer)."""

    def entry_for(self, team: str) -> Entry | None:
        """The recorded choice of ``team`` (None if not recorded)."""
        return next((e for e in self.entries if e.team == team), None)

    def put(self, entry: Entry) -> None:
        """Record ``entry``, replacing the same team's earlier choice."""
        self.entries = [e for e in self.entries if e.team != entry.team]
        self.entries.append(entry)

    @property
    def scored(self) -> bool:
        """True once revealed and not skipped (its points count)."""
        return self.revealed and not self.skipped
