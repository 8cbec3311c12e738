"""Commands for curating a bank: ``quiz review`` and ``quiz bank stats``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.cli._base import cli

if TYPE_CHECKING:
    from quiz.bank import Bank
    from quiz.bank.curation import ReviewStats

_BANK_HELP = "The bank to review (default: the shipped questions/seeds.json)."


def _bank_path(bank: str | None) -> Path:
    from quiz.paths import default_bank

    return Path(bank) if bank else default_bank()


@cli.command()
@click.option("--bank", "bank", type=click.Path(dir_okay=False), default=None, help=_BANK_HELP)
@click.option(
    "--orphans", is_flag=True, help="List decisions whose question left the bank, then exit."
)
def review(bank: str | None, orphans: bool) -> None:
    """Browse a bank and approve, reject or edit its questions.

    Decisions are saved at once to <bank>.review.json next to the bank; rebuilding the
    bank keeps them. Press ? in the browser for the keys.

    \b
    Example:
      quiz review
      quiz review --bank questions/class.json
      quiz review --orphans
    """
    from quiz.bank import load_bank

    path = _bank_path(bank)
    loaded = load_bank(path)
    if orphans:
        _print_orphans(path, loaded)
        return
    from quiz.tui.review import ReviewApp

    ReviewApp(path).run()


def _print_orphans(path: Path, loaded: Bank) -> None:
    from quiz.bank.curation import orphan_ids
    from quiz.bank.review import load_review, sidecar_path

    sidecar = sidecar_path(path)
    review_file = load_review(sidecar)
    found = orphan_ids(loaded, review_file)
    if not found:
        click.echo(
            f"no orphans: all {len(review_file.decisions)} decisions in {sidecar} "
            "match questions in the bank"
        )
        return
    click.echo(
        f"{len(found)} orphaned decisions in {sidecar} (their questions are no longer "
        "in the bank; kept in the file):"
    )
    for qid in found:
        d = review_file.decisions[qid]
        extra = [f"reason: {d.reason}"] if d.reason else []
        extra += ["edited: " + ", ".join(d.edit.values())] if d.edit else []
        click.echo(f"  {qid}  {d.status}" + "".join(f"  ({e})" for e in extra))


@cli.group()
def bank() -> None:
    """Look at a bank as reviewed.

    \b
    Example:
      quiz bank stats
    """


@bank.command()
@click.option("--bank", "bank_file", type=click.Path(dir_okay=False), default=None, help=_BANK_HELP)
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(bank_file: str | None, as_json: bool) -> None:
    """Count questions per status, type, difficulty and article.

    \b
    Example:
      quiz bank stats
      quiz bank stats --bank questions/class.json --json
    """
    from quiz.bank import load_bank
    from quiz.bank.curation import review_stats
    from quiz.bank.review import load_review, sidecar_path

    path = _bank_path(bank_file)
    result = review_stats(load_bank(path), load_review(sidecar_path(path)))
    _print_stats(path, result, as_json)


def _print_stats(path: Path, result: ReviewStats, as_json: bool) -> None:
    groups: dict[str, Counter[str]] = {
        "status": result.status,
        "type": result.type,
        "difficulty": result.difficulty,
        "article": result.article,
    }
    if as_json:
        payload = {"total": result.total, "edited": result.edited, "orphans": result.orphans}
        click.echo(json.dumps({**payload, **{k: dict(v) for k, v in groups.items()}}, indent=2))
        return
    click.echo(
        f"{path}: {result.total} questions, {result.edited} edited, "
        f"{result.orphans} orphaned decisions"
    )
    for name, counts in groups.items():
        click.echo(f"\n{name}:")
        _table(counts)


def _table(counts: Counter[str]) -> None:
    width = max((len(k) for k in counts), default=0)
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {key:<{width}}  {n:>5}")
