"""Re-make the review browser screenshots in docs/ from the shipped bank.

    .venv/bin/python docs/make_review_screenshots.py [--bank questions/seeds.json]

Works on a temporary copy of the bank, so the real bank's review sidecar is never touched.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import shutil
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from quiz import atomic
from quiz.paths import default_bank
from quiz.tui.review import ReviewApp

DOCS = Path(__file__).resolve().parent
SIZE = (100, 32)
Steps = Callable[[Pilot[None]], Awaitable[None]]


async def _curated(pilot: Pilot[None]) -> None:
    await pilot.press("a", "a", "r", *"too easy", "enter", "a")


async def _editing(pilot: Pilot[None]) -> None:
    await pilot.press("e")
    pilot.app.screen.query_one("#e-answer", Input).value = "Chelsea"
    await pilot.pause()


async def _searching(pilot: Pilot[None]) -> None:
    await _curated(pilot)
    await pilot.press("slash", *"madrid")


async def _help(pilot: Pilot[None]) -> None:
    await pilot.press("question_mark")


SHOTS: dict[str, Steps] = {
    "review-list.svg": _curated,
    "review-edit.svg": _editing,
    "review-search.svg": _searching,
    "review-help.svg": _help,
}


async def shoot(bank: Path, name: str, steps: Steps) -> None:
    """Open a fresh copy of ``bank``, run ``steps`` and save the screen as docs/<name>."""
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / bank.name
        shutil.copy(bank, copy)
        app = ReviewApp(copy, clock=lambda: dt.datetime(2024, 5, 1, tzinfo=dt.UTC))
        async with app.run_test(size=SIZE) as pilot:
            await steps(pilot)
            await pilot.pause()
            atomic.write_text(DOCS / name, app.export_screenshot(title="quiz review"))
    print(f"wrote docs/{name}")


def main() -> None:
    """Parse the arguments and take every screenshot."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bank", type=Path, default=default_bank())
    bank = parser.parse_args().bank
    for name, steps in SHOTS.items():
        asyncio.run(shoot(bank, name, steps))


if __name__ == "__main__":
    main()
