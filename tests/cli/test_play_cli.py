"""``quiz play`` and ``quiz scores`` end to end: errors before the TUI, tables, help."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quiz.bank.io import save_bank
from quiz.cli import main
from quiz.game import GameSession, ManualClock
from quiz.game.sample import sample_bank
from quiz.paths import database_path
from quiz.store import Store


def run_cli(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


@pytest.fixture(autouse=True)
def quiz_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("QUIZ_HOME", str(home))
    return home


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "bank.json"
    save_bank(sample_bank(), path)
    return path


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), ("{not json", "not valid JSON"), ('{"schema_version": 9}', "schema")],
)
def test_bad_bank_is_one_line_error_before_tui(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    path = tmp_path / "broken.json"
    if content is not None:
        path.write_text(content)
    code, out, err = run_cli(["play", "--bank", str(path)], capsys)
    assert code == 1 and out == ""
    assert err.startswith("quiz: error: bank ") and message in err
    assert err.count("\n") == 1


def test_filters_matching_nothing_is_one_line_error(
    bank_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["play", "--bank", str(bank_file), "--tag", "politics"], capsys)
    assert code == 1 and "no questions match tags=politics" in err and err.count("\n") == 1


def test_time_limit_out_of_range_is_usage_error(
    bank_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(["play", "--bank", str(bank_file), "--time", "2"], capsys)
    assert code == 2 and "5<=x<=240" in err.replace(" ", "")


@pytest.mark.parametrize("command", ["play", "scores"])
def test_help_has_an_example(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli([command, "--help"], capsys)
    assert code == 0 and "Example:" in out and f"quiz {command}" in out


def _store_round(player: str, answers: list[str]) -> None:
    questions = sample_bank().questions[: len(answers)]
    clock = ManualClock()
    with Store.open(database_path()) as store:
        rid = store.start_round([player], bank="b.json", size=len(answers), time_limit=20)
        session = GameSession(questions, clock=clock, players=[player])
        session.subscribe(store.recorder(rid))
        session.start_question()
        for given in answers:
            clock.advance(1)
            session.answer(given)
            session.advance()


def test_scores_prints_high_scores_and_history(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(["scores"], capsys)
    assert code == 0 and "none yet" in out
    _store_round("ana", ["Antonio Rüdiger", "False"])
    _store_round("bo", ["Kai Havertz", "False"])
    code, out, _ = run_cli(["scores", "--player", "bo"], capsys)
    lines = out.splitlines()
    assert code == 0 and lines[0] == "High scores"
    assert lines[3].split()[:3] == ["1", "ana", "2,050"]
    assert lines[4].split()[:3] == ["2", "bo", "975"]
    assert "History of bo" in out and "finished" in out


def test_scores_for_unknown_player_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run_cli(["scores", "--player", "nobody"], capsys)
    assert code == 1 and "no rounds recorded for player 'nobody'" in err


def test_play_path_never_imports_spacy() -> None:
    code = (
        "import sys, quiz.cli, quiz.tui.app, quiz.tui.screens.summary, quiz.bank.curation;"
        "print('spacy' in sys.modules, 'quiz.facts' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
