"""Pilot tests that play whole rounds through the keyboard and assert on engine/store state."""

from __future__ import annotations

from collections.abc import Callable

from quiz.game import ManualClock, Phase
from quiz.store import Store
from quiz.tui.app import QuizApp
from quiz.tui.screens.dialogs import ConfirmScreen, HelpScreen, PauseScreen
from quiz.tui.screens.feedback import FeedbackScreen
from quiz.tui.screens.question import QuestionScreen
from quiz.tui.screens.start import StartScreen
from quiz.tui.screens.summary import SummaryScreen

AppFactory = Callable[..., QuizApp]

CHOICE = frozenset({"multiple_choice", "true_false", "quote_attribution"})
TYPED = frozenset({"fill_blank", "numeric"})


def right_key(app: QuizApp) -> str:
    question = app.session.question  # type: ignore[union-attr]
    return str(question.choices.index(question.answer) + 1)


def wrong_key(app: QuizApp) -> str:
    question = app.session.question  # type: ignore[union-attr]
    wrong = next(i for i, c in enumerate(question.choices) if c != question.answer)
    return "abcd"[wrong]


async def test_whole_round_by_keys_is_scored_and_saved(
    make_app: AppFactory, clock: ManualClock, store: Store
) -> None:
    app = make_app(types=CHOICE, seed=5)
    async with app.run_test(size=(100, 32)) as pilot:
        for step, seconds in enumerate((2.0, 10.0, 4.0)):
            assert isinstance(app.screen, QuestionScreen)
            clock.advance(seconds)
            await pilot.press(wrong_key(app) if step == 2 else right_key(app))
            assert isinstance(app.screen, FeedbackScreen)
            await pilot.press("enter" if step % 2 == 0 else "space")
        assert isinstance(app.screen, SummaryScreen)
        player = app.session.players["ana"]  # type: ignore[union-attr]
        assert [r.points for r in player.records] == [950, 850, 0]
        assert (player.score, player.best_streak, player.correct) == (1800, 2, 2)
    [row] = store.high_scores()
    assert (row.player, row.score, row.answered, row.finished) == ("ana", 1800, 3, True)


async def test_timeout_shows_feedback_with_zero_points(
    make_app: AppFactory, clock: ManualClock, store: Store
) -> None:
    app = make_app(types=CHOICE, seed=1, time_limit=10)
    async with app.run_test(size=(100, 32)) as pilot:
        clock.advance(9.9)
        app.tick()
        assert isinstance(app.screen, QuestionScreen)
        clock.advance(0.2)
        app.tick()
        await pilot.pause()
        assert isinstance(app.screen, FeedbackScreen)
        record = app.screen.record
        assert record.timed_out and record.points == 0 and record.given is None
        await pilot.press("1")  # too late: ignored
        assert app.session.phase is Phase.REVEALED  # type: ignore[union-attr]
    assert [a.timed_out for a in store.round_answers(app.round_id or 0)] == [True]


async def test_typed_answer_with_typo_counts(make_app: AppFactory, clock: ManualClock) -> None:
    app = make_app(types=frozenset({"fill_blank"}), tags=frozenset({"sport"}))
    async with app.run_test(size=(100, 32)) as pilot:
        assert app.session.question.id == "fb-fill"  # type: ignore[union-attr]
        clock.advance(5)
        await pilot.press("enter")  # empty input is not an answer
        assert isinstance(app.screen, QuestionScreen)
        await pilot.press(*"Rudigr", "enter")
        assert isinstance(app.screen, FeedbackScreen)
        assert app.screen.record.correct and app.screen.record.points == 875
        await pilot.press("enter")
        assert isinstance(app.screen, SummaryScreen)


async def test_typed_number_in_words(make_app: AppFactory) -> None:
    app = make_app(types=frozenset({"numeric"}), tags=frozenset({"science"}))
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(*"ten", "enter")
        assert isinstance(app.screen, FeedbackScreen) and app.screen.record.correct


async def test_pause_hides_question_and_stops_clock(
    make_app: AppFactory, clock: ManualClock
) -> None:
    app = make_app(types=CHOICE, time_limit=10)
    async with app.run_test(size=(100, 32)) as pilot:
        clock.advance(3)
        await pilot.press("p")
        assert isinstance(app.screen, PauseScreen) and app.session.paused  # type: ignore[union-attr]
        clock.advance(60)
        app.tick()
        await pilot.press("1")  # tiles are covered: no answer while paused
        assert app.session.phase is Phase.ASKING  # type: ignore[union-attr]
        await pilot.press("p")
        assert isinstance(app.screen, QuestionScreen)
        assert app.session.remaining() == 7  # type: ignore[union-attr]


async def test_help_opens_on_question_mark_and_pauses(
    make_app: AppFactory, clock: ManualClock
) -> None:
    app = make_app(types=CHOICE)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        clock.advance(100)
        app.tick()
        await pilot.press("escape")
        assert isinstance(app.screen, QuestionScreen)
        assert app.session.remaining() == 20  # type: ignore[union-attr]


async def test_quit_asks_first(make_app: AppFactory) -> None:
    app = make_app(types=CHOICE)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press("q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, QuestionScreen) and app.is_running
        await pilot.press("q", "y")
        await pilot.pause()
        assert not app.is_running


async def test_escape_abandons_round_to_start_screen(make_app: AppFactory, store: Store) -> None:
    app = make_app(types=CHOICE, seed=2)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(right_key(app))
        await pilot.press("escape")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        assert isinstance(app.screen, StartScreen) and app.session is None
    [row] = store.history("ana")
    assert row.answered == 1 and not row.finished


async def test_play_again_starts_fresh_round(make_app: AppFactory, store: Store) -> None:
    app = make_app(types=CHOICE, round_size=1)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.press(right_key(app), "enter")
        assert isinstance(app.screen, SummaryScreen)
        first_round = app.round_id
        await pilot.press("r")
        assert isinstance(app.screen, QuestionScreen) and app.round_id != first_round
        assert app.session.question.id not in {  # type: ignore[union-attr]
            r.question_id for r in store.round_answers(first_round or 0)
        }


async def test_mouse_click_on_tile_answers(make_app: AppFactory) -> None:
    app = make_app(types=CHOICE, seed=3)
    async with app.run_test(size=(100, 32)) as pilot:
        question = app.session.question  # type: ignore[union-attr]
        index = question.choices.index(question.answer)
        await pilot.click(f"#tile-{index}")
        assert isinstance(app.screen, FeedbackScreen) and app.screen.record.correct


async def test_tick_between_screen_switch_and_compose_is_safe(make_app: AppFactory) -> None:
    # Regression: the interval could fire after switch_screen but before the new screen composed.
    app = make_app(types=CHOICE)
    async with app.run_test(size=(100, 32)) as pilot:
        app.show_question()
        app.tick()
        await pilot.pause()
        assert isinstance(app.screen, QuestionScreen) and app.is_running


async def test_mouse_alone_can_continue_and_close_dialogs(
    make_app: AppFactory, clock: ManualClock
) -> None:
    app = make_app(types=CHOICE, seed=3)
    async with app.run_test(size=(100, 32)) as pilot:
        await pilot.click("#tile-0")
        await pilot.click("#continue")
        assert isinstance(app.screen, QuestionScreen) and app.session.position == 1  # type: ignore[union-attr]
        await pilot.press("p")
        await pilot.click("#resume")
        assert isinstance(app.screen, QuestionScreen) and not app.session.paused  # type: ignore[union-attr]
        await pilot.press("question_mark")
        await pilot.click("#close")
        assert isinstance(app.screen, QuestionScreen)
