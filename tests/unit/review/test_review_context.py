"""Quote in context and answer highlighting; the review core stays free of Textual."""

from __future__ import annotations

import subprocess
import sys

from quiz.tui.review.context import answer_spans, quote_in_context

TEXT = "First one. Second has the fact. Third here! Fourth?\nFifth line"


def test_context_adds_one_sentence_each_side() -> None:
    start = TEXT.index("the fact")
    ctx = quote_in_context(TEXT, start, start + len("the fact"))
    assert ctx.before == "First one. Second has "
    assert ctx.quote == "the fact"
    assert ctx.after == ". Third here!"


def test_context_stops_at_the_text_edges() -> None:
    ctx = quote_in_context(TEXT, 0, 5, sentences=2)
    assert ctx.before == "" and ctx.after == " one. Second has the fact. Third here!"
    end = len(TEXT)
    assert quote_in_context(TEXT, end - 4, end).after == ""
    assert quote_in_context(TEXT, end - 4, end).before == "Fourth?\nFifth "


def test_answer_spans_are_case_insensitive_whole_words_and_know_thousands() -> None:
    quote = "Bellingham scored; 78,000 fans saw BELLINGHAM's goal, not Bellinghams."
    spans = answer_spans(quote, ["bellingham", "78000"])
    assert [quote[a:b] for a, b in spans] == ["Bellingham", "78,000", "BELLINGHAM"]
    assert answer_spans(quote, ["True"]) == []


def test_review_core_does_not_import_textual() -> None:
    code = (
        "import sys, quiz.bank.curation, quiz.bank.review, quiz.tui.review.session, "
        "quiz.tui.review.context, quiz.cli\n"
        "bad = [m for m in ('textual', 'spacy') if m in sys.modules]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
