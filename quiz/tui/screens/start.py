"""The start screen: who plays, which bank, how long a round, which questions."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Input, Label, Static

from quiz.game.settings import DIFFICULTIES, QUESTION_TYPES, PlaySettings
from quiz.tui.messages import ReviewRequested, StartRequested
from quiz.tui.widgets.keybar import KeyBar

TITLE = "Q U I Z  ·  trivia from the news"

# (field id, label, placeholder)
_FIELDS = (
    ("player", "Player", "your name"),
    ("bank", "Bank", "path to a bank .json"),
    ("size", "Questions", "1-100"),
    ("time", "Seconds each", "5-240"),
    ("tags", "Tags", "e.g. sport, science (blank: all)"),
    ("difficulty", "Difficulty", f"{', '.join(DIFFICULTIES)} (blank: all)"),
    ("types", "Types", "e.g. multiple_choice, numeric (blank: all)"),
)


def split_list(text: str) -> frozenset[str]:
    """``"a, b c"`` -> ``{"a", "b", "c"}``."""
    return frozenset(part for part in text.replace(",", " ").split() if part)


def settings_from_form(values: dict[str, str], base: PlaySettings) -> PlaySettings:
    """Build settings from the form's text; ValueError with a one-line reason if invalid."""
    try:
        size, seconds = int(values["size"]), float(values["time"])
    except ValueError:
        raise ValueError("questions and seconds must be numbers") from None
    types = split_list(values["types"])
    if unknown := types - set(QUESTION_TYPES):
        raise ValueError(f"unknown type {sorted(unknown)[0]!r}; use {', '.join(QUESTION_TYPES)}")
    return PlaySettings(
        bank=Path(values["bank"].strip()).expanduser(),
        player=values["player"].strip(),
        round_size=size,
        time_limit=seconds,
        seed=base.seed,
        tags=split_list(values["tags"]),
        difficulties=split_list(values["difficulty"].lower()),
        types=types,
        approved_only=base.approved_only,
    )


def form_values(settings: PlaySettings) -> dict[str, str]:
    """The form's initial text for ``settings``."""
    return {
        "player": settings.player, "bank": str(settings.bank),
        "size": str(settings.round_size), "time": f"{settings.time_limit:g}",
        "tags": ", ".join(sorted(settings.tags)),
        "difficulty": ", ".join(sorted(settings.difficulties)),
        "types": ", ".join(sorted(settings.types)),
    }  # fmt: skip


class StartScreen(Screen[None]):
    """Posts :class:`StartRequested` with valid settings, or :class:`ReviewRequested`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start"),
        Binding("ctrl+r", "review", "Review bank"),
        Binding("escape", "app.request_quit", "Quit"),
    ]

    def __init__(self, settings: PlaySettings, error: str = "") -> None:
        super().__init__()
        self.settings = settings
        self.error = error

    def compose(self) -> ComposeResult:
        """Title, form, buttons, error line."""
        yield Static(TITLE, id="title")
        values = form_values(self.settings)
        with VerticalScroll(id="start-body"):
            with Grid(id="form"):
                for key, label, hint in _FIELDS:
                    yield Label(label, classes="form-label")
                    yield Input(values[key], placeholder=hint, id=f"field-{key}")
            yield Static(self.error, id="form-error")
        with Horizontal(id="start-buttons"):
            yield Button("▶ Start (Enter)", id="start", variant="success")
            yield Button("Review bank (ctrl+r)", id="review")
        yield KeyBar((("Enter", "Start"), ("Tab", "Next field"), ("ctrl+r", "Review bank"),
                      ("Esc", "Quit")))  # fmt: skip

    def on_mount(self) -> None:
        """Focus the name field."""
        self.query_one("#field-player", Input).focus()

    def values(self) -> dict[str, str]:
        """The form's current text by field id."""
        return {key: self.query_one(f"#field-{key}", Input).value for key, _, _ in _FIELDS}

    def show_error(self, message: str) -> None:
        """Show a one-line problem under the form."""
        self.query_one("#form-error", Static).update(message)

    def action_start(self) -> None:
        """Validate and ask the App to start."""
        try:
            settings = settings_from_form(self.values(), self.settings)
        except ValueError as exc:
            self.show_error(f"✘ {exc}")
            return
        self.show_error("")
        self.post_message(StartRequested(settings))

    def action_review(self) -> None:
        """Ask the App to open the bank review (a hook another feature fills)."""
        self.post_message(ReviewRequested(Path(self.values()["bank"].strip()).expanduser()))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in any field starts."""
        event.stop()
        self.action_start()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Start or review."""
        if event.button.id == "start":
            self.action_start()
        else:
            self.action_review()
