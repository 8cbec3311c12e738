"""The Textual App: builds the engine for each round, drives its clock, swaps screens.

Game rules live in :mod:`quiz.game`; persistence in :mod:`quiz.store`. Screens report what
the player did with messages (:mod:`quiz.tui.messages`) and the App turns them into engine calls.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen, Screen

from quiz.bank.models import Article, Bank
from quiz.errors import QuizError
from quiz.game.clock import Clock
from quiz.game.session import AnswerRecord, GameSession, Phase
from quiz.game.settings import PlaySettings, plan_round
from quiz.store import Store
from quiz.tui import messages as msg
from quiz.tui.screens.question import QuestionScreen

# The start, feedback, summary and dialog screens are imported where first used: `quiz play`
# with flags paints its first question sooner when it only loads the question screen.

BankLoader = Callable[[Path, bool], Bank]
TICK_SECONDS = 0.1


def load_for_play(path: Path, approved_only: bool) -> Bank:
    """Load a bank the way players see it (review decisions applied)."""
    from quiz.bank.curation import load_curated

    return load_curated(path, approved_only=approved_only)


class QuizApp(App[None]):
    """The quiz game.

    ``bank`` is the bank already loaded for ``settings.bank`` (the CLI loads it before the TUI
    starts so a bad bank is a one-line error). With ``skip_start`` the round begins at once.
    """

    CSS_PATH = "quiz.tcss"
    TITLE = "quiz"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help"),
        Binding("p", "pause", "Pause"),
        Binding("q", "request_quit", "Quit"),
        Binding("ctrl+q", "request_quit", "Quit", show=False, priority=True),
    ]

    def __init__(
        self,
        settings: PlaySettings,
        *,
        bank: Bank | None = None,
        store: Store | None = None,
        clock: Clock = time.monotonic,
        loader: BankLoader = load_for_play,
        tick_seconds: float = TICK_SECONDS,
        skip_start: bool = False,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.bank = bank
        self.store = store
        self.clock = clock
        self.loader = loader
        self.tick_seconds = tick_seconds
        self.skip_start = skip_start and bank is not None
        self.session: GameSession | None = None
        self.round_id: int | None = None
        self.articles: dict[str, Article] = {}

    def on_mount(self) -> None:
        """Start the engine clock; show the first question or the start screen."""
        self.set_interval(self.tick_seconds, self.tick)
        if self.skip_start and self.bank is not None:
            self.begin_round(self.settings, self.bank)
        else:
            from quiz.tui.screens.start import StartScreen

            self.push_screen(StartScreen(self.settings))

    # -- hooks for other features ------------------------------------------------------
    def open_review(self, bank: Path) -> None:
        """Open the bank-review screen (start screen "Review bank", ctrl+r) for ``bank``."""
        from quiz.tui.review import ReviewScreen

        self.push_screen(ReviewScreen(bank))

    # -- rounds ------------------------------------------------------------------------
    def begin_round(self, settings: PlaySettings, bank: Bank) -> None:
        """Select questions, create the session (persisted if a store is set), ask the first."""
        seen = self.store.seen_questions(settings.player) if self.store else set()
        questions = plan_round(settings, bank.questions, seen)
        self.settings, self.bank = settings, bank
        self.articles = {a.id: a for a in bank.articles}
        session = GameSession(
            questions, clock=self.clock, players=[settings.player], time_limit=settings.time_limit
        )
        if self.store is not None:
            self.round_id = self.store.start_round(
                [settings.player], bank=str(settings.bank), size=len(questions),
                time_limit=settings.time_limit, seed=settings.seed, filters=settings.filters(),
            )  # fmt: skip
            session.subscribe(self.store.recorder(self.round_id))
        self.session = session
        session.start_question()
        self.show_question()

    def tick(self) -> None:
        """Called every ``tick_seconds``: time out a question, redraw the countdown."""
        session = self.session
        if session is None or session.phase is not Phase.ASKING:
            return
        records = session.tick()
        if records:
            self.show_feedback(records[0])
        elif isinstance(self.screen, QuestionScreen):
            self.screen.show_clock()

    def show(self, screen: Screen[None]) -> None:
        """Replace the current game screen (or push the first one)."""
        if len(self.screen_stack) <= 1:
            self.push_screen(screen)
        else:
            self.switch_screen(screen)

    def show_question(self) -> None:
        """Show the session's current question."""
        assert self.session is not None
        article_id = self.session.question.sources[0].article_id
        article = self.articles.get(article_id)
        self.show(QuestionScreen(self.session, self.settings.player, article))

    def show_feedback(self, record: AnswerRecord) -> None:
        """Show how an answer went."""
        from quiz.tui.screens.feedback import FeedbackScreen

        assert self.session is not None
        question = self.session.question
        self.show(FeedbackScreen(question, record, self.articles, last=self.session.is_last))

    def show_summary(self) -> None:
        """Show the end-of-round summary with the high scores."""
        from quiz.tui.screens.summary import Summary, SummaryScreen

        assert self.session is not None
        player = self.session.players[self.settings.player]
        best, table = None, []
        if self.store is not None:
            best = self.store.personal_best(player.name, before_round=self.round_id)
            table = self.store.high_scores(10)
        summary = Summary(player, self.session.questions, best, table, self.round_id)
        self.show(SummaryScreen(summary))

    def back_to_start(self, error: str = "") -> None:
        """Leave the round (answers so far stay saved) and show the start screen."""
        from quiz.tui.screens.start import StartScreen

        self.session = None
        self.show(StartScreen(self.settings, error))

    # -- messages from screens ---------------------------------------------------------
    def on_start_requested(self, message: msg.StartRequested) -> None:
        """Load the chosen bank and begin; problems go back to the form as one line."""
        wanted = message.settings
        try:
            if self.bank is not None and self.settings.bank == wanted.bank:
                bank = self.bank  # already loaded (and validated) for this path
            else:
                bank = self.loader(wanted.bank, wanted.approved_only)
            self.begin_round(wanted, bank)
        except QuizError as exc:
            from quiz.tui.screens.start import StartScreen

            if isinstance(self.screen, StartScreen):
                self.screen.show_error(f"✘ {exc}")

    def on_review_requested(self, message: msg.ReviewRequested) -> None:
        """Forward to the :meth:`open_review` hook."""
        self.open_review(message.bank)

    def on_answer_submitted(self, message: msg.AnswerSubmitted) -> None:
        """Score the answer and show the feedback."""
        session = self.session
        if session is None or session.phase is not Phase.ASKING or session.paused:
            return
        self.show_feedback(session.answer(message.answer))

    def on_continue_requested(self, _message: msg.ContinueRequested) -> None:
        """Next question, or the summary after the last."""
        session = self.session
        if session is None or session.phase is not Phase.REVEALED:
            return
        if session.advance() is Phase.FINISHED:
            self.show_summary()
        else:
            self.show_question()

    def on_play_again_requested(self, _message: msg.PlayAgainRequested) -> None:
        """A new round with the same settings and a fresh order."""
        if self.bank is not None:
            try:
                self.begin_round(self.settings.replay(), self.bank)
            except QuizError as exc:
                self.notify(str(exc), severity="error")

    def on_back_requested(self, _message: msg.BackRequested) -> None:
        """Esc: from the summary go straight back; mid-round, confirm first."""
        session = self.session
        if session is None or session.phase is Phase.FINISHED:
            self.back_to_start()
            return
        from quiz.tui.screens.dialogs import ConfirmScreen

        question = "Abandon this round? Answers so far are kept."
        self.modal(ConfirmScreen(question, yes="Abandon"), self._abandon)

    def _abandon(self, yes: bool | None) -> None:
        if yes:
            self.back_to_start()

    # -- modal dialogs -----------------------------------------------------------------
    def modal(
        self, screen: ModalScreen[bool] | ModalScreen[None], then: Callable[..., None]
    ) -> None:
        """Push a dialog with the clock stopped; restart it and call ``then`` on close."""
        if isinstance(self.screen, ModalScreen):
            return
        session = self.session
        stopped = session is not None and session.phase is Phase.ASKING and not session.paused
        if session is not None and stopped:
            session.pause()

        def closed(result: bool | None) -> None:
            if session is not None and stopped and session is self.session:
                session.resume()
            then(result)

        self.push_screen(screen, closed)

    def action_help(self) -> None:
        """``?``: keys and rules."""
        from quiz.tui.screens.dialogs import HelpScreen

        self.modal(HelpScreen(), lambda _result: None)

    def action_pause(self) -> None:
        """``p``: stop the clock and hide the question until resumed."""
        from quiz.tui.screens.dialogs import PauseScreen

        session = self.session
        if session is not None and session.phase is Phase.ASKING:
            self.modal(PauseScreen(), lambda _result: None)

    def action_request_quit(self) -> None:
        """``q``: quit after confirmation."""
        from quiz.tui.screens.dialogs import ConfirmScreen

        self.modal(ConfirmScreen("Quit quiz?", yes="Quit"), self._quit)

    def _quit(self, yes: bool | None) -> None:
        if yes:
            self.exit()
