"""Classroom sessions: teams, a teacher or hot-seat flow, recorded choices, standings.

Pure and UI-free (no Textual, no sockets, no I/O): the presenter TUI drives it today and a
network host can drive the same model later. Every change is an :class:`Action`; listeners
receive each one as it happens (the store appends it at once), and replaying the stored
actions rebuilds the session exactly, which is how ``quiz class --resume`` works.

Scoring reuses :func:`quiz.game.scoring.score_answer` (see :mod:`quiz.classroom.scoring`).
"""

from quiz.classroom.actions import Action
from quiz.classroom.config import (
    MAX_TEAMS,
    MIN_TEAMS,
    ClassConfig,
    ConfigError,
    check_team_names,
    parse_teams,
)
from quiz.classroom.model import ClassPhase, ClassSession
from quiz.classroom.scoring import TeamAnswer, score_question
from quiz.classroom.standings import Standing, podium, standings, visible_board
from quiz.classroom.state import Entry, QuestionState

__all__ = [
    "MAX_TEAMS",
    "MIN_TEAMS",
    "Action",
    "ClassConfig",
    "ClassPhase",
    "ClassSession",
    "ConfigError",
    "Entry",
    "QuestionState",
    "Standing",
    "TeamAnswer",
    "check_team_names",
    "parse_teams",
    "podium",
    "score_question",
    "standings",
    "visible_board",
]
