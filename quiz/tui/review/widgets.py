"""Widgets of the review browser: counts bar, filter bar, question table and detail pane.

Styles live in DEFAULT_CSS because these screens are also pushed inside the game App, whose
stylesheet they must not depend on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from rich.console import Group, RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.widgets import DataTable, Input, Select, Static

from quiz.bank.models import Bank, Question
from quiz.tui.review.context import answer_spans, quote_in_context
from quiz.tui.review.session import SORT_KEYS, Filters, Row

STATUS_LABEL = {"approved": "✓ approved", "rejected": "✗ rejected", "none": "· new"}
STATUS_STYLE = {"approved": "bold green", "rejected": "bold red", "none": "dim"}
TYPE_LABEL = {
    "multiple_choice": "choice",
    "true_false": "true/false",
    "fill_blank": "blank",
    "numeric": "number",
    "quote_attribution": "quote",
}
#: Key, label and width of each column; the prompt (width 0) takes the rest.
COLUMNS = (
    ("status", "Status", 10),
    ("type", "Type", 10),
    ("difficulty", "Diff", 6),
    ("prompt", "Prompt", 0),
    ("article", "Article", 16),
)


class CountsBar(Static):
    """The line at the top: approved, rejected, new and edited counts, and how many show."""

    DEFAULT_CSS = """
    CountsBar { height: 1; padding: 0 1; background: $boost; }
    """

    def show_counts(self, counts: Counter[str], shown: int, bank: str, read_only: bool) -> None:
        """Render the counts, warnings, then the bank's name."""
        text = Text.assemble(
            (f"✓ {counts['approved']} approved", "bold green"),
            "  ",
            (f"✗ {counts['rejected']} rejected", "bold red"),
            "  ",
            (f"· {counts['none']} new", "bold"),
            "  ",
            (f"✎ {counts['edited']} edited", "bold yellow"),
            "  ",
            (f"{shown}/{counts['total']} shown", "dim"),
            "  ",
        )
        if read_only:
            text.append("READ-ONLY (review file unreadable)", "bold white on red")
            text.append("  ")
        if counts["orphans"]:
            text.append(f"{counts['orphans']} orphaned: quiz review --orphans", "yellow")
            text.append("  ")
        text.append(bank, "italic dim")
        self.update(text)


class FilterBar(Horizontal):
    """Search box, filters and sort. Posts ``FilterBar.Changed`` with the new filters."""

    DEFAULT_CSS = """
    FilterBar { height: 1; margin: 0 0 1 0; }
    FilterBar Input { width: 1fr; min-width: 10; }
    FilterBar Select { width: 13; margin-left: 1; }
    FilterBar #f-sort { width: 17; }
    FilterBar #f-article { width: 16; }
    """

    class Changed(Message):
        """The filters changed (typing in the search box or picking a filter)."""

        def __init__(self, filters: Filters) -> None:
            super().__init__()
            self.filters = filters

    def __init__(self, facets: dict[str, list[str]], titles: dict[str, str]) -> None:
        super().__init__()
        self.facets = facets
        self.titles = titles
        self.filters = Filters()

    def compose(self) -> ComposeResult:
        """Search input, one select per filter, then sort."""
        yield Input(placeholder="/ search", id="search", compact=True)
        statuses = [
            ("approved", "approved"),
            ("rejected", "rejected"),
            ("new", "none"),
            ("edited", "edited"),
        ]
        yield self._select("status", "any status", statuses)
        yield self._select("type", "any type", [(TYPE_LABEL[t], t) for t in self.facets["type"]])
        yield self._select("difficulty", "any level", [(d, d) for d in self.facets["difficulty"]])
        articles = [(self.titles[a][:30], a) for a in self.facets["article"]]
        yield self._select("article", "any article", articles)
        yield self._select("tag", "any tag", [(t, t) for t in self.facets["tag"]])
        sorts = [(f"sort: {k}", k) for k in SORT_KEYS]
        yield Select(sorts, allow_blank=False, value="bank", id="f-sort", compact=True)

    def _select(self, name: str, blank: str, options: list[tuple[str, str]]) -> Select[str]:
        return Select(
            [(blank, ""), *options], allow_blank=False, value="", id=f"f-{name}", compact=True
        )

    @on(Input.Changed, "#search")
    def _search(self, event: Input.Changed) -> None:
        event.stop()
        self.set_filters(replace(self.filters, search=event.value))

    @on(Select.Changed)
    def _pick(self, event: Select.Changed) -> None:
        event.stop()
        name = (event.select.id or "").removeprefix("f-")
        value = "" if event.value is Select.NULL else str(event.value)
        if getattr(self.filters, name) != value:
            # a new sort key starts ascending; clicking its header again reverses it
            changes: dict[str, str | bool] = {name: value, "descending": False}
            if name != "sort":
                changes["descending"] = self.filters.descending
            self.set_filters(replace(self.filters, **changes))  # type: ignore[arg-type]

    def set_filters(self, filters: Filters) -> None:
        """Adopt ``filters`` (updating the sort select) and announce them."""
        self.filters = filters
        self.query_one("#f-sort", Select).value = filters.sort
        self.post_message(self.Changed(filters))


