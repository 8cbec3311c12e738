"""Network games (quiz host) are reported and listed like classroom sessions."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from quiz.bank import load_bank
from quiz.bank.io import save_bank
from quiz.game.scoring import score_answer
from quiz.game.session import AnswerRecord
from quiz.store.db import Store
from tests.cli.helpers import run
from tests.unit.export.export_factory import make_bank


@pytest.fixture()
def host_game(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """A finished network game of two choice questions and two students, in a real database."""
    monkeypatch.setenv("QUIZ_HOME", str(tmp_path / "home"))
    bank_path = tmp_path / "bank.json"
    save_bank(make_bank(nasty=False), bank_path)  # not the seeds: their mix of types changes
    questions = [q for q in load_bank(bank_path).questions if q.choices][:2]
    from quiz.paths import database_path

    with Store.open(database_path()) as store:
        rid = store.start_round(["ana", "ben"], bank=str(bank_path), size=2, time_limit=20,
                                mode="host")  # fmt: skip
        for pos, q in enumerate(questions):
            wrong = next(c for c in q.choices if c != q.answer)
            for player, given, t in (("ana", q.answer, 2.0), ("ben", wrong, 5.0)):
                ok = given == q.answer
                score = score_answer(
                    correct=ok, elapsed=t, limit=20, streak_before=pos if ok else 0
                )
                store.record_answer(
                    rid, AnswerRecord(pos, q.id, player, given, ok, t, False, score)
                )
        store.finish_round(rid)
    return rid, [q.prompt for q in questions]


def test_report_of_a_network_game(
    host_game: tuple[int, list[str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rid, prompts = host_game
    out = tmp_path / "game.csv"
    code, _, err = run(capsys, "report", f"h{rid}", "--format", "csv", "-o", str(out))
    assert code == 0, err
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    by_team = {r["Team"]: r for r in rows}
    assert set(by_team) == {"ana", "ben"}
    first = score_answer(correct=True, elapsed=2.0, limit=20, streak_before=0).points
    second = score_answer(correct=True, elapsed=2.0, limit=20, streak_before=1).points
    ana, ben = by_team["ana"], by_team["ben"]
    assert (ana["Place"], ana["Correct"], ana["Incorrect"]) == ("1", "2", "0")
    assert ana["Score"] == str(first + second)
    assert ana["Q1"].endswith("(right)") and ana["Q2"].endswith("(right)")
    assert (ben["Correct"], ben["Score"], ben["Place"]) == ("0", "0", "2")
    questions = (tmp_path / "game-questions.csv").read_text(encoding="utf-8-sig")
    assert all(p[:40] in questions for p in prompts)


def test_latest_report_and_listing_include_network_games(
    host_game: tuple[int, list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rid, _ = host_game
    monkeypatch.chdir(tmp_path)
    code, stdout, _ = run(capsys, "report", "--format", "md")
    assert code == 0 and f"session-h{rid}.md" in stdout
    code, stdout, _ = run(capsys, "sessions")
    assert code == 0 and f"h{rid}" in stdout and "host" in stdout and "ana" in stdout
    code, _, err = run(capsys, "report", "h999")
    assert code == 1 and "no network game 'h999'" in err
