"""Pieces the host and student screens share: the vote chart, standings, the quote."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from quiz.net import protocol as p
from quiz.tui.widgets.tiles import LETTERS, SHAPES

TILE_COLOURS = ("#e21b3c", "#1368ce", "#d89e00", "#26890c")

NET_CSS = """
.net-title { text-style: bold; padding: 0 1; height: auto; }
.net-big { text-style: bold; color: $accent; padding: 0 1; height: auto; }
.net-body { padding: 0 1; height: auto; }
.net-muted { color: $text-muted; padding: 0 1; height: auto; }
.net-verdict { text-style: bold; padding: 1 1 0 1; height: auto; }
#players { height: 1fr; border: round $primary; }
#chart { padding: 1 1; height: auto; }
#answers { padding: 0 1; height: 1; }
#join-form { padding: 1 2; height: auto; }
#join-form Input { width: 40; }
#join-error { color: $error; padding: 0 2; height: auto; }
"""


def chart_text(
    choices: Sequence[str], counts: Sequence[int], answer_index: int, width: int = 30
) -> Text:
    """One bar per choice: shape, letter, bar, count; the right answer ticked."""
    most = max(counts, default=0) or 1
    text = Text()
    for index, (choice, count) in enumerate(zip(choices, counts, strict=True)):
        mark = "✔" if index == answer_index else " "
        bar = "█" * round(width * count / most) or "▏"
        text.append(f"{mark} {SHAPES[index]} {LETTERS[index]} ", style="bold")
        text.append(bar, style=TILE_COLOURS[index])
        text.append(f" {count}  {choice}\n")
    return text


def standings_text(table: Sequence[p.Standing], highlight: str | None = None) -> Text:
    """``1. ana  2,400`` lines; ``highlight`` in bold."""
    text = Text()
    for standing in table:
        style = "bold reverse" if standing.name == highlight else ""
        star = "★" if standing.rank == 1 else " "
        line = f"{star}{standing.rank:>3}. {standing.name:<20} {standing.score:>7,}\n"
        text.append(line, style)
    return text


def quote_block(quote: str, source: str) -> Text:
    """The source quote in italics with where it comes from."""
    text = Text("“" + quote + "”", style="italic")
    if source:
        text.append(f"\n— {source}", style="dim")
    return text
