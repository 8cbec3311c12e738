"""The ``export`` command: a bank to a teacher's tool (LMS, flashcards, classroom games)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.cli._base import cli, fail, question_filters

if TYPE_CHECKING:
    from quiz.export.base import ExportFormat


@cli.command("export")
@click.option("-f", "--format", "fmt_name", metavar="FMT", help="Export format (see --list).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write.")
@click.option(
    "--bank",
    type=click.Path(dir_okay=False),
    default=None,
    help="Bank to export (default: the shipped questions/seeds.json).",
)
@question_filters
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    default=None,
    help="At most this many questions (after the filters, in bank order).",
)
@click.option(
    "--time",
    "time_limit",
    type=click.IntRange(min=1),
    default=None,
    help="Seconds per question for kahoot, quizizz, blooket.",
)
@click.option(
    "--category",
    default="quiz",
    show_default=True,
    help="Question category for gift and moodle-xml (use / for subcategories).",
)
@click.option("--title", default=None, help="Quiz/deck title (default: the bank's file name).")
@click.option("--approved-only", is_flag=True, help="Only questions a teacher approved in review.")
@click.option("--list", "list_formats", is_flag=True, help="List the formats and exit.")
def export_cmd(fmt_name: str | None, output: str | None, bank: str | None, tags: tuple[str, ...],
               difficulties: tuple[str, ...], types: tuple[str, ...], limit: int | None,
               time_limit: int | None, category: str, title: str | None, approved_only: bool,
               list_formats: bool) -> None:  # fmt: skip
    """Export a question bank to a format teachers import (Moodle, Anki, Kahoot, ...).

    Formats that cannot express a question type skip it and say so; nothing broken is written.

    \b
    Example:
      quiz export --list
      quiz export --format gift -o week1.gift --tag politics --category "News/Week 1"
      quiz export --format kahoot -o kahoot.xlsx --difficulty easy --limit 20 --time 30
      quiz export --format anki --bank class.json -o class.apkg --approved-only
    """
    from quiz.export import registry

    if list_formats:
        width = max(len(name) for name in registry.formats())
        for name, fmt in registry.formats().items():
            click.echo(f"{name:<{width}}  {fmt.suffix:<6} {fmt.summary}")
        return
    if not fmt_name:
        raise fail("missing --format FMT (see 'quiz export --list')")
    if not output:
        raise fail("missing -o/--output FILE: where to write the export")
    fmt = registry.get(fmt_name)
    if time_limit is not None and fmt.time_limits is None:
        timed = ", ".join(n for n, f in registry.formats().items() if f.time_limits)
        raise fail(f"{fmt.name} has no time limit; --time applies to {timed}")
    _run(fmt, Path(output), bank, tags, difficulties, types, limit, time_limit, category,
         title, approved_only)  # fmt: skip


def _run(fmt: ExportFormat, output: Path, bank_path: str | None, tags: tuple[str, ...],
         difficulties: tuple[str, ...], types: tuple[str, ...], limit: int | None,
         time_limit: int | None, category: str, title: str | None,
         approved_only: bool) -> None:  # fmt: skip
    from quiz import paths
    from quiz.bank.curation import load_curated
    from quiz.export import registry
    from quiz.export.base import ExportOptions
    from quiz.export.select import Selection, select

    source = Path(bank_path) if bank_path else paths.default_bank()
    bank = select(
        load_curated(source, approved_only=approved_only),
        Selection(tags=tags, difficulties=difficulties, types=types, limit=limit),
    )
    options = ExportOptions(time_limit=time_limit, category=category, title=title or source.stem)
    rendered = registry.export(bank, fmt, options, output)
    click.echo(f"exported {len(rendered.exported)} of {len(bank.questions)} questions "
               f"to {output} ({fmt.name})")  # fmt: skip
    if rendered.skipped:
        click.echo(f"skipped {len(rendered.skipped)}:")
        for line in registry.summarise(rendered.skipped):
            click.echo(f"  {line}")
