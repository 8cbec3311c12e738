"""The review browser: ``ReviewScreen(bank_path)`` to push from any App, ``ReviewApp`` to run it.

Imports are lazy so the pure helpers here (``session``, ``context``) load without Textual.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quiz.tui.review.app import ReviewApp
    from quiz.tui.review.screen import ReviewScreen

__all__ = ["ReviewApp", "ReviewScreen"]


def __getattr__(name: str) -> Any:
    if name == "ReviewScreen":
        from quiz.tui.review.screen import ReviewScreen

        return ReviewScreen
    if name == "ReviewApp":
        from quiz.tui.review.app import ReviewApp

        return ReviewApp
    raise AttributeError(name)
