"""A few snapshots at 80x24 on a frozen clock (no database: dates would change the picture)."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from quiz.game import ManualClock
from quiz.tui.app import QuizApp

AppFactory = Callable[..., QuizApp]

CHOICE = frozenset({"multiple_choice", "true_false", "quote_attribution"})
SnapCompare = Callable[..., bool]


def test_question_snapshot(
    snap_compare: SnapCompare, make_app: AppFactory, clock: ManualClock
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        clock.advance(6.5)
        pilot.app.tick()  # type: ignore[attr-defined]

    app = make_app(types=CHOICE, seed=4, with_store=False)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_feedback_snapshot(
    snap_compare: SnapCompare, make_app: AppFactory, clock: ManualClock
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        clock.advance(3.4)
        await pilot.press(*"Rudigr", "enter")

    app = make_app(types=frozenset({"fill_blank"}), tags=frozenset({"sport"}), with_store=False)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_summary_snapshot(
    snap_compare: SnapCompare, make_app: AppFactory, clock: ManualClock
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        for key in ("1", "2", "3"):
            clock.advance(2.5)
            await pilot.press(key, "enter")

    app = make_app(types=CHOICE, seed=4, with_store=False)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
