"""Pilot tests of the review browser: keys change state, the sidecar follows."""

from __future__ import annotations

import io
from pathlib import Path

from review_factory import NOON
from rich.console import Console
from textual.widgets import Button, Input, Select, Static
from textual.widgets.data_table import ColumnKey

from quiz.bank.curation import load_curated
from quiz.bank.review import load_review, sidecar_path
from quiz.tui.review import ReviewApp
from quiz.tui.review.dialogs import CorruptSidecarDialog, HelpScreen, RejectDialog
from quiz.tui.review.edit import EditDialog
from quiz.tui.review.widgets import QuestionDetail, QuestionTable

SIZE = (100, 32)


def _app(bank_path: Path) -> ReviewApp:
    return ReviewApp(bank_path, clock=lambda: NOON)


def _statuses(bank_path: Path) -> dict[str, str]:
    decisions = load_review(sidecar_path(bank_path)).decisions
    return {qid: d.status for qid, d in decisions.items()}


def _detail_text(app: ReviewApp) -> str:
    console = Console(width=98, record=True, file=io.StringIO())
    console.print(app.screen.query_one(QuestionDetail).content)
    return console.export_text()


async def test_approve_moves_on_and_saves(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "j", "a")
        review = app.review
        assert review.current_id == "final-qa-believing"
        assert review.session is not None and review.session.counts()["approved"] == 2
    assert _statuses(bank_path) == {"final-mc-scorer": "approved", "final-num-fans": "approved"}


async def test_reject_with_a_reason_or_cancel(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        assert isinstance(app.screen, RejectDialog)
        await pilot.press("t", "o", "o")
        app.screen.query_one("#reason", Input).value += " easy"
        await pilot.press("enter")
        assert app.review.current_id == "final-tf-draw"
        await pilot.press("r", "escape")  # cancelled: nothing changes
        assert not isinstance(app.screen, RejectDialog)
        await pilot.press("k")
        assert "Rejected because: too easy" in _detail_text(app)
    decisions = load_review(sidecar_path(bank_path)).decisions
    assert list(decisions) == ["final-mc-scorer"]
    assert decisions["final-mc-scorer"].reason == "too easy"


async def test_edit_shows_errors_then_saves(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, EditDialog)
        key = dialog.query_one("#e-answer", Input)
        key.value = "Pele"
        await pilot.pause()
        assert any("not one of the choices" in p for p in dialog.problems)
        assert dialog.query_one("#save", Button).disabled
        await pilot.press("ctrl+s")  # refused while invalid
        assert app.screen is dialog
        dialog.query_one("#e-choice-1", Input).value = "Rodrygo"  # duplicate of choice D
        dialog.query_one("#e-prompt", Input).value = ""
        await pilot.pause()
        assert "choices must be unique" in dialog.problems
        assert "the prompt must not be empty" in dialog.problems
        dialog.query_one("#e-choice-1", Input).value = "Pele"
        dialog.query_one("#e-prompt", Input).value = "Who scored Madrid's second goal?"
        await pilot.pause()
        assert dialog.problems == []
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, EditDialog)
        assert "✎ edited" in _detail_text(app)
    question = load_curated(bank_path).questions[0]
    assert (question.prompt, question.answer) == ("Who scored Madrid's second goal?", "Pele")
    original = load_review(sidecar_path(bank_path)).decisions["final-mc-scorer"].original
    assert original is not None and original.answer == "Jude Bellingham"


