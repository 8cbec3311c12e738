"""json, csv, markdown and gift exports read back by independent readers."""

from __future__ import annotations

import json

from conftest import RenderFn
from export_factory import FORMULA
from export_readers import read_csv, read_gift, read_markdown

from quiz.bank.io import load_bank
from quiz.bank.models import Bank
from quiz.export.citation import cite, number_text
from quiz.export.formats.gift import escape
from quiz.export.textutil import one_line

# --- json ----------------------------------------------------------------------------------


def test_json_is_the_bank_itself(tmp_path, bank: Bank, render: RenderFn) -> None:
    path = tmp_path / "bank.json"
    path.write_bytes(render("json").data)
    assert load_bank(path) == bank
    assert json.loads(path.read_text("utf-8"))["schema_version"] == 1
    assert "Tom’s “café” – naïve" in path.read_text("utf-8")  # Unicode as text, not \u escapes


# --- csv -----------------------------------------------------------------------------------


def test_csv_round_trips_every_question_and_field(bank: Bank, render: RenderFn) -> None:
    items = {item.key: item for item in read_csv(render("csv").data)}
    assert list(items) == [q.id for q in bank.questions]
    for q in bank.questions:
        item, citation = items[q.id], cite(bank, q)
        assert (item.prompt, item.choices, item.answers) == (q.prompt, q.choices, [q.answer])
        row = item.extra
        assert (row["type"], row["difficulty"], row["tags"]) == (
            q.type,
            q.difficulty,
            "; ".join(q.tags),
        )
        assert (row["explanation"], row["quote"]) == (q.explanation, citation.quote)
        assert (row["article_title"], row["date"]) == (citation.title, citation.date)
        assert row["accepted_answers"] == "; ".join(q.accepted_answers)
        assert row["unit"] == (q.unit or "")


def test_csv_header_and_rfc4180_layout(render: RenderFn) -> None:
    data = render("csv").data
    header = data[3:].split(b"\r\n", 1)[0].decode()
    assert header == (
        "id,type,prompt,choice_1,choice_2,choice_3,choice_4,answer,explanation,"
        "quote,article_title,date,difficulty,tags,accepted_answers,unit"
    )
    assert b'"Line one.\nLine ____ \xe2\x80\x93 with a dash."' in data  # newline kept in quotes
    assert b'""d""' in data  # doubled quote


def test_csv_neutralises_formula_looking_cells(render: RenderFn) -> None:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(render("csv").data.decode("utf-8-sig"), newline="")))
    formula = next(r for r in rows if r[0] == "formula")
    assert formula[2] == "'" + FORMULA
    assert formula[3:7] == ["'+44 20 7946 0000", "'@SUM(A1)", "'-2+3", "'\tTabbed"]
    assert formula[8] == "'=2+5 is not a formula here"
    negative = next(r for r in rows if r[0] == "negative")
    assert negative[7] == "'-3.5"
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


# --- markdown ------------------------------------------------------------------------------


def test_markdown_renders_every_text_literally(bank: Bank, render: RenderFn) -> None:
    texts = read_markdown(render("markdown").data)
    questions = texts.index("Questions")
    key = texts.index("Answer key")
    body, answer_key = texts[questions:key], texts[key:]
    for number, q in enumerate(bank.questions, 1):
        assert f"{number}. {one_line(q.prompt)}" in body
        for letter, choice in zip("ABCD", q.choices, strict=False):
            assert f"{letter}) {one_line(choice)}" in body
        citation = cite(bank, q)
        assert f"“{one_line(citation.quote)}”" in answer_key
        assert one_line(citation.source_line()) in answer_key
        assert one_line(q.explanation) in answer_key


def test_markdown_answer_key_gives_letters_units_and_alternatives(render: RenderFn) -> None:
    key = read_markdown(render("markdown").data)
    assert "1. B) The council" in key
    assert "3. Zürich (also accepted: Zurich, Zuerich)" in key
    assert "4. 1,200 million pounds" in key


# --- gift ----------------------------------------------------------------------------------


def test_gift_escape_covers_every_special_character() -> None:
    assert escape("~=#{}:\\") == "\\~\\=\\#\\{\\}\\:\\\\"
    assert escape("a\nb\r\nc") == "a\\nb\\nc"


def test_gift_parses_with_gift_pegjs_and_keeps_every_field(
    node: str, bank: Bank, render: RenderFn
) -> None:
    data = render("gift", category="News/Week “1”").data
    items = {item.key: item for item in read_gift(data, node)}
    assert list(items) == [q.id for q in bank.questions]
    kinds = {
        "multiple_choice": "MC",
        "quote_attribution": "MC",
        "true_false": "TF",
        "fill_blank": "Short",
        "numeric": "Numerical",
    }
    for q in bank.questions:
        item = items[q.id]
        assert item.extra["type"] == kinds[q.type]
        assert (item.extra["id"], item.extra["tags"]) == (q.id, q.tags)
        assert item.prompt == q.prompt
        assert item.feedback == cite(bank, q).text()
        if q.type in ("multiple_choice", "quote_attribution"):
            assert item.choices == [c.strip() for c in q.choices]
            assert item.answers == [q.answer]
        elif q.type == "numeric":
            assert item.answers == [number_text(q)]
        elif q.type == "true_false":
            assert item.answers == [q.answer]
        else:
            assert item.answers == [q.answer, *[a for a in q.accepted_answers if a != "Two"]]


def test_gift_numeric_is_exact_and_answers_carry_feedback(node: str, render: RenderFn) -> None:
    from export_readers import parse_gift

    questions = parse_gift(render("gift", category="News/Week “1”").data, node)
    parsed = {q["title"]: q for q in questions if q["type"] != "Category"}
    number = parsed["num-cost"]["choices"][0]
    assert number["text"] == {"type": "range", "number": 1200, "range": 0}
    assert number["feedback"]["text"] == "Correct: 1,200 million pounds."
    wrong = parsed["mc-bridge"]["choices"][0]
    assert (wrong["isCorrect"], wrong["feedback"]["text"]) == (False, "The answer is The council.")
    assert questions[0] == {"type": "Category", "title": "News/Week “1”"}


def test_markdown_source_stays_readable_when_printed_as_is(render: RenderFn) -> None:
    source = render("markdown", title="Week 1").data.decode()
    assert source.startswith("# Week 1\n\n## Questions\n\n**1.** Who approved the new bridge?\n")
    assert "- B) The council\n" in source
    assert "Answer: __________ million pounds\n" in source
    assert "*Source: “Bridge “approved” – at last”, 2024-05-07*" in source
    assert "a\\<b\\>\\&amp; c" in source  # only characters Markdown would act on are escaped
