"""Classroom commands: ``quiz class`` (presenter TUI), ``quiz report`` and ``quiz sessions``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.cli._base import cli, fail
from quiz.errors import QuizError

if TYPE_CHECKING:
    from quiz.bank.models import Bank, Question
    from quiz.classroom import ClassConfig, ClassSession
    from quiz.report.build import Report
    from quiz.store.db import RoundInfo
    from quiz.store.sessions import SessionRow, SessionStore


@cli.command("class")
@click.option(
    "--bank",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Bank to play (default: the shipped questions/seeds.json).",
)
@click.option("--teams", default=None, help='Team names, comma-separated: "Red,Blue,Green".')
@click.option("--players", default=None, help="Player names instead of teams (same rules).")
@click.option(
    "--round-size",
    "-n",
    type=click.IntRange(1, 100),
    default=10,
    show_default=True,
    help="Questions in the session.",
)
@click.option(
    "--time",
    "-t",
    "time_limit",
    type=click.FloatRange(5, 240),
    default=20.0,
    show_default=True,
    help="Seconds per question, 5-240.",
)
@click.option(
    "--mode",
    type=click.Choice(["teacher", "turns"]),
    default="teacher",
    show_default=True,
    help="teacher: record the room's answers; turns: hot-seat.",
)
@click.option(
    "--hide-leaderboard",
    "hide",
    is_flag=False,
    flag_value="top3",
    default=None,
    type=click.Choice(["top3", "none"]),
    help="Show only the top 3 between questions (or 'none': no table at all).",
)
@click.option(
    "--podium",
    type=click.IntRange(1, 12),
    default=3,
    show_default=True,
    help="Places on the final podium.",
)
@click.option("--seed", type=int, default=None, help="Make the question choice reproducible.")
@click.option("--approved-only", is_flag=True, help="Only questions a teacher approved.")
@click.option(
    "--resume",
    "resume",
    is_flag=False,
    flag_value="latest",
    default=None,
    metavar="[ID]",
    help="Continue the latest unfinished session (or session ID).",
)
def class_(bank: Path | None, teams: str | None, players: str | None, round_size: int,
           time_limit: float, mode: str, hide: str | None, podium: int, seed: int | None,
           approved_only: bool, resume: str | None) -> None:  # fmt: skip
    """Run a classroom quiz on one screen (a projector): teams, presenter view, reports.

    Without --teams/--players a setup screen asks for the names. In teacher mode (default)
    the class answers aloud or on paper; type a team's number then A-D to record its choice,
    Enter reveals. Flat 1000 points per right answer (plus streak bonus); press o first to
    record in answering order and make speed count. Everything is saved as it happens: after
    a crash or Ctrl+C, quiz class --resume continues with the same totals.

    \b
    Example:
      quiz class --teams "Red,Blue,Green" --round-size 8 --time 30
      quiz class --players "Ana,Ben,Cy" --mode turns --hide-leaderboard
      quiz class --resume
    """
    from quiz.paths import database_path
    from quiz.store.sessions import SessionStore

    with SessionStore.open(database_path()) as store:
        if resume is not None:
            if teams is not None or players is not None:
                raise fail(
                    "--resume continues a session with its own teams; drop --teams/--players"
                )
            _resume(store, resume)
            return
        names = _names(teams, players)
        config = _config(bank, names or ["A", "B"], round_size, time_limit, mode, hide, podium,
                         seed, approved_only)  # fmt: skip
        _run_new(store, config, names)


def _names(teams: str | None, players: str | None) -> list[str] | None:
    from quiz.classroom import ConfigError, parse_teams

    if teams is not None and players is not None:
        raise fail("give --teams or --players, not both")
    text = teams if teams is not None else players
    if text is None:
        return None
    try:
        return parse_teams(text)
    except ConfigError as exc:
        raise fail(str(exc)) from None


def _config(bank_path: Path | None, names: Sequence[str], size: int, time_limit: float,
            mode: str, hide: str | None, podium: int, seed: int | None,
            approved_only: bool) -> ClassConfig:  # fmt: skip
    """Load the bank and pick the questions (choice questions only: tiles A-D)."""
    from quiz.bank.curation import load_curated
    from quiz.classroom import ClassConfig
    from quiz.paths import default_bank

    path = bank_path or default_bank()
    bank = load_curated(path, approved_only=approved_only)
    questions = _pick(bank, size, seed, path)
    return ClassConfig(
        bank=str(path), questions=tuple(questions), teams=tuple(names), mode=mode,
        time_limit=time_limit, hide_leaderboard=hide, podium=podium,
        extra={"sources": _sources(bank)},
    )  # fmt: skip


def _pick(bank: Bank, size: int, seed: int | None, path: Path) -> list[Question]:
    from quiz.bank.models import CHOICE_TYPES
    from quiz.game.selection import RoundSpec, select_round

    choices = [q for q in bank.questions if q.type in CHOICE_TYPES]
    if not choices:
        raise fail(f"bank {path} has no multiple-choice or true/false questions to play")
    return select_round(choices, RoundSpec(size=min(size, len(choices)), seed=seed))


def _sources(bank: Bank) -> dict[str, str]:
    """Article id -> ``Title · 5 May 2021`` for the reveal screen."""
    return {
        a.id: " · ".join([a.title or a.source_path, *([a.date.isoformat()] if a.date else [])])
        for a in bank.articles
    }


def _run_new(store: SessionStore, config: ClassConfig, names: list[str] | None) -> None:
    import dataclasses
    import time

    from quiz.classroom.persist import start_session
    from quiz.tui.classroom.app import ClassApp

    def starter(teams: Sequence[str]) -> tuple[int, ClassSession]:
        chosen = dataclasses.replace(config, teams=tuple(teams))
        return start_session(store, chosen, clock=time.monotonic)

    if names is None:
        app = ClassApp(starter=starter, sources=config.extra["sources"])
    else:
        session_id, session = starter(names)
        app = ClassApp(session=session, session_id=session_id, sources=config.extra["sources"])
    app.run()
    _goodbye(app.session_id, app.session)


def _resume(store: SessionStore, which: str) -> None:
    import time

    from quiz.classroom.persist import resume_session
    from quiz.tui.classroom.app import ClassApp

    session_id, session = resume_session(store, _session_id(which), clock=time.monotonic)
    app = ClassApp(session=session, session_id=session_id,
                   sources=session.config.extra.get("sources", {}))  # fmt: skip
    app.run()
    _goodbye(session_id, session)


def _goodbye(session_id: int | None, session: ClassSession | None) -> None:
    if session_id is None or session is None:
        return
    if session.phase == "finished":
        click.echo(f"Session {session_id} finished. Report: quiz report {session_id}")
    else:
        click.echo(f"Session {session_id} saved. Continue with: quiz class --resume {session_id}")


def _session_id(text: str | None) -> int | None:
    if text is None or text == "latest":
        return None
    if not text.isdigit():
        raise fail(f"session must be a number (see 'quiz sessions'), not {text!r}")
    return int(text)


@cli.command()
@click.argument("session", required=False)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["csv", "xlsx", "md"]),
    default="csv",
    show_default=True,
    help="File format.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write (default: session-<id>.<format> here).",
)
def report(session: str | None, fmt: str, output: Path | None) -> None:
    """Write a classroom session's report (default: the latest session).

    Network games (quiz host) are reported the same way: their ids start with "h" (h3).

    The overview lists each team: correct, incorrect, score, accuracy and its answer to each
    question; then one table per question (answer, time where known, % correct). xlsx has an
    Overview sheet plus one sheet per question; csv writes the overview and <name>-questions.csv.

    \b
    Example:
      quiz report
      quiz report 3 --format xlsx -o class-3.xlsx
      quiz report --format md
      quiz report h2 --format xlsx
    """
    from quiz.report import write_report

    built, name = _build(session)
    target = output or Path(f"session-{name}.{fmt}")
    try:
        written = write_report(built, fmt, target)
    except OSError as exc:
        raise fail(f"cannot write {target}: {exc.strerror or exc}") from None
    for path in written:
        click.echo(f"wrote {path}")


def _build(session: str | None) -> tuple[Report, str]:
    """The report of a classroom session ("3") or a network game ("h3"); default the latest."""
    from quiz.paths import database_path
    from quiz.store.sessions import SessionStore

    host = _host_rounds()
    if session and session.lower().startswith("h"):
        wanted = session[1:]
        info = next((r for r in host if str(r.id) == wanted), None)
        if info is None:
            raise fail(f"no network game {session!r} (see 'quiz sessions')")
        return _host_report(info), f"h{info.id}"
    from quiz.classroom.persist import load_session
    from quiz.report import build_report

    with SessionStore.open(database_path()) as store:
        if (
            session is None
            and host
            and (not store.all(1) or host[0].started_at > store.all(1)[0].started_at)
        ):
            return _host_report(host[0]), f"h{host[0].id}"
        row = _row(store, _session_id(session))
        model = load_session(store, row)
    built = build_report(model, session_id=row.id, started_at=_when(row.started_at),
                         finished=row.finished)  # fmt: skip
    return built, str(row.id)


def _host_rounds(limit: int = 1000) -> list[RoundInfo]:
    from quiz.paths import database_path
    from quiz.store.db import Store

    with Store.open(database_path()) as store:
        return store.rounds_of_mode("host", limit)


def _host_report(info: RoundInfo) -> Report:
    from quiz.bank import load_bank
    from quiz.paths import database_path
    from quiz.report.rounds import build_round_report
    from quiz.store.db import Store

    with Store.open(database_path()) as store:
        answers = store.round_answers(info.id)
    try:
        questions = {q.id: q for q in load_bank(info.bank).questions}
    except QuizError:
        questions = {}  # the bank moved: the report still has every answer, keyed by id
    return build_round_report(info, answers, questions)


def _row(store: SessionStore, session_id: int | None) -> SessionRow:
    return store.latest() if session_id is None else store.get(session_id)


def _when(stamp: str) -> str:
    return stamp[:16].replace("T", " ")


@cli.command()
@click.option(
    "--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="Sessions to list."
)
def sessions(limit: int) -> None:
    """List past classroom sessions and network games: date, bank, teams and winner.

    \b
    Example:
      quiz sessions
      quiz sessions --limit 5
    """
    from quiz.paths import database_path
    from quiz.store.sessions import SessionStore

    with SessionStore.open(database_path()) as store:
        rows = [_listing(store, row) for row in store.all(limit)]
    rows += [_host_listing(info) for info in _host_rounds(limit)]
    rows.sort(key=lambda r: r[1], reverse=True)
    rows = rows[:limit]
    if not rows:
        click.echo("No classroom sessions yet. Start one with: quiz class")
        return
    click.echo(_table(["ID", "Date", "Bank", "Mode", "Teams", "Winner", "Status"], rows))


def _listing(store: SessionStore, row: SessionRow) -> list[str]:
    from quiz.classroom import standings
    from quiz.classroom.persist import load_session

    model = load_session(store, row)
    table = standings(model.answers(), model.teams)
    winners = [s.team for s in table if s.place == 1 and s.score > 0]
    winner = f"{' & '.join(winners)} ({table[0].score:,})" if winners else "-"
    status = "finished" if row.finished else f"at Q{model.position + 1} (resumable)"
    return [str(row.id), _when(row.started_at), Path(row.bank).name, row.mode,
            ", ".join(model.teams), winner, status]  # fmt: skip


def _host_listing(info: RoundInfo) -> list[str]:
    built = _host_report(info)
    top = [r for r in built.overview if r.place == 1 and r.score > 0]
    winner = f"{' & '.join(r.team for r in top)} ({top[0].score:,})" if top else "-"
    status = "finished" if info.finished else "unfinished (quiz host --resume)"
    return [f"h{info.id}", _when(info.started_at), Path(info.bank).name, "host",
            info.players, winner, status]  # fmt: skip


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    lines = [headers, ["-" * w for w in widths], *rows]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
                     for r in lines)  # fmt: skip
