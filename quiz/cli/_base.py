"""The ``quiz`` command group and the entry point that turns user errors into one line."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, get_args

import click

from quiz import __version__
from quiz.errors import QuizError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quiz")
def cli() -> None:
    """quiz: a trivia game built from the news.

    \b
    Example:
      quiz build seeds -o questions/seeds.json
      quiz play
    """


def question_filters(command: Callable[..., Any]) -> Callable[..., Any]:
    """The --tag/--difficulty/--type filters shared by play and export (each repeatable)."""
    from quiz.bank.models import QuestionType

    options = [
        click.option("--tag", "tags", multiple=True,
                     help="Only questions with this tag (repeatable)."),
        click.option("--difficulty", "difficulties", multiple=True,
                     type=click.Choice(["easy", "medium", "hard"]),
                     help="Only this difficulty (repeatable)."),
        click.option("--type", "types", multiple=True,
                     type=click.Choice(sorted(get_args(QuestionType))),
                     help="Only this question type (repeatable)."),
    ]  # fmt: skip
    for option in reversed(options):
        command = option(command)
    return command


def fail(message: str) -> QuizError:
    """Build the error a command raises for a user mistake."""
    return QuizError(message)


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; user errors print one ``quiz: error: ...`` line and exit non-zero."""
    try:
        code = cli.main(args=argv, prog_name="quiz", standalone_mode=False)
    except click.UsageError as exc:
        hint = f" (see 'quiz {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else ""
        click.echo(f"quiz: error: {exc.format_message()}{hint}", err=True)
        sys.exit(2)
    except click.ClickException as exc:
        click.echo(f"quiz: error: {exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except QuizError as exc:
        click.echo(f"quiz: error: {exc}", err=True)
        sys.exit(1)
    except (click.Abort, KeyboardInterrupt):
        click.echo("quiz: interrupted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
