"""The review browser: list, filters, detail pane; keys to approve, reject, reset, edit, undo.

Push ``ReviewScreen(bank_path)`` from any App; it dismisses itself on q / Esc. All decisions go
through a ``ReviewSession`` (pure), which saves them to the bank's sidecar at once.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, Select, Static

from quiz.bank.curation import EditError
from quiz.bank.review import CorruptSidecarError, QuestionFields
from quiz.errors import QuizError
from quiz.tui.review.dialogs import CorruptChoice, CorruptSidecarDialog, HelpScreen, RejectDialog
from quiz.tui.review.edit import EditDialog
from quiz.tui.review.session import SORT_KEYS, Clock, Filters, ReviewSession
from quiz.tui.review.widgets import CountsBar, FilterBar, QuestionDetail, QuestionTable


class ReviewScreen(Screen[None]):
    """Browse and curate one bank. Usable even when its sidecar is unreadable (read-only)."""

    DEFAULT_CSS = """
    ReviewScreen #load-error { padding: 1 2; color: $error; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "approve", "Approve"),
        Binding("r", "reject", "Reject"),
        Binding("u,x", "reset", "Reset"),
        Binding("e", "edit", "Edit"),
        Binding("z,ctrl+z", "undo", "Undo"),
        Binding("slash", "search", "Search"),
        Binding("f", "filters", "Filter", show=False),
        Binding("s", "cycle_sort", "Sort", show=False),
        Binding("j", "move(1)", "Down", show=False),
        Binding("k", "move(-1)", "Up", show=False),
        Binding("shift+down", "scroll_detail(1)", "Scroll detail", show=False),
        Binding("shift+up", "scroll_detail(-1)", "Scroll detail", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "close", "Close"),
        Binding("escape", "escape", "Back", show=False),
    ]

    def __init__(self, bank_path: str | Path, *, clock: Clock | None = None) -> None:
        super().__init__()
        self.bank_path = Path(bank_path)
        self.session: ReviewSession | None = None
        self.load_error: str | None = None
        self.corrupt: CorruptSidecarError | None = None
        self.filters = Filters()
        self._clock_kwargs = {"clock": clock} if clock else {}
        self._open()

    def _open(self) -> None:
        kwargs = self._clock_kwargs
        try:
            self.session = ReviewSession.open(self.bank_path, **kwargs)
        except CorruptSidecarError as exc:
            self.corrupt = exc
            self.session, _ = ReviewSession.open_despite_corruption(
                self.bank_path, fresh=False, **kwargs
            )
        except QuizError as exc:
            self.load_error = str(exc)

    def compose(self) -> ComposeResult:
        """Counts, filters, the table and the detail pane (or the load error)."""
        if self.session is None:
            yield Static(f"{self.load_error}\n\nPress q or Esc to go back.", id="load-error")
            return
        titles = {a.id: a.title or a.id for a in self.session.bank.articles}
        yield CountsBar()
        yield FilterBar(self.session.facets(), titles)
        yield QuestionTable()
        yield QuestionDetail()
        yield Footer()

    def on_mount(self) -> None:
        """Fill the table; ask what to do if the sidecar is unreadable."""
        if self.session is None:
            return
        self._reload()
        self.table.focus()
        if self.corrupt is not None:
            self.app.push_screen(
                CorruptSidecarDialog(self.corrupt.path, self.corrupt.problem), self._corrupt_choice
            )

    @property
    def table(self) -> QuestionTable:
        """The question list."""
        return self.query_one(QuestionTable)

    @property
    def current_id(self) -> str | None:
        """The question under the cursor."""
        return self.table.current_id if self.session else None

    # -- keeping the view in step ----------------------------------------------------------

    def _reload(self, force: bool = False) -> None:
        assert self.session is not None
        rows = self.session.rows(self.filters)
        self.table.show(rows, keep=self.current_id, force=force)
        self._show_counts()
        self._show_detail()

    def _show_counts(self) -> None:
        assert self.session is not None
        self.query_one(CountsBar).show_counts(
            self.session.counts(),
            self.table.row_count,
            self.bank_path.name,
            self.session.read_only,
        )

    def _show_detail(self) -> None:
        assert self.session is not None
        qid = self.current_id
        row = self.session.row(qid) if qid else None
        self.query_one(QuestionDetail).show(row, self.session.bank)

    def _changed(self, qid: str, advance: bool = False) -> None:
        assert self.session is not None
        self.table.redraw_row(self.session.row(qid))
        if advance:
            self.table.action_cursor_down()
        self._show_counts()
        self._show_detail()

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()

    @on(FilterBar.Changed)
    def _filter(self, event: FilterBar.Changed) -> None:
        self.filters = event.filters
        self._reload()

    @on(DataTable.HeaderSelected)
    def _sort_by_header(self, event: DataTable.HeaderSelected) -> None:
        key = str(event.column_key.value)
        descending = self.filters.sort == key and not self.filters.descending
        self.query_one(FilterBar).set_filters(
            replace(self.filters, sort=key, descending=descending)
        )

    @on(Input.Submitted, "#search")
    def _search_done(self) -> None:
        self.table.focus()

    # -- actions ---------------------------------------------------------------------------

    def _apply(self, change: str, advance: bool = False, **kwargs: object) -> None:
        qid = self.current_id
        if self.session is None or qid is None:
            return
        try:
            getattr(self.session, change)(qid, **kwargs)
        except (QuizError, EditError) as exc:
            self.notify(str(exc), severity="error")
            return
        self._changed(qid, advance)

    def action_approve(self) -> None:
        """Approve the question under the cursor and move on."""
        self._apply("approve", advance=True)

    def action_reject(self) -> None:
        """Ask for an optional reason, then reject and move on."""
        qid = self.current_id
        if self.session is None or qid is None:
            return

        def done(reason: str | None) -> None:
            if reason is not None:
                self._apply("reject", advance=True, reason=reason)

        self.app.push_screen(RejectDialog(self.session.row(qid).question.prompt), done)

    def action_reset(self) -> None:
        """Clear the status of the question under the cursor."""
        self._apply("reset")

    def action_edit(self) -> None:
        """Open the edit form for the question under the cursor."""
        qid = self.current_id
        if self.session is None or qid is None:
            return
        row = self.session.row(qid)

        def done(fields: QuestionFields | None) -> None:
            if fields is not None:
                self._apply("edit", fields=fields)

        self.app.push_screen(EditDialog(row.draft, row.generated), done)

    def action_undo(self) -> None:
        """Undo the last change and put the cursor on the question it touched."""
        if self.session is None:
            return
        try:
            qid = self.session.undo()
        except QuizError as exc:
            self.notify(str(exc), severity="error")
            return
        if qid is None:
            self.notify("Nothing to undo")
            return
        self.table.redraw_row(self.session.row(qid))
        if qid in self.table.rows:
            self.table.move_cursor(row=self.table.get_row_index(qid))
        self._show_counts()
        self._show_detail()

    def action_search(self) -> None:
        """Focus the search box."""
        if self.session is not None:
            self.query_one("#search", Input).focus()

    def action_filters(self) -> None:
        """Focus the first filter."""
        if self.session is not None:
            self.query_one("#f-status", Select).focus()

    def action_cycle_sort(self) -> None:
        """Sort by the next key."""
        following = SORT_KEYS[(SORT_KEYS.index(self.filters.sort) + 1) % len(SORT_KEYS)]
        self.query_one(FilterBar).set_filters(
            replace(self.filters, sort=following, descending=False)
        )

    def action_move(self, step: int) -> None:
        """Move the cursor (j / k)."""
        if self.session is not None:
            self.table.move_cursor(row=self.table.cursor_row + step)

    def action_scroll_detail(self, step: int) -> None:
        """Scroll the detail pane by a few lines (shift+down / shift+up)."""
        if self.session is not None:
            detail = self.query_one(QuestionDetail)
            detail.scroll_to(y=detail.scroll_y + 3 * step, animate=False)

    def action_help(self) -> None:
        """Show the keys."""
        self.app.push_screen(HelpScreen())

    def action_escape(self) -> None:
        """Leave the search box or filters; from the list, close."""
        if self.session is not None and not isinstance(self.focused, DataTable):
            self.table.focus()
        else:
            self.action_close()

    def action_close(self) -> None:
        """Close the browser (back to whoever pushed it)."""
        self.dismiss(None)

    def _corrupt_choice(self, choice: CorruptChoice | None) -> None:
        if choice == "close":
            self.action_close()
        elif choice == "fresh":
            self._start_fresh()

    def _start_fresh(self) -> None:
        try:
            self.session, backup = ReviewSession.open_despite_corruption(
                self.bank_path, fresh=True, **self._clock_kwargs
            )
        except (QuizError, OSError) as exc:
            self.notify(f"Could not back up the review file: {exc}", severity="error")
            return
        self.corrupt = None
        self.notify(f"Moved the unreadable file to {backup}; starting fresh.")
        self._reload(force=True)
