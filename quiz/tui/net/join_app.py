"""``quiz join``: the student's Textual client for a live game.

The App owns the :class:`~quiz.net.client.GameClient`; a worker reads the server's messages and
swaps screens. Time is shown, never judged: the countdown runs on the local clock from the
``remaining`` the server sent, and the server decides what is late.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

from quiz.game.clock import Clock
from quiz.net import protocol as p
from quiz.net.client import Disconnected, GameClient, JoinRefused, TokenFile
from quiz.tui.net.student import (
    FinalScreen,
    JoinScreen,
    NoticeScreen,
    PlayerQuestionScreen,
    PlayerRevealScreen,
    WaitingScreen,
)
from quiz.tui.net.widgets import NET_CSS

ClientFactory = Callable[[str, str, str], GameClient]
TICK_SECONDS = 0.1


class JoinApp(App[None]):
    """A student's view of a live game."""

    CSS_PATH = str(Path(__file__).resolve().parent.parent / "quiz.tcss")
    CSS = NET_CSS
    TITLE = "quiz join"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        url: str,
        *,
        pin: str = "",
        name: str = "",
        factory: ClientFactory = GameClient,
        clock: Clock = time.monotonic,
        tick_seconds: float = TICK_SECONDS,
        tokens: TokenFile | None = None,
    ) -> None:
        super().__init__()
        self.url = url
        self.pin, self.player = pin, name
        self.factory = factory
        self.clock = clock
        self.tick_seconds = tick_seconds
        self.tokens = tokens
        self.client: GameClient | None = None
        self.deadline: float | None = None
        self.last: p.ServerModel | None = None

    def on_mount(self) -> None:
        """Join at once when PIN and name were given, else ask for them."""
        self.set_interval(self.tick_seconds, self.tick)
        if self.pin and self.player:
            self.join(self.pin, self.player)
        else:
            self.show(JoinScreen(self.pin, self.player))

    def show(self, screen: Screen[None]) -> None:
        """Replace the current screen."""
        if len(self.screen_stack) <= 1:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def join(self, pin: str, name: str) -> None:
        """Connect and listen in a worker."""
        self.pin, self.player = pin, name
        self.client = self.factory(self.url, pin, name)
        if self.tokens is not None:
            self.client.token = self.tokens.load(self.url, pin, name)
        self.run_worker(self._listen(self.client), exclusive=True, group="net")

    async def _listen(self, client: GameClient) -> None:
        try:
            welcome = await client.connect()
        except JoinRefused as exc:
            self.show(JoinScreen(self.pin, self.player, f"✘ {exc}"))
            return
        except Disconnected as exc:
            self.show(NoticeScreen(f"✘ {exc}"))
            return
        self.player = welcome.name
        if self.tokens is not None:
            self.tokens.save(self.url, self.pin, welcome.name, welcome.token)
        self.show(WaitingScreen(welcome.name))
        while not client.finished:
            try:
                message = await client.receive()
            except Disconnected as exc:
                self.show(NoticeScreen(f"✘ {exc}"))
                return
            self.handle(message)

    def handle(self, message: p.ServerModel) -> None:
        """Show what the server said."""
        self.last = message
        screen = self.screen
        if isinstance(message, p.Lobby) and isinstance(screen, WaitingScreen):
            screen.show_lobby(message)
        elif isinstance(message, p.Question):
            self.deadline = self.clock() + message.remaining
            self.show(PlayerQuestionScreen(message))
        elif isinstance(message, p.Ack) and isinstance(screen, PlayerQuestionScreen):
            screen.acknowledged(message)
        elif isinstance(message, p.Paused):
            self.deadline = None if message.paused else self.clock() + message.remaining
            if isinstance(screen, PlayerQuestionScreen):
                screen.show_clock(message.remaining, message.paused)
        elif isinstance(message, p.Reveal):
            self.deadline = None
            self.show(PlayerRevealScreen(message, self.player))
        elif isinstance(message, p.GameOver):
            self.show(FinalScreen(message, self.player))
        elif isinstance(message, p.Removed):
            self.show(NoticeScreen(f"✘ {message.reason}"))
        elif isinstance(message, p.Error):
            self.notify(message.message, severity="warning")

    def tick(self) -> None:
        """Run the local countdown display."""
        if self.deadline is not None and isinstance(self.screen, PlayerQuestionScreen):
            self.screen.show_clock(self.deadline - self.clock())

    def on_join_screen_submitted(self, message: JoinScreen.Submitted) -> None:
        """The form was filled in."""
        self.join(message.pin, message.name)

    async def on_player_question_screen_chosen(self, message: PlayerQuestionScreen.Chosen) -> None:
        """Send the answer."""
        if self.client is not None:
            await self.client.answer(message.position, message.choice)

    async def on_unmount(self) -> None:
        """Leave the game cleanly."""
        if self.client is not None:
            await self.client.close()
