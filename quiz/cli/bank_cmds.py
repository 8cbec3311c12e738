"""Commands that make and check banks: build, validate, schema."""

from __future__ import annotations

import contextlib
import json
from collections import Counter
from collections.abc import Callable, Iterator

import click

from quiz.cli._base import cli, fail


@cli.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    type=click.Path(dir_okay=False),
    help="Where to write the bank JSON.",
)
@click.option(
    "--max-per-article",
    default=12,
    show_default=True,
    type=click.IntRange(1, 200),
    help="Keep at most this many questions per article.",
)
@click.option("--nlp-model", default=None, help="spaCy pipeline to use (default: en_core_web_sm).")
@click.option(
    "--report",
    "report",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write every rejected candidate and why to this Markdown file.",
)
@click.option(
    "--jobs",
    default=1,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Parser processes for big corpora.",
)
def build(
    sources: tuple[str, ...],
    output: str,
    max_per_article: int,
    nlp_model: str | None,
    report: str | None,
    jobs: int,
) -> None:
    """Build a question bank from article files or directories (.txt, .md, .html).

    \b
    Example:
      quiz build seeds -o questions/seeds.json
      quiz build articles/ more.html -o class.json --report rejected.md
    """
    from quiz.bank import save_bank
    from quiz.generate.pipeline import BuildOptions, build_bank
    from quiz.ingest import ingest_paths

    result = ingest_paths(list(sources))
    if not result.articles and len(result.skipped) == 1:
        raise fail(": ".join(result.skipped[0]))
    for shown, reason in result.skipped:
        click.echo(f"skipped {shown}: {reason}", err=True)
    if not result.articles:
        raise fail(
            f"no usable articles in {', '.join(sources)} ({len(result.skipped)} files skipped)"
        )
    options = BuildOptions(max_per_article=max_per_article, nlp_model=nlp_model, jobs=jobs)
    with _progress(len(result.articles)) as tick:
        outcome = build_bank(result.articles, options, tick)
    save_bank(outcome.bank, output)
    if report:
        from quiz.generate.report import write_report

        write_report(outcome.rejections, report)
    types = Counter(q.type for q in outcome.bank.questions)
    summary = ", ".join(f"{n} {t}" for t, n in sorted(types.items()))
    click.echo(
        f"built {output}: {len(outcome.bank.articles)} articles, "
        f"{len(result.skipped)} skipped, {len(outcome.bank.questions)} questions ({summary})"
    )


#: Inputs at least this large get a progress bar (on a terminal); small builds stay quiet.
PROGRESS_FROM = 20


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[], None] | None]:
    """A rich progress bar over parsed articles for large builds, written to stderr."""
    if total < PROGRESS_FROM:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    columns = (
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("parsing articles", total=total)
        yield lambda: bar.advance(task)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False))
def validate(path: str) -> None:
    """Check a bank against the contract (schema, quotes, ids).

    \b
    Example:
      quiz validate questions/seeds.json
    """
    from quiz.bank import load_bank

    bank = load_bank(path)
    click.echo(
        f"{path}: valid bank, {len(bank.articles)} articles, {len(bank.questions)} questions"
    )


@cli.command()
def schema() -> None:
    """Print the bank's JSON Schema.

    \b
    Example:
      quiz schema > bank.schema.json
    """
    from quiz.bank import Bank

    click.echo(json.dumps(Bank.model_json_schema(), indent=2))
