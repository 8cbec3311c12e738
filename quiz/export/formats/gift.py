"""gift: Moodle's GIFT text format, with per-answer (#) and general (####) feedback.

``~ = # { } :`` and backslash are escaped with a backslash and newlines are written as ``\\n``,
so any text survives. Categories come from ``--category``.
"""

from __future__ import annotations

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered
from quiz.export.citation import answer_with_unit, answers, cite, number_text

_ESCAPES = {"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:"}


def escape(text: str) -> str:
    """Escape GIFT's special characters and turn line breaks into ``\\n``."""
    text = "".join(_ESCAPES.get(ch, ch) for ch in text)
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def _choices(question: Question, right: str, wrong: str) -> list[str]:
    lines = []
    for choice in question.choices:
        if choice == question.answer:
            lines.append(f"={escape(choice)}#{escape(right)}")
        else:
            lines.append(f"~{escape(choice)}#{escape(wrong)}")
    return lines


def answer_lines(question: Question, right: str, wrong: str) -> list[str]:
    """The lines between the braces, before the general feedback."""
    if question.type == "true_false":
        # Readers disagree on which of the two feedbacks is "wrong" and which "right", so
        # both state the key.
        key = "T" if question.answer == "True" else "F"
        return [f"{key}#{escape(wrong)}#{escape(wrong)}"]
    if question.type == "numeric":
        return [f"={number_text(question)}:0#{escape(right)}"]
    if question.type == "fill_blank":
        return [f"={escape(text)}#{escape(right)}" for text in answers(question)]
    return _choices(question, right, wrong)


def question_text(bank: Bank, question: Question) -> str:
    """One question in GIFT, ending with a blank line."""
    feedback = cite(bank, question).text()
    shown = answer_with_unit(question)
    right, wrong = f"Correct: {shown}.", f"The answer is {shown}."
    body = "\n".join(f"\t{line}" for line in answer_lines(question, right, wrong))
    opening = "{#" if question.type == "numeric" else "{"
    return (
        f"// {question.type}, {question.difficulty}\n"
        f"// {meta_comment(question)}\n"
        f"::{escape(question.id)}::{escape(question.prompt)} {opening}\n{body}\n"
        f"\t####{escape(feedback)}\n}}\n"
    )


def meta_comment(question: Question) -> str:
    """Moodle's ``[id:...]`` and ``[tag:...]`` markers (no ``]`` or line breaks inside)."""
    clean = [" ".join(t.replace("]", "").split()) for t in [question.id, *question.tags]]
    return " ".join([f"[id:{clean[0]}]", *(f"[tag:{t}]" for t in clean[1:] if t)])


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """Every question type has a GIFT form, so nothing is skipped."""
    parts = [f"$CATEGORY: {escape_category(options.category)}\n"]
    parts += [question_text(bank, question) for question in bank.questions]
    return Rendered("\n".join(parts).encode("utf-8"), [q.id for q in bank.questions])


def escape_category(category: str) -> str:
    """A category path on one line (``/`` separates levels, as Moodle expects)."""
    return " ".join(category.split())


FORMAT = ExportFormat(
    name="gift",
    suffix=".gift",
    summary="Moodle GIFT text: multiple choice, true/false, short answer, numerical, feedback",
    render=render,
)
