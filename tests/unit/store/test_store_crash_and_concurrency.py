"""Real processes on a real SQLite file: a kill mid-round, and two writers at once."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from quiz.store import Store

_PLAYER = """
import sys, time
from quiz.game import GameSession, ManualClock
from quiz.game.sample import sample_questions
from quiz.store import Store

db, player, count, hang = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "hang"
store = Store.open(db)
questions = (sample_questions() * 50)[:count]
questions = [q.model_copy(update={"id": f"{q.id}-{i}"}) for i, q in enumerate(questions)]
clock = ManualClock()
rid = store.start_round([player], bank="sample", size=count + 5, time_limit=20)
session = GameSession(questions, clock=clock, players=[player], time_limit=20)
session.subscribe(store.recorder(rid))
session.start_question()
for i in range(count):
    clock.advance(1)
    session.answer(session.question.answer)
    print(f"answered {i + 1}", flush=True)
    if i < count - 1 or not hang:
        session.advance()
if hang:
    time.sleep(600)
"""


def _spawn(db: Path, player: str, count: int, hang: bool) -> subprocess.Popen[str]:
    argv = [sys.executable, "-c", _PLAYER, str(db), player, str(count), "hang" if hang else "-"]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)


def test_killed_mid_round_keeps_every_answer_given(tmp_path: Path) -> None:
    db = tmp_path / "quiz.sqlite3"
    proc = _spawn(db, "ana", 4, hang=True)
    assert proc.stdout is not None
    lines = [proc.stdout.readline().strip() for _ in range(4)]
    assert lines[-1] == "answered 4"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with Store.open(db) as store:
        [row] = store.history("ana")
        assert row.answered == 4 and row.correct == 4 and not row.finished
        assert row.score == sum(a.points for a in store.round_answers(row.round_id)) > 0


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    db = tmp_path / "quiz.sqlite3"
    procs = [_spawn(db, name, 60, hang=False) for name in ("ana", "bo")]
    for proc in procs:
        proc.communicate(timeout=60)
        assert proc.returncode == 0
    with Store.open(db) as store:
        for name in ("ana", "bo"):
            [row] = store.history(name)
            assert row.answered == 60 and row.finished
        assert store._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
