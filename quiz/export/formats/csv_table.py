"""csv: one row per question, RFC 4180 quoting, UTF-8 with BOM for Excel, formula-safe cells."""

from __future__ import annotations

import csv
import io

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered
from quiz.export.cells import safe_cell
from quiz.export.citation import cite

HEADER = [
    "id", "type", "prompt", "choice_1", "choice_2", "choice_3", "choice_4", "answer",
    "explanation", "quote", "article_title", "date", "difficulty", "tags",
    "accepted_answers", "unit",
]  # fmt: skip
#: Separator inside the tags and accepted_answers cells.
LIST_SEPARATOR = "; "


def row(bank: Bank, question: Question) -> list[str]:
    """The CSV row of one question, before the formula guard."""
    citation = cite(bank, question)
    choices = [*question.choices, "", "", "", ""][:4]
    return [
        question.id, question.type, question.prompt, *choices, question.answer,
        question.explanation, citation.quote, citation.title, citation.date,
        question.difficulty, LIST_SEPARATOR.join(question.tags),
        LIST_SEPARATOR.join(question.accepted_answers), question.unit or "",
    ]  # fmt: skip


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """Write the table; every cell goes through :func:`safe_cell`."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(HEADER)
    for question in bank.questions:
        writer.writerow([safe_cell(cell) for cell in row(bank, question)])
    data = "\ufeff" + buffer.getvalue()
    return Rendered(data.encode("utf-8"), [q.id for q in bank.questions])


FORMAT = ExportFormat(
    name="csv",
    suffix=".csv",
    summary="one row per question (UTF-8 with BOM, RFC 4180, formula-safe) for Excel/Sheets",
    render=render,
)
