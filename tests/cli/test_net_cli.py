"""`quiz host` and `quiz join` from the command line: help, bad input as one line, the web client."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from quiz.bank.io import save_bank
from quiz.game.sample import sample_bank
from tests.cli.helpers import run


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path))
    return tmp_path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.parametrize("command", ["host", "join"])
def test_help_has_an_example(capsys: pytest.CaptureFixture[str], command: str) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "Example:" in out and f"quiz {command}" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["localhost", "--pin", "12"], "bad PIN '12'"),
        (["localhost:port", "--pin", "123456"], "bad address 'localhost:port'"),
        (["localhost", "--pin", "123456", "--name", "x" * 21], "at most 20 characters"),
        (["localhost", "--name", "bell\x07"], "printable"),
    ],
)
def test_join_bad_input_is_one_line(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, "join", *args)
    assert code == 1 and message in err and err.count("\n") == 1


def test_host_resume_without_a_game(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "host", "--resume", "--bind", "127.0.0.1", "--port", str(free_port())
    )
    assert code == 1 and "no hosted game to resume" in err


def test_host_missing_bank(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    code, _, err = run(capsys, "host", "--bank", str(missing), "--bind", "127.0.0.1",
                       "--port", str(free_port()))  # fmt: skip
    assert code == 1 and "nope.json" in err and err.startswith("quiz: error:")


def test_host_bank_without_tile_questions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bank = sample_bank()
    typed = bank.model_copy(update={"questions": [q for q in bank.questions if not q.choices]})
    path = tmp_path / "typed.json"
    save_bank(typed, path)
    code, _, err = run(capsys, "host", "--bank", str(path), "--bind", "127.0.0.1",
                       "--port", str(free_port()))  # fmt: skip
    assert code == 1 and "no multiple-choice, true/false or quote questions" in err


def test_host_port_in_use(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        code, _, err = run(capsys, "host", "--bind", "127.0.0.1", "--port", str(port))
    assert code == 1 and f"cannot listen on 127.0.0.1:{port}" in err


def test_web_client_page_is_served(tmp_path: Path) -> None:
    """textual-serve answers the browser with the client's page, wired to its own address."""
    port = free_port()
    args = [sys.executable, "-m", "quiz.tui.net.web", "--host", "127.0.0.1", "--port", str(port),
            "--game-port", "8765", "--pin", "123456"]  # fmt: skip
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        status, html = _get(f"http://127.0.0.1:{port}/", deadline=time.monotonic() + 20)
    finally:
        child.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=5)
    assert status == 200
    assert f"ws://127.0.0.1:{port}/ws" in html and "textual" in html.lower()


def _get(url: str, deadline: float) -> tuple[int, str]:
    while True:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return response.status, response.read().decode("utf-8")
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)  # waiting for a child process to listen: no clock to inject
