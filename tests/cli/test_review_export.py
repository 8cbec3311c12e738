"""Curated in review, exported by `quiz export`: rejected left out, edits kept, --approved-only."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "unit" / "review"))

from review_factory import write_bank

from quiz.bank import load_bank
from quiz.bank.curation import editable_values
from quiz.tui.review.session import ReviewSession
from tests.cli.helpers import run


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    """A bank reviewed the way the browser does it: two approved, one rejected, one edited."""
    path = write_bank(tmp_path / "class.json")
    session = ReviewSession.open(path)
    session.approve("final-mc-scorer")
    session.approve("budget-num-total")
    session.reject("budget-tf-hale", "ambiguous")
    fields = editable_values(session.row("budget-num-total").generated)
    session.edit("budget-num-total", fields.model_copy(update={"prompt": "Budget in £m?"}))
    return path


def test_export_leaves_out_rejected_and_keeps_edits(
    curated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "class.csv"
    code, _, err = run(capsys, "export", "-f", "csv", "--bank", str(curated), "-o", str(out))
    assert code == 0, err
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert len(rows) == 8 and "budget-tf-hale" not in rows
    assert rows["budget-num-total"]["prompt"] == "Budget in £m?"


def test_export_approved_only(
    curated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "approved.json"
    argv = ["export", "-f", "json", "--bank", str(curated), "-o", str(out), "--approved-only"]
    code, _, err = run(capsys, *argv)
    assert code == 0, err
    exported = load_bank(out)
    assert [q.id for q in exported.questions] == ["final-mc-scorer", "budget-num-total"]
    assert exported.questions[1].prompt == "Budget in £m?"
