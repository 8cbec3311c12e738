"""Commands to play: ``quiz play`` (the Textual game) and ``quiz scores``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.cli._base import cli, fail, question_filters

if TYPE_CHECKING:
    from quiz.game.settings import PlaySettings
    from quiz.store import RoundScore


@cli.command()
@click.option(
    "--bank",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Bank to play (default: the shipped questions/seeds.json).",
)
@click.option(
    "--round-size",
    "-n",
    type=click.IntRange(1, 100),
    default=None,
    help="Questions per round (default 10).",
)
@click.option(
    "--time",
    "-t",
    "time_limit",
    type=click.FloatRange(5, 240),
    default=None,
    help="Seconds per question, 5-240 (default 20).",
)
@click.option("--seed", type=int, default=None, help="Make the round reproducible.")
@click.option("--player", "-p", default=None, help="Player name (default: Player).")
@question_filters
@click.option(
    "--approved-only", is_flag=True, help="Play only questions a teacher approved in review."
)
def play(
    bank: Path | None,
    round_size: int | None,
    time_limit: float | None,
    seed: int | None,
    player: str | None,
    tags: tuple[str, ...],
    difficulties: tuple[str, ...],
    types: tuple[str, ...],
    approved_only: bool,
) -> None:
    """Play a timed round in the terminal.

    With any of --bank, --round-size, --time, --seed or --player the start screen is skipped
    and the first question appears at once. Keys: 1-4 or a-d answer, Enter submits a typed
    answer and continues, p pauses, ? shows help, Esc goes back, q quits.

    \b
    Example:
      quiz play
      quiz play --bank questions/seeds.json --round-size 5 --time 15 --seed 7 --player ana
      quiz play --tag sport --difficulty easy --type multiple_choice
    """
    from quiz.game.settings import PlaySettings
    from quiz.paths import default_bank

    quick = any(v is not None for v in (bank, round_size, time_limit, seed, player))
    try:
        settings = PlaySettings(
            bank=bank or default_bank(), player=player or "Player",
            round_size=round_size or 10, time_limit=time_limit or 20.0, seed=seed,
            tags=frozenset(tags), difficulties=frozenset(difficulties), types=frozenset(types),
            approved_only=approved_only,
        )  # fmt: skip
    except ValueError as exc:
        raise fail(str(exc)) from None
    _run_game(settings, quick)


def _run_game(settings: PlaySettings, quick: bool) -> None:
    """Load and check everything that can fail before the TUI takes over the terminal."""
    from quiz.game.settings import plan_round
    from quiz.paths import database_path
    from quiz.store import Store
    from quiz.tui.app import QuizApp, load_for_play

    loaded = load_for_play(settings.bank, settings.approved_only)
    with Store.open(database_path()) as store:
        plan_round(settings, loaded.questions, store.seen_questions(settings.player))
        app = QuizApp(settings, bank=loaded, store=store, skip_start=quick)
        app.run()


@cli.command()
@click.option("--player", "-p", default=None, help="Also show this player's history.")
@click.option(
    "--limit",
    type=click.IntRange(1, 1000),
    default=10,
    show_default=True,
    help="Rows in each table.",
)
def scores(player: str | None, limit: int) -> None:
    """Print the high-score table, and a player's history with --player.

    \b
    Example:
      quiz scores
      quiz scores --player ana --limit 20
    """
    from quiz.paths import database_path
    from quiz.store import Store

    with Store.open(database_path()) as store:
        click.echo(high_score_table(store.high_scores(limit)))
        if player is not None:
            rows = store.history(player, limit)
            if not rows:
                raise fail(f"no rounds recorded for player {player!r}")
            click.echo()
            click.echo(history_table(player, rows))


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in lines
    )


def high_score_table(rows: Sequence[RoundScore]) -> str:
    """The high-score table as text (finished rounds only)."""
    if not rows:
        return "High scores: none yet. Play a round with: quiz play"
    body = [
        [
            str(n),
            r.player,
            f"{r.score:,}",
            f"{r.correct}/{r.answered}",
            str(r.best_streak),
            r.started_at[:16].replace("T", " "),
        ]
        for n, r in enumerate(rows, start=1)
    ]
    return "High scores\n" + _table(["#", "Player", "Score", "Right", "Streak", "Played"], body)


def history_table(player: str, rows: Sequence[RoundScore]) -> str:
    """One player's rounds, newest first."""
    body = [
        [
            r.started_at[:16].replace("T", " "),
            f"{r.score:,}",
            f"{r.correct}/{r.answered}",
            str(r.best_streak),
            Path(r.bank).name,
            "finished" if r.finished else "unfinished",
        ]
        for r in rows
    ]
    headers = ["Played", "Score", "Right", "Streak", "Bank", "Status"]
    return f"History of {player}\n" + _table(headers, body)
