"""Recording to SQLite as it happens, and resuming after a kill with identical totals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from quiz.classroom import ClassPhase, ClassSession
from quiz.classroom.persist import load_session, resume_session, start_session
from quiz.errors import QuizError
from quiz.game import ManualClock
from quiz.store.sessions import SessionStore
from tests.unit.classroom.factory import make_config

# Runs in a subprocess: records a session step by step, then waits to be killed mid-question.
_CHILD = textwrap.dedent(
    """
    import sys, time
    from quiz.classroom.persist import start_session
    from quiz.game import ManualClock
    from quiz.store.sessions import SessionStore
    from tests.unit.classroom.factory import make_config

    clock = ManualClock()
    store = SessionStore.open(sys.argv[1])
    _, session = start_session(store, make_config(), clock=clock)
    session.ask_next()
    clock.advance(3)
    session.record("Red", "Antonio Rüdiger")
    session.close()
    session.set_ordered(True)
    session.record("Green", "Antonio Rüdiger")
    session.record("Blue", "Mason Mount")
    session.reveal()
    session.next_question()
    session.record("Blue", "False")
    session.record("Red", "True")
    session.undo()
    print("recorded", flush=True)
    time.sleep(60)
    """
)


def play_rest(session: ClassSession) -> None:
    """What the teacher does after the resume (the same for both runs)."""
    session.record("Red", "False")
    session.reveal()
    session.next_question()
    session.record("Green", "Thomas Tuchel")
    session.reveal()
    session.finish()


def test_resume_after_kill_gives_identical_totals(tmp_path: Path) -> None:
    db = tmp_path / "quiz.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(Path.cwd())}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(db)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "recorded"
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=10)

    with SessionStore.open(db) as store:
        session_id, resumed = resume_session(store, None, clock=ManualClock())
        assert resumed.position == 1 and resumed.phase is ClassPhase.ASKING
        assert [e.team for e in resumed.state.entries] == ["Blue"]
        play_rest(resumed)
        stored = load_session(store, store.get(session_id))

    reference = reference_session()
    assert stored.standings() == resumed.standings() == reference.standings()
    assert stored.answers() == reference.answers()
    assert [(s.team, s.score) for s in reference.standings()] == [
        ("Red", 2100), ("Green", 1833), ("Blue", 1000)]  # fmt: skip


def reference_session() -> ClassSession:
    """The same session played in memory without interruption."""
    clock = ManualClock()
    session = ClassSession(make_config(), clock=clock)
    session.ask_next()
    clock.advance(3)
    session.record("Red", "Antonio Rüdiger")
    session.close()
    session.set_ordered(True)
    session.record("Green", "Antonio Rüdiger")
    session.record("Blue", "Mason Mount")
    session.reveal()
    session.next_question()
    session.record("Blue", "False")
    play_rest(session)
    return session


def test_every_action_is_committed_at_once(sessions: SessionStore, tmp_path: Path) -> None:
    session_id, session = start_session(sessions, make_config(), clock=ManualClock())
    session.ask_next()
    session.record("Red", "Mason Mount")
    with SessionStore.open(tmp_path / "quiz.sqlite3") as other:  # a second connection
        assert [kind for kind, _ in other.actions(session_id)] == ["ask", "record"]
        assert not other.get(session_id).finished
    session.finish()
    assert sessions.get(session_id).finished


def test_resume_errors(sessions: SessionStore) -> None:
    with pytest.raises(QuizError, match="no unfinished classroom session"):
        resume_session(sessions, None, clock=ManualClock())
    with pytest.raises(QuizError, match="no classroom session 42"):
        resume_session(sessions, 42, clock=ManualClock())
    session_id, session = start_session(sessions, make_config(), clock=ManualClock())
    session.finish()
    with pytest.raises(QuizError, match="is finished"):
        resume_session(sessions, session_id, clock=ManualClock())
