"""blooket: a .csv in Blooket's import template (choice questions only).

Row 1 is the template's title cell, row 2 its header; then one row per question with up to
four answers, the time limit and the correct answer number(s). Cells are formula-safe.
"""

from __future__ import annotations

import csv
import io

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered, partition
from quiz.export.cells import safe_cell
from quiz.export.textutil import one_line

TITLE = "Blooket\nImport Template"
HEADER = [
    "Question #", "Question Text", "Answer 1", "Answer 2", "Answer 3\n(Optional)",
    "Answer 4\n(Optional)", "Time Limit (sec)\n(Max: 300 seconds)",
    "Correct Answer(s)\n(Only include Answer #)",
]  # fmt: skip
TIME_LIMITS = (5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300)
TYPED = "typed answer: Blooket's template only takes choices"


def check(question: Question) -> str | None:
    """Why Blooket's template cannot hold ``question`` (None: it can)."""
    return None if question.choices else TYPED


def blooket_row(number: int, question: Question, seconds: int) -> list[str]:
    """One template row."""
    choices = [one_line(c) for c in question.choices] + [""] * (4 - len(question.choices))
    correct = question.choices.index(question.answer) + 1
    return [str(number), one_line(question.prompt), *choices, str(seconds), str(correct)]


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """Title row, header row, then the choice questions; typed ones are skipped."""
    seconds = FORMAT.time_for(options)
    kept, skipped = partition(bank.questions, check)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([TITLE] + [""] * (len(HEADER) - 1))
    writer.writerow(HEADER)
    for number, question in enumerate(kept, 1):
        writer.writerow([safe_cell(cell) for cell in blooket_row(number, question, seconds)])
    return Rendered(buffer.getvalue().encode("utf-8"), [q.id for q in kept], skipped)


FORMAT = ExportFormat(
    name="blooket",
    suffix=".csv",
    summary="Blooket import template (.csv): multiple choice and true/false, formula-safe",
    render=render,
    time_limits=TIME_LIMITS,
    default_time=20,
)
