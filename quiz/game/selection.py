"""Choosing the questions for a round: filter, put already-seen questions last, mix, take N.

Selection is deterministic for a given ``seed``: the same bank, filters, history and seed give
the same round, in the same order.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

from quiz.bank.models import Question

DEFAULT_ROUND_SIZE = 10


@dataclass(frozen=True)
class RoundSpec:
    """What a round should contain. Empty filter sets mean "any"."""

    size: int = DEFAULT_ROUND_SIZE
    tags: frozenset[str] = field(default_factory=frozenset)
    """Keep questions having at least one of these tags (case-insensitive)."""
    difficulties: frozenset[str] = field(default_factory=frozenset)
    types: frozenset[str] = field(default_factory=frozenset)
    seed: int | None = None
    """Makes the round reproducible; None picks a fresh random order."""


def matches(question: Question, spec: RoundSpec) -> bool:
    """True when ``question`` passes the spec's tag, difficulty and type filters."""
    if spec.types and question.type not in spec.types:
        return False
    if spec.difficulties and question.difficulty not in spec.difficulties:
        return False
    if spec.tags:
        wanted = {t.casefold() for t in spec.tags}
        return any(t.casefold() in wanted for t in question.tags)
    return True


def select_round(
    questions: Iterable[Question], spec: RoundSpec, seen: Collection[str] = frozenset()
) -> list[Question]:
    """Pick up to ``spec.size`` questions: unseen ones first, types and articles mixed.

    ``seen`` holds the ids of questions this player answered before (from the store).
    """
    rng = random.Random(spec.seed)
    pool = [q for q in questions if matches(q, spec)]
    rng.shuffle(pool)
    fresh = [q for q in pool if q.id not in seen]
    stale = [q for q in pool if q.id in seen]
    chosen = (fresh + stale)[: spec.size]
    # Mix within each group so the "unseen first" promise holds for the whole round.
    fresh_part = [q for q in chosen if q.id not in seen]
    stale_part = [q for q in chosen if q.id in seen]
    return mix(fresh_part) + mix(stale_part, after=fresh_part[-1:])


def mix(questions: Sequence[Question], after: Sequence[Question] = ()) -> list[Question]:
    """Reorder so neighbours differ in type and article whenever the pool allows it.

    Greedy: take the first remaining question that differs from the previous one in both
    type and article, else in article, else in type, else the next one.
    """
    remaining = list(questions)
    ordered: list[Question] = []
    previous = after[-1] if after else None
    while remaining:
        pick = _best_next(remaining, previous)
        remaining.remove(pick)
        ordered.append(pick)
        previous = pick
    return ordered


def _best_next(remaining: list[Question], previous: Question | None) -> Question:
    if previous is None:
        return remaining[0]
    prev_type, prev_article = previous.type, _article(previous)

    def new_type(q: Question) -> bool:
        return q.type != prev_type

    def new_article(q: Question) -> bool:
        return _article(q) != prev_article

    def both(q: Question) -> bool:
        return new_type(q) and new_article(q)

    for test in (both, new_article, new_type):
        for q in remaining:
            if test(q):
                return q
    return remaining[0]


def _article(question: Question) -> str:
    return question.sources[0].article_id
