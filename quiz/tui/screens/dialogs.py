"""Modal dialogs: help, pause and yes/no confirmation."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

HELP_TEXT = """\
[b]Answering[/b]
  1 2 3 4  or  A B C D   pick an answer tile (mouse clicks work too)
  Enter                  submit a typed answer
  Esc                    leave the answer box (then the keys below work)

[b]During a round[/b]
  Enter / Space          continue after the feedback
  p                      pause (the question is hidden)
  ?                      this help
  Esc                    back (abandon the round, with confirmation)
  q                      quit, with confirmation

[b]Scoring[/b]
  Right answer: 1000 points at once, falling to 500 at the time limit.
  Streak bonus: +100 per correct answer in a row after the first (max +500).
  Wrong or too late: 0 points, the streak starts again.
  Typed answers forgive case, accents and small typos; "thirty-two" = 32.\
"""


class HelpScreen(ModalScreen[None]):
    """Keys and scoring rules; any of Esc, ?, q or Enter closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q,enter", "close", "Close"),
    ]

    def compose(self) -> ComposeResult:
        """The help text in a box."""
        with Vertical(id="help", classes="dialog"):
            yield Static("Help", classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(HELP_TEXT, id="help-text")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Close (Esc)", id="close", variant="primary")

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        """Close by mouse."""
        self.dismiss(None)

    def action_close(self) -> None:
        """Close help."""
        self.dismiss(None)


class PauseScreen(ModalScreen[None]):
    """Covers the question while the clock is stopped; p, Esc or Enter resumes."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("p,escape,enter,space", "resume", "Resume")]

    def compose(self) -> ComposeResult:
        """A full cover so the question cannot be studied while paused."""
        with Vertical(id="pause", classes="dialog"):
            yield Static("⏸  Paused", classes="dialog-title")
            yield Static("The clock is stopped. Press p to resume.", classes="dialog-hint")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Resume (p)", id="resume", variant="primary")

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        """Resume by mouse."""
        self.dismiss(None)

    def action_resume(self) -> None:
        """Close the cover; the App restarts the clock."""
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; dismisses with True for yes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes: str = "Yes") -> None:
        super().__init__()
        self.question = question
        self.yes = yes

    def compose(self) -> ComposeResult:
        """The question and two buttons."""
        with Vertical(classes="dialog confirm"):
            yield Static(self.question, classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button(f"{self.yes} (y)", id="yes", variant="error")
                yield Button("No (n)", id="no", variant="primary")

    def on_mount(self) -> None:
        """Default to the safe answer."""
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Mouse or Enter on a button."""
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        """Keys y / n."""
        self.dismiss(yes)
