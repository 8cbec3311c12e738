"""The four answer tiles: colour, shape and two key labels each, so colour is never the only cue."""

from __future__ import annotations

from collections.abc import Sequence

from textual import events
from textual.app import ComposeResult
from textual.containers import Grid
from textual.message import Message
from textual.widgets import Static

SHAPES = ("▲", "◆", "●", "■")
LETTERS = ("A", "B", "C", "D")


def tile_label(index: int, choice: str) -> str:
    """The text on tile ``index``: shape, number key, letter key, then the choice."""
    return f"{SHAPES[index]} {index + 1}·{LETTERS[index]}  {choice}"


class AnswerTile(Static):
    """One clickable answer; ``index`` 0-3 picks its colour and shape.

    Tiles never take focus: keys 1-4 / A-D answer, so a stray Enter (e.g. a double tap after
    the feedback screen) can never pick an answer by accident. A plain Static (not a Button)
    keeps the question screen cheap to style, which helps the first question paint fast.
    """

    def __init__(self, index: int, choice: str) -> None:
        label = tile_label(index, choice)
        super().__init__(label, markup=False, id=f"tile-{index}", classes=f"tile tile-{index}")
        self.index = index
        self.choice = choice
        self.label = label

    def on_click(self, event: events.Click) -> None:
        """A click picks this tile."""
        event.stop()
        self.post_message(AnswerTiles.Chosen(self.index, self.choice))


class AnswerTiles(Grid):
    """A 2x2 grid of :class:`AnswerTile` (one row for true/false)."""

    class Chosen(Message):
        """The player picked a tile (by key or click)."""

        def __init__(self, index: int, choice: str) -> None:
            super().__init__()
            self.index = index
            self.choice = choice

    def __init__(self, choices: Sequence[str], *, id: str | None = None) -> None:
        super().__init__(id=id, classes=f"tiles tiles-{len(choices)}")
        self.choices = list(choices)

    def compose(self) -> ComposeResult:
        """One tile per choice."""
        for index, choice in enumerate(self.choices):
            yield AnswerTile(index, choice)

    def choose(self, index: int) -> bool:
        """Pick tile ``index`` as if clicked; False when there is no such tile."""
        if not 0 <= index < len(self.choices):
            return False
        self.post_message(self.Chosen(index, self.choices[index]))
        return True
