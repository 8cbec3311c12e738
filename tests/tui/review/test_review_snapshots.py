"""A few snapshots of the review browser at a fixed size (the sidecar clock is frozen)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from review_factory import NOON
from textual.pilot import Pilot
from textual.widgets import Input

from quiz.tui.review import ReviewApp

SIZE = (100, 32)


def test_list_with_decisions(bank_path: Path, snap_compare: Any) -> None:
    app = ReviewApp(bank_path, clock=lambda: NOON)
    assert snap_compare(app, terminal_size=SIZE, press=["a", "r", *"dull", "enter"])


def test_edit_form_with_a_problem(bank_path: Path, snap_compare: Any) -> None:
    async def break_the_key(pilot: Pilot[None]) -> None:
        await pilot.press("e")
        pilot.app.screen.query_one("#e-answer", Input).value = "Pele"
        await pilot.pause()

    app = ReviewApp(bank_path, clock=lambda: NOON)
    assert snap_compare(app, terminal_size=SIZE, run_before=break_the_key)
