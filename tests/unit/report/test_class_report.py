"""Session reports: numbers, and CSV/xlsx/Markdown files read back with real readers."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from quiz.classroom import ClassSession
from quiz.game import ManualClock
from quiz.report import build_report, write_report
from quiz.report.build import Report
from quiz.report.writers import sheet_names
from tests.unit.classroom.factory import choice_questions, make_config


def played() -> ClassSession:
    """Red right twice, =Evil right then wrong, Blue no answer then right; Q3 skipped."""
    questions = choice_questions()
    questions[1] = questions[1].model_copy(update={"prompt": "=1+1 The probe takes a year?"})
    clock = ManualClock()
    config = make_config(teams=("Red", "=Evil", "Blue"), questions=tuple(questions))
    session = ClassSession(config, clock=clock)
    session.ask_next()
    clock.advance(2.5)
    session.record("Red", "Antonio Rüdiger")
    session.close()
    session.record("=Evil", "Antonio Rüdiger")
    session.reveal()
    session.next_question()
    session.record("Red", "False")
    session.record("=Evil", "True")
    session.record("Blue", "False")
    session.reveal()
    session.next_question()
    session.skip()
    session.next_question()
    session.finish()
    return session


def report() -> Report:
    return build_report(played(), session_id=7, started_at="2026-11-22T09:00")


def test_overview_numbers() -> None:
    rows = {r.team: r for r in report().overview}
    assert (rows["Red"].place, rows["Red"].score, rows["Red"].correct) == (1, 2100, 2)
    assert rows["Red"].answers == ("A (right)", "B (right)", "")
    assert (rows["=Evil"].correct, rows["=Evil"].incorrect, rows["=Evil"].score) == (1, 1, 1000)
    assert rows["Blue"].answers == ("none", "B (right)", "")
    assert rows["Blue"].accuracy == 0.5


def test_question_numbers() -> None:
    first, second, third = report().questions
    assert first.correct_answer == "A: Antonio Rüdiger"
    assert [(r.team, r.seconds, r.points) for r in first.rows] == [
        ("Red", 2.5, 1000), ("=Evil", None, 1000), ("Blue", None, 0)]  # fmt: skip
    assert first.percent_correct == pytest.approx(200 / 3)
    assert second.rows[1].answer == "A: True" and second.percent_correct == pytest.approx(200 / 3)
    assert third.skipped and third.rows == ()


def test_csv_read_back_with_injection_guard(tmp_path: Path) -> None:
    written = write_report(report(), "csv", tmp_path / "class.csv")
    assert [p.name for p in written] == ["class.csv", "class-questions.csv"]
    with written[0].open(newline="", encoding="utf-8") as handle:
        overview = list(csv.reader(handle))
    assert overview[0][:6] == ["Place", "Team", "Correct", "Incorrect", "Score", "Accuracy %"]
    assert overview[2] == ["2", "'=Evil", "1", "1", "1000", "50.0", "A (right)", "A (wrong)", ""]
    with written[1].open(newline="", encoding="utf-8") as handle:
        answers = list(csv.DictReader(handle))
    assert len(answers) == 6 and answers[3]["Question"].startswith("'=1+1")
    assert {(a["Q"], a["Team"], a["Points"]) for a in answers} >= {("2", "Blue", "1000")}


def test_xlsx_read_back(tmp_path: Path) -> None:
    path = tmp_path / "class.xlsx"
    write_report(report(), "xlsx", path)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "Overview" and len(book.sheetnames) == 4
    assert all(len(name) <= 31 for name in book.sheetnames)
    overview = [list(r) for r in book["Overview"].iter_rows(values_only=True)]
    assert overview[1][:6] == [1, "Red", 2, 0, 2100, 100]
    assert overview[2][1] == "'=Evil"
    second = [trim(r) for r in book[book.sheetnames[2]].iter_rows(values_only=True)]
    assert second[0] == ["Question", "'=1+1 The probe takes a year?"]
    assert second[1] == ["Correct answer", "B: False"]
    assert second[4:] == [
        ["Team", "Answer", "Correct", "Time (s)", "Points"],
        ["Red", "B: False", "yes", 0, 1100],
        ["'=Evil", "A: True", "no", 0, 0],
        ["Blue", "B: False", "yes", 0, 1000],
    ]


def trim(row: tuple[object, ...]) -> list[object]:
    """A sheet row without the empty cells openpyxl pads it with."""
    values = list(row)
    while values and values[-1] is None:
        values.pop()
    return values


def test_markdown(tmp_path: Path) -> None:
    path = tmp_path / "class.md"
    write_report(report(), "md", path)
    text = path.read_text(encoding="utf-8")
    assert "| 1 | Red | 2 | 0 | 2100 | 100.0 | A (right) | B (right) |  |" in text
    assert "## Q3." in text and "Skipped." in text


def test_sheet_names_are_unique_and_short() -> None:
    base = report()
    same = base.questions[0]
    clash = Report(1, "b", "teacher", "", True, (), (same, same, same))
    names = sheet_names(clash)
    assert len(set(names)) == 4 and all(len(n) <= 31 for n in names)
    assert sheet_names(base)[1].startswith("Q1 Who scored")
