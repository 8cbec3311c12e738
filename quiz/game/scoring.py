"""Kahoot-style scoring: speed points for a correct answer plus an answer-streak bonus.

* Correct within the limit ``T`` after ``t`` seconds: ``round(1000 * (1 - (t / T) / 2))``,
  never below 500 (so ``t = 0`` gives 1000 and ``t = T`` gives 500).
* Streak bonus: +100 for each consecutive correct answer after the first, capped at +500.
* Wrong or timed out: 0 points and the streak resets.

Scoring is per player and stateless apart from the streak passed in, so any number of players
(or teams) can be scored on the same question.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_POINTS = 1000
MIN_POINTS = 500
STREAK_STEP = 100
STREAK_CAP = 500


@dataclass(frozen=True, slots=True)
class Score:
    """The points for one answer and how they were made up."""

    speed_points: int
    """Points for a correct answer, by speed (0 when wrong or late)."""
    streak_bonus: int
    """Bonus for the answer streak (0 when wrong or late)."""
    streak: int
    """Consecutive correct answers including this one (0 after a miss)."""

    @property
    def points(self) -> int:
        """Total points earned."""
        return self.speed_points + self.streak_bonus


def speed_points(elapsed: float, limit: float) -> int:
    """Points for a correct answer given after ``elapsed`` of ``limit`` seconds (0 if late)."""
    if limit <= 0:
        raise ValueError("time limit must be positive")
    if elapsed > limit:
        return 0
    fraction = max(elapsed, 0.0) / limit
    return max(MIN_POINTS, round(MAX_POINTS * (1 - fraction / 2)))


def streak_bonus(streak: int) -> int:
    """Bonus for a streak of ``streak`` consecutive correct answers (this one included)."""
    return min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP)


def score_answer(*, correct: bool, elapsed: float, limit: float, streak_before: int) -> Score:
    """Score one answer. ``streak_before`` is the player's streak before this question."""
    if not correct or elapsed > limit:
        return Score(speed_points=0, streak_bonus=0, streak=0)
    streak = streak_before + 1
    return Score(speed_points(elapsed, limit), streak_bonus(streak), streak)
