"""Pilot tests of the presenter: a whole teacher-mode session, turns mode, team changes."""

from __future__ import annotations

from quiz.classroom.persist import load_session
from quiz.game import ManualClock
from quiz.store.sessions import SessionStore
from quiz.tui.classroom.screens import BoardScreen, PresenterScreen, RevealScreen
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
