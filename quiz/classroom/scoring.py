"""Points for classroom answers, using the game's Kahoot rule (:mod:`quiz.game.scoring`).

Which time goes into :func:`~quiz.game.scoring.score_answer`:

* **turns** mode: the real seconds the team took, as in ``quiz play``.
* **teacher** mode, flat (the default): every correct answer is scored as if given at once,
  so it earns the full 1000 points plus the game's streak bonus. The room answers aloud or on
  paper, so nobody's speed is known.
* **teacher** mode with a recorded order (key ``o`` before recording): the k-th team recorded
  (0-based) of n expected teams is scored as answering after ``k / n`` of the time limit, so the
  first correct team gets 1000 and later ones less (never below 500).

A wrong answer or no answer scores 0 and resets the team's streak.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from quiz.classroom.state import Entry, QuestionState
from quiz.game.matching import is_correct
from quiz.game.scoring import Score, score_answer


@dataclass(frozen=True, slots=True)
class TeamAnswer:
    """One team's scored answer to one question."""

    position: int
    question_id: str
    team: str
    given: str | None
    correct: bool
    elapsed: float | None
    """Seconds taken when known (None otherwise)."""
    rank: int | None
    """Recording order when the teacher recorded one (0 = first)."""
    score: Score

    @property
    def points(self) -> int:
        """Points earned."""
        return self.score.points


def score_question(
    state: QuestionState, streaks: Mapping[str, int], *, limit: float, mode: str
) -> list[TeamAnswer]:
    """Score every expected team on a revealed question (``streaks`` = streaks before it)."""
    ranks = {entry.team: rank for rank, entry in enumerate(state.entries)}
    answers = []
    for team in _teams(state):
        entry = state.entry_for(team) or Entry(team, None, None)
        rank = ranks.get(team) if state.ordered else None
        seconds = _scoring_time(entry, rank, len(state.expected) or 1, limit, mode)
        correct = entry.given is not None and is_correct(state.question, entry.given)
        score = score_answer(
            correct=correct, elapsed=seconds, limit=limit, streak_before=streaks.get(team, 0)
        )
        answers.append(
            TeamAnswer(state.position, state.question.id, team, entry.given, correct,
                       entry.elapsed, rank, score)
        )  # fmt: skip
    return answers


def _teams(state: QuestionState) -> Iterable[str]:
    recorded = [e.team for e in state.entries if e.team not in state.expected]
    return [*state.expected, *recorded]


def _scoring_time(entry: Entry, rank: int | None, teams: int, limit: float, mode: str) -> float:
    if mode == "turns":
        return limit if entry.elapsed is None else entry.elapsed
    if rank is None:
        return 0.0
    return limit * rank / teams


def score_all(states: Iterable[QuestionState], *, limit: float, mode: str) -> list[TeamAnswer]:
    """Scored answers of every revealed, unskipped question, streaks carried in order."""
    streaks: dict[str, int] = {}
    answers: list[TeamAnswer] = []
    for state in states:
        if not state.scored:
            continue
        scored = score_question(state, streaks, limit=limit, mode=mode)
        streaks.update({a.team: a.score.streak for a in scored})
        answers.extend(scored)
    return answers
