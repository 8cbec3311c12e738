import pytest

from quiz.game import (
    AnswerGiven,
    Event,
    GameSession,
    ManualClock,
    Phase,
    QuestionClosed,
    RoundFinished,
    SessionError,
)
from quiz.game.clock import Stopwatch
from quiz.game.sample import sample_questions

QUESTIONS = sample_questions()[:3]  # fb-mc, sp-tf, fb-fill


def new_session(**kwargs: object) -> tuple[GameSession, ManualClock, list[Event]]:
    clock = ManualClock()
    session = GameSession(QUESTIONS, clock=clock, time_limit=20, **kwargs)  # type: ignore[arg-type]
    events: list[Event] = []
    session.subscribe(events.append)
    return session, clock, events


def test_full_round_scores_speed_and_streak() -> None:
    session, clock, events = new_session()
    session.start_question()
    clock.advance(10)
    first = session.answer("Antonio Rüdiger")
    assert (first.correct, first.points, first.elapsed) == (True, 750, 10)
    assert session.phase is Phase.REVEALED
    session.advance()
    second = session.answer("False")
    assert (second.score.speed_points, second.score.streak_bonus) == (1000, 100)
    session.advance()
    clock.advance(4)
    third = session.answer("Benzema")
    assert (third.correct, third.points, third.given) == (False, 0, "Benzema")
    assert session.advance() is Phase.FINISHED
    player = session.players["Player"]
    assert (player.score, player.best_streak, player.streak, player.correct) == (1850, 2, 0, 2)
    assert isinstance(events[-1], RoundFinished)
    assert sum(isinstance(e, AnswerGiven) for e in events) == 3


def test_timeout_closes_question_with_zero_points() -> None:
    session, clock, events = new_session()
    session.start_question()
    clock.advance(19.9)
    assert session.tick() == []
    clock.advance(0.2)
    [record] = session.tick()
    assert record.timed_out and record.given is None and record.points == 0
    assert record.elapsed == 20
    assert isinstance(events[-1], QuestionClosed)
    with pytest.raises(SessionError):
        session.answer("Antonio Rüdiger")


def test_pause_stops_the_clock_and_blocks_answers() -> None:
    session, clock, _ = new_session()
    session.start_question()
    clock.advance(5)
    session.pause()
    assert session.paused
    clock.advance(100)
    assert session.tick() == [] and session.remaining() == 15
    with pytest.raises(SessionError):
        session.answer("False")
    session.resume()
    clock.advance(5)
    record = session.answer("Antonio Rüdiger")
    assert record.elapsed == 10 and record.points == 750


def test_several_players_answer_the_same_question() -> None:
    session, clock, _ = new_session(players=["red", "blue"])
    session.start_question()
    clock.advance(2)
    session.answer("Antonio Rüdiger", player="red")
    assert session.phase is Phase.ASKING and session.waiting_for() == ["blue"]
    with pytest.raises(SessionError):
        session.answer("Kai Havertz", player="red")
    clock.advance(30)
    [late] = session.tick()
    assert late.player == "blue" and late.timed_out
    assert [r.player for r in session.records_for(0)] == ["red", "blue"]
    assert session.players["red"].score == 950


def test_late_answer_between_ticks_scores_zero() -> None:
    session, clock, _ = new_session()
    session.start_question()
    clock.advance(25)
    record = session.answer("Antonio Rüdiger")
    assert record.timed_out and not record.correct and record.points == 0


def test_invalid_sessions_are_rejected() -> None:
    clock = ManualClock()
    with pytest.raises(ValueError):
        GameSession(QUESTIONS, clock=clock, time_limit=4)
    with pytest.raises(ValueError):
        GameSession([], clock=clock)
    with pytest.raises(ValueError):
        GameSession(QUESTIONS, clock=clock, players=["a", "a"])
    session = GameSession(QUESTIONS, clock=clock, players=["a", "b"])
    session.start_question()
    with pytest.raises(SessionError):
        session.answer("x")  # who?


def test_stopwatch_pause_is_idempotent() -> None:
    clock = ManualClock(100)
    watch = Stopwatch(clock)
    watch.start()
    clock.advance(3)
    watch.pause()
    watch.pause()
    clock.advance(3)
    watch.resume()
    watch.resume()
    clock.advance(1)
    assert watch.elapsed() == 4
    with pytest.raises(ValueError):
        clock.advance(-1)
