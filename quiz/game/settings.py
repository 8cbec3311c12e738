"""What the player chose before a round: who, which bank, how many questions, how fast."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from quiz.bank.models import CHOICE_TYPES, TYPED_TYPES, Question
from quiz.errors import QuizError
from quiz.game.selection import DEFAULT_ROUND_SIZE, RoundSpec, select_round
from quiz.game.session import DEFAULT_TIME_LIMIT, MAX_TIME_LIMIT, MIN_TIME_LIMIT

QUESTION_TYPES = tuple(sorted(CHOICE_TYPES | TYPED_TYPES))
DIFFICULTIES = ("easy", "medium", "hard")
MAX_ROUND_SIZE = 100
DEFAULT_PLAYER = "Player"


@dataclass(frozen=True)
class PlaySettings:
    """Everything needed to start a round; validated on creation (ValueError, one line)."""

    bank: Path
    player: str = DEFAULT_PLAYER
    round_size: int = DEFAULT_ROUND_SIZE
    time_limit: float = DEFAULT_TIME_LIMIT
    seed: int | None = None
    tags: frozenset[str] = field(default_factory=frozenset)
    difficulties: frozenset[str] = field(default_factory=frozenset)
    types: frozenset[str] = field(default_factory=frozenset)
    approved_only: bool = False

    def __post_init__(self) -> None:
        if not self.player.strip():
            raise ValueError("player name must not be empty")
        if not 1 <= self.round_size <= MAX_ROUND_SIZE:
            raise ValueError(f"round size must be 1-{MAX_ROUND_SIZE}")
        if not MIN_TIME_LIMIT <= self.time_limit <= MAX_TIME_LIMIT:
            raise ValueError(f"time limit must be {MIN_TIME_LIMIT:g}-{MAX_TIME_LIMIT:g} seconds")
        if unknown := self.difficulties - set(DIFFICULTIES):
            raise ValueError(f"unknown difficulty {sorted(unknown)[0]!r}")
        if unknown := self.types - set(QUESTION_TYPES):
            raise ValueError(f"unknown question type {sorted(unknown)[0]!r}")

    def spec(self) -> RoundSpec:
        """The round selection these settings ask for."""
        return RoundSpec(self.round_size, self.tags, self.difficulties, self.types, self.seed)

    def filters(self) -> dict[str, list[str]]:
        """The filters as plain lists (stored with each round)."""
        chosen = {"tags": self.tags, "difficulties": self.difficulties, "types": self.types}
        return {name: sorted(values) for name, values in chosen.items() if values}

    def replay(self) -> PlaySettings:
        """Settings for "play again": same choices, a fresh random order."""
        return replace(self, seed=None)


def plan_round(
    settings: PlaySettings, questions: Sequence[Question], seen: Collection[str] = frozenset()
) -> list[Question]:
    """Select the round's questions; QuizError (one line) when the filters leave none."""
    chosen = select_round(questions, settings.spec(), seen)
    if not chosen:
        wanted = ", ".join(f"{k}={'/'.join(v)}" for k, v in settings.filters().items())
        raise QuizError(
            f"bank {settings.bank}: no questions match {wanted or 'the round'}"
            " (loosen --tag/--difficulty/--type)"
        )
    return chosen
