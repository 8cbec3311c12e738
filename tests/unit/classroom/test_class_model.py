"""The classroom session model: teacher and turns flows, scoring, undo, skip, teams."""

from __future__ import annotations

import pytest

from quiz.classroom import ClassPhase, ClassSession, ConfigError, parse_teams, visible_board
from quiz.game import ManualClock, SessionError
from tests.unit.classroom.factory import make_config


def teacher(clock: ManualClock, **fields: object) -> ClassSession:
    session = ClassSession(make_config(**fields), clock=clock)
    session.ask_next()
    return session


def test_flat_scoring_gives_full_points_and_streak_bonus(clock: ManualClock) -> None:
    session = teacher(clock)
    clock.advance(20)
    assert session.tick() and session.phase is ClassPhase.CLOSED
    session.record("Red", "Antonio Rüdiger")
    session.record("Blue", "Mason Mount")
    session.reveal()  # Green never recorded: no answer
    points = {a.team: (a.points, a.given) for a in session.answers()}
    assert points == {"Red": (1000, "Antonio Rüdiger"), "Blue": (0, "Mason Mount"),
                      "Green": (0, None)}  # fmt: skip
    session.next_question()
    session.record("Red", "False")
    session.reveal()
    assert session.standings()[0].team == "Red" and session.standings()[0].score == 2100


def test_recorded_order_makes_speed_count(clock: ManualClock) -> None:
    session = teacher(clock)
    session.close()
    session.set_ordered(True)
    for team in ("Blue", "Red", "Green"):
        session.record(team, "Antonio Rüdiger")
    session.reveal()
    points = {a.team: a.points for a in session.answers()}
    assert points == {"Blue": 1000, "Red": 833, "Green": 667}
    assert [a.rank for a in session.answers()] == [1, 0, 2]  # answers in team order


def test_recording_while_the_clock_runs_keeps_the_time(clock: ManualClock) -> None:
    session = teacher(clock)
    clock.advance(4.25)
    session.record("Red", "Karim Benzema")
    session.pause()
    clock.advance(100)
    assert session.paused and session.remaining() == pytest.approx(15.75)
    session.resume()
    session.close()
    session.record("Blue", "Antonio Rüdiger")
    session.reveal()
    times = {a.team: a.elapsed for a in session.answers()}
    assert times == {"Red": 4.25, "Blue": None, "Green": None}


def test_all_teams_recorded_closes_the_clock(clock: ManualClock) -> None:
    session = teacher(clock, teams=("A", "B"))
    session.record("A", "Mason Mount")
    assert session.phase is ClassPhase.ASKING
    session.record("B", "Mason Mount")
    assert session.phase is ClassPhase.CLOSED


def test_undo_removes_the_last_choice_even_after_reveal(clock: ManualClock) -> None:
    session = teacher(clock)
    session.close()
    session.record("Red", "Antonio Rüdiger")
    session.record("Blue", "Antonio Rüdiger")
    session.reveal()
    undone = session.undo()
    assert undone is not None and undone.team == "Blue"
    assert session.phase is ClassPhase.CLOSED and session.answers() == []
    session.record("Blue", "Kai Havertz")
    session.reveal()
    assert {a.team: a.correct for a in session.answers()} == {
        "Red": True, "Blue": False, "Green": False}  # fmt: skip


def test_recording_a_team_again_replaces_its_choice(clock: ManualClock) -> None:
    session = teacher(clock)
    session.record("Red", "Mason Mount")
    session.record("Red", "Antonio Rüdiger")
    assert [(e.team, e.given) for e in session.state.entries] == [("Red", "Antonio Rüdiger")]


def test_skip_discards_the_question(clock: ManualClock) -> None:
    session = teacher(clock)
    session.record("Red", "Antonio Rüdiger")
    session.skip()
    assert session.answers() == [] and session.state.skipped
    session.next_question()
    assert session.position == 1


def test_last_question_then_finish(clock: ManualClock) -> None:
    session = teacher(clock)
    for _ in range(3):
        session.reveal()
        session.next_question()
    session.reveal()
    assert session.next_question() is ClassPhase.FINISHED and not session.finished_early


def test_end_early(clock: ManualClock) -> None:
    session = teacher(clock)
    session.finish()
    assert session.phase is ClassPhase.FINISHED and session.finished_early
    with pytest.raises(SessionError):
        session.reveal()


def test_add_and_remove_teams(clock: ManualClock) -> None:
    session = teacher(clock)
    session.remove_team("Blue")
    assert session.active == ["Red", "Green"] and session.team_number(2) == "Green"
    with pytest.raises(ConfigError, match="at least 2"):
        session.remove_team("Green")
    assert session.add_team("blue") == "Blue"  # a removed team comes back under its name
    with pytest.raises(ConfigError, match="duplicate"):
        session.add_team("RED")
    session.add_team("Yellow")
    session.reveal()
    assert [a.team for a in session.answers()] == ["Red", "Green", "Blue", "Yellow"]


def test_turns_mode_gives_each_team_its_own_question(clock: ManualClock) -> None:
    session = ClassSession(make_config(mode="turns", teams=("Ana", "Ben")), clock=clock)
    session.ask_next()
    assert session.state.turn == "Ana"
    with pytest.raises(SessionError):
        session.record("Ben", "Antonio Rüdiger")
    clock.advance(5)
    session.record("Ana", "Antonio Rüdiger")
    assert session.phase is ClassPhase.REVEALED
    session.next_question()
    assert session.state.turn == "Ben"
    with pytest.raises(ConfigError, match="answering now"):
        session.remove_team("Ben")
    clock.advance(25)
    assert session.tick()
    result = [(a.team, a.points, a.elapsed) for a in session.answers()]
    assert result == [("Ana", 875, 5.0), ("Ben", 0, 20.0)]


def test_team_names_are_checked() -> None:
    assert parse_teams(" Red, Blue ,Green") == ["Red", "Blue", "Green"]
    with pytest.raises(ConfigError, match="2-12"):
        parse_teams("Solo")
    with pytest.raises(ConfigError, match="2-12"):
        parse_teams(",".join(f"T{i}" for i in range(13)))
    with pytest.raises(ConfigError, match="duplicate team name: Red, red"):
        parse_teams("Red,red,Blue")


def test_hidden_leaderboard_shows_top_three_or_nothing(clock: ManualClock) -> None:
    session = teacher(clock, teams=("A", "B", "C", "D"))
    for team in ("A", "B", "C"):
        session.record(team, "Antonio Rüdiger")
    session.reveal()
    table = session.standings()
    assert [row.place for row in table] == [1, 1, 1, 4]
    assert [r.team for r in visible_board(table, "top3")] == ["A", "B", "C"]
    assert visible_board(table, "none") == [] and len(visible_board(table, None)) == 4
