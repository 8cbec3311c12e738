"""The question screen: prompt, context, tiles or an answer box, countdown, score."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from quiz.bank.models import TYPED_TYPES, Article
from quiz.game.session import GameSession
from quiz.tui.messages import AnswerSubmitted, BackRequested
from quiz.tui.widgets.countdown import Countdown
from quiz.tui.widgets.keybar import GLOBAL_KEYS, KeyBar
from quiz.tui.widgets.quote import byline
from quiz.tui.widgets.tiles import AnswerTiles

TYPED_HINT = "Letters type into the box. Esc leaves it; then p pauses, ? helps, q quits."
CHOICE_KEYS = (("1-4 A-D", "Answer"), ("Esc", "Back"), *GLOBAL_KEYS)
TYPED_KEYS = (("Enter", "Submit"), ("Esc", "Leave the box"))
_KEYS = {"1": 0, "2": 1, "3": 2, "4": 3, "a": 0, "b": 1, "c": 2, "d": 3}


def status_line(session: GameSession, player: str) -> str:
    """``Question 3 / 10 · Score 2,450 · Streak 2``."""
    state = session.players[player]
    total = len(session.questions)
    return (
        f"Question {session.position + 1} / {total}  ·  Score {state.score:,}"
        f"  ·  Streak {state.streak}"
    )


class QuestionScreen(Screen[None]):
    """Shows ``session.question``; posts :class:`AnswerSubmitted`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(key, f"choose({index})", show=False) for key, index in _KEYS.items()),
        Binding("escape", "back", "Back"),
    ]

    def __init__(self, session: GameSession, player: str, article: Article | None) -> None:
        super().__init__(classes="game-screen")
        self.session = session
        self.player = player
        self.article = article
        self.question = session.question
        self.typed = self.question.type in TYPED_TYPES

    def compose(self) -> ComposeResult:
        """Status, context, prompt, answers, countdown."""
        question = self.question
        article = self.article
        with Horizontal(id="status"):
            yield Static(status_line(self.session, self.player), id="progress")
            yield Static(question.difficulty.title(), id="difficulty")
        yield Static(byline(article) if article else "", id="context")
        with Vertical(id="prompt-box"):
            yield Static(question.prompt, id="prompt")
        if self.typed:
            unit = f" ({question.unit})" if question.unit else ""
            yield Input(placeholder=f"Type your answer{unit}, then Enter", id="typed")
            yield Static(TYPED_HINT, id="typed-hint")
        else:
            yield AnswerTiles(question.choices, id="tiles")
        yield Countdown(self.session.time_limit, id="countdown")
        yield KeyBar(TYPED_KEYS if self.typed else CHOICE_KEYS)

    def on_mount(self) -> None:
        """Put the cursor where the player answers."""
        if self.typed:
            self.query_one("#typed", Input).focus()
        self.show_clock()

    def show_clock(self) -> None:
        """Redraw the countdown from the session (a no-op until the screen is composed)."""
        for countdown in self.query(Countdown):
            countdown.show(self.session.remaining(), paused=self.session.paused)

    def action_choose(self, index: int) -> None:
        """Keys 1-4 / a-d pick a tile."""
        if not self.typed:
            self.query_one(AnswerTiles).choose(index)

    def action_back(self) -> None:
        """Esc leaves the answer box first; otherwise offers to abandon the round."""
        if self.typed and self.query_one("#typed", Input).has_focus:
            self.set_focus(None)
        else:
            self.post_message(BackRequested())

    def on_answer_tiles_chosen(self, event: AnswerTiles.Chosen) -> None:
        """Forward a tile choice to the App."""
        self.post_message(AnswerSubmitted(event.choice))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the answer box submits (empty input is ignored)."""
        if event.value.strip():
            self.post_message(AnswerSubmitted(event.value))
