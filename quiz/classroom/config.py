"""Session settings and the checks on team names (2-12 distinct names)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from quiz.bank.models import Question

MIN_TEAMS = 2
MAX_TEAMS = 12
MAX_NAME = 24
MODES = ("teacher", "turns")
#: ``--hide-leaderboard`` values: show only the top 3, or no table at all.
HIDE_CHOICES = ("top3", "none")


class ConfigError(ValueError):
    """Settings a user typed that cannot work (the message is one line for the CLI)."""


def parse_teams(text: str) -> list[str]:
    """Split ``"Red, Blue,Green"`` into checked names."""
    names = [part.strip() for part in text.split(",")]
    return check_team_names([n for n in names if n] if text.strip() else [])


def check_team_names(names: Sequence[str], *, limit: int = MAX_TEAMS) -> list[str]:
    """Return ``names`` stripped if there are 2-12 distinct (case-insensitive) short names."""
    cleaned = [name.strip() for name in names]
    if not MIN_TEAMS <= len(cleaned) <= limit:
        raise ConfigError(f"need {MIN_TEAMS}-{limit} teams or players, got {len(cleaned)}")
    for name in cleaned:
        check_name(name)
    folded = [name.casefold() for name in cleaned]
    dupes = sorted({n for n in cleaned if folded.count(n.casefold()) > 1})
    if dupes:
        raise ConfigError(f"duplicate team name: {', '.join(dupes)}")
    return cleaned


def check_name(name: str) -> str:
    """One team name: non-empty, at most 24 characters, no commas."""
    if not name or len(name) > MAX_NAME or "," in name:
        raise ConfigError(f"team name {name!r} must be 1-{MAX_NAME} characters without commas")
    return name


@dataclass(frozen=True)
class ClassConfig:
    """Everything fixed when a session starts (stored with it, so resume needs no flags)."""

    bank: str
    """Path of the bank the questions came from (for listings)."""
    questions: tuple[Question, ...]
    """The questions in play order (stored whole, so a changed bank cannot break a resume)."""
    teams: tuple[str, ...]
    """Teams or players at the start, in number order (team 1 first)."""
    mode: str = "teacher"
    time_limit: float = 20.0
    hide_leaderboard: str | None = None
    """None shows the whole table; "top3" only the top three; "none" no table."""
    podium: int = 3
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ConfigError(f"mode must be teacher or turns, not {self.mode!r}")
        if self.hide_leaderboard not in (None, *HIDE_CHOICES):
            raise ConfigError("--hide-leaderboard takes top3 or none")
        if not self.questions:
            raise ConfigError("the session has no questions")
        check_team_names(self.teams)

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (questions as bank JSON)."""
        return {
            "bank": self.bank, "teams": list(self.teams), "mode": self.mode,
            "time_limit": self.time_limit, "hide_leaderboard": self.hide_leaderboard,
            "podium": self.podium, "extra": self.extra,
            "questions": [q.model_dump(mode="json") for q in self.questions],
        }  # fmt: skip

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ClassConfig:
        """The inverse of :meth:`to_json`."""
        questions = tuple(Question.model_validate(q) for q in data["questions"])
        fields = {k: v for k, v in data.items() if k not in ("questions", "teams")}
        return cls(questions=questions, teams=tuple(data["teams"]), **fields)
