"""`quiz class`, `quiz report` and `quiz sessions` end to end (the TUI's run is stubbed by a
scripted teacher that drives the real session, so the CLI wiring and the store are real)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from quiz.bank.io import save_bank
from quiz.game.sample import sample_bank
from quiz.tui.classroom.app import ClassApp
from tests.cli.helpers import run


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """QUIZ_HOME in the test's directory, the sample bank saved there, cwd there."""
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    save_bank(sample_bank(), tmp_path / "bank.json")
    return tmp_path


def scripted_teacher(finish: bool) -> object:
    """A stand-in for ClassApp.run: records Red right and Blue wrong on each question."""

    def fake_run(app: ClassApp) -> None:
        session = app.live
        while True:
            if session.phase in ("ready", "revealed"):
                if session.is_last:
                    break
                session.ask_next()
            question = session.question
            wrong = next(c for c in question.choices if c != question.answer)
            session.record("Red", question.answer)
            session.record("Blue", wrong)
            session.reveal()
            if not finish:
                return
        session.next_question()

    return fake_run


def test_class_then_sessions_then_reports(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ClassApp, "run", scripted_teacher(finish=True))
    code, out, err = run(capsys, "class", "--bank", "bank.json", "--teams", "Red, Blue",
                         "--round-size", "3", "--seed", "1")  # fmt: skip
    assert (code, err) == (0, "") and "Session 1 finished" in out
    code, out, _ = run(capsys, "sessions")
    assert code == 0 and "Red, Blue" in out and "Red (3,300)" in out and "finished" in out
    code, out, _ = run(capsys, "report", "--format", "xlsx", "-o", "r.xlsx")
    assert code == 0 and "wrote r.xlsx" in out
    book = openpyxl.load_workbook(home / "r.xlsx")
    assert len(book.sheetnames) == 4
    rows = list(book["Overview"].iter_rows(values_only=True))
    assert rows[1][:5] == (1, "Red", 3, 0, 3300) and rows[2][:5] == (2, "Blue", 0, 3, 0)
    code, out, _ = run(capsys, "report", "1")
    assert code == 0 and (home / "session-1.csv").exists()
    with (home / "session-1-questions.csv").open(newline="", encoding="utf-8") as handle:
        answers = list(csv.DictReader(handle))
    assert [a["Correct"] for a in answers] == ["yes", "no"] * 3
    code, out, _ = run(capsys, "report", "--format", "md")
    assert "| 1 | Red | 3 | 0 | 3300 | 100.0 |" in (home / "session-1.md").read_text("utf-8")


def test_interrupted_class_is_resumed(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ClassApp, "run", scripted_teacher(finish=False))
    code, out, _ = run(capsys, "class", "--bank", "bank.json", "--teams", "Red,Blue", "-n", "2")
    assert code == 0 and "quiz class --resume 1" in out
    code, out, _ = run(capsys, "sessions")
    assert "at Q1 (resumable)" in out
    monkeypatch.setattr(ClassApp, "run", scripted_teacher(finish=True))
    code, out, _ = run(capsys, "class", "--resume")
    assert code == 0 and "Session 1 finished" in out
    code, out, _ = run(capsys, "sessions")
    assert "Red (2,100)" in out and "finished" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["class", "--bank", "bank.json", "--teams", "Solo"], "need 2-12 teams"),
        (["class", "--bank", "bank.json", "--teams", ",".join("ABCDEFGHIJKLM")], "got 13"),
        (["class", "--bank", "bank.json", "--teams", "Red,red"], "duplicate team name"),
        (["class", "--teams", "A,B", "--players", "C,D"], "not both"),
        (["class", "--bank", "missing.json", "--teams", "A,B"], "missing.json"),
        (["class", "--resume"], "no unfinished classroom session"),
        (["class", "--resume", "x"], "session must be a number"),
        (["class", "--resume", "--teams", "A,B"], "drop --teams/--players"),
        (["report"], "no classroom session yet"),
        (["report", "9"], "no classroom session 9"),
        (["report", "--format", "pdf"], "'pdf' is not one of"),
    ],
)
def test_bad_input_is_one_line(
    home: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _out, err = run(capsys, *args)
    assert code != 0 and message in err
    assert err.startswith("quiz: error: ") and err.count("\n") == 1 and "Traceback" not in err


def test_no_sessions_yet(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "sessions")
    assert code == 0 and "No classroom sessions yet" in out


@pytest.mark.parametrize("command", ["class", "report", "sessions"])
def test_help_has_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, command, "--help")
    assert code == 0 and "Example:" in out and f"quiz {command}" in out


@pytest.mark.parametrize(
    ("flags", "hide"),
    [([], None), (["--hide-leaderboard"], "top3"), (["--hide-leaderboard", "none"], "none")],
)
def test_hide_leaderboard_and_podium_are_stored(
    home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    flags: list[str], hide: str | None,
) -> None:  # fmt: skip
    seen: list[ClassApp] = []
    monkeypatch.setattr(ClassApp, "run", lambda app: seen.append(app))
    code, _, err = run(capsys, "class", "--bank", "bank.json", *flags, "--podium", "2",
                       "--mode", "turns", "--players", "Ana,Ben", "-n", "3")  # fmt: skip
    assert code == 0, err
    config = seen[0].live.config
    assert (config.hide_leaderboard, config.podium, config.mode) == (hide, 2, "turns")
    assert len(config.questions) == 3 and config.teams == ("Ana", "Ben")
