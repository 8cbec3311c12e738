"""The visible countdown: a bar that empties and the seconds left."""

from __future__ import annotations

import math

from rich.text import Text
from textual.widgets import Static

WARNING_SECONDS = 5.0


def bar_text(remaining: float, limit: float, width: int) -> Text:
    """A text bar of ``width`` cells showing ``remaining`` of ``limit`` seconds, then seconds."""
    seconds = f" {math.ceil(max(remaining, 0.0)):>3d}s"
    cells = max(width - len(seconds), 1)
    full = round(cells * max(min(remaining / limit, 1.0), 0.0))
    text = Text()
    text.append("█" * full, style="")
    text.append("░" * (cells - full), style="dim")
    text.append(seconds, style="bold")
    return text


class Countdown(Static):
    """Shows time left; the App calls :meth:`show` on every tick."""

    def __init__(self, limit: float, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.limit = limit
        self.remaining = limit
        self.paused = False

    def show(self, remaining: float, *, paused: bool = False) -> None:
        """Display ``remaining`` seconds."""
        self.remaining = remaining
        self.paused = paused
        self.set_class(remaining <= WARNING_SECONDS, "-warning")
        self.refresh()

    def render(self) -> Text:
        """The bar, sized to the widget."""
        text = bar_text(self.remaining, self.limit, self.size.width or 40)
        if self.paused:
            text.append(" paused", style="italic")
        return text
