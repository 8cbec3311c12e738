"""Leaderboard, podium and what a hidden leaderboard still shows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from quiz.classroom.scoring import TeamAnswer

#: Rows a hidden leaderboard ("top3") still shows.
TOP = 3


@dataclass(frozen=True, slots=True)
class Standing:
    """One team's totals and place (equal scores share a place)."""

    place: int
    team: str
    score: int
    correct: int
    answered: int
    """Questions the team was scored on (right, wrong or no answer)."""

    @property
    def incorrect(self) -> int:
        """Wrong or missing answers."""
        return self.answered - self.correct

    @property
    def accuracy(self) -> float:
        """Share of scored questions answered right (0.0 before any)."""
        return self.correct / self.answered if self.answered else 0.0


def standings(answers: Iterable[TeamAnswer], teams: Sequence[str]) -> list[Standing]:
    """Totals of ``teams`` from ``answers``, best score first (ties keep team order)."""
    totals = {team: [0, 0, 0] for team in teams}
    for answer in answers:
        if answer.team in totals:
            row = totals[answer.team]
            row[0] += answer.points
            row[1] += int(answer.correct)
            row[2] += 1
    ordered = sorted(teams, key=lambda t: -totals[t][0])
    result: list[Standing] = []
    for index, team in enumerate(ordered):
        score, correct, answered = totals[team]
        tied = result and result[-1].score == score
        place = result[-1].place if tied else index + 1
        result.append(Standing(place, team, score, correct, answered))
    return result


def podium(table: Sequence[Standing], size: int = 3) -> list[Standing]:
    """The podium: teams placed 1..``size`` (ties may make it longer)."""
    return [row for row in table if row.place <= size]


def visible_board(table: Sequence[Standing], hide: str | None) -> list[Standing]:
    """Rows the leaderboard shows: all, the top 3 (``"top3"``) or none (``"none"``)."""
    if hide == "none":
        return []
    if hide == "top3":
        return [row for row in table if row.place <= TOP]
    return list(table)
