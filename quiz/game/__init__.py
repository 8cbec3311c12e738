"""The pure game engine: round selection, timing, scoring, typed-answer matching, sessions.

No Textual and no I/O here. Time comes from an injected :class:`~quiz.game.clock.Clock`, so the
TUI, a classroom host or a test can each drive the same engine.

Typical use::

    questions = select_round(bank.questions, RoundSpec(size=10, seed=7), seen=history)
    session = GameSession(questions, clock=time.monotonic, players=["ana"], time_limit=20)
    session.subscribe(on_event)          # e.g. persist AnswerGiven records
    session.start_question()
    record = session.answer("Rudigr")    # scored AnswerRecord
    session.tick()                        # call regularly: times out unanswered players
    session.advance()                     # next question or Phase.FINISHED
"""

from quiz.game.clock import Clock, ManualClock, Stopwatch
from quiz.game.matching import is_correct, normalise
from quiz.game.scoring import Score, score_answer
from quiz.game.selection import DEFAULT_ROUND_SIZE, RoundSpec, select_round
from quiz.game.session import (
    DEFAULT_TIME_LIMIT,
    MAX_TIME_LIMIT,
    MIN_TIME_LIMIT,
    AnswerGiven,
    AnswerRecord,
    Event,
    GameSession,
    Phase,
    Player,
    QuestionClosed,
    QuestionStarted,
    RoundFinished,
    SessionError,
)

__all__ = [
    "DEFAULT_ROUND_SIZE",
    "DEFAULT_TIME_LIMIT",
    "MAX_TIME_LIMIT",
    "MIN_TIME_LIMIT",
    "AnswerGiven",
    "AnswerRecord",
    "Clock",
    "Event",
    "GameSession",
    "ManualClock",
    "Phase",
    "Player",
    "QuestionClosed",
    "QuestionStarted",
    "RoundFinished",
    "RoundSpec",
    "Score",
    "SessionError",
    "Stopwatch",
    "is_correct",
    "normalise",
    "score_answer",
    "select_round",
]
