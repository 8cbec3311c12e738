"""kahoot: an .xlsx in Kahoot!'s spreadsheet-import template (quiz questions only).

Kahoot's limits: question ≤ 120 characters, answers ≤ 75, time limit one of 5, 10, 20, 30, 60,
90, 120 or 240 seconds, correct answers as 1-based numbers. Typed questions are skipped; text
too long is shortened only when its meaning survives (:mod:`quiz.export.shorten`), otherwise
the question is skipped and reported.
"""

from __future__ import annotations

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered, Skip
from quiz.export.shorten import fit_choices, fit_text
from quiz.export.xlsx import Cell, workbook_bytes

QUESTION_LIMIT = 120
ANSWER_LIMIT = 75
TIME_LIMITS = (5, 10, 20, 30, 60, 90, 120, 240)
HEADER_ROW = 8
HEADER: list[Cell] = [
    None,
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
INSTRUCTIONS = (
    "Add questions, at least two answer alternatives, time limit and choose correct answers. "
    "Exported by quiz."
)
#: Rows 1-7 of the template: its title and instructions above the header.
INTRO: list[list[Cell]] = [[], [None, "Quiz template"], [None, INSTRUCTIONS], [], [], [], []]

TYPED = "typed answer: Kahoot quizzes only take choices"
LONG_PROMPT = f"question over {QUESTION_LIMIT} characters and cannot be shortened safely"
LONG_ANSWER = f"answer over {ANSWER_LIMIT} characters and cannot be shortened safely"


def kahoot_row(question: Question) -> tuple[list[Cell] | None, str | None]:
    """The template cells of one question (no number, no time), or the reason it cannot fit."""
    if not question.choices:
        return None, TYPED
    prompt = fit_text(question.prompt, QUESTION_LIMIT)
    if prompt is None:
        return None, LONG_PROMPT
    choices = fit_choices(question.choices, ANSWER_LIMIT)
    if choices is None:
        return None, LONG_ANSWER
    correct = question.choices.index(question.answer) + 1
    padded: list[Cell] = [*choices, *[None] * (4 - len(choices))]
    return [prompt, *padded, correct], None


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """The template sheet: intro rows, header on row 8, one numbered row per question."""
    seconds = FORMAT.time_for(options)
    rows: list[list[Cell]] = [*INTRO, HEADER]
    exported: list[str] = []
    skipped: list[Skip] = []
    for question in bank.questions:
        cells, reason = kahoot_row(question)
        if cells is None:
            skipped.append(Skip(question.id, reason or "cannot be expressed"))
            continue
        exported.append(question.id)
        rows.append([len(exported), *cells[:5], seconds, cells[5]])
    data = workbook_bytes(rows, widths=(4, 60, 30, 30, 30, 30, 18, 18))
    return Rendered(data, exported, skipped)


FORMAT = ExportFormat(
    name="kahoot",
    suffix=".xlsx",
    summary="Kahoot! spreadsheet (.xlsx): multiple choice and true/false within 120/75 characters",
    render=render,
    time_limits=TIME_LIMITS,
    default_time=20,
)
