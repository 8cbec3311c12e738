"""Live classroom over the network: ``quiz host`` (teacher) and ``quiz join`` (student)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import click

from quiz.cli._base import cli, fail

if TYPE_CHECKING:
    from quiz.net.game import HostGame
    from quiz.net.record import Recorder
    from quiz.store import Store

DEFAULT_PORT = 8765


@cli.command()
@click.option("--bank", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Bank to play (default: the shipped questions/seeds.json).")  # fmt: skip
@click.option("--port", type=click.IntRange(1, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port of the session server students connect to.")  # fmt: skip
@click.option("--bind", default="0.0.0.0", show_default=True,
              help="Address to listen on (a LAN address, or 0.0.0.0 for all).")  # fmt: skip
@click.option("--web", "web_port", type=click.IntRange(1, 65535), default=None,
              help="Also serve the student client to browsers on this port.")  # fmt: skip
@click.option("--time", "-t", "time_limit", type=click.FloatRange(5, 240), default=20.0,
              show_default=True, help="Seconds per question.")  # fmt: skip
@click.option("--round-size", "-n", type=click.IntRange(1, 100), default=10, show_default=True,
              help="Questions in the game.")  # fmt: skip
@click.option("--seed", type=int, default=None, help="Make the question order reproducible.")
@click.option("--max-players", type=click.IntRange(1, 1000), default=200, show_default=True,
              help="Player cap.")  # fmt: skip
@click.option("--hide-leaderboard", is_flag=True, help="Do not show the leaderboard after reveals.")
@click.option("--resume", is_flag=True, help="Continue the last hosted game that did not finish.")
def host(
    bank: Path | None,
    port: int,
    bind: str,
    web_port: int | None,
    time_limit: float,
    round_size: int,
    seed: int | None,
    max_players: int,
    hide_leaderboard: bool,
    resume: bool,
) -> None:
    """Host a live game: students join from their terminals (or browsers) with a PIN.

    The screen shows the join address and PIN. Keys: s starts, x removes the highlighted
    player; during a question Space pauses, s skips, e ends; Enter shows the next question. Only
    multiple-choice, true/false and quote questions are asked (they have tiles). Answers are
    stored as they arrive; if the host crashes, `quiz host --resume` continues the game.

    \b
    Example:
      quiz host --bank questions/seeds.json --round-size 10 --time 20
      quiz host --port 8765 --web 8000 --hide-leaderboard
      quiz host --resume
    """
    from quiz.net.record import Recorder
    from quiz.paths import data_dir, database_path
    from quiz.store import Store

    _check_port(bind, port)
    if web_port is not None:
        _check_port(bind, web_port)
    options: dict[str, object] = {"cap": max_players, "show_leaderboard": not hide_leaderboard}
    with Store.open(database_path()) as store:
        if resume:
            recorder, game = _resumed(store, data_dir(), options)
        else:
            chosen = bank or _default_bank()
            recorder = Recorder(store, data_dir(), str(chosen))
            game = _new_game(chosen, round_size, seed, time_limit, options)
            recorder.attach(game)
        _run_host(game, recorder, bind, port, web_port)


def _default_bank() -> Path:
    from quiz.paths import default_bank

    return default_bank()


def _new_game(
    bank: Path, size: int, seed: int | None, time_limit: float, options: dict[str, object]
) -> HostGame:
    import time

    from quiz.bank.curation import load_curated
    from quiz.bank.models import CHOICE_TYPES
    from quiz.game.selection import RoundSpec, select_round
    from quiz.net.game import HostGame

    loaded = load_curated(bank)
    spec = RoundSpec(size=size, types=frozenset(CHOICE_TYPES), seed=seed)
    questions = select_round(loaded.questions, spec)
    if not questions:
        raise fail(f"bank {bank}: no multiple-choice, true/false or quote questions to host")
    return HostGame(
        questions, clock=time.monotonic, time_limit=time_limit, articles=loaded.articles,
        **options,  # type: ignore[arg-type]
    )  # fmt: skip


def _resumed(store: Store, home: Path, options: dict[str, object]) -> tuple[Recorder, HostGame]:
    import time

    from quiz.bank.curation import load_curated
    from quiz.net.record import Recorder, latest_unfinished

    state = latest_unfinished(home, store)
    loaded = load_curated(state.bank)
    recorder = Recorder(store, home, state.bank)
    extra = {"clock": time.monotonic, "articles": loaded.articles, "cap": options["cap"]}
    return recorder, recorder.resume(state, loaded.questions, extra)


def _check_port(bind: str, port: int) -> None:
    """Fail with one line now rather than inside the TUI when the port is taken."""
    with socket.socket(socket.AF_INET6 if ":" in bind else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((bind, port))
        except OSError as exc:
            raise fail(f"cannot listen on {bind}:{port}: {exc.strerror} (try --port)") from None


def lan_addresses(bind: str) -> list[str]:
    """Addresses students can type: the bound one, or this machine's IPv4 addresses."""
    if bind not in ("0.0.0.0", "::", ""):
        return [bind]
    found: list[str] = []
    with contextlib.suppress(OSError):
        found += socket.gethostbyname_ex(socket.gethostname())[2]
    with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.connect(("192.0.2.1", 9))  # no packet is sent: this only picks the outgoing address
        found.insert(0, udp.getsockname()[0])
    unique = [a for i, a in enumerate(found) if a not in found[:i] and not a.startswith("127.")]
    return unique or ["127.0.0.1"]


