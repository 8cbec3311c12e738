"""Report files: CSV (overview + per-question file), xlsx (a sheet per question), Markdown.

Every text cell of CSV and xlsx passes :func:`quiz.export.cells.safe_cell` (formula-injection
guard), and every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from quiz.atomic import write_bytes, write_text
from quiz.export.cells import safe_cell
from quiz.report.build import QuestionReport, Report

Cell = str | int | float | None
FORMATS = ("csv", "xlsx", "md")
SHEET_MAX = 31


def overview_table(report: Report) -> list[list[Cell]]:
    """Header plus one row per team."""
    numbers = [f"Q{q.number}" for q in report.questions]
    header: list[Cell] = ["Place", "Team", "Correct", "Incorrect", "Score", "Accuracy %", *numbers]
    rows: list[list[Cell]] = [header]
    for r in report.overview:
        accuracy = round(100 * r.accuracy, 1)
        rows.append([r.place, r.team, r.correct, r.incorrect, r.score, accuracy, *r.answers])
    return rows


def question_table(question: QuestionReport) -> list[list[Cell]]:
    """A question's sheet: what was asked, then one row per team, then % correct."""
    rows: list[list[Cell]] = [
        ["Question", question.prompt],
        ["Correct answer", question.correct_answer],
        ["% correct", round(question.percent_correct, 1)],
        [],
        ["Team", "Answer", "Correct", "Time (s)", "Points"],
    ]
    if question.skipped:
        rows[2] = ["% correct", "skipped"]
    for r in question.rows:
        rows.append([r.team, r.answer, "yes" if r.correct else "no", r.seconds, r.points])
    return rows


def long_question_table(report: Report) -> list[list[Cell]]:
    """Every team's answer to every question in one table (the CSV per-question file)."""
    rows: list[list[Cell]] = [[
        "Q", "Question", "Correct answer", "% correct", "Team", "Answer", "Correct",
        "Time (s)", "Points",
    ]]  # fmt: skip
    for q in report.questions:
        head: list[Cell] = [q.number, q.prompt, q.correct_answer, round(q.percent_correct, 1)]
        for r in q.rows:
            rows.append([*head, r.team, r.answer, "yes" if r.correct else "no", r.seconds,
                         r.points])  # fmt: skip
    return rows


def write_report(report: Report, fmt: str, path: Path) -> list[Path]:
    """Write ``report`` as ``fmt`` to ``path``; return every file written."""
    writers: dict[str, Callable[[Report, Path], list[Path]]] = {
        "csv": write_csv, "xlsx": write_xlsx, "md": write_markdown,
    }  # fmt: skip
    return writers[fmt](report, path)


def write_csv(report: Report, path: Path) -> list[Path]:
    """``path`` holds the overview; ``<stem>-questions.csv`` next to it the answers."""
    questions = path.with_name(f"{path.stem}-questions.csv")
    write_text(path, _csv_text(overview_table(report)))
    write_text(questions, _csv_text(long_question_table(report)))
    return [path, questions]


def _csv_text(rows: Sequence[Sequence[Cell]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if c is None else safe_cell(c) if isinstance(c, str) else c
                         for c in row])  # fmt: skip
    return buffer.getvalue()


def sheet_names(report: Report) -> list[str]:
    """``Overview`` then one unique name (at most 31 characters) per question."""
    names = ["Overview"]
    for q in report.questions:
        base = re.sub(r"[\[\]:*?/\\']", "", f"Q{q.number} {q.prompt}")[:SHEET_MAX].strip()
        name, n = base, 2
        while name.casefold() in {x.casefold() for x in names}:
            suffix = f"~{n}"
            name, n = base[: SHEET_MAX - len(suffix)] + suffix, n + 1
        names.append(name)
    return names


def write_xlsx(report: Report, path: Path) -> list[Path]:
    """One overview sheet plus one sheet per question, like a Kahoot report."""
    from openpyxl import Workbook

    workbook = Workbook()
    names = sheet_names(report)
    tables = [overview_table(report), *(question_table(q) for q in report.questions)]
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for name, rows in zip(names, tables, strict=True):
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append([safe_cell(c) if isinstance(c, str) else c for c in row])
        for cell in (c for row in sheet.iter_rows() for c in row):
            if isinstance(cell.value, str):
                cell.data_type = "s"  # never a formula
        sheet.column_dimensions["A"].width = 16
        sheet.column_dimensions["B"].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes(path, buffer.getvalue())
    return [path]


def write_markdown(report: Report, path: Path) -> list[Path]:
    """A readable Markdown report."""
    write_text(path, markdown_text(report))
    return [path]


def markdown_text(report: Report) -> str:
    """The Markdown report's text."""
    status = "finished" if report.finished else "unfinished"
    lines = [
        f"# Classroom session {report.session_id}", "",
        f"Bank `{report.bank}` · mode {report.mode} · started {report.started_at} · {status}",
        "", "## Overview", "", *_md_table(overview_table(report)),
    ]  # fmt: skip
    for q in report.questions:
        lines += ["", f"## Q{q.number}. {_md(q.prompt)}", ""]
        if q.skipped:
            lines.append("Skipped.")
            continue
        lines += [
            f"Correct answer: **{_md(q.correct_answer)}** · {q.percent_correct:.0f}% correct",
            "",
        ]
        lines += _md_table(question_table(q)[4:])
    return "\n".join(lines) + "\n"


def _md_table(rows: Sequence[Sequence[Cell]]) -> list[str]:
    def line(row: Sequence[Cell]) -> str:
        return "| " + " | ".join(_md("" if c is None else str(c)) for c in row) + " |"

    return [line(rows[0]), "|" + "---|" * len(rows[0]), *(line(r) for r in rows[1:])]


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
