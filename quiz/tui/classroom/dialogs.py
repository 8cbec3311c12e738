"""Teacher dialogs: type a team name to add or remove, and the classroom help."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from quiz.classroom.scoring import __doc__ as SCORING_DOC

CLASS_HELP = """\
[b]Teacher mode[/b]
  1-9 (or 1 then 2 for team 12), then A-D   record that team's choice
  Enter        reveal the answer (stops the clock); then Enter again: leaderboard, next
  o            record in answering order: speed counts for this question
  u            undo the last recorded choice (also after the reveal)
  Space        pause or resume the countdown
  s            skip this question (nothing counts)
  + / -        add a team / remove a team (by name or number)
  e            end the session early (podium next)
  q            quit; the session stays resumable with quiz class --resume

[b]Turns mode[/b]
  The team on turn answers with 1-4 or A-D before the time runs out.
"""


class TeamDialog(ModalScreen[str | None]):
    """Ask for a team name (or number); dismisses with the text, or None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, prompt: str) -> None:
        super().__init__()
        self.prompt = prompt

    def compose(self) -> ComposeResult:
        """The prompt and one input."""
        with Vertical(classes="dialog confirm"):
            yield Static(self.prompt, classes="dialog-title", markup=False)
            yield Input(id="class-team-name")
            yield Static("Enter confirms, Esc cancels", classes="dialog-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter returns the text."""
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        """Esc returns None."""
        self.dismiss(None)


class ClassHelpScreen(ModalScreen[None]):
    """Teacher keys and the scoring rule; Esc, ? or Enter closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,question_mark,enter", "close")]

    def compose(self) -> ComposeResult:
        """Keys, then the scoring rule from the scoring module's docstring."""
        rule = (SCORING_DOC or "").split("\n\n", 1)[-1]
        with Vertical(id="help", classes="dialog"):
            yield Static("Classroom help", classes="dialog-title")
            with VerticalScroll(id="help-scroll"):
                yield Static(CLASS_HELP)
                yield Static("[b]Scoring[/b]")
                yield Static(rule, markup=False)

    def action_close(self) -> None:
        """Close help."""
        self.dismiss(None)
