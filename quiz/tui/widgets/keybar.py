"""A one-line key legend: a light stand-in for Textual's Footer that paints faster."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

#: The App-wide keys shown on every game screen.
GLOBAL_KEYS: tuple[tuple[str, str], ...] = (("?", "Help"), ("p", "Pause"), ("q", "Quit"))


def legend(keys: Sequence[tuple[str, str]]) -> Text:
    """``key label`` pairs, keys in bold."""
    text = Text()
    for key, label in keys:
        text.append(f" {key}", style="bold dark_orange")
        text.append(f" {label}  ")
    return text


class KeyBar(Static):
    """Shows the keys that work on the current screen."""

    def __init__(self, keys: Sequence[tuple[str, str]], *, id: str | None = None) -> None:
        super().__init__(legend(keys), id=id, classes="keybar")
