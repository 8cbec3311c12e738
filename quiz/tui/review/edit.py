"""The edit form: prompt, choices, key, explanation, difficulty and tags, validated as you type.

The source quote is shown but cannot be edited: it is the evidence for the answer.
"""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from quiz.bank.curation import check_fields, editable_values
from quiz.bank.models import FOUR_CHOICE_TYPES, Question
from quiz.bank.review import QuestionFields
from quiz.tui.review.widgets import TYPE_LABEL


class EditDialog(ModalScreen[QuestionFields | None]):
    """Edit one question; dismiss with the new values, or None when cancelled."""

    DEFAULT_CSS = """
    EditDialog { align: center middle; }
    EditDialog > Vertical {
        width: 96; height: auto; max-height: 100%; padding: 0 1;
        border: thick $primary; background: $surface;
    }
    EditDialog .title { text-style: bold; }
    EditDialog VerticalScroll { height: auto; max-height: 20; }
    EditDialog .field { height: 1; margin-top: 1; }
    EditDialog .field Label { width: 13; }
    EditDialog .field Input, EditDialog .field Select { width: 1fr; }
    EditDialog #quote { color: $text-muted; margin-top: 1; }
    EditDialog #problems { color: $error; height: auto; margin-top: 1; }
    EditDialog #problems.ok { color: $success; }
    EditDialog .buttons { height: auto; margin-top: 1; }
    EditDialog Button { margin-right: 2; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s", "save", "Save", priority=True),
    ]

    def __init__(self, current: Question, generated: Question) -> None:
        super().__init__()
        self.current = current
        """The question as it is now (with any earlier edit): the form starts from it."""
        self.generated = generated
        """The question as built: edits are validated and stored against it."""
        self.problems: list[str] = []

    def compose(self) -> ComposeResult:
        """One labelled input per editable field, the quote, problems and buttons."""
        q = self.current
        with Vertical():
            yield Label(f"Edit {TYPE_LABEL[q.type]} question {q.id}", classes="title")
            with VerticalScroll():
                for label, widget in self._inputs():
                    with Horizontal(classes="field"):
                        yield Label(label)
                        yield widget
            yield Static(f"Quote (evidence, not editable): {q.sources[0].quote}", id="quote")
            yield Static(id="problems")
            with Horizontal(classes="buttons"):
                yield Button("Save (ctrl+s)", id="save", variant="primary")
                yield Button("Restore original", id="restore")
                yield Button("Cancel (esc)", id="cancel")

    def _inputs(self) -> list[tuple[str, Input | Select[str]]]:
        q = self.current
        choices = q.choices if q.type in FOUR_CHOICE_TYPES else []
        levels = [(d, d) for d in ("easy", "medium", "hard")]
        tags = ", ".join(q.tags)
        level = Select(
            levels, allow_blank=False, value=q.difficulty, id="e-difficulty", compact=True
        )
        return [
            ("Prompt", Input(q.prompt, id="e-prompt", compact=True)),
            *[
                (f"Choice {chr(65 + i)}", Input(c, id=f"e-choice-{i}", compact=True))
                for i, c in enumerate(choices)
            ],
            ("Key", Input(q.answer, id="e-answer", compact=True)),
            ("Explanation", Input(q.explanation, id="e-explanation", compact=True)),
            ("Difficulty", level),
            ("Tags", Input(tags, id="e-tags", compact=True, placeholder="comma-separated")),
        ]

    def on_mount(self) -> None:
        """Validate the starting values (a stale edit may already be invalid)."""
        self._validate()

    def values(self) -> QuestionFields:
        """The form's current values, trimmed; tags split on commas."""
        choices = [
            i.value.strip() for i in self.query(Input) if (i.id or "").startswith("e-choice")
        ]
        tags = [t.strip() for t in self._text("tags").split(",") if t.strip()]
        return QuestionFields(
            prompt=self._text("prompt").strip(),
            choices=choices if self.current.type in FOUR_CHOICE_TYPES else self.current.choices,
            answer=self._text("answer").strip(),
            explanation=self._text("explanation").strip(),
            difficulty=self.query_one("#e-difficulty", Select).value,  # type: ignore[arg-type]
            tags=list(dict.fromkeys(tags)),
        )

    def _text(self, name: str) -> str:
        return self.query_one(f"#e-{name}", Input).value

    @on(Input.Changed)
    @on(Select.Changed)
    def _validate(self) -> None:
        self.problems = check_fields(self.generated, self.values())
        box = self.query_one("#problems", Static)
        box.set_class(not self.problems, "ok")
        box.update("\n".join(f"• {p}" for p in self.problems) or "✓ valid")
        self.query_one("#save", Button).disabled = bool(self.problems)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_save()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Save when valid; otherwise say what is wrong."""
        self._validate()
        if self.problems:
            self.notify(self.problems[0], title="Cannot save yet", severity="error")
            return
        self.dismiss(self.values())

    @on(Button.Pressed, "#restore")
    def _restore(self) -> None:
        original = editable_values(self.generated)
        for name in ("prompt", "answer", "explanation"):
            self.query_one(f"#e-{name}", Input).value = str(getattr(original, name))
        for i, choice in enumerate(original.choices or []):
            if self.query(f"#e-choice-{i}"):
                self.query_one(f"#e-choice-{i}", Input).value = choice
        self.query_one("#e-tags", Input).value = ", ".join(original.tags or [])
        self.query_one("#e-difficulty", Select).value = original.difficulty or "medium"

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
