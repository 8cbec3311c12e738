"""The four answer tiles: colour, shape and two key labels each, so colour is never the only cue."""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.containers import Grid
from textual.message import Message
from textual.widgets import Button

SHAPES = ("▲", "◆", "●", "■")
LETTERS = ("A", "B", "C", "D")


def tile_label(index: int, choice: str) -> str:
    """The text on tile ``index``: shape, number key, letter key, then the choice."""
    return f"{SHAPES[index]} {index + 1}·{LETTERS[index]}  {choice}"


class AnswerTile(Button, can_focus=False):
    """One clickable answer; ``index`` 0-3 picks its colour and shape.

    Tiles never take focus: keys 1-4 / A-D answer, so a stray Enter (e.g. a double tap after
    the feedback screen) can never pick an answer by accident.
    """

    def __init__(self, index: int, choice: str) -> None:
        super().__init__(
            tile_label(index, choice), id=f"tile-{index}", classes=f"tile tile-{index}"
        )
        self.index = index
        self.choice = choice


class AnswerTiles(Grid):
    """A 2x2 grid of :class:`AnswerTile` (one row for true/false)."""

    class Chosen(Message):
        """The player picked a tile (by key, click or Enter)."""

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

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """A click or Enter on a tile."""
        event.stop()
        if isinstance(event.button, AnswerTile):
            self.choose(event.button.index)
