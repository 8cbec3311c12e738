"""``ReviewApp``: the small App behind ``quiz review``; it only hosts a ReviewScreen."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from quiz.tui.review.screen import ReviewScreen
from quiz.tui.review.session import Clock


class ReviewApp(App[None]):
    """Review one bank, then exit when the screen closes."""

    TITLE = "quiz review"

    def __init__(self, bank_path: str | Path, *, clock: Clock | None = None) -> None:
        super().__init__()
        self.bank_path = Path(bank_path)
        self._clock = clock

    def on_mount(self) -> None:
        """Push the review screen; closing it ends the app."""
        self.push_screen(ReviewScreen(self.bank_path, clock=self._clock), lambda _: self.exit())

    @property
    def review(self) -> ReviewScreen:
        """The review screen (for tests and scripts)."""
        for screen in self.screen_stack:
            if isinstance(screen, ReviewScreen):
                return screen
        raise LookupError("no review screen")
