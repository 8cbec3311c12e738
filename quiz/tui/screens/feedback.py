"""After each answer or timeout: verdict, correct answer, points, explanation, the evidence."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Static

from quiz.bank.models import Article, Question
from quiz.game.session import AnswerRecord
from quiz.tui.messages import BackRequested, ContinueRequested
from quiz.tui.widgets.keybar import GLOBAL_KEYS, KeyBar
from quiz.tui.widgets.quote import byline, quote_text


def verdict(record: AnswerRecord) -> str:
    """``Correct!``, ``Wrong`` or ``Time's up``."""
    if record.correct:
        return "✔ Correct!"
    return "⏱ Time's up" if record.timed_out else "✘ Wrong"


def points_line(record: AnswerRecord) -> str:
    """Points with their speed and streak breakdown."""
    s = record.score
    if not record.correct:
        return "+0 points · streak reset"
    bonus = f" + streak bonus {s.streak_bonus}" if s.streak_bonus else ""
    return (
        f"+{record.points:,} points  (speed {s.speed_points}{bonus})"
        f"  ·  answered in {record.elapsed:.1f}s  ·  streak {s.streak}"
    )


class FeedbackScreen(Screen[None]):
    """Shows one answer's outcome; Enter or Space continues."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "continue", "Continue"),
        Binding("space", "continue", "Continue", show=False),
        Binding("escape", "back", "Back"),
    ]

    def __init__(
        self,
        question: Question,
        record: AnswerRecord,
        articles: dict[str, Article],
        *,
        last: bool,
    ) -> None:
        super().__init__(classes="game-screen")
        self.question = question
        self.record = record
        self.articles = articles
        self.last = last

    def compose(self) -> ComposeResult:
        """Verdict, answer, points, explanation, sources."""
        record, question = self.record, self.question
        kind = "right" if record.correct else "wrong"
        yield Static(verdict(record), id="verdict", classes=kind)
        with VerticalScroll(id="feedback-body"):
            yield Static(self._answers(), id="answer-line")
            yield Static(points_line(record), id="points")
            yield Static(question.explanation, id="explanation")
            yield from self._sources(question)
        more = "See your results" if self.last else "Next question"
        with Horizontal(id="continue-bar"):
            yield Button(f"{more} ▶  (Enter / Space)", id="continue", variant="primary")
        yield KeyBar((("Enter Space", "Continue"), ("Esc", "Back"), *GLOBAL_KEYS))

    def _answers(self) -> Text:
        text = Text()
        if self.record.given is not None and not self.record.correct:
            text.append("Your answer: ", style="bold")
            text.append(self.record.given + "\n")
        text.append("Answer: ", style="bold")
        text.append(self.question.answer, style="bold underline")
        return text

    def _sources(self, question: Question) -> Sequence[Static]:
        widgets = []
        for number, source in enumerate(question.sources):
            article = self.articles.get(source.article_id)
            label = "Source" if number == 0 else "Corroborated by"
            where = byline(article) if article else source.article_id
            widgets.append(Static(f"{label}: {where}", classes="byline"))
            widgets.append(Static(quote_text(source, question), classes="quote"))
        return widgets

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """The continue button (mouse, or Enter while it has focus)."""
        event.stop()
        self.action_continue()

    def action_continue(self) -> None:
        """Next question or the summary."""
        self.post_message(ContinueRequested())

    def action_back(self) -> None:
        """Offer to abandon the round."""
        self.post_message(BackRequested())
