"""Pilot tests of the start screen, layout at 80x24 and resizes, NO_COLOR and the review hook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from quiz.tui.app import QuizApp
from quiz.tui.screens.feedback import FeedbackScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.start import StartScreen
from quiz.tui.widgets.tiles import SHAPES, AnswerTile

AppFactory = Callable[..., QuizApp]


async def fill(app: QuizApp, **values: str) -> None:
    for key, value in values.items():
        app.screen.query_one(f"#field-{key}", Input).value = value


async def test_start_screen_starts_round_with_form_settings(make_app: AppFactory) -> None:
    app = make_app(skip_start=False)
    async with app.run_test(size=(100, 32)) as pilot:
        assert isinstance(app.screen, StartScreen)
        await fill(app, player="zoe", size="2", time="30", types="numeric")
        await pilot.press("enter")
        assert isinstance(app.screen, QuestionScreen)
        session = app.session
        assert session is not None and session.time_limit == 30
        assert len(session.questions) == 2 and {q.type for q in session.questions} == {"numeric"}
        assert list(session.players) == ["zoe"]


@pytest.mark.parametrize(
    ("values", "message"),
    [({"size": "ten"}, "must be numbers"), ({"time": "3"}, "time limit"),
     ({"types": "essay"}, "unknown type"), ({"player": " "}, "player name"),
     ({"bank": "missing.json"}, "no such file"), ({"tags": "politics"}, "no questions match")],
)  # fmt: skip
async def test_start_screen_shows_one_line_errors(
    make_app: AppFactory, values: dict[str, str], message: str
) -> None:
    app = make_app(skip_start=False)
    async with app.run_test(size=(100, 32)) as pilot:
        await fill(app, **values)
        await pilot.press("enter")
        assert isinstance(app.screen, StartScreen)
        error = str(app.screen.query_one("#form-error", Static).render())
        assert message in error and "\n" not in error.strip()


async def test_review_button_reaches_the_app_hook(make_app: AppFactory, bank_path: Path) -> None:
    asked: list[Path] = []
    app = make_app(skip_start=False)
    app.open_review = asked.append  # type: ignore[method-assign]
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.click("#review")
        await pilot.press("ctrl+r")
    assert asked == [bank_path, bank_path]


async def test_review_button_opens_the_review_screen(make_app: AppFactory) -> None:
    from quiz.tui.review import ReviewScreen

    app = make_app(skip_start=False)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.click("#review")
        await pilot.pause()
        assert isinstance(app.screen, ReviewScreen)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


async def test_layout_fits_80x24_and_survives_resizes(make_app: AppFactory) -> None:
    app = make_app(types=frozenset({"multiple_choice"}))
    async with app.run_test(size=(80, 24)) as pilot:
        for width, height in ((80, 24), (40, 12), (200, 60), (80, 24)):
            await pilot.resize_terminal(width, height)
            await pilot.pause()
            assert isinstance(app.screen, QuestionScreen)
            if width < 80:
                continue  # too small to fit: it must only not crash
            for widget in [*app.screen.query(AnswerTile), app.screen.query_one("#countdown")]:
                assert widget.region.width > 0 and widget.region.bottom <= height - 1
        await pilot.press("1")
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)


async def test_tiles_carry_shape_and_key_labels(make_app: AppFactory) -> None:
    app = make_app(types=frozenset({"multiple_choice"}))
    async with app.run_test(size=(80, 24)):
        labels = [str(tile.label) for tile in app.screen.query(AnswerTile)]
        assert [label[:5] for label in labels] == [
            f"{s} {n}·{c}" for s, n, c in zip(SHAPES, "1234", "ABCD", strict=True)
        ]


async def test_no_color_is_honoured(make_app: AppFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(types=frozenset({"multiple_choice"}))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.no_color
        svg = app.export_screenshot()
    for kahoot_red in ("#c0182f", "#e21b3c"):
        assert kahoot_red not in svg
