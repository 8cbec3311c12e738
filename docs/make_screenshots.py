"""Re-create the SVG screenshots of every game screen in docs/screenshots/.

Run from the repository root:  python docs/make_screenshots.py

The app runs headless at 100x32 on a frozen clock with the built-in sample bank and a throwaway
database, so the pictures are reproducible.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot

from quiz.bank.io import save_bank
from quiz.game import ManualClock
from quiz.game.sample import sample_bank
from quiz.game.settings import PlaySettings
from quiz.store import Store
from quiz.tui.app import QuizApp

OUT = (
    Path(sys.argv[1])
    if len(sys.argv) > 1 and sys.argv[1] != "--small"
    else Path(__file__).resolve().parent / "screenshots"
)
SIZE = (80, 24) if "--small" in sys.argv else (100, 32)
Steps = Callable[[Pilot[None], ManualClock], Awaitable[None]]


async def _shoot(name: str, steps: Steps, *, skip_start: bool = True, **fields: object) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bank = Path(tmp) / "questions" / "seeds.json"
        save_bank(sample_bank(), bank)
        clock = ManualClock()
        settings = PlaySettings(bank=bank, player="ana", round_size=4, **fields)  # type: ignore[arg-type]
        with Store.open(Path(tmp) / "quiz.sqlite3") as store:
            app = QuizApp(settings, bank=sample_bank(), store=store, clock=clock,
                          skip_start=skip_start, tick_seconds=3600)  # fmt: skip
            async with app.run_test(size=SIZE) as pilot:
                await steps(pilot, clock)
                await pilot.pause()
                app.save_screenshot(f"{name}.svg", str(OUT))
    print(f"wrote {OUT / name}.svg")


async def _nothing(pilot: Pilot[None], clock: ManualClock) -> None:
    await pilot.pause()


async def _wait(pilot: Pilot[None], clock: ManualClock) -> None:
    clock.advance(6.3)
    pilot.app.tick()  # type: ignore[attr-defined]


def _answer_right(pilot: Pilot[None]) -> str:
    question = pilot.app.session.question  # type: ignore[attr-defined]
    return str(question.choices.index(question.answer) + 1)


async def _feedback(pilot: Pilot[None], clock: ManualClock) -> None:
    clock.advance(3.4)
    await pilot.press(_answer_right(pilot))


async def _typed(pilot: Pilot[None], clock: ManualClock) -> None:
    clock.advance(8.2)
    pilot.app.tick()  # type: ignore[attr-defined]
    await pilot.press(*"Rudigr")


async def _summary(pilot: Pilot[None], clock: ManualClock) -> None:
    for seconds, wrong in ((2.5, False), (6.0, False), (11.0, True), (4.0, False)):
        clock.advance(seconds)
        question = pilot.app.session.question  # type: ignore[attr-defined]
        if question.choices:
            key = (
                _answer_right(pilot)
                if not wrong
                else str(2 - question.choices.index(question.answer) % 2)
            )
            await pilot.press(key)
        else:
            await pilot.press(*(question.answer if not wrong else "nope"), "enter")
        await pilot.press("enter")


async def _help(pilot: Pilot[None], clock: ManualClock) -> None:
    await pilot.press("question_mark")


async def main() -> None:
    """Write every screenshot."""
    OUT.mkdir(parents=True, exist_ok=True)
    choice = frozenset({"multiple_choice", "true_false", "quote_attribution"})
    await _shoot("start", _nothing, skip_start=False)
    await _shoot("question", _wait, seed=4, types=choice)
    await _shoot(
        "typed-question", _typed, types=frozenset({"fill_blank"}), tags=frozenset({"sport"})
    )
    await _shoot("feedback", _feedback, seed=4, types=choice)
    await _shoot("summary", _summary, seed=11)
    await _shoot("help", _help, seed=4, types=choice)


if __name__ == "__main__":
    asyncio.run(main())
