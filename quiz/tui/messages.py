"""Messages screens send up to the App ("attributes down, messages up").

The App owns the game session and store; screens only show state and report what the player did.
"""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from quiz.game.settings import PlaySettings


class StartRequested(Message):
    """The start screen's form was submitted with valid settings."""

    def __init__(self, settings: PlaySettings) -> None:
        super().__init__()
        self.settings = settings


class ReviewRequested(Message):
    """The player asked to review the bank at ``bank`` (start screen, ``r``).

    Hook for the bank-review feature: the App forwards it to ``QuizApp.open_review``.
    """

    def __init__(self, bank: Path) -> None:
        super().__init__()
        self.bank = bank


class AnswerSubmitted(Message):
    """The player answered the current question (a tile's choice or typed text)."""

    def __init__(self, answer: str) -> None:
        super().__init__()
        self.answer = answer


class ContinueRequested(Message):
    """Leave the feedback screen for the next question or the summary."""


class PlayAgainRequested(Message):
    """Start another round with the same settings."""


class BackRequested(Message):
    """Esc on a game screen: offer to abandon the round and return to the start screen."""
