"""``quiz host``: the teacher's Textual app in front of a running session server.

The App starts the :class:`~quiz.net.server.GameServer`, drives its clock with
``set_interval`` and shows the screen that fits the game's phase. Game rules stay in the engine
(:mod:`quiz.game`) and the host logic (:mod:`quiz.net.game`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.css.query import NoMatches

from quiz.game.session import Phase
from quiz.net.server import GameServer
from quiz.tui.net.host import (
    HostAction,
    HostQuestionScreen,
    HostRevealScreen,
    LobbyScreen,
    PodiumScreen,
    _HostScreen,
)
from quiz.tui.net.widgets import NET_CSS

TICK_SECONDS = 0.1
Hook = Callable[[str], None]


class HostApp(App[None]):
    """The teacher's screen for a live game."""

    CSS_PATH = str(Path(__file__).resolve().parent.parent / "quiz.tcss")
    CSS = NET_CSS
    TITLE = "quiz host"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
    ]

    def __init__(
        self,
        server: GameServer,
        *,
        addresses: Sequence[str],
        web: Sequence[str] = (),
        on_action: Hook | None = None,
        tick_seconds: float = TICK_SECONDS,
        listen: bool = True,
    ) -> None:
        super().__init__()
        self.server = server
        self.game = server.game
        self.addresses = list(addresses)
        self.web = list(web)
        self.on_action = on_action
        self.tick_seconds = tick_seconds
        self.listen = listen
        self.view: tuple[str, int] | None = None
        self.in_lobby = True
        """True until the teacher starts (or continues a resumed game)."""

    async def on_mount(self) -> None:
        """Start listening, show the lobby, tick."""
        if self.listen:
            await self.server.start()
        self.server.on_change = self.refresh_view
        self.set_interval(self.tick_seconds, self.tick)
        self.refresh_view()

    async def on_unmount(self) -> None:
        """Close every connection."""
        self.server.on_change = None
        if self.listen:
            await self.server.stop()

    def tick(self) -> None:
        """Advance the server's clock work and redraw."""
        self.server.tick()
        self.refresh_view()

    def wanted_view(self) -> tuple[str, int]:
        """Which screen the game's state calls for."""
        game = self.game
        if game.phase is Phase.FINISHED:
            return ("podium", 0)
        if self.in_lobby or game.session is None:
            return ("lobby", 0)
        kind = "question" if game.phase is Phase.ASKING else "reveal"
        return (kind, game.session.position)

    def refresh_view(self) -> None:
        """Switch screens when the phase changed; otherwise redraw the live parts."""
        wanted = self.wanted_view()
        if wanted != self.view:
            self.view = wanted
            self._show(wanted[0])
        elif isinstance(self.screen, _HostScreen):
            with contextlib.suppress(NoMatches):  # the new screen is not composed yet
                self.screen.refresh_state()

    def _show(self, kind: str) -> None:
        screen: _HostScreen
        if kind == "lobby":
            screen = LobbyScreen(self.game, self.addresses, self.web)
        else:
            kinds = {"question": HostQuestionScreen, "reveal": HostRevealScreen}
            screen = kinds.get(kind, PodiumScreen)(self.game)
        if len(self.screen_stack) <= 1:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def on_host_action(self, message: HostAction) -> None:
        """Carry out a teacher's control."""
        server, action = self.server, message.action
        if action == "quit":
            self.exit()
            return
        if action == "remove" and message.player is not None:
            server.remove(message.player)
        elif action == "start":
            server.send(self.game.proceed())
            self.in_lobby = not self.game.started
        elif action == "pause":
            server.resume() if self.game.session and self.game.session.paused else server.pause()
        elif action in ("next", "skip", "end"):
            {"next": server.next, "skip": server.skip, "end": server.end}[action]()
        if self.on_action is not None:
            self.on_action(action)
        self.refresh_view()
