"""A live game through the real commands: `quiz host` and two `quiz join` in pseudo-terminals."""

from __future__ import annotations

import fcntl
import os
import re
import select
import socket
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
    """A child process on a 100x32 pty; ``expect`` waits for text on screen."""

    def __init__(self, argv: list[str], home: Path) -> None:
        env = {**os.environ, "QUIZ_HOME": str(home), "TERM": "xterm-256color"}
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 32, 100, 0, 0))
        self.proc = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, env=env)
        os.close(slave)
        self.seen = ""

    def expect(self, pattern: str, timeout: float = 60.0) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while (found := re.search(pattern, self.seen)) is None:
            assert time.monotonic() < deadline, f"never saw {pattern!r}: {self.seen[-1500:]!r}"
            ready, _, _ = select.select([self.master], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(self.master, 65536).decode("utf-8", "replace")
                except OSError:
                    raise AssertionError(
                        f"exited before {pattern!r}: {self.seen[-1500:]!r}"
                    ) from None
                self.seen += _ANSI.sub("", chunk)
        self.seen = self.seen[found.end() :]
        return found

    def press(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> int | None:
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return None
        finally:
            os.close(self.master)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_host_and_two_terminal_students_play_to_the_podium(tmp_path: Path) -> None:
    bank = tmp_path / "bank.json"
    save_bank(sample_bank(), bank)
    port = free_port()
    quiz = [sys.executable, "-m", "quiz"]
    host = Terminal([*quiz, "host", "--bank", str(bank), "--bind", "127.0.0.1", "--port", str(port),
                     "--round-size", "2", "--time", "60", "--seed", "3"], tmp_path / "host")  # fmt: skip
    students: list[Terminal] = []
    try:
        pin = host.expect(r"PIN\s+(\d{6})").group(1)
        for name in ("ana", "ben"):
            students.append(Terminal([*quiz, "join", f"127.0.0.1:{port}", "--pin", pin,
                                      "--name", name], tmp_path / name))  # fmt: skip
            # either line of the waiting screen (a repaint may split the other with cursor moves)
            students[-1].expect(rf"You're in as {name}|\d players? in the game")
        host.expect("2 / 200 players")
        host.press("s")
        for question in (1, 2):
            for student, key in zip(students, "12", strict=True):
                student.expect(f"Question {question} / 2")
                student.expect("Pick an answer")  # painted, so its keys are bound
                student.press(key)
                student.expect(
                    r"Answer sent|Correct|Wrong"
                )  # the last one goes straight to the reveal
            host.expect("Enter/n Next question" if question == 1 else "Enter/n Podium")
            for student in students:
                student.expect(r"Score [\d,]+ +· +rank \d")
            host.press("n")
        for student in students:
            student.expect(r"You finished #\d of 2")
            student.press("\x11")  # ctrl+q
        host.expect(r"q Quit")  # only the podium screen's key bar says this
        host.press("q")
        assert host.close() == 0
        assert [s.close() for s in students] == [0, 0]
    finally:
        for terminal in (host, *students):
            if terminal.proc.poll() is None:
                terminal.proc.kill()
    with Store.open(tmp_path / "host" / "quiz.sqlite3") as store:
        stored = store.round_answers(1)
    assert sorted((a.position, a.player) for a in stored) == [
        (0, "ana"),
        (0, "ben"),
        (1, "ana"),
        (1, "ben"),
    ]
    assert all(not a.timed_out for a in stored)
