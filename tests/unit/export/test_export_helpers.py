"""Shared export pieces: formula guard, filters, citations, shortening, registry, zips."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from export_factory import make_bank

from quiz.bank.models import Bank
from quiz.errors import QuizError
from quiz.export import registry
from quiz.export.base import ExportOptions, Skip
from quiz.export.cells import safe_cell
from quiz.export.citation import answers, cite, number_text
from quiz.export.select import Selection, select
from quiz.export.shorten import cut_at_word, fit_choices, fit_text
from quiz.export.zips import FIXED_DATE, build_zip


@pytest.mark.parametrize("text", ["=1+1", "+44", "-5", "@SUM(A1)", "\tx", "\rx", "=", "-"])
def test_safe_cell_prefixes_every_formula_trigger(text: str) -> None:
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["Paris", "", " =1", "a=b", "'quoted", "1-2", "“=”", "é"])
def test_safe_cell_leaves_other_text_alone(text: str) -> None:
    assert safe_cell(text) == text


def test_select_filters_are_any_of_and_keep_bank_order(bank: Bank) -> None:
    chosen = select(bank, Selection(tags=("LABOUR", "transport")))
    assert [q.id for q in chosen.questions] == [
        "mc-bridge",
        "tf-bridge",
        "fill-zurich",
        "quote-lopez",
    ]
    hard = select(bank, Selection(difficulties=("hard",), types=("true_false",)))
    assert [q.id for q in hard.questions] == ["tf-false"]


def test_select_limit_and_articles_are_only_the_cited_ones(bank: Bank) -> None:
    chosen = select(bank, Selection(types=("fill_blank",), limit=1))
    assert [q.id for q in chosen.questions] == ["fill-zurich"]
    assert [a.id for a in chosen.articles] == ["art-strike"]
    Bank.model_validate(chosen.model_dump())  # still a valid bank


def test_select_nothing_matching_is_a_user_error(bank: Bank) -> None:
    with pytest.raises(QuizError, match="no questions match the filters \\(tag nope, limit 3\\)"):
        select(bank, Selection(tags=("nope",), limit=3))


def test_citation_names_article_date_and_further_sources(bank: Bank) -> None:
    several = next(q for q in bank.questions if q.id == "tf-false")
    citation = cite(bank, several)
    assert citation.quote == several.sources[0].quote
    assert (
        citation.source_line()
        == "Source: “Bridge “approved” – at last”, 2024-05-07 (and 1 more source)"
    )
    undated = cite(bank, next(q for q in bank.questions if q.id == "fill-zurich"))
    assert undated.source_line() == "Source: “Strike in Zürich”"
    assert undated.lines()[1] == "“The strike began in Zürich.”"


def test_answers_and_numbers(bank: Bank) -> None:
    by_id = {q.id: q for q in bank.questions}
    assert answers(by_id["multiline"]) == ["two", "2"]  # "Two" repeats "two"
    assert number_text(by_id["num-cost"]) == "1200"
    assert number_text(by_id["negative"]) == "-3.5"


def test_fit_text_only_uses_meaning_keeping_steps() -> None:
    assert fit_text("Who  won\nthe match?", 20) == "Who won the match?"
    aside = "Who won the final (played in the rain at the old stadium on Sunday)?"
    assert fit_text(aside, 30) == "Who won the final?"
    lead = "According to the report by the city council, who paid for the bridge?"
    assert fit_text(lead, 40) == "Who paid for the bridge?"
    assert fit_text("Who paid for the long bridge over the river?", 20) is None


def test_cut_at_word_refuses_to_lose_more_than_a_quarter() -> None:
    assert (
        cut_at_word("The Regional Infrastructure Delivery Authority", 44)
        == "The Regional Infrastructure Delivery…"
    )
    assert cut_at_word("The Regional Infrastructure Delivery Authority", 20) is None


def test_fit_choices_must_stay_distinct() -> None:
    same_start = [
        "The Northern Regional Transport Authority East",
        "The Northern Regional Transport Authority West",
    ]
    assert fit_choices(same_start, 44) is None
    assert fit_choices(["Paris", "Rome"], 10) == ["Paris", "Rome"]


def test_registry_lists_every_format_with_a_summary() -> None:
    names = list(registry.formats())
    assert names == sorted(
        [
            "json",
            "csv",
            "markdown",
            "gift",
            "moodle-xml",
            "qti",
            "anki",
            "kahoot",
            "quizizz",
            "blooket",
        ]
    )
    assert all(f.summary and f.suffix.startswith(".") for f in registry.formats().values())


def test_registry_unknown_format_names_the_known_ones() -> None:
    with pytest.raises(QuizError, match="unknown export format 'pdf'; choose one of: anki, "):
        registry.get("pdf")


def test_summarise_groups_reasons_most_frequent_first() -> None:
    skips = [Skip("a", "too long"), Skip("b", "typed"), Skip("c", "typed")]
    assert registry.summarise(skips) == ["2 × typed (ids: b, c)", "1 × too long (ids: a)"]
    many = [Skip(f"q{i}", "typed") for i in range(7)]
    assert registry.summarise(many) == ["7 × typed (ids: q0, q1, q2, q3, q4, … 2 more)"]


def test_export_writes_nothing_when_everything_is_skipped(tmp_path: Path, bank: Bank) -> None:
    typed = select(bank, Selection(types=("fill_blank", "numeric")))
    out = tmp_path / "k.xlsx"
    with pytest.raises(QuizError, match="nothing to export: kahoot skipped all 4 questions"):
        registry.export(typed, registry.get("kahoot"), ExportOptions(), out)
    assert not out.exists()


def test_time_limit_outside_a_formats_list_is_a_user_error(bank: Bank) -> None:
    with pytest.raises(
        QuizError, match="kahoot: --time must be one of 5, 10, 20, 30, 60, 90, 120, 240"
    ):
        registry.get("kahoot").render(bank, ExportOptions(time_limit=45))


def test_build_zip_has_fixed_metadata() -> None:
    data = build_zip([("b.txt", b"x"), ("a.txt", "é".encode())])
    infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    assert [i.filename for i in infos] == ["b.txt", "a.txt"]
    assert {i.date_time for i in infos} == {FIXED_DATE}
    assert data == build_zip([("b.txt", b"x"), ("a.txt", "é".encode())])


def test_export_package_never_imports_spacy() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from quiz.export.registry import formats; formats(); "
        "from quiz.cli import cli; print('spacy' in sys.modules, 'textual' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_make_bank_without_nasty_questions_is_every_type_once_or_more() -> None:
    types = {q.type for q in make_bank(nasty=False).questions}
    assert types == {"multiple_choice", "true_false", "fill_blank", "numeric", "quote_attribution"}


@pytest.mark.parametrize(
    ("prompt", "fitted"),
    [
        (
            "According to “Bellingham, Madrid (Video)”, who popped up with a header in the 115th "
            "minute to seal a Copa del Rey final spot?",
            "Who popped up with a header in the 115th minute to seal a Copa del Rey final spot?",
        ),
        (
            "True or false? According to a report of 2 April 2025: A stoppage-time goal from RB "
            "Leipzig took the game to extra-time in the second leg.",
            "A stoppage-time goal from RB Leipzig took the game to extra-time in the second leg.",
        ),
        (
            "According to a report of 2 April 2025, after the game, who took to Instagram and "
            "uploaded a picture on his story with Rudiger?",
            "After the game, who took to Instagram and uploaded a picture on his story with Rudiger?",
        ),
    ],
)
def test_fit_text_drops_generator_lead_ins(prompt: str, fitted: str) -> None:
    assert len(prompt) > 100
    assert fit_text(prompt, 100) == fitted


def test_fit_text_stops_at_the_first_step_that_fits() -> None:
    prompt = "True or false? According to the report, the bridge cost £1m."
    assert fit_text(prompt, len(prompt)) == prompt
    assert fit_text(prompt, 50) == "According to the report, the bridge cost £1m."
    assert fit_text(prompt, 30) == "The bridge cost £1m."
