"""Classroom-game exports: kahoot and quizizz (.xlsx via openpyxl), blooket (.csv)."""

from __future__ import annotations

import pytest
from conftest import RenderFn
from export_factory import ASIDE_PROMPT, FORMULA, LONG_PROMPT, SPECIAL
from export_readers import read_blooket, read_kahoot, read_quizizz, xlsx_rows

from quiz.bank.models import Bank
from quiz.errors import QuizError
from quiz.export.citation import answers, cite
from quiz.export.formats.kahoot import LONG_PROMPT as LONG_REASON
from quiz.export.formats.kahoot import TYPED as KAHOOT_TYPED
from quiz.export.textutil import one_line

# --- kahoot --------------------------------------------------------------------------------


def test_kahoot_rows_match_choice_questions_within_limits(bank: Bank, render: RenderFn) -> None:
    rendered = render("kahoot", time_limit=30)
    items = read_kahoot(rendered.data)
    assert len(items) == len(rendered.exported)
    by_id = {q.id: q for q in bank.questions}
    for qid, item in zip(rendered.exported, items, strict=True):
        q = by_id[qid]
        assert len(item.prompt) <= 120 and all(len(c) <= 75 for c in item.choices)
        assert len(item.choices) == len(q.choices)
        assert item.extra["time"] == 30
        correct = q.choices.index(q.answer)
        assert item.answers == [item.choices[correct]]
    exported_and_skipped = rendered.exported + [s.question_id for s in rendered.skipped]
    assert sorted(exported_and_skipped) == sorted(by_id)


def test_kahoot_skips_typed_and_unshortenable_questions_with_reasons(render: RenderFn) -> None:
    skipped = {s.question_id: s.reason for s in render("kahoot").skipped}
    assert skipped == {
        "fill-zurich": KAHOOT_TYPED,
        "num-cost": KAHOOT_TYPED,
        "multiline": KAHOOT_TYPED,
        "negative": KAHOOT_TYPED,
        "long-prompt": LONG_REASON,
    }
    assert len(LONG_PROMPT) > 120


def test_kahoot_shortens_only_when_meaning_survives(render: RenderFn) -> None:
    items = {item.prompt: item for item in read_kahoot(render("kahoot").data)}
    assert len(ASIDE_PROMPT) > 120
    assert "Who chaired the inquiry?" in items  # the parenthetical aside went
    special = items[f"Which text is odd? {SPECIAL}"]  # every special character, Unicode intact
    assert special.choices[0].endswith("…") and len(special.choices[0]) <= 75
    assert special.answers == [special.choices[0]]


def test_kahoot_keeps_formula_text_as_text(render: RenderFn) -> None:
    rows = xlsx_rows(render("kahoot").data)  # the reader fails on any formula cell
    formula_row = next(r for r in rows if r[1] == FORMULA)
    assert formula_row[2:6] == ["+44 20 7946 0000", "@SUM(A1)", "-2+3", "Tabbed"]


def test_kahoot_template_header_and_bad_time(render: RenderFn) -> None:
    rows = xlsx_rows(render("kahoot").data)
    assert rows[1][1] == "Quiz template"
    assert rows[7][6] == "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs"
    with pytest.raises(QuizError, match="must be one of"):
        render("kahoot", time_limit=25)


# --- quizizz -------------------------------------------------------------------------------


def test_quizizz_round_trips_every_question(bank: Bank, render: RenderFn) -> None:
    items = read_quizizz(render("quizizz", time_limit=45).data)
    assert [item.prompt for item in items] == [q.prompt for q in bank.questions]
    for q, item in zip(bank.questions, items, strict=True):
        assert item.extra["time"] == 45
        assert item.feedback == cite(bank, q).text()
        if q.choices:
            assert (item.choices, item.answers) == (q.choices, [q.answer])
        else:
            assert item.answers[: len(answers(q))] == answers(q)
    numeric = items[[q.id for q in bank.questions].index("num-cost")]
    assert numeric.answers == ["1,200", "1200"]


def test_quizizz_header_and_types(render: RenderFn) -> None:
    rows = xlsx_rows(render("quizizz").data)
    assert rows[0] == [
        "Question Text",
        "Question Type",
        "Option 1",
        "Option 2",
        "Option 3",
        "Option 4",
        "Option 5",
        "Correct Answer",
        "Time in seconds",
        "Image Link",
        "Answer explanation",
    ]
    assert {r[1] for r in rows[1:]} == {"Multiple Choice", "Fill-in-the-Blank"}
    assert all(r[8] == 30 for r in rows[1:])


# --- blooket -------------------------------------------------------------------------------


def test_blooket_round_trips_choice_questions(bank: Bank, render: RenderFn) -> None:
    rendered = render("blooket")
    items = read_blooket(rendered.data)
    choice_questions = [q for q in bank.questions if q.choices]
    assert rendered.exported == [q.id for q in choice_questions]
    for q, item in zip(choice_questions, items, strict=True):
        assert item.prompt == one_line(q.prompt)
        assert item.choices == [one_line(c) for c in q.choices]
        assert item.answers == [one_line(q.answer)]
        assert item.extra["time"] == "20"
    assert {s.question_id for s in rendered.skipped} == {
        q.id for q in bank.questions if not q.choices
    }


def test_blooket_guards_formula_cells(render: RenderFn) -> None:
    text = render("blooket").data.decode("utf-8")
    quoted = '"' + "'" + FORMULA.replace('"', '""') + '"'
    assert quoted in text
    assert ",'@SUM(A1)," in text
