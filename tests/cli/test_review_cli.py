"""End-to-end tests of `quiz review --orphans` and `quiz bank stats` through the CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "review"))

from review_factory import write_bank

from quiz.bank.review import Decision, QuestionFields, ReviewFile, save_review, sidecar_path
from tests.cli.helpers import run


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    path = write_bank(tmp_path / "class.json")
    review = ReviewFile(
        decisions={
            "final-mc-scorer": Decision(status="approved"),
            "final-tf-draw": Decision(status="rejected", reason="too easy"),
            "budget-fb-month": Decision(
                edit=QuestionFields(difficulty="easy"), original=QuestionFields(difficulty="hard")
            ),
        }
    )
    save_review(review, sidecar_path(path))
    return path


def test_bank_stats_prints_counts(bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bank", "stats", "--bank", str(bank_path))
    assert code == 0
    assert "9 questions, 1 edited, 0 orphaned decisions" in out
    lines = [line.split() for line in out.splitlines()]
    assert ["approved", "1"] in lines and ["rejected", "1"] in lines and ["none", "7"] in lines
    assert ["numeric", "2"] in lines and ["hard", "1"] in lines


def test_bank_stats_json(bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "bank", "stats", "--bank", str(bank_path), "--json")
    data = json.loads(out)
    assert code == 0 and data["total"] == 9
    assert data["status"] == {"approved": 1, "rejected": 1, "none": 7}
    assert data["article"] == {"Madrid reach the final": 5, "Council passes budget": 4}


def test_orphans_are_reported_and_kept(bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "review", "--bank", str(bank_path), "--orphans")
    assert code == 0 and out.startswith("no orphans: all 3 decisions")
    write_bank(bank_path, without=("final-tf-draw",))  # the bank is rebuilt without it
    code, out, _ = run(capsys, "review", "--bank", str(bank_path), "--orphans")
    assert code == 0
    assert "1 orphaned decisions" in out
    assert "final-tf-draw  rejected  (reason: too easy)" in out
    assert "final-tf-draw" in json.loads(sidecar_path(bank_path).read_text())["decisions"]


def test_corrupt_sidecar_is_one_clear_line(
    bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sidecar_path(bank_path).write_text("{")
    for argv in (["bank", "stats"], ["review", "--orphans"]):
        code, out, err = run(capsys, *argv, "--bank", str(bank_path))
        assert code == 1 and out == ""
        assert err.startswith("quiz: error: review sidecar") and "class.review.json" in err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_missing_bank_is_one_clear_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "review", "--bank", str(tmp_path / "nope.json"))
    assert code == 1 and err == f"quiz: error: bank {tmp_path / 'nope.json'}: no such file\n"


@pytest.mark.parametrize("argv", [["review"], ["bank"], ["bank", "stats"]])
def test_every_command_has_help_with_an_example(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, *argv, "--help")
    assert code == 0 and "Example:" in out


def test_python_dash_m_quiz_review_orphans(bank_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QUIZ_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "quiz", "review", "--orphans", "--bank", str(bank_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "no orphans" in result.stdout
