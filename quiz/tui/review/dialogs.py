"""Small modal dialogs of the review browser: reject reason, help, unreadable sidecar."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

_DIALOG_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 76; height: auto; max-height: 90%; padding: 1 2;
    border: thick $primary; background: $surface;
}}
{name} .title {{ text-style: bold; margin-bottom: 1; }}
{name} Horizontal {{ height: auto; margin-top: 1; }}
{name} Button {{ margin-right: 2; }}
"""


class RejectDialog(ModalScreen[str | None]):
    """Ask for an optional reason; dismiss with the reason ("" for none) or None to cancel."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="RejectDialog")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str) -> None:
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        """The question, a reason input and the hint."""
        with Vertical():
            yield Label("Reject this question?", classes="title")
            yield Static(self.prompt)
            yield Input(placeholder="reason (optional), Enter to reject", id="reason")
            yield Static("Enter rejects · Esc cancels", classes="hint")

    @on(Input.Submitted, "#reason")
    def _submit(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip())

    def action_cancel(self) -> None:
        """Close without rejecting."""
        self.dismiss(None)


HELP = """\
[b]Move[/b]        j / k or ↓ / ↑, PgUp / PgDn, Home / End; shift+↓ / ↑ scroll the detail
[b]Approve[/b]     a          [b]Reject[/b]   r (then type a reason or just Enter)
[b]Reset[/b]       u or x     (clears approved/rejected; edits stay)
[b]Edit[/b]        e          (prompt, choices, key, explanation, difficulty, tags)
[b]Undo[/b]        z or ctrl+z (undo the last change, again and again)
[b]Search[/b]      /          (type to filter; Enter or Esc goes back to the list)
[b]Filters[/b]     f          (Tab moves between status, type, level, article, tag, sort)
[b]Sort[/b]        s cycles the sort; click a column header to sort by it
[b]Help[/b]        ?          [b]Close[/b]  q or Esc

Every change is saved at once to [i]<bank>.review.json[/i] next to the bank.
[b]quiz play[/b] and [b]quiz export[/b] leave out rejected questions and use your edits."""


class HelpScreen(ModalScreen[None]):
    """The key reference."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="HelpScreen") + "HelpScreen > Vertical { width: 88; }"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark", "close", "Close")]

    def compose(self) -> ComposeResult:
        """The help text."""
        with Vertical():
            yield Label("Reviewing a bank: keys", classes="title")
            yield Static(HELP)

    def action_close(self) -> None:
        """Close help."""
        self.dismiss(None)


CorruptChoice = Literal["fresh", "read_only", "close"]


class CorruptSidecarDialog(ModalScreen[CorruptChoice]):
    """The sidecar is unreadable: back it up and start fresh, browse read-only, or close."""

    DEFAULT_CSS = _DIALOG_CSS.format(name="CorruptSidecarDialog")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "read_only", "Read-only")]

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__()
        self.path = path
        self.message = (
            f"{path} cannot be read ({problem}).\n\n"
            f"Back up and start fresh: moves it to {path.name}.corrupt and starts an empty one.\n"
            "Browse read-only: leaves it alone; nothing you do is saved.\n"
            "Close: fix the file by hand first."
        )

    def compose(self) -> ComposeResult:
        """The problem and three buttons."""
        with Vertical():
            yield Label("The review file cannot be read", classes="title")
            yield Static(self.message)
            with Horizontal():
                yield Button("Back up and start fresh", id="fresh", variant="warning")
                yield Button("Browse read-only", id="read_only")
                yield Button("Close", id="close")

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        choice: CorruptChoice = "fresh" if event.button.id == "fresh" else "close"
        if event.button.id == "read_only":
            choice = "read_only"
        self.dismiss(choice)

    def action_read_only(self) -> None:
        """Escape keeps the file untouched and browses read-only."""
        self.dismiss("read_only")
