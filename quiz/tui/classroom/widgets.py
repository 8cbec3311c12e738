"""Presenter widgets: the big countdown."""

from __future__ import annotations

import math

from textual.widgets import Digits

#: Seconds left at which the countdown turns to its warning style.
WARNING_SECONDS = 5.0


class BigCountdown(Digits):
    """Seconds left in large digits (three rows tall), readable from the back of a room."""

    DEFAULT_CSS = """
    BigCountdown { width: auto; color: $success; padding: 0 1; }
    BigCountdown.-warning { color: $error; }
    BigCountdown.-paused { color: $text-muted; }
    """

    def show(self, remaining: float, *, paused: bool = False) -> None:
        """Display ``remaining`` seconds (rounded up)."""
        seconds = math.ceil(max(remaining, 0.0))
        self.update(f"{seconds:d}")
        self.set_class(remaining <= WARNING_SECONDS, "-warning")
        self.set_class(paused, "-paused")
