"""The format registry: every module in ``quiz.export.formats`` that defines ``FORMAT``.

Format modules import their heavy libraries (genanki, openpyxl) inside ``render``, so listing
the formats stays cheap.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections import Counter
from functools import cache
from pathlib import Path

from quiz import atomic
from quiz.bank.models import Bank
from quiz.errors import QuizError
from quiz.export import formats as _formats_pkg
from quiz.export.base import ExportFormat, ExportOptions, Rendered, Skip


@cache
def formats() -> dict[str, ExportFormat]:
    """All formats by name, in a stable order (as listed in each module's ``FORMAT``)."""
    found: dict[str, ExportFormat] = {}
    for info in sorted(pkgutil.iter_modules(_formats_pkg.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"{_formats_pkg.__name__}.{info.name}")
        fmt = getattr(module, "FORMAT", None)
        if isinstance(fmt, ExportFormat):
            found[fmt.name] = fmt
    return dict(sorted(found.items()))


def get(name: str) -> ExportFormat:
    """The format called ``name``; QuizError listing the known ones otherwise."""
    try:
        return formats()[name]
    except KeyError:
        known = ", ".join(formats())
        raise QuizError(f"unknown export format {name!r}; choose one of: {known}") from None


def export(bank: Bank, fmt: ExportFormat, options: ExportOptions, output: Path) -> Rendered:
    """Render ``bank`` in ``fmt`` and write it atomically to ``output``.

    Nothing is written when every question is skipped: the error says why.
    """
    if output.is_dir():
        raise QuizError(f"{output}: is a directory, expected a file name for the export")
    rendered = fmt.render(bank, options)
    if not rendered.exported:
        raise QuizError(
            f"nothing to export: {fmt.name} skipped all {len(rendered.skipped)} questions "
            f"({summarise(rendered.skipped)[0]})"
        )
    try:
        atomic.write_bytes(output, rendered.data)
    except OSError as exc:
        raise QuizError(f"{output}: cannot write ({exc.strerror})") from None
    return rendered


def summarise(skipped: list[Skip]) -> list[str]:
    """One line per skip reason, most frequent first: ``3 × reason (ids: a, b, c)``."""
    by_reason: dict[str, list[str]] = {}
    for skip in skipped:
        by_reason.setdefault(skip.reason, []).append(skip.question_id)
    counts = Counter({reason: len(ids) for reason, ids in by_reason.items()})
    lines = []
    for reason, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        ids = by_reason[reason]
        shown = ", ".join(ids[:5]) + (f", … {len(ids) - 5} more" if len(ids) > 5 else "")
        lines.append(f"{count} × {reason} (ids: {shown})")
    return lines