@contextlib.contextmanager
def _web_server(bind: str, web_port: int | None, port: int, pin: str) -> Iterator[None]:
    """Run textual-serve in a child process for the game's lifetime."""
    if web_port is None:
        yield
        return
    args = [sys.executable, "-m", "quiz.tui.net.web", "--host", bind, "--port", str(web_port),
            "--game-port", str(port), "--pin", pin]  # fmt: skip
    from quiz.paths import data_dir

    log = data_dir() / "net" / "web.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("ab") as sink:  # an append-only log, not a document: no atomic write needed
        child = subprocess.Popen(args, stdout=sink, stderr=subprocess.STDOUT)
    try:
        yield
    finally:
        child.terminate()
        try:
            child.wait(timeout=3)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def _run_host(
    game: HostGame, recorder: Recorder, bind: str, port: int, web_port: int | None
) -> None:
    from quiz.net.server import GameServer
    from quiz.tui.net.host_app import HostApp

    server = GameServer(game, host=bind, port=port, tick_seconds=None)
    addresses = [f"{a}:{port}" for a in lan_addresses(bind)]
    web = [f"http://{a}:{web_port}" for a in lan_addresses(bind)] if web_port else []

    def on_action(action: str) -> None:
        if action == "end":
            recorder.mark_ended()
        elif action == "remove":
            recorder.save_tokens(game)

    with _web_server(bind, web_port, port, game.pin):
        HostApp(server, addresses=addresses, web=web, on_action=on_action).run()


@cli.command()
@click.argument("address")
@click.option("--pin", default="", help="The 6-digit PIN on the host's screen (asked if missing).")
@click.option("--name", default="", help="Your nickname, at most 20 characters (asked if missing).")
@click.option("--remember/--no-remember", default=True, show_default=True,
              help="Keep the rejoin token so a restarted client keeps its score.")  # fmt: skip
def join(address: str, pin: str, name: str, remember: bool) -> None:
    """Join a live game hosted with `quiz host`.

    ADDRESS is HOST or HOST:PORT as shown on the host's screen (default port 8765). Answer
    with keys 1-4 or a-d; Ctrl+Q leaves. Run the same command again to rejoin with
    your score (the rejoin token is remembered unless --no-remember).

    \b
    Example:
      quiz join 192.168.1.20:8765 --pin 123456 --name ana
      quiz join localhost --pin 123456
    """
    from quiz.net.client import TokenFile, parse_address
    from quiz.net.game import clean_name
    from quiz.net.protocol import PIN_LENGTH, ProtocolError
    from quiz.paths import data_dir
    from quiz.tui.net.join_app import JoinApp

    url = parse_address(address)
    if pin and not (pin.isdigit() and len(pin) == PIN_LENGTH):
        raise fail(f"bad PIN {pin!r}: it is the {PIN_LENGTH}-digit number on the host's screen")
    try:
        nickname = clean_name(name) if name else ""
    except ProtocolError as exc:
        raise fail(f"bad nickname {name!r}: {exc.message}") from None
    tokens = TokenFile(data_dir() / "net" / "tokens.json") if remember else None
    JoinApp(url, pin=pin, name=nickname, tokens=tokens).run()
