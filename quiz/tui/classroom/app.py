"""The presenter App: builds no rules itself; it maps keys to :class:`ClassSession` calls.

Screens: setup (when no teams were given) → question ⇄ reveal → leaderboard → ... → podium.
Every session call is recorded by the session's listeners (the store) as it happens.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import ClassVar, TypeVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from quiz.classroom import ClassPhase, ClassSession, ConfigError, parse_teams, podium, visible_board
from quiz.game.clock import Clock
from quiz.game.session import SessionError
from quiz.tui.classroom.screens import BoardScreen, PresenterScreen, RevealScreen, SetupScreen

Starter = Callable[[Sequence[str]], tuple[int, ClassSession]]
TICK_SECONDS = 0.1
_LETTERS = "abcd"
T = TypeVar("T")


class ClassApp(App[None]):
    """A classroom session on one screen.

    Give either a ready ``session`` (with its ``session_id``) or a ``starter`` that makes one
    from the team names typed on the setup screen.
    """

    CSS_PATH = "../quiz.tcss"
    TITLE = "quiz class"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        *(Binding(str(d), f"digit('{d}')", show=False) for d in range(10)),
        *(Binding(key, f"letter({i})", show=False) for i, key in enumerate(_LETTERS)),
        Binding("enter", "advance", "Next"),
        Binding("space", "pause", "Pause"),
        Binding("o", "order", "Order"),
        Binding("u", "undo", "Undo"),
        Binding("s", "skip", "Skip"),
        Binding("plus", "add_team", "Add team"),
        Binding("minus", "remove_team", "Remove team"),
        Binding("e", "end", "End"),
        Binding("question_mark", "help", "Help"),
        Binding("q", "request_quit", "Quit"),
        Binding("ctrl+q", "request_quit", "Quit", show=False, priority=True),
    ]

    def __init__(
        self,
        *,
        session: ClassSession | None = None,
        session_id: int | None = None,
        starter: Starter | None = None,
        clock: Clock = time.monotonic,
        tick_seconds: float = TICK_SECONDS,
        sources: dict[str, str] | None = None,
    ) -> None:
        super().__init__()
        if session is None and starter is None:
            raise ValueError("give a session or a starter")
        self.session = session
        self.session_id = session_id
        self.starter = starter
        self.clock = clock
        self.tick_seconds = tick_seconds
        self.sources = sources or {}
        self.typed = ""
        self.view = "setup"

    # -- flow --------------------------------------------------------------------------
    def on_mount(self) -> None:
        """Start ticking; show the setup screen or the session where it stands."""
        self.set_interval(self.tick_seconds, self.tick)
        if self.session is None:
            self.show(SetupScreen(), "setup")
        else:
            self.show_current()

    def on_setup_screen_submitted(self, event: SetupScreen.Submitted) -> None:
        """Team names from the setup screen start the session."""
        if self.view != "setup" or self.starter is None:
            return
        try:
            self.session_id, self.session = self.starter(parse_teams(event.text))
        except ConfigError as exc:
            if isinstance(self.screen, SetupScreen):
                self.screen.show_error(str(exc))
            return
        self.show_current()

    def show(self, screen: Screen[None], view: str) -> None:
        """Replace the current screen."""
        self.view = view
        self.typed = ""
        if len(self.screen_stack) <= 1:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def show_current(self) -> None:
        """The screen for the session's phase (also after a resume)."""
        session = self.live
        if session.phase is ClassPhase.READY:
            session.ask_next()
        if session.phase in (ClassPhase.ASKING, ClassPhase.CLOSED):
            self.show(PresenterScreen(session), "question")
        elif session.phase is ClassPhase.REVEALED:
            self.show_reveal() if not session.state.skipped else self.next_question()
        else:
            self.show_podium()

    def show_reveal(self) -> None:
        """The answer and this question's points."""
        session = self.live
        answers = [a for a in session.answers() if a.position == session.position]
        article = session.question.sources[0].article_id
        self.show(RevealScreen(session, answers, self.sources.get(article, "")), "reveal")

    def show_board(self) -> None:
        """The leaderboard between questions (all, top 3, or skipped when hidden)."""
        session = self.live
        hide = session.config.hide_leaderboard
        if hide == "none":
            self.next_question()
            return
        rows = visible_board(session.standings(), hide)
        note = "Only the top 3 are shown." if hide == "top3" else ""
        title = f"Leaderboard after question {session.position + 1} / {len(session.states)}"
        self.show(BoardScreen(title, rows, note), "board")

    def show_podium(self) -> None:
        """The podium (top ``--podium`` places) at the end."""
        session = self.live
        rows = podium(session.standings(), session.config.podium)
        saved = f"Session {self.session_id} is saved. " if self.session_id else ""
        note = f"{saved}Report: quiz report {self.session_id or ''} --format xlsx".rstrip()
        ended = " (ended early)" if session.finished_early else ""
        self.show(BoardScreen(f"Podium{ended}", rows, note, last=True), "podium")

    def next_question(self) -> None:
        """Ask the next question, or show the podium after the last one."""
        if self.live.next_question() is ClassPhase.FINISHED:
            self.show_podium()
        else:
            self.show(PresenterScreen(self.live), "question")

    def tick(self) -> None:
        """Called every ``tick_seconds``: time up closes the question; redraw the clock."""
        session = self.session
        if session is None or session.phase is not ClassPhase.ASKING:
            return
        if session.tick() and session.state.revealed:
            self.show_reveal()
        else:
            self.refresh_question()

    def refresh_question(self) -> None:
        """Redraw the question screen's live parts."""
        if isinstance(self.screen, PresenterScreen):
            self.screen.refresh_state(self.typed)

    @property
    def live(self) -> ClassSession:
        """The running session (set once the setup screen is done)."""
        if self.session is None:
            raise SessionError("no session yet")
        return self.session

    def ready(self, *views: str) -> bool:
        """True when the session exists, no dialog is open and the view is one of ``views``."""
        modal = isinstance(self.screen, ModalScreen)
        return self.session is not None and not modal and self.view in views

    # -- recording -------------------------------------------------------------------
    def action_digit(self, digit: str) -> None:
        """Teacher: build a team number. Turns: 1-4 answer."""
        if not self.ready("question"):
            return
        if self.live.mode == "turns":
            self.action_letter(int(digit) - 1)
            return
        teams = len(self.live.active)
        candidate = self.typed + digit
        if candidate[0] != "0" and int(candidate) <= teams:
            self.typed = candidate
        else:
            self.typed = digit if 1 <= int(digit) <= teams else ""
        self.refresh_question()

    def action_letter(self, index: int) -> None:
        """Record choice ``index`` for the typed team (teacher) or the team on turn."""
        if not self.ready("question") or self.live.phase is ClassPhase.REVEALED:
            return
        session = self.live
        team = session.state.turn or session.team_number(int(self.typed or "0"))
        self.typed = ""
        if team is None or index >= len(session.question.choices):
            self.notify("Type the team's number first, then A-D", severity="warning")
            return
        if session.paused and session.mode == "turns":
            return  # as in quiz play: no answering while the clock is stopped
        session.record(team, session.question.choices[index])
        if session.phase is ClassPhase.REVEALED:
            self.show_reveal()
        else:
            self.refresh_question()

    # -- teacher controls --------------------------------------------------------------
    def action_advance(self) -> None:
        """Enter: reveal, then leaderboard, then the next question; quit after the podium."""
        if self.ready("question") and self.live.mode == "teacher":
            self.live.reveal()
            self.show_reveal()
        elif self.ready("reveal"):
            self.show_board()
        elif self.ready("board"):
            self.next_question()
        elif self.ready("podium"):
            self.exit()

    def action_pause(self) -> None:
        """Space: stop or restart the countdown."""
        if self.ready("question"):
            session = self.live
            session.resume() if session.paused else session.pause()
            self.refresh_question()

    def action_order(self) -> None:
        """o: choices are (or are no longer) recorded in answering order."""
        if self.ready("question") and self.live.mode == "teacher":
            self.live.set_ordered(not self.live.state.ordered)
            self.refresh_question()

    def action_undo(self) -> None:
        """u: drop the last recorded choice (after a reveal: back to recording)."""
        if not self.ready("question", "reveal", "board"):
            return
        undone = self.live.undo()
        if undone is None:
            self.notify("Nothing to undo for this question")
            return
        self.notify(f"Undone: {undone.team} {undone.given or 'no answer'}")
        if self.view == "question":
            self.refresh_question()
        else:
            self.show(PresenterScreen(self.live), "question")

    def action_skip(self) -> None:
        """s: skip the question being asked."""
        if self.ready("question"):
            self.live.skip()
            self.next_question()

    def action_end(self) -> None:
        """e: end the session early, after confirmation."""
        from quiz.tui.screens.dialogs import ConfirmScreen

        if self.ready("question", "reveal", "board"):
            self.modal(ConfirmScreen("End the session now?", yes="End"), self._end)

    def _end(self, yes: bool | None) -> None:
        if yes:
            self.live.finish()
            self.show_podium()

    def action_add_team(self) -> None:
        """+: add a team by name."""
        from quiz.tui.classroom.dialogs import TeamDialog

        if self.ready("question", "reveal", "board"):
            self.modal(TeamDialog("Add a team: name"), self._add_team)

    def _add_team(self, name: str | None) -> None:
        if name:
            self._team_change(lambda: self.live.add_team(name), f"Added {name}")

    def action_remove_team(self) -> None:
        """-: remove a team by name or number."""
        from quiz.tui.classroom.dialogs import TeamDialog

        if self.ready("question", "reveal", "board"):
            self.modal(TeamDialog("Remove a team: name or number"), self._remove_team)

    def _remove_team(self, text: str | None) -> None:
        if text:
            team = self.live.team_number(int(text)) if text.isdigit() else text
            name = team or text
            self._team_change(lambda: self.live.remove_team(name), f"Removed {name}")

    def _team_change(self, change: Callable[[], object], done: str) -> None:
        try:
            change()
        except ConfigError as exc:
            self.notify(str(exc), severity="error")
            return
        self.notify(done)
        self.refresh_question()

    # -- dialogs -----------------------------------------------------------------------
    def modal(self, screen: ModalScreen[T], then: Callable[[T | None], None]) -> None:
        """Push a dialog with the countdown stopped; restart it and call ``then`` on close."""
        session = self.session
        stopped = session is not None and session.phase is ClassPhase.ASKING and not session.paused
        if session is not None and stopped:
            session.pause()

        def closed(result: T | None) -> None:
            if session is not None and stopped:
                session.resume()
            then(result)

        self.push_screen(screen, closed)

    def action_help(self) -> None:
        """?: keys and the scoring rule."""
        from quiz.tui.classroom.dialogs import ClassHelpScreen

        if not isinstance(self.screen, ModalScreen):
            self.modal(ClassHelpScreen(), lambda _result: None)

    def action_request_quit(self) -> None:
        """q: quit after confirmation (an unfinished session stays resumable)."""
        from quiz.tui.screens.dialogs import ConfirmScreen

        if isinstance(self.screen, ModalScreen):
            return
        if self.view in ("podium", "setup"):
            self.exit()
            return
        question = "Quit? The session is saved: quiz class --resume continues it."
        self.modal(ConfirmScreen(question, yes="Quit"), lambda yes: self.exit() if yes else None)
