"""quizizz: an .xlsx in Quizizz (Wayground)'s spreadsheet-import template.

Choice questions become "Multiple Choice" (correct answer = option number); typed ones become
"Fill-in-the-Blank" with the accepted answers as the options. The "Answer explanation" column
carries the explanation, the quote and the source.
"""

from __future__ import annotations

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered
from quiz.export.citation import answers, cite, number_text
from quiz.export.xlsx import Cell, workbook_bytes

HEADER: list[Cell] = [
    "Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4",
    "Option 5", "Correct Answer", "Time in seconds", "Image Link", "Answer explanation",
]  # fmt: skip
TIME_LIMITS = (5, 10, 20, 30, 45, 60, 90, 120, 180, 300, 600, 900)
MAX_OPTIONS = 5


def typed_options(question: Question) -> list[str]:
    """Accepted answers for a fill-in-the-blank row (numbers also in plain form), at most 5."""
    options = answers(question)
    if question.type == "numeric" and number_text(question) not in options:
        options.append(number_text(question))
    return options[:MAX_OPTIONS]


def quizizz_row(bank: Bank, question: Question, seconds: int) -> list[Cell]:
    """One template row."""
    if question.choices:
        kind, options = "Multiple Choice", list(question.choices)
        correct: Cell = question.choices.index(question.answer) + 1
    else:
        kind, options, correct = "Fill-in-the-Blank", typed_options(question), None
    padded: list[Cell] = [*options, *[None] * (MAX_OPTIONS - len(options))]
    explanation = cite(bank, question).text()
    return [question.prompt, kind, *padded, correct, seconds, None, explanation]


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """Header row, then one row per question (every type has a Quizizz form)."""
    seconds = FORMAT.time_for(options)
    rows = [HEADER, *(quizizz_row(bank, q, seconds) for q in bank.questions)]
    data = workbook_bytes(rows, widths=(60, 18, 25, 25, 25, 25, 25, 15, 15, 15, 80))
    return Rendered(data, [q.id for q in bank.questions])


FORMAT = ExportFormat(
    name="quizizz",
    suffix=".xlsx",
    summary="Quizizz/Wayground spreadsheet import (.xlsx): multiple choice and fill-in-the-blank",
    render=render,
    time_limits=TIME_LIMITS,
    default_time=30,
)
