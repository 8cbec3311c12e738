"""Ranking players by score: the leaderboard and the podium."""

from __future__ import annotations

from collections.abc import Mapping

from quiz.net.protocol import Standing

PODIUM_SIZE = 3


def standings(scores: Mapping[str, int]) -> list[Standing]:
    """Players best first; equal scores share a rank (1, 2, 2, 4), names break display ties."""
    ordered = sorted(scores.items(), key=lambda item: (-item[1], item[0].casefold()))
    table: list[Standing] = []
    for index, (name, score) in enumerate(ordered):
        tied = table and table[-1].score == score
        rank = table[-1].rank if tied else index + 1
        table.append(Standing(name=name, score=score, rank=rank))
    return table


def podium(table: list[Standing]) -> list[Standing]:
    """The players on the podium: everyone ranked 1-3."""
    return [s for s in table if s.rank <= PODIUM_SIZE]
