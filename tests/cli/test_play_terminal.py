"""Play a whole round through ``python -m quiz play`` in a real pseudo-terminal, by keys."""

from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from quiz.bank.io import save_bank
from quiz.game.sample import sample_bank
from quiz.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")
_ANSI = re.compile(r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[P\]].*?(?:\x07|\x1b\\)|\x1b.", re.S)


class Terminal:
    """A child process on an 80x24 pty; ``expect`` waits for text on screen."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env)
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            assert time.monotonic() < deadline, f"never saw {text!r}"
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:  # the child closed the terminal
                    raise AssertionError(
                        f"exited ({self.proc.poll()}) before {text!r}: {self.seen[-2000:]!r}"
                    ) from None
                self.seen += _ANSI.sub("", chunk)
        self.seen = self.seen[self.seen.index(text) + len(text) :]

    def press(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> int:
        try:
            return self.proc.wait(timeout=20)
        finally:
            os.close(self.master)


def test_full_round_in_a_real_terminal(tmp_path: Path) -> None:
    bank = tmp_path / "bank.json"
    save_bank(sample_bank(), bank)
    env = {**os.environ, "QUIZ_HOME": str(tmp_path / "home"), "TERM": "xterm-256color"}
    argv = [sys.executable, "-m", "quiz", "play", "--bank", str(bank), "--round-size", "2",
            "--seed", "3", "--type", "multiple_choice", "--player", "ana"]  # fmt: skip
    term = Terminal(argv, env)
    try:
        term.expect("Question 1 / 2")
        term.press("a")
        term.expect("Next question")
        term.press("\r")
        term.expect("Question 2 / 2")
        term.press("2")
        term.expect("See your results")
        term.press(" ")
        term.expect("Round over, ana!")
        term.press("q")
        term.expect("Quit quiz?")
        term.press("y")
    finally:
        code = term.close()
    assert code == 0
    with Store.open(tmp_path / "home" / "quiz.sqlite3") as store:
        [row] = store.history("ana")
        assert row.finished and row.answered == 2