class QuestionTable(DataTable[Text | str]):
    """The question list: one row per question, keyed by question id."""

    DEFAULT_CSS = """
    QuestionTable { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True)
        self._shown: list[Row] = []
        self._prompt_width = 0

    def on_resize(self) -> None:
        """Give the prompt column whatever width the other columns leave."""
        if self._fitted_prompt_width() != self._prompt_width:
            self.show(self._shown, keep=self.current_id, force=True)

    def _fitted_prompt_width(self) -> int:
        others = sum(width for key, _, width in COLUMNS if key != "prompt")
        padding = 2 * self.cell_padding * len(COLUMNS)
        return max(20, self.size.width - others - padding - 2)

    def show(self, rows: list[Row], keep: str | None = None, force: bool = False) -> None:
        """Replace the rows, keeping the cursor on question ``keep`` when it is still listed."""
        width = self._fitted_prompt_width()
        if not force and width == self._prompt_width and _ids(rows) == _ids(self._shown):
            return  # typing one more letter often leaves the same rows: skip the rebuild
        self._shown = rows
        self.clear(columns=width != self._prompt_width)
        if width != self._prompt_width:
            self._prompt_width = width
            for key, label, fixed in COLUMNS:
                self.add_column(label, key=key, width=fixed or width)
        for row in rows:
            self.add_row(*_cells(row), key=row.question.id)
        if keep is not None and keep in self.rows:
            self.move_cursor(row=self.get_row_index(keep))

    def redraw_row(self, row: Row) -> None:
        """Redraw one question's cells (after a decision or edit)."""
        if row.question.id not in self.rows:
            return
        self._shown = [row if r.question.id == row.question.id else r for r in self._shown]
        for (key, _, _), value in zip(COLUMNS, _cells(row), strict=True):
            self.update_cell(row.question.id, key, value)

    @property
    def current_id(self) -> str | None:
        """The id of the question under the cursor."""
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return key.value


def _ids(rows: list[Row]) -> list[str]:
    return [r.question.id for r in rows]


def _cells(row: Row) -> tuple[Text | str, ...]:
    status = Text(STATUS_LABEL[row.status], STATUS_STYLE[row.status])
    if row.edited:
        status.append(" ✎", "yellow")
    q = row.question
    return (status, TYPE_LABEL[q.type], q.difficulty, q.prompt, row.article_title)


class QuestionDetail(VerticalScroll):
    """The selected question in full: choices with the key, explanation, quote in context."""

    DEFAULT_CSS = """
    QuestionDetail { height: 45%; border-top: solid $primary; padding: 0 1; }
    """

    def compose(self) -> ComposeResult:
        """One static that holds the rendered question."""
        yield Static(id="detail-body")

    def show(self, row: Row | None, bank: Bank) -> None:
        """Render ``row`` (or a hint when nothing is selected)."""
        self.content: RenderableType = (
            render_detail(row, bank) if row else Text("No question matches.", "dim")
        )
        self.query_one("#detail-body", Static).update(self.content)


def render_detail(row: Row, bank: Bank) -> RenderableType:
    """The detail pane's content for one row."""
    q = row.question
    head = Text.assemble(
        (q.prompt, "bold"), "  ", (STATUS_LABEL[row.status], STATUS_STYLE[row.status])
    )
    if row.edited:
        head.append("  ✎ edited", "yellow")
    parts: list[RenderableType] = [
        head,
        _answers(q),
        Text.assemble(("Why: ", "bold"), q.explanation),
    ]
    if row.decision.reason:
        parts.append(Text.assemble(("Rejected because: ", "bold red"), row.decision.reason))
    if row.edit_problem:
        parts.append(Text(f"Stored edit no longer fits: {row.edit_problem} (press e)", "bold red"))
    parts += [_source(q, bank, i) for i in range(len(q.sources))]
    if row.decision.original:
        parts.append(Text(f"Original: {_original(row)}", "dim italic"))
    parts.append(Text(f"id {q.id} · tags: {', '.join(q.tags) or '-'}", "dim"))
    return Group(*parts)


def _answers(q: Question) -> Text:
    text = Text()
    for i, choice in enumerate(q.choices):
        is_key = choice == q.answer
        mark = "✓" if is_key else " "
        style = "bold green" if is_key else ""
        text.append(f" {mark} {chr(65 + i)}) {choice}\n", style)
    if not q.choices:
        extra = f" (also: {', '.join(q.accepted_answers)})" if q.accepted_answers else ""
        unit = f" {q.unit}" if q.unit else ""
        text.append(f" ✓ Answer: {q.answer}{unit}{extra}\n", "bold green")
    text.rstrip()
    return text


def _source(q: Question, bank: Bank, index: int) -> Text:
    src = q.sources[index]
    article = bank.article(src.article_id)
    ctx = quote_in_context(article.text, src.start, src.end)
    date = article.date.isoformat() if article.date else "no date"
    text = Text.assemble(
        ("Source: ", "bold"),
        (article.title, "italic"),
        f" · {date} · ",
        (article.source_path, "dim"),
        "\n",
    )
    text.append(ctx.before, "dim")
    start = len(text)
    text.append(ctx.quote, "underline")
    for lo, hi in answer_spans(ctx.quote, [q.answer, *q.accepted_answers]):
        text.stylize("bold black on yellow", start + lo, start + hi)
    text.append(ctx.after, "dim")
    return text


def _original(row: Row) -> str:
    assert row.decision.original is not None
    return "; ".join(f"{k}: {v}" for k, v in row.decision.original.values().items())
