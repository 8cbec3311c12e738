"""The student's screens: join form, waiting room, question, own result, final standings."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from quiz.net import protocol as p
from quiz.tui.net.widgets import quote_block, standings_text
from quiz.tui.widgets.countdown import Countdown
from quiz.tui.widgets.keybar import KeyBar
from quiz.tui.widgets.tiles import AnswerTiles

_KEYS = {"1": 0, "2": 1, "3": 2, "4": 3, "a": 0, "b": 1, "c": 2, "d": 3}
QUIT_KEYS = (("ctrl+q", "Quit"),)


class JoinScreen(Screen[None]):
    """Asks for the PIN and nickname when the command line did not give them."""

    class Submitted(Message):
        """The student filled in the form."""

        def __init__(self, pin: str, name: str) -> None:
            super().__init__()
            self.pin = pin
            self.name = name

    def __init__(self, pin: str = "", name: str = "", error: str = "") -> None:
        super().__init__()
        self.pin, self.nickname, self.error = pin, name, error

    def compose(self) -> ComposeResult:
        """Title, two inputs, the last error."""
        yield Static("Join the quiz", classes="net-title")
        yield Input(self.pin, placeholder="6-digit PIN", id="pin", max_length=6)
        yield Input(self.nickname, placeholder=f"Nickname (max {p.NAME_MAX})", id="name",
                    max_length=p.NAME_MAX)  # fmt: skip
        yield Static(self.error, id="join-error")
        yield KeyBar((("Enter", "Join"), ("Tab", "Next field"), *QUIT_KEYS))

    def on_mount(self) -> None:
        """Focus the first empty field."""
        self.query_one("#name" if self.pin else "#pin", Input).focus()

    def on_input_submitted(self, _event: Input.Submitted) -> None:
        """Enter in either field joins once both are filled."""
        pin = self.query_one("#pin", Input).value.strip()
        name = self.query_one("#name", Input).value.strip()
        if pin and name:
            self.post_message(self.Submitted(pin, name))
        else:
            self.focus_next()


class WaitingScreen(Screen[None]):
    """In the lobby: waiting for the teacher to start."""

    def __init__(self, name: str, players: int = 0) -> None:
        super().__init__()
        self.player = name
        self.players = players

    def compose(self) -> ComposeResult:
        """Who we are and how many have joined."""
        yield Static(f"You're in as {self.player}!", classes="net-big", id="you")
        yield Static("Waiting for the teacher to start…", classes="net-body")
        yield Static(self._count(), classes="net-muted", id="count")
        yield KeyBar(QUIT_KEYS)

    def _count(self) -> str:
        return f"{self.players} player{'s' if self.players != 1 else ''} in the game"

    def show_lobby(self, lobby: p.Lobby) -> None:
        """Update the player count."""
        self.players = len(lobby.players)
        for count in self.query("#count").results(Static):
            count.update(self._count())


class PlayerQuestionScreen(Screen[None]):
    """The question with its tiles; keys 1-4 / a-d answer once."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(key, f"choose({index})", show=False) for key, index in _KEYS.items()
    ]

    class Chosen(Message):
        """The student picked tile ``choice`` for question ``position``."""

        def __init__(self, position: int, choice: int) -> None:
            super().__init__()
            self.position = position
            self.choice = choice

    def __init__(self, question: p.Question) -> None:
        super().__init__(classes="game-screen")
        self.question = question
        self.remaining = question.remaining
        self.paused = False
        self.sent: int | None = None
        self.answered = question.answered

    def compose(self) -> ComposeResult:
        """Progress, prompt, tiles, countdown, status."""
        q = self.question
        yield Static(f"Question {q.position + 1} / {q.total}", id="status")
        yield Static(q.context, id="context")
        yield Static(q.prompt, id="prompt")
        yield AnswerTiles(q.choices, id="tiles")
        yield Countdown(q.time_limit, id="countdown")
        yield Static(self._status(), id="answers")
        yield KeyBar((("1-4 A-D", "Answer"), *QUIT_KEYS))

    def on_mount(self) -> None:
        """Draw the clock."""
        self.show_clock(self.remaining)

    def _status(self) -> str:
        if self.answered:
            return "Answer sent: wait for the reveal"
        return "Paused by the teacher" if self.paused else "Pick an answer"

    def show_clock(self, remaining: float, paused: bool | None = None) -> None:
        """Show ``remaining`` seconds (display only: the server keeps the real time)."""
        self.remaining = max(remaining, 0.0)
        if paused is not None:
            self.paused = paused
        # query() rather than query_one(): a tick may come before the screen is composed
        for countdown in self.query(Countdown):
            countdown.show(self.remaining, paused=self.paused)
        for status in self.query("#answers").results(Static):
            status.update(self._status())

    def acknowledged(self, ack: p.Ack) -> None:
        """The server took our answer."""
        self.answered = True
        self.show_clock(self.remaining)

    def action_choose(self, index: int) -> None:
        """Keys pick a tile (once)."""
        self.query_one(AnswerTiles).choose(index)

    def on_answer_tiles_chosen(self, event: AnswerTiles.Chosen) -> None:
        """Send the first choice; later presses are ignored."""
        event.stop()
        if self.answered or self.sent is not None or self.paused or self.remaining <= 0:
            return
        self.sent = event.index
        self.post_message(self.Chosen(self.question.position, event.index))


def verdict(result: p.Result | None) -> str:
    """The headline of the student's own result."""
    if result is None:
        return "You were not in this question"
    if result.correct:
        return f"✔ Correct!  +{result.points:,} points"
    return "⏱ Time's up  +0" if result.given is None else "✘ Wrong  +0"


class PlayerRevealScreen(Screen[None]):
    """Right or wrong, points, rank, the explanation with its quote, the leaderboard."""

    def __init__(self, reveal: p.Reveal, name: str) -> None:
        super().__init__(classes="game-screen")
        self.reveal = reveal
        self.player = name

    def compose(self) -> ComposeResult:
        """Verdict, answer, explanation, quote, standing."""
        r, you = self.reveal, self.reveal.you
        yield Static(verdict(you), classes="net-verdict", id="verdict")
        yield Static(f"Answer: {r.answer}", classes="net-body", id="answer")
        if you is not None:
            line = f"Score {you.score:,}  ·  rank {you.rank}  ·  streak {you.streak}"
            yield Static(line, classes="net-big", id="rank")
        yield Static(r.explanation, classes="net-body", id="explanation")
        yield Static(quote_block(r.quote, r.source), classes="net-body", id="quote")
        if r.leaderboard:
            yield Static(standings_text(r.leaderboard, self.player), classes="net-body")
        yield Static("Wait for the next question…", classes="net-muted")
        yield KeyBar(QUIT_KEYS)


class FinalScreen(Screen[None]):
    """The podium and the student's own place."""

    def __init__(self, over: p.GameOver, name: str) -> None:
        super().__init__()
        self.over = over
        self.player = name

    def compose(self) -> ComposeResult:
        """Podium, own rank."""
        yield Static("Game over", classes="net-title")
        yield Static(standings_text(self.over.podium, self.player), classes="net-body")
        you = self.over.you
        if you is not None:
            line = f"You finished #{you.rank} of {self.over.players} with {you.score:,} points"
            yield Static(line, classes="net-big", id="final-rank")
        yield KeyBar(QUIT_KEYS)


class NoticeScreen(Screen[None]):
    """A one-line message (removed, connection lost)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        """The message."""
        yield Static(Text(self.text), classes="net-big", id="notice")
        yield KeyBar(QUIT_KEYS)