async def test_search_as_you_type_and_filter_by_status(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await pilot.press("slash", *"bus")
        review = app.review
        assert review.table.row_count == 1 and review.current_id == "budget-fb-month"
        await pilot.press("escape")
        assert review.table.has_focus
        review.query_one("#search", Input).value = ""
        review.query_one("#f-status", Select).value = "approved"
        await pilot.pause()
        assert review.table.row_count == 1 and review.current_id == "final-mc-scorer"
        review.query_one("#f-status", Select).value = "none"
        review.query_one("#f-type", Select).value = "true_false"
        await pilot.pause()
        assert [review.table.get_row_at(i)[3] for i in range(review.table.row_count)] == [
            "The match against Real Sociedad ended 4-4.",
            "Tom Hale voted for the plan.",
        ]


async def test_sort_key_reorders_the_list(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s", "s", "s")  # bank -> status -> type -> difficulty
        review = app.review
        assert review.filters.sort == "difficulty"
        levels = [review.table.get_row_at(i)[2] for i in range(review.table.row_count)]
        assert levels == sorted(levels, key=["easy", "medium", "hard"].index)


async def test_undo_restores_the_previous_state(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "a", "z")
        review = app.review
        assert review.current_id == "final-tf-draw"  # cursor goes to the undone question
        assert _statuses(bank_path) == {"final-mc-scorer": "approved"}
        await pilot.press("ctrl+z")
        assert _statuses(bank_path) == {}
        assert review.current_id == "final-mc-scorer"


async def test_reset_key_clears_a_status(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a", "k", "x")
        assert app.review.session is not None
        assert app.review.session.counts()["approved"] == 0
    assert _statuses(bank_path) == {}


async def test_help_opens_and_closes(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert app.screen is app.review


async def test_q_closes_the_app(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_corrupt_sidecar_offers_a_fresh_start(bank_path: Path) -> None:
    sidecar = sidecar_path(bank_path)
    sidecar.write_text("{oops")
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CorruptSidecarDialog)
        assert "class.review.json" in app.screen.message
        await pilot.click("#fresh")
        await pilot.pause()
        assert app.screen is app.review
        await pilot.press("a")
    assert sidecar.with_name("class.review.json.corrupt").read_text() == "{oops"
    assert _statuses(bank_path) == {"final-mc-scorer": "approved"}


async def test_corrupt_sidecar_read_only_keeps_the_file(bank_path: Path) -> None:
    sidecar = sidecar_path(bank_path)
    sidecar.write_text("{oops")
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("escape")  # browse read-only
        await pilot.press("a", "j")
        review = app.review
        assert review.session is not None and review.session.read_only
        assert review.session.counts()["approved"] == 0
        assert review.current_id == "final-tf-draw"  # browsing still works
    assert sidecar.read_text() == "{oops"


async def test_a_broken_bank_shows_the_error_instead_of_crashing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    app = _app(bad)
    async with app.run_test(size=SIZE) as pilot:
        text = str(app.review.query_one("#load-error", Static).content)
        assert "bad.json" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not app.is_running


async def test_review_screen_can_be_pushed_from_another_app(bank_path: Path) -> None:
    from textual.app import App, ComposeResult
    from textual.widgets import Label

    from quiz.tui.review import ReviewScreen

    class Host(App[None]):
        def compose(self) -> ComposeResult:
            yield Label("start screen")

    host = Host()
    async with host.run_test(size=SIZE) as pilot:
        await host.push_screen(ReviewScreen(bank_path, clock=lambda: NOON))
        await pilot.press("a")
        assert isinstance(host.screen, ReviewScreen)
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(host.screen, ReviewScreen) and host.is_running
    assert _statuses(bank_path) == {"final-mc-scorer": "approved"}


async def test_prompt_column_grows_with_the_terminal_and_keeps_statuses(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        table = app.review.table
        narrow = table.columns[ColumnKey("prompt")].width
        await pilot.resize_terminal(140, 32)
        await pilot.pause()
        assert table.columns[ColumnKey("prompt")].width == narrow + 40
        assert str(table.get_row_at(0)[0]).startswith("✓ approved")
        assert table.current_id == "final-tf-draw"


def test_detail_marks_the_key_and_highlights_the_answer_in_the_quote(bank_path: Path) -> None:
    from rich.text import Text

    from quiz.tui.review.session import ReviewSession
    from quiz.tui.review.widgets import render_detail

    session = ReviewSession.open(bank_path)
    group = render_detail(session.row("final-num-fans"), session.bank)
    texts = [r for r in group.renderables if isinstance(r, Text)]
    plain = "\n".join(t.plain for t in texts)
    assert "✓ Answer: 78000 fans" in plain
    assert "Madrid reach the final · 2024-04-02 · seeds/final.txt" in plain
    assert "Jude Bellingham scored the second goal" in plain  # the sentence before the quote
    source = next(t for t in texts if t.plain.startswith("Source:"))
    marked = [source.plain[s.start : s.end] for s in source.spans if "on yellow" in str(s.style)]
    assert marked == ["78,000"]


async def test_clicking_a_column_header_sorts_by_it(bank_path: Path) -> None:
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        review = app.review
        await pilot.click(QuestionTable, offset=(26, 0))  # the "Diff" header
        assert (review.filters.sort, review.filters.descending) == ("difficulty", False)
        assert review.table.get_row_at(0)[2] == "easy"
        await pilot.click(QuestionTable, offset=(26, 0))
        assert review.filters.descending and review.table.get_row_at(0)[2] == "hard"


async def test_an_edit_that_no_longer_fits_can_be_fixed_in_the_form(bank_path: Path) -> None:
    from quiz.bank.review import Decision, QuestionFields, ReviewFile, save_review

    stale = Decision(
        edit=QuestionFields(answer="Mayor Ruiz"), original=QuestionFields(answer="Ana Ruiz")
    )
    save_review(ReviewFile(decisions={"budget-mc-mayor": stale}), sidecar_path(bank_path))
    app = _app(bank_path)
    async with app.run_test(size=SIZE) as pilot:
        review = app.review
        review.query_one("#search", Input).value = "mayor"
        await pilot.pause()
        review.table.focus()
        assert "Stored edit no longer fits" in _detail_text(app)
        await pilot.press("e")
        dialog = app.screen
        assert isinstance(dialog, EditDialog)
        assert dialog.query_one("#e-answer", Input).value == "Mayor Ruiz"
        assert any("not one of the choices" in p for p in dialog.problems)
        dialog.query_one("#e-choice-0", Input).value = "Mayor Ruiz"
        await pilot.pause()
        await pilot.press("ctrl+s")
        assert "Stored edit no longer fits" not in _detail_text(app)
    mayor = next(q for q in load_curated(bank_path).questions if q.id == "budget-mc-mayor")
    assert (mayor.answer, mayor.choices[0]) == ("Mayor Ruiz", "Mayor Ruiz")
