import sqlite3
from pathlib import Path

import pytest

from quiz.errors import QuizError
from quiz.game import GameSession, ManualClock
from quiz.game.sample import sample_questions
from quiz.store import SCHEMA_VERSION, Store, current_version


def play_round(store: Store, player: str, answers: list[str], finish: bool = True) -> int:
    questions = sample_questions()[: len(answers)]
    clock = ManualClock()
    round_id = store.start_round([player], bank="sample", size=len(questions), time_limit=20)
    session = GameSession(questions, clock=clock, players=[player], time_limit=20)
    session.subscribe(store.recorder(round_id))
    session.start_question()
    for i, given in enumerate(answers):
        clock.advance(2)
        session.answer(given)
        if i < len(answers) - 1 or finish:
            session.advance()
    return round_id


RIGHT = ["Antonio Rüdiger", "False", "Rudiger"]


def test_schema_is_versioned_and_wal(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.db"):
        pass
    conn = sqlite3.connect(tmp_path / "q.db")
    assert current_version(conn) == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"players", "rounds", "answers", "round_players"} <= tables


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.db") as store:
        play_round(store, "ana", RIGHT)
    with Store.open(tmp_path / "q.db") as store:
        assert len(store.high_scores()) == 1


def test_answers_high_scores_history_and_personal_best(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.db") as store:
        first = play_round(store, "ana", RIGHT)
        second = play_round(store, "Ana", ["Kai Havertz", "False", "Rudiger"])
        play_round(store, "bo", ["Kai Havertz"], finish=False)
        answers = store.round_answers(first)
        assert [a.points for a in answers] == [950, 1050, 1150]
        assert [a.correct for a in store.round_answers(second)] == [False, True, True]
        table = store.high_scores()
        assert [(row.player, row.score) for row in table] == [("ana", 3150), ("ana", 2000)]
        assert table[0].best_streak == 3 and table[0].correct == 3
        history = store.history("bo")
        assert len(history) == 1 and not history[0].finished and history[0].answered == 1
        assert store.personal_best("ana") == 3150
        assert store.personal_best("ana", before_round=first) is None
        assert store.seen_questions("ana") == {"fb-mc", "sp-tf", "fb-fill"}
        assert store.seen_questions("nobody") == set()


def test_corrupt_database_is_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(QuizError, match="database"):
        Store.open(path)


def test_database_from_newer_quiz_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(QuizError, match="newer"):
        Store.open(path)
