"""Load test of a live game: 200 simulated students answer every question of a 10-question game.

The host (GameServer + HostGame + a real SQLite store committing every answer) runs in its own
process so its CPU time is measured alone; the students are real WebSocket clients in this
process, each answering at a random moment within the first seconds of the timer. Prints:

* answers lost: answers sent minus answers stored by the host (goal 0),
* the server's receive->ack latency (p50/p99; includes scoring and the SQLite commit),
* host CPU: process CPU time / wall time while the game runs.

    python benchmarks/bench_net.py [--students 200] [--questions 10] [--time 10]

Everything is bounded: the game stops by itself after its questions, and a hard deadline ends a
stuck run.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import random
import statistics
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

from quiz.bank.models import CHOICE_TYPES
from quiz.game.sample import synthetic_bank
from quiz.game.session import Phase
from quiz.net import protocol as p
from quiz.net.client import GameClient
from quiz.net.game import HostGame
from quiz.net.record import Recorder
from quiz.net.server import GameServer
from quiz.store import Store

PIN = "123456"
DEADLINE = 300.0
REVEAL_PAUSE = 0.3


# -- the host process ----------------------------------------------------------------------
def host_process(students: int, questions: int, limit: float, pipe: Connection) -> None:
    """Run the game; send the port first, then the figures."""
    asyncio.run(_host(students, questions, limit, pipe))


async def _host(students: int, size: int, limit: float, pipe: Connection) -> None:
    home = Path(tempfile.mkdtemp(prefix="bench-net-"))
    store = Store.open(home / "quiz.sqlite3")
    bank = synthetic_bank(size * 3)
    chosen = [q for q in bank.questions if q.type in CHOICE_TYPES][:size]
    game = HostGame(chosen, clock=time.monotonic, time_limit=limit, pin=PIN, cap=students)
    recorder = Recorder(store, home, "synthetic")
    recorder.attach(game)
    server = GameServer(game, host="127.0.0.1", port=0, rate=50, burst=50)
    await server.start()
    pipe.send(server.port)
    await _until(lambda: len(game.players) >= students, 120)
    cpu, wall = time.process_time(), time.perf_counter()
    server.start_game()
    while game.phase is not Phase.FINISHED:
        await _until(lambda: game.phase is not Phase.ASKING, limit + 5)
        await asyncio.sleep(REVEAL_PAUSE)
        server.next()
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    await asyncio.sleep(0.5)  # let the last messages go out
    assert recorder.state is not None
    stored = store.round_answers(recorder.state.round_id)
    answered = sum(1 for a in stored if not a.timed_out)
    pipe.send({"cpu": cpu, "wall": wall, "latency": server.latency.samples,
               "stored": len(stored), "answered": answered})  # fmt: skip
    await server.stop()
    store.close()


async def _until(condition: object, timeout: float) -> None:
    async with asyncio.timeout(timeout):
        while not condition():  # type: ignore[operator]
            await asyncio.sleep(0.01)


# -- the students --------------------------------------------------------------------------
class Tally:
    """What the students saw."""

    def __init__(self) -> None:
        self.sent = 0
        self.acked = 0
        self.errors: dict[str, int] = {}
        self.finished = 0


async def student(url: str, name: str, tally: Tally, spread: float) -> None:
    """Join, answer each question once at a random moment, stop at the podium."""
    client = GameClient(url, PIN, name)
    await client.connect()
    while True:
        message = await client.receive()
        if isinstance(message, p.Question):
            await asyncio.sleep(random.uniform(0.05, spread))
            await client.answer(message.position, random.randrange(len(message.choices)))
            tally.sent += 1
        elif isinstance(message, p.Ack):
            tally.acked += 1
        elif isinstance(message, p.Error):
            tally.errors[message.code] = tally.errors.get(message.code, 0) + 1
        elif isinstance(message, p.GameOver):
            tally.finished += 1
            await client.close()
            return


async def students(port: int, count: int, spread: float) -> Tally:
    """All students, joined in small batches (like a class arriving)."""
    url, tally = f"ws://127.0.0.1:{port}", Tally()
    tasks = []
    for index in range(count):
        tasks.append(asyncio.create_task(student(url, f"s{index:03d}", tally, spread)))
        if index % 20 == 19:
            await asyncio.sleep(0.05)
    async with asyncio.timeout(DEADLINE):
        await asyncio.gather(*tasks)
    return tally


def percentile(samples: list[float], q: float) -> float:
    """The ``q`` quantile (0-1) of ``samples``."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--students", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--time", type=float, default=10.0)
    args = parser.parse_args()
    ours, theirs = mp.Pipe()
    host = mp.get_context("spawn").Process(
        target=host_process, args=(args.students, args.questions, args.time, theirs)
    )
    host.start()
    port = ours.recv()
    tally = asyncio.run(students(port, args.students, spread=min(3.0, args.time / 2)))
    figures = ours.recv()
    host.join(timeout=10)
    expected = args.students * args.questions
    latency = figures["latency"]
    print(f"students {args.students}, questions {args.questions}, timer {args.time:g}s")
    print(f"answers sent {tally.sent} / expected {expected}; acked {tally.acked}; "
          f"stored (not timed out) {figures['answered']}; rows stored {figures['stored']}")  # fmt: skip
    print(f"answers lost: {expected - figures['answered']}   errors: {tally.errors or 'none'}")
    print(f"server receive->ack latency: p50 {percentile(latency, 0.5) * 1000:.2f} ms, "
          f"p99 {percentile(latency, 0.99) * 1000:.2f} ms, "
          f"max {max(latency, default=0) * 1000:.2f} ms, mean {statistics.fmean(latency or [0]) * 1000:.2f} ms")  # fmt: skip
    print(f"host CPU: {figures['cpu']:.2f} s over {figures['wall']:.2f} s wall = "
          f"{figures['cpu'] / figures['wall'] * 100:.0f}% of one core")  # fmt: skip
    print(f"students reaching the podium: {tally.finished}")


if __name__ == "__main__":
    main()
