"""Pilot tests of the presenter: a whole teacher-mode session, turns mode, team changes."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from quiz.classroom.persist import load_session, resume_session
from quiz.game import ManualClock
from quiz.store.sessions import SessionStore
from quiz.tui.classroom.app import ClassApp
from quiz.tui.classroom.screens import BoardScreen, PresenterScreen, RevealScreen
from quiz.tui.widgets.tiles import AnswerTile
from tests.tui.classroom.conftest import AppFactory

# Sample choice questions in order: fb-mc (A right), sp-tf (B right), fb-quote (B), sp-mc (C).


async def test_full_teacher_session_with_undo_skip_hidden_board_and_podium(
    make_app: AppFactory, clock: ManualClock, sessions: SessionStore
) -> None:
    app = make_app(hide_leaderboard="top3", podium=2, teams=("Red", "Blue", "Green", "Gold"))
    async with app.run_test(size=(100, 32)) as pilot:
        assert isinstance(app.screen, PresenterScreen)
        clock.advance(21)
        app.tick()  # time up: the teacher records, in answering order
        assert app.live.phase == "closed"
        await pilot.press("o", "1", "a", "3", "a", "4", "a", "2", "b")
        await pilot.press("u")  # Blue's B undone: Blue gives no answer
        await pilot.press("enter")
        assert isinstance(app.screen, RevealScreen)
        await pilot.press("enter")  # leaderboard: top 3 only
        assert isinstance(app.screen, BoardScreen)
        assert [r.team for r in app.screen.rows] == ["Red", "Green", "Gold"]
        await pilot.press("enter", "s")  # Q2, skipped
        assert app.live.position == 2 and app.live.states[1].skipped
        await pilot.press("o", "3", "b", "1", "b", "enter")  # ordered: Green first
        await pilot.press("enter", "enter")  # board, Q4
        await pilot.press("2", "c", "enter", "enter", "enter")
        assert isinstance(app.screen, BoardScreen) and app.view == "podium"
        assert [r.team for r in app.screen.rows] == ["Red", "Green"]
        session_id = app.session_id

    assert session_id is not None
    row = sessions.get(session_id)
    assert row.finished
    table = load_session(sessions, row).standings()
    stored = {s.team: (s.score, s.correct, s.answered) for s in table}
    assert stored == {"Red": (1975, 2, 3), "Green": (1975, 2, 3), "Blue": (1000, 1, 3),
                      "Gold": (750, 1, 3)}  # fmt: skip


async def test_turns_mode_hot_seat(
    make_app: AppFactory, clock: ManualClock, sessions: SessionStore
) -> None:
    app = make_app(mode="turns", teams=("Ana", "Ben"), hide_leaderboard="none")
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.live.state.turn == "Ana"
        clock.advance(4)
        await pilot.press("1")  # Ana: A, right, 4 s of 20
        assert isinstance(app.screen, RevealScreen)
        await pilot.press("enter")  # hidden board: straight to the next question
        assert isinstance(app.screen, PresenterScreen) and app.live.state.turn == "Ben"
        clock.advance(30)
        app.tick()  # Ben runs out of time
        assert isinstance(app.screen, RevealScreen)
        await pilot.press("e", "y")  # end early
        assert app.view == "podium" and app.live.finished_early
        session_id = app.session_id
    assert session_id is not None
    stored = load_session(sessions, sessions.get(session_id))
    assert [(a.team, a.points, a.elapsed) for a in stored.answers()] == [
        ("Ana", 900, 4.0), ("Ben", 0, 20.0)]  # fmt: skip


async def test_setup_screen_pause_and_team_changes(
    make_app: AppFactory, clock: ManualClock, sessions: SessionStore
) -> None:
    app = make_app(setup=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.click("#class-start")  # empty names: refused
        assert app.session is None and app.view == "setup"
        box = app.screen.query_one(Input)
        box.value = "Owls, Foxes"
        box.focus()
        await pilot.press("enter")
        assert isinstance(app.screen, PresenterScreen) and app.live.active == ["Owls", "Foxes"]
        await pilot.press("space")
        clock.advance(50)
        app.tick()
        assert app.live.paused and app.live.phase == "asking"
        await pilot.press("space", "plus")
        app.screen.query_one(Input).value = "Bears"
        await pilot.press("enter", "minus")
        app.screen.query_one(Input).value = "1"
        await pilot.press("enter")
        assert app.live.active == ["Foxes", "Bears"]
        await pilot.press("2", "b", "enter")
        session_id = app.session_id
    assert session_id is not None
    stored = load_session(sessions, sessions.get(session_id))
    assert [(a.team, a.correct) for a in stored.answers()] == [("Foxes", False), ("Bears", False)]
    assert stored.teams == ["Owls", "Foxes", "Bears"]


async def test_resumed_session_opens_where_it_stopped(
    make_app: AppFactory, clock: ManualClock, sessions: SessionStore
) -> None:
    first = make_app()
    async with first.run_test(size=(80, 24)) as pilot:
        await pilot.press("1", "a", "enter")
        session_id = first.session_id
    assert session_id is not None
    _, session = resume_session(sessions, session_id, clock=clock)
    again = ClassApp(session=session, session_id=session_id, clock=clock, tick_seconds=3600)
    async with again.run_test(size=(80, 24)) as pilot:
        assert isinstance(again.screen, RevealScreen)
        await pilot.press("u")  # undo after the reveal: back to recording
        assert isinstance(again.screen, PresenterScreen) and again.live.phase == "closed"
        await pilot.press("2", "a", "enter")
    stored = load_session(sessions, sessions.get(session_id))
    assert {a.team: a.points for a in stored.answers()} == {"Red": 0, "Blue": 1000, "Green": 0}


async def test_no_color_keeps_every_cue_in_text(
    make_app: AppFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.no_color
        tiles = [str(tile.render()) for tile in app.screen.query(AnswerTile)]
        assert tiles[:2] == ["▲ A  Antonio Rüdiger", "◆ B  Karim Benzema"]
        await pilot.press("2", "b")
        strip = str(app.screen.query_one("#class-strip", Static).render())
        assert "Blue ✓" in strip and "Red ·" in strip
        await pilot.press("enter")
        banner = str(app.screen.query_one("#class-answer", Static).render())
        chart = str(app.screen.query_one("#class-chart", Static).render())
        assert banner.startswith("✔ Answer: ▲ A") and chart.startswith("✔ ▲ A")
