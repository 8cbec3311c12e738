"""Snapshots of the presenter at 80x24 on a frozen clock: a question, then its reveal."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from quiz.game import ManualClock
from tests.tui.classroom.conftest import AppFactory

SnapCompare = Callable[..., bool]


def test_presenter_question_snapshot(
    snap_compare: SnapCompare, make_app: AppFactory, clock: ManualClock
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        clock.advance(6.5)
        pilot.app.tick()  # type: ignore[attr-defined]
        await pilot.press("2", "b")

    app = make_app()
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_presenter_reveal_snapshot(
    snap_compare: SnapCompare, make_app: AppFactory, clock: ManualClock
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        clock.advance(21)
        pilot.app.tick()  # type: ignore[attr-defined]
        await pilot.press("1", "a", "3", "a", "2", "c", "enter")

    app = make_app()
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)
