"""Re-create the SVG screenshots of the classroom presenter in docs/screenshots/.

Run from the repository root:  python docs/make_class_screenshots.py

A scripted teacher plays the built-in sample bank headless on a frozen clock with a throwaway
database, at 80x24 (the smallest supported terminal) and 160x45 (a projector), so the pictures
are reproducible.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from quiz.bank.models import CHOICE_TYPES
from quiz.classroom import ClassConfig
from quiz.classroom.persist import start_session
from quiz.game import ManualClock
from quiz.game.sample import sample_questions
from quiz.store.sessions import SessionStore
from quiz.tui.classroom.app import ClassApp

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "screenshots"
TEAMS = ("Red", "Blue", "Green", "Gold")
SOURCES = {"football": "Chelsea edge past Real Madrid · 2021-05-05", "space": "Juice probe"}


async def shoot(name: str, keys: Sequence[str], size: tuple[int, int], **fields: object) -> None:
    """Play ``keys`` after 6.5 s on the first question, then save ``name``.svg."""
    questions = tuple(q for q in sample_questions() if q.type in CHOICE_TYPES)
    options: dict[str, object] = {"bank": "questions/seeds.json", "questions": questions,
                                  "teams": TEAMS}  # fmt: skip
    options.update(fields)
    config = ClassConfig(**options)  # type: ignore[arg-type]
    with tempfile.TemporaryDirectory() as tmp, SessionStore.open(Path(tmp) / "q.db") as store:
        clock = ManualClock()
        session_id, session = start_session(store, config, clock=clock)
        app = ClassApp(session=session, session_id=session_id, clock=clock, tick_seconds=3600,
                       sources=SOURCES)  # fmt: skip
        async with app.run_test(size=size) as pilot:
            clock.advance(6.5)
            app.tick()
            for key in keys:
                await pilot.press(key)
            await pilot.pause()
            app.save_screenshot(f"{name}.svg", str(OUT))
    print(f"wrote {OUT / name}.svg")


RECORD_Q1 = ("1", "a", "2", "c", "3", "a", "4", "b")
NEXT_Q = ("enter", "enter", "enter")
PLAY_ALL = (*RECORD_Q1, *NEXT_Q, "1", "b", "3", "b", *NEXT_Q, "o", "3", "b", "1", "b",
            "2", "a", *NEXT_Q, "1", "c", "2", "c", "enter", "enter", "enter")  # fmt: skip


async def main() -> None:
    """Every presenter screen at 80x24, plus the question at projector size."""
    await shoot("class-question", ("2", "c", "4"), (80, 24))
    await shoot("class-question-large", ("1", "a"), (160, 45))
    await shoot("class-reveal", (*RECORD_Q1, "enter"), (80, 24))
    await shoot("class-leaderboard", (*RECORD_Q1, "enter", "enter"), (80, 24))
    await shoot("class-leaderboard-hidden", (*RECORD_Q1, "enter", "enter"), (80, 24),
                hide_leaderboard="top3")  # fmt: skip
    await shoot("class-podium", PLAY_ALL, (80, 24))
    await shoot("class-turns", (), (80, 24), mode="turns", teams=("Ana", "Ben", "Cy"))


if __name__ == "__main__":
    asyncio.run(main())
