"""A classroom session through ``python -m quiz class`` in real pseudo-terminals: played at
80x24, killed mid-question, resumed at 200x60, finished; the store keeps every choice."""

from __future__ import annotations

import contextlib
import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from quiz.bank.io import save_bank
from quiz.classroom.persist import load_session
from quiz.game.sample import sample_bank
from quiz.store.sessions import SessionStore
from tests.cli.test_play_terminal import Terminal

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


class SizedTerminal(Terminal):
    """A :class:`Terminal` of any size."""

    def __init__(self, argv: list[str], env: dict[str, str], rows: int, cols: int) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env)
        os.close(slave)
        self.seen = ""

    def drain(self, timeout: float = 60.0) -> int:
        """Keep reading (a big screen fills the pty buffer) until the child exits."""
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                with contextlib.suppress(OSError):
                    os.read(self.master, 65536)
        return self.close()


def test_class_killed_and_resumed_in_real_terminals(tmp_path: Path) -> None:
    bank = tmp_path / "bank.json"
    save_bank(sample_bank(), bank)
    env = {**os.environ, "QUIZ_HOME": str(tmp_path / "home"), "TERM": "xterm-256color"}
    quiz = [sys.executable, "-m", "quiz", "class"]
    small = SizedTerminal([*quiz, "--bank", str(bank), "--teams", "Red,Blue", "-n", "2",
                           "--seed", "1"], env, 24, 80)  # fmt: skip
    try:
        small.expect("Question 1 / 2")
        small.press("1a2b\r")
        small.expect("Answer:")
        small.press("\r")
        small.expect("Leaderboard after question 1")
        small.press("\r")
        small.expect("Question 2 / 2")
        small.press("1b")
        small.expect("Red ✓")
    finally:
        small.proc.send_signal(signal.SIGKILL)
        small.close()

    big = SizedTerminal([*quiz, "--resume"], env, 60, 200)
    try:
        big.expect("Red ✓")  # the choice recorded before the kill is back
        big.press("2a\r")
        big.expect("Answer:")
        big.press("\r")
        big.expect("Leaderboard after question 2")
        big.press("\r")
        big.expect("Podium")
        big.press("\r")
        big.expect("Session 1 finished")
    finally:
        code = big.drain()
    assert code == 0
    with SessionStore.open(tmp_path / "home" / "quiz.sqlite3") as store:
        row = store.latest()
        session = load_session(store, row)
    assert row.finished
    given = {(a.position, a.team): a.given for a in session.answers()}
    choices = [q.choices for q in session.config.questions]
    assert given == {(0, "Red"): choices[0][0], (0, "Blue"): choices[0][1],
                     (1, "Red"): choices[1][1], (1, "Blue"): choices[1][0]}  # fmt: skip
    assert sum(s.score for s in session.standings()) == sum(a.points for a in session.answers())
