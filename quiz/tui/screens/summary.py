"""The round summary: every answer, totals, personal best and the high-score table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, DataTable, Static

from quiz.bank.models import Question
from quiz.game.session import Player
from quiz.store import RoundScore
from quiz.tui.messages import BackRequested, PlayAgainRequested
from quiz.tui.widgets.keybar import KeyBar


@dataclass(frozen=True)
class Summary:
    """What the summary screen shows (built by the App from the session and the store)."""

    player: Player
    questions: list[Question]
    previous_best: int | None
    """The player's best finished score before this round (None: first round)."""
    high_scores: list[RoundScore]
    round_id: int | None = None


def best_line(summary: Summary) -> str:
    """A line about the personal best."""
    score, best = summary.player.score, summary.previous_best
    if best is None:
        return f"First round on record: {score:,} is your personal best."
    if score > best:
        return f"New personal best! {score:,} beats your previous {best:,}."
    return f"Personal best: {best:,}."


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


class SummaryScreen(Screen[None]):
    """End of round; ``r`` or the button plays again."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "play_again", "Play again"),
        Binding("escape", "back", "Start screen"),
    ]

    def __init__(self, summary: Summary) -> None:
        super().__init__(classes="game-screen")
        self.summary = summary

    def compose(self) -> ComposeResult:
        """Totals, the answers table, the high scores, buttons."""
        player = self.summary.player
        yield Static(f"Round over, {player.name}!", id="summary-title")
        yield Static(
            f"Score {player.score:,}  ·  Accuracy {player.accuracy:.0%}"
            f"  ·  Best streak {player.best_streak}",
            id="totals",
        )
        yield Static(best_line(self.summary), id="personal-best")
        with VerticalScroll(id="summary-body"):
            yield DataTable(id="answers", cursor_type="row", zebra_stripes=True)
            yield Static("High scores", classes="section-title")
            yield DataTable(id="high-scores", cursor_type="none")
        with Horizontal(id="summary-buttons"):
            yield Button("▶ Play again (r)", id="play-again", variant="success")
            yield Button("Quit (q)", id="quit", variant="error")
        yield KeyBar((("r", "Play again"), ("Esc", "Start screen"), ("?", "Help"), ("q", "Quit")))

    def on_mount(self) -> None:
        """Fill both tables."""
        self._fill_answers()
        self._fill_high_scores()
        self.query_one("#play-again", Button).focus()

    def _fill_answers(self) -> None:
        table = self.query_one("#answers", DataTable)
        table.add_columns("#", "Question", "Your answer", "Answer", "Time", "Points")
        # Fit 80 columns: the question takes whatever the fixed-width columns leave.
        room = max(self.app.size.width - 62, 18)
        for record in self.summary.player.records:
            question = self.summary.questions[record.position]
            given = "(time up)" if record.given is None else record.given
            mark = "✔ " if record.correct else "✘ "
            table.add_row(
                str(record.position + 1), _clip(question.prompt, room), mark + _clip(given, 14),
                _clip(question.answer, 14), f"{record.elapsed:.1f}s", f"{record.points:,}",
            )  # fmt: skip

    def _fill_high_scores(self) -> None:
        table = self.query_one("#high-scores", DataTable)
        table.add_columns("Rank", "Player", "Score", "Correct", "Date")
        for rank, row in enumerate(self.summary.high_scores, start=1):
            mine = "► " if row.round_id == self.summary.round_id else ""
            table.add_row(
                f"{mine}{rank}", row.player, f"{row.score:,}",
                f"{row.correct}/{row.answered}", row.started_at[:10],
            )  # fmt: skip

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        """Play again or quit."""
        if event.button.id == "play-again":
            self.action_play_again()
        else:
            await self.run_action("app.request_quit")

    def action_play_again(self) -> None:
        """Another round with the same settings."""
        self.post_message(PlayAgainRequested())

    def action_back(self) -> None:
        """Back to the start screen."""
        self.post_message(BackRequested())
