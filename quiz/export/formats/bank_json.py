"""json: the bank contract itself, filtered; ``quiz validate`` accepts the result."""

from __future__ import annotations

from quiz.bank.io import dump_bank
from quiz.bank.models import Bank
from quiz.export.base import ExportFormat, ExportOptions, Rendered


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """Serialise the (already filtered) bank deterministically."""
    return Rendered(dump_bank(bank).encode("utf-8"), [q.id for q in bank.questions])


FORMAT = ExportFormat(
    name="json",
    suffix=".json",
    summary="the bank contract itself (filtered); quiz validate accepts it",
    render=render,
)
