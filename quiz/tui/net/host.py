"""The teacher's screens: lobby, question, reveal, podium.

Screens read the :class:`~quiz.net.game.HostGame` they are given and post what the teacher
pressed as :class:`HostAction`; the App turns those into server calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import OptionList, Static

from quiz.net.game import HostGame
from quiz.tui.net.widgets import chart_text, quote_block, standings_text
from quiz.tui.widgets.countdown import Countdown
from quiz.tui.widgets.keybar import KeyBar
from quiz.tui.widgets.tiles import AnswerTiles

#: The same keys as ``quiz class`` (space pauses, s skips, e ends, Enter goes on), plus p and k.
CONTROL_KEYS = (("Space/p", "Pause/resume"), ("s/k", "Skip"), ("e", "End"))


class HostAction(Message):
    """The teacher pressed a control: start, next, skip, pause, end, remove, quit."""

    def __init__(self, action: str, player: str | None = None) -> None:
        super().__init__()
        self.action = action
        self.player = player


class _HostScreen(Screen[None]):
    def __init__(self, game: HostGame) -> None:
        super().__init__(classes="game-screen")
        self.game = game

    def action_host(self, action: str) -> None:
        """Report a control key to the App."""
        self.post_message(HostAction(action))

    def refresh_state(self) -> None:
        """Redraw what changes while the screen is shown."""


class LobbyScreen(_HostScreen):
    """Join address(es), the PIN, the players as they join; start or remove."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "host('start')", "Start"),
        Binding("delete,x", "remove", "Remove player"),
        Binding("q", "host('quit')", "Quit"),
    ]

    def __init__(self, game: HostGame, addresses: Sequence[str], web: Sequence[str] = ()) -> None:
        super().__init__(game)
        self.addresses = list(addresses)
        self.web = list(web)
        self.shown: list[str] = []

    def compose(self) -> ComposeResult:
        """Addresses, PIN, count, player list, keys."""
        joins = "\n".join(f"quiz join {a} --pin {self.game.pin} --name YOU" for a in self.addresses)
        yield Static("Join the game", classes="net-title")
        yield Static(f"PIN  {self.game.pin}", classes="net-big", id="pin")
        yield Static(joins, classes="net-body", id="addresses")
        if self.web:
            yield Static("Browser: " + "  ".join(self.web), classes="net-body", id="web")
        yield Static("", classes="net-muted", id="resume")
        yield Static("", classes="net-body", id="count")
        yield OptionList(id="players")
        start = "Continue" if self.game.started else "Start"
        yield KeyBar((("s", start), ("x/Del", "Remove player"), ("q", "Quit")))

    def on_mount(self) -> None:
        """Fill the player list."""
        self.refresh_state()

    def refresh_state(self) -> None:
        """Show the players as they join or leave."""
        game = self.game
        names = [f"{n}{'' if n in game.connected else '  (away)'}" for n in game.players]
        count = f"{len(game.players)} / {game.cap} players"
        self.query_one("#count", Static).update(count)
        if game.started and game.session is not None:
            at = max(game.session.position, 0) + 1
            text = f"Resuming at question {at} of {len(game.questions)}: press s to continue"
            self.query_one("#resume", Static).update(text)
        if names != self.shown:
            self.shown = names
            players = self.query_one("#players", OptionList)
            keep = players.highlighted or 0
            players.clear_options()
            players.add_options(names)
            if names:
                players.highlighted = min(keep, len(names) - 1)

    def action_remove(self) -> None:
        """Remove the highlighted player."""
        players = self.query_one("#players", OptionList)
        index = players.highlighted
        if index is not None and index < len(self.game.players):
            self.post_message(HostAction("remove", self.game.players[index]))


class HostQuestionScreen(_HostScreen):
    """Prompt, tiles, countdown and how many have answered."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space,p", "host('pause')", "Pause"),
        Binding("s,k", "host('skip')", "Skip"),
        Binding("e", "host('end')", "End"),
    ]

    def compose(self) -> ComposeResult:
        """Progress, prompt, tiles, countdown, answer count."""
        session = self.game.session
        assert session is not None
        question = session.question
        yield Static(f"Question {session.position + 1} / {len(session.questions)}", id="status")
        yield Static(question.prompt, id="prompt")
        yield AnswerTiles(question.choices, id="tiles")
        yield Countdown(session.time_limit, id="countdown")
        yield Static("", id="answers")
        yield KeyBar(CONTROL_KEYS)

    def on_mount(self) -> None:
        """Draw the clock and count."""
        self.refresh_state()

    def on_answer_tiles_chosen(self, event: AnswerTiles.Chosen) -> None:
        """The teacher's tiles are for show."""
        event.stop()

    def refresh_state(self) -> None:
        """Countdown and live answer count."""
        session = self.game.session
        assert session is not None
        self.query_one(Countdown).show(session.remaining(), paused=session.paused)
        answered, total = self.game.answered_count(), len(session.players)
        self.query_one("#answers", Static).update(f"Answers: {answered} / {total}")


class HostRevealScreen(_HostScreen):
    """The votes per choice, the explanation with its quote, then the leaderboard."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n,enter", "host('next')", "Next"),
        Binding("e", "host('end')", "End"),
    ]

    def compose(self) -> ComposeResult:
        """Chart, answer, explanation, quote, leaderboard."""
        session = self.game.session
        assert session is not None
        q = session.question
        counts = self.game.counts(session.position)
        index = q.choices.index(q.answer) if q.answer in q.choices else -1
        yield Static(f"Question {session.position + 1} / {len(session.questions)}", id="status")
        yield Static(q.prompt, classes="net-title")
        yield Static(chart_text(q.choices, counts, index), id="chart")
        yield Static(q.explanation, classes="net-body", id="explanation")
        source = self.game.source_title(q)
        yield Static(quote_block(q.sources[0].quote, source), classes="net-body", id="quote")
        if self.game.show_leaderboard:
            table = self.game.standings()[:5]
            yield Static(standings_text(table), classes="net-body", id="leaderboard")
        last = "Podium" if session.is_last else "Next question"
        yield KeyBar((("Enter/n", last), ("e", "End")))


class PodiumScreen(_HostScreen):
    """Final standings."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "host('quit')", "Quit")]

    def compose(self) -> ComposeResult:
        """Podium and everyone's place."""
        table = self.game.standings()
        yield Static("Podium", classes="net-title")
        yield Static(standings_text(table), classes="net-body", id="podium")
        yield KeyBar((("q", "Quit"),))
