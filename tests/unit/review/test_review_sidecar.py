"""The sidecar file: naming, round trip, deterministic atomic writes, clear corruption errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from quiz.bank.review import (
    CorruptSidecarError,
    Decision,
    QuestionFields,
    ReviewFile,
    backup_corrupt,
    dump_review,
    load_review,
    save_review,
    sidecar_path,
)
from quiz.errors import QuizError


def test_sidecar_sits_next_to_the_bank() -> None:
    assert sidecar_path("questions/seeds.json") == Path("questions/seeds.review.json")


def test_missing_sidecar_reads_as_empty(tmp_path: Path) -> None:
    assert load_review(tmp_path / "none.review.json").decisions == {}


def _sample() -> ReviewFile:
    return ReviewFile(
        bank="class.json",
        decisions={
            "b": Decision(status="rejected", reason="too easy"),
            "a": Decision(
                status="approved",
                edit=QuestionFields(prompt="New?"),
                original=QuestionFields(prompt="Old?"),
                updated=dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC),
            ),
        },
    )


def test_round_trip_is_lossless_sorted_and_has_no_temp_files(tmp_path: Path) -> None:
    path = tmp_path / "class.review.json"
    save_review(_sample(), path)
    assert load_review(path) == _sample()
    raw = json.loads(path.read_text())
    assert raw["schema_version"] == 1
    assert list(raw["decisions"]) == ["a", "b"]
    assert "edit" not in raw["decisions"]["b"]
    assert [p.name for p in tmp_path.iterdir()] == ["class.review.json"]


def test_dump_is_deterministic() -> None:
    assert dump_review(_sample()) == dump_review(_sample())


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "expected a JSON object"),
        ('{"schema_version": 9, "decisions": {}}', "unsupported schema_version 9"),
        ('{"schema_version": 1, "decisions": {"q": {"status": "maybe"}}}', "decisions.q.status"),
        (
            '{"schema_version": 1, "decisions": {"q": {"status": "approved", "reason": "x"}}}',
            "reason is only kept for rejected",
        ),
    ],
)
def test_corrupt_sidecar_names_the_file_and_the_way_out(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "class.review.json"
    path.write_text(content)
    with pytest.raises(CorruptSidecarError) as info:
        load_review(path)
    message = str(info.value)
    assert isinstance(info.value, QuizError)
    assert str(path) in message and expected in message
    assert "quiz review" in message and "\n" not in message


def test_backup_corrupt_moves_the_file_aside_without_overwriting(tmp_path: Path) -> None:
    path = tmp_path / "class.review.json"
    path.write_text("first")
    assert backup_corrupt(path).name == "class.review.json.corrupt"
    path.write_text("second")
    second = backup_corrupt(path)
    assert second.name == "class.review.json.corrupt2"
    assert second.read_text() == "second" and not path.exists()
