"""markdown: a printable quiz, numbered questions with their choices, then an answer key."""

from __future__ import annotations

import re

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered
from quiz.export.citation import answer_with_unit, answers, cite
from quiz.export.textutil import one_line

# Characters with an inline meaning in CommonMark or GitHub Markdown (emphasis, code, links,
# HTML, entities, tables, strikethrough); a backslash makes each literal. Others stay readable.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
# What would open a block (heading, list, quote, rule) when text starts a line.
_BLOCK_START = re.compile(r"^([#+\-=>]|\d+(?=[.)]))")
LETTERS = "ABCD"


def md(text: str) -> str:
    """Text on one line, escaped so Markdown shows it literally (printable source too)."""
    escaped = _INLINE.sub(r"\\\1", one_line(text))
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" if m.group(1)[0].isdigit() else
                            "\\" + m.group(1), escaped)  # fmt: skip


def question_block(number: int, question: Question) -> list[str]:
    """The question as printed: number, prompt, lettered choices or a blank line to fill."""
    lines = [f"**{number}.** {md(question.prompt)}", ""]
    if question.choices:
        lines += [f"- {LETTERS[i]}) {md(choice)}" for i, choice in enumerate(question.choices)]
    else:
        unit = f" {md(question.unit)}" if question.unit else ""
        lines.append(f"Answer: __________{unit}")
    return [*lines, ""]


def key_block(number: int, bank: Bank, question: Question) -> list[str]:
    """The answer-key entry: key, explanation, quote and source."""
    if question.choices:
        key = f"{LETTERS[question.choices.index(question.answer)]}) {md(question.answer)}"
    else:
        key = md(answer_with_unit(question))
        others = answers(question)[1:]
        if others:
            key += " (also accepted: " + ", ".join(md(a) for a in others) + ")"
    citation = cite(bank, question)
    return [
        f"**{number}. {key}**",
        "",
        md(citation.explanation),
        "",
        f"> “{md(citation.quote)}”",
        "",
        f"*{md(citation.source_line())}*",
        "",
    ]


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """The quiz followed by its answer key."""
    lines = [f"# {md(options.title)}", "", "## Questions", ""]
    for number, question in enumerate(bank.questions, 1):
        lines += question_block(number, question)
    lines += ["## Answer key", ""]
    for number, question in enumerate(bank.questions, 1):
        lines += key_block(number, bank, question)
    text = "\n".join(lines).rstrip("\n") + "\n"
    return Rendered(text.encode("utf-8"), [q.id for q in bank.questions])


FORMAT = ExportFormat(
    name="markdown",
    suffix=".md",
    summary="a printable quiz: numbered questions with choices, then an answer key with sources",
    render=render,
)
