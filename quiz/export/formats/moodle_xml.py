"""moodle-xml: Moodle XML, ``<quiz>`` of multichoice, truefalse, shortanswer and numerical.

Text fields are HTML (``format="html"``) escaped for both HTML and XML, so a ``<`` typed in
an article shows as ``<`` in Moodle. Categories come from ``--category``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered
from quiz.export.citation import answer_with_unit, answers, cite, number_text
from quiz.export.xmltext import html_feedback, html_text, sub, to_bytes

MOODLE_TYPES = {
    "multiple_choice": "multichoice",
    "quote_attribution": "multichoice",
    "true_false": "truefalse",
    "fill_blank": "shortanswer",
    "numeric": "numerical",
}


def _text(parent: ET.Element, tag: str, html: str, **attrs: str) -> ET.Element:
    element = sub(parent, tag, format="html", **attrs)
    sub(element, "text", html)
    return element


def _answer(
    parent: ET.Element, fraction: int, text: str, feedback: str, fmt: str = "moodle_auto_format"
) -> ET.Element:
    answer = sub(parent, "answer", fraction=str(fraction), format=fmt)
    sub(answer, "text", text)
    _text(answer, "feedback", html_text(feedback))
    return answer


def _answers(node: ET.Element, question: Question) -> None:
    shown = answer_with_unit(question)
    right, wrong = f"Correct: {shown}.", f"The answer is {shown}."
    if question.type == "true_false":
        for value in ("true", "false"):
            correct = (value == "true") == (question.answer == "True")
            _answer(node, 100 if correct else 0, value, right if correct else wrong)
    elif question.type == "numeric":
        answer = _answer(node, 100, number_text(question), right)
        sub(answer, "tolerance", "0")
    elif question.type == "fill_blank":
        sub(node, "usecase", "0")
        for text in answers(question):
            # Typed answers are compared as plain text, where Moodle reads * as a wildcard.
            _answer(node, 100, text.replace("*", "\\*"), right)
    else:
        for choice in question.choices:
            correct = choice == question.answer
            feedback = right if correct else wrong
            _answer(node, 100 if correct else 0, html_text(choice), feedback, "html")


def question_element(bank: Bank, question: Question) -> ET.Element:
    """One ``<question>`` with name, text, general feedback and answers."""
    node = ET.Element("question", type=MOODLE_TYPES[question.type])
    sub(sub(node, "name"), "text", question.id)
    _text(node, "questiontext", html_text(question.prompt))
    _text(node, "generalfeedback", html_feedback(cite(bank, question)))
    sub(node, "defaultgrade", "1")
    sub(node, "penalty", "0")
    sub(node, "hidden", "0")
    sub(node, "idnumber", question.id)
    if question.type in ("multiple_choice", "quote_attribution"):
        sub(node, "single", "true")
        sub(node, "shuffleanswers", "true")
        sub(node, "answernumbering", "abc")
    _answers(node, question)
    tags = sub(node, "tags")
    for tag in question.tags:
        sub(sub(tags, "tag"), "text", tag)
    return node


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """A category marker, then every question (all types have a Moodle form)."""
    root = ET.Element("quiz")
    category = sub(root, "question", type="category")
    sub(sub(category, "category"), "text", f"$course$/top/{options.category}")
    for question in bank.questions:
        root.append(question_element(bank, question))
    return Rendered(to_bytes(root), [q.id for q in bank.questions])


FORMAT = ExportFormat(
    name="moodle-xml",
    suffix=".xml",
    summary="Moodle XML: multichoice, truefalse, shortanswer, numerical with feedback",
    render=render,
)
