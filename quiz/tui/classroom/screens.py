"""The presenter screens. They only show the session; the App handles every key."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from quiz.classroom import ClassSession, Standing, TeamAnswer
from quiz.tui.classroom import render
from quiz.tui.classroom.widgets import BigCountdown
from quiz.tui.widgets.keybar import KeyBar
from quiz.tui.widgets.quote import quote_text
from quiz.tui.widgets.tiles import LETTERS, SHAPES, AnswerTile, AnswerTiles

TEACHER_KEYS = (
    ("1-9+A-D", "Record"), ("Enter", "Reveal"), ("Spc", "Pause"), ("u", "Undo"),
    ("s", "Skip"), ("e", "End"), ("?", "Help"),
)  # fmt: skip
TURNS_KEYS = (
    ("1-4 A-D", "Answer"), ("Space", "Pause"), ("s", "Skip"), ("+/-", "Team"),
    ("e", "End"), ("?", "Help"), ("q", "Quit"),
)  # fmt: skip
NEXT_KEYS = (("Enter", "Next"), ("u", "Undo"), ("e", "End"), ("?", "Help"), ("q", "Quit"))


class SetupScreen(Screen[None]):
    """Enter the teams (or players) when no --teams were given; posts :class:`Submitted`."""

    class Submitted(Message):
        """The teacher typed the names (not yet checked)."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    def __init__(self, error: str = "") -> None:
        super().__init__(classes="class-screen")
        self.error = error

    def compose(self) -> ComposeResult:
        """A title, one input for names, a start button."""
        with Vertical(id="class-setup"):
            yield Static("Classroom quiz", id="class-setup-title")
            yield Static("Teams or players, 2-12 names separated by commas:")
            yield Input(placeholder="Red, Blue, Green", id="class-teams-input")
            yield Static(self.error, id="class-setup-error")
            yield Button("Start (Enter)", id="class-start", variant="primary")

    def on_mount(self) -> None:
        """Cursor in the names box."""
        self.query_one(Input).focus()

    def show_error(self, error: str) -> None:
        """Explain why the names were refused."""
        self.query_one("#class-setup-error", Static).update(error)

    def on_button_pressed(self, _event: Button.Pressed) -> None:
        """The button submits the names box."""
        self.post_message(self.Submitted(self.query_one(Input).value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the names box submits it."""
        event.stop()
        self.post_message(self.Submitted(event.value))


class PresenterScreen(Screen[None]):
    """The question: big prompt, tiles, large countdown, which teams are recorded. No scores."""

    def __init__(self, session: ClassSession) -> None:
        super().__init__(classes="class-screen")
        self.session = session

    def compose(self) -> ComposeResult:
        """Status and countdown, prompt, tiles, team strip, keys."""
        session = self.session
        with Horizontal(id="class-top"):
            yield Static(render.status_text(session), id="class-status")
            yield BigCountdown("", id="class-countdown")
        with Vertical(id="class-prompt-box"):
            yield Static(session.question.prompt, id="class-prompt")
        yield AnswerTiles(session.question.choices, id="class-tiles")
        yield Static(id="class-strip")
        yield KeyBar(TEACHER_KEYS if session.mode == "teacher" else TURNS_KEYS)

    def on_mount(self) -> None:
        """Draw the live parts; in teacher mode tiles show no number (numbers pick teams)."""
        if self.session.mode == "teacher":
            for tile in self.query(AnswerTile):
                tile.update(f"{SHAPES[tile.index]} {LETTERS[tile.index]}  {tile.choice}")
        self.refresh_state()

    def refresh_state(self, typed: str = "") -> None:
        """Redraw countdown, status and team strip from the session."""
        session = self.session
        countdown = self.query_one(BigCountdown)
        countdown.show(session.remaining(), paused=session.paused)
        self.query_one("#class-status", Static).update(render.status_text(session))
        strip = render.team_strip(session, typed)
        if session.phase == "closed":
            strip.append("   Time is up: record each team, then Enter", style="bold")
        elif session.paused:
            strip.append("   ⏸ paused (Space resumes)", style="bold")
        self.query_one("#class-strip", Static).update(strip)


class RevealScreen(Screen[None]):
    """The right answer, who chose what, explanation, quote, points for this question."""

    def __init__(self, session: ClassSession, answers: list[TeamAnswer], source: str) -> None:
        super().__init__(classes="class-screen")
        self.session = session
        self.answers = answers
        self.source = source

    def compose(self) -> ComposeResult:
        """Answer banner, chart, points, explanation and quote (scrolls when small)."""
        question = self.session.question
        index = question.choices.index(question.answer)
        banner = f"✔ Answer: {SHAPES[index]} {LETTERS[index]}  {question.answer}"
        yield Static(banner, id="class-answer", markup=False)
        with VerticalScroll(id="class-reveal-body"):
            yield Static(id="class-chart")
            yield Static(render.points_text(self.answers), id="class-points")
            yield Static(question.explanation, id="class-explanation", markup=False)
            yield Static(quote_text(question.sources[0], question), classes="quote")
            yield Static(self.source, classes="byline", markup=False)
        yield KeyBar(NEXT_KEYS)

    def on_mount(self) -> None:
        """Draw the chart to the screen's width."""
        self.call_after_refresh(self.draw_chart)
        self.draw_chart()

    def draw_chart(self) -> None:
        """The bar chart sized to the screen."""
        width = self.size.width or 80
        chart = render.choice_chart(self.session, self.answers, width)
        self.query_one("#class-chart", Static).update(chart)


class BoardScreen(Screen[None]):
    """The leaderboard between questions, or the podium at the end."""

    def __init__(self, title: str, rows: list[Standing], note: str = "", *, last: bool = False):
        super().__init__(classes="class-screen")
        self.title_text = title
        self.rows = rows
        self.note = note
        self.last = last

    def compose(self) -> ComposeResult:
        """Title, the rows, a note."""
        yield Static(self.title_text, id="class-board-title", markup=False)
        with VerticalScroll(id="class-board-body"):
            yield Static(id="class-board")
            yield Static(self.note, id="class-board-note", markup=False)
        yield KeyBar((("Enter", "Close" if self.last else "Next question"), ("q", "Quit")))

    def on_mount(self) -> None:
        """Draw the rows to the screen's width."""
        width = self.size.width or 80
        self.query_one("#class-board", Static).update(render.board_text(self.rows, width=width))
