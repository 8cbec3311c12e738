"""The bank contract: shapes per type and the grounding invariant."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from quiz.bank import Bank, dump_bank, load_bank, save_bank
from quiz.errors import QuizError

TEXT = "Antonio Rudiger scored a header in the 115th minute. Madrid won 5-4 on aggregate."


def bank_dict(**question: Any) -> dict[str, Any]:
    q = {
        "id": "q1",
        "type": "multiple_choice",
        "prompt": "Who scored a header?",
        "choices": ["Antonio Rudiger", "Jude Bellingham", "Endrick", "David Alaba"],
        "answer": "Antonio Rudiger",
        "explanation": "Because.",
        "difficulty": "easy",
        "sources": [{"article_id": "a1", "quote": TEXT[:52], "start": 0, "end": 52}],
    }
    q.update(question)
    return {
        "schema_version": 1,
        "generator": {"version": "0"},
        "articles": [{"id": "a1", "title": "T", "source_path": "x.txt", "text": TEXT}],
        "questions": [q],
    }


def test_valid_bank_round_trips(tmp_path: Any) -> None:
    bank = Bank.model_validate(bank_dict())
    path = tmp_path / "b.json"
    save_bank(bank, path)
    assert load_bank(path) == bank
    assert dump_bank(load_bank(path)) == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            {"sources": [{"article_id": "a1", "quote": "Rudiger", "start": 0, "end": 7}]},
            "quote does not match",
        ),
        (
            {"sources": [{"article_id": "zz", "quote": "Antonio", "start": 0, "end": 7}]},
            "unknown article",
        ),
        ({"sources": []}, "at least 1"),
        ({"answer": "Vinicius"}, "not one of the choices"),
        ({"choices": ["A", "B", "C"], "answer": "A"}, "needs 4 choices"),
        ({"choices": ["A", "a", "C", "D"], "answer": "A"}, "unique"),
        ({"type": "true_false", "choices": ["Yes", "No"], "answer": "Yes"}, "true_false"),
        ({"type": "fill_blank", "answer": "Antonio Rudiger"}, "take no choices"),
        ({"type": "numeric", "choices": [], "answer": "many"}, "not a number"),
        ({"difficulty": "trivial"}, "difficulty"),
    ],
)
def test_invalid_questions_are_refused(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Bank.model_validate(bank_dict(**change))


def test_duplicate_ids_refused() -> None:
    data = bank_dict()
    data["questions"].append(dict(data["questions"][0]))
    with pytest.raises(ValidationError, match="duplicate question id"):
        Bank.model_validate(data)


def test_future_schema_version_gets_clear_error(tmp_path: Any) -> None:
    import json

    data = bank_dict()
    data["schema_version"] = 2
    path = tmp_path / "future.json"
    path.write_text(json.dumps(data))
    with pytest.raises(QuizError, match="unsupported schema_version 2; this quiz reads version 1"):
        load_bank(path)


def test_interrupted_save_keeps_previous_bank(tmp_path: Any, monkeypatch: Any) -> None:
    bank = Bank.model_validate(bank_dict())
    path = tmp_path / "b.json"
    save_bank(bank, path)
    before = path.read_bytes()

    def boom(*_: Any, **__: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(KeyboardInterrupt):
        save_bank(bank.model_copy(update={"questions": []}), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b.json"]
