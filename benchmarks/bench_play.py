"""Benchmarks for ``quiz play``. Prints figures; asserts nothing about time.

Run:  python benchmarks/bench_play.py [--runs 5] [--questions 100000]

(a) Time to first question painted, as a ratio to a hello-world Textual app, same run.
    Each measurement is a fresh interpreter (so imports count, as they do for a user). The
    child records wall-clock time from just before the parent spawns it to the moment the
    screen has been refreshed once with the target content: it runs the app headless with an
    auto-pilot that waits for the QuestionScreen (quiz) or the Static (hello world), awaits one
    more refresh, prints a marker with ``time.time()`` and exits. The quiz child goes through
    the real ``quiz play --bank ... --round-size ... --time ... --seed ... --player ...`` CLI
    path (bank load + validation, SQLite open/migrate, round selection). Runs alternate
    between the two apps; the median of each is reported. Goal: ratio <= 1.5.
(b) Loading and validating a synthetic bank of N questions with ``load_curated`` versus plain
    ``json.load`` of the same file: best of 3 each. Goal: ratio <= 4.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_PATCH = """
import sys, time
from textual.app import App
_run = App.run

def run(self, *args, **kwargs):
    async def pilot(p):
        while not {ready}:
            await p.pause()
        await p.pause()
        print("PAINTED", time.time(), flush=True)
        p.app.exit()
    return _run(self, headless=True, auto_pilot=pilot)

App.run = run
"""

_HELLO = (
    _PATCH.format(ready="p.app.screen.query('Static')")
    + """
from textual.app import App, ComposeResult
from textual.widgets import Static

class Hello(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("Hello, world")

Hello().run()
"""
)

_QUIZ = (
    _PATCH.format(ready="type(p.app.screen).__name__ == 'QuestionScreen'")
    + """
from quiz.cli import main
main(sys.argv[1:])
"""
)


def _first_paint(code: str, args: list[str], env: dict[str, str]) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                         env=env, check=True, timeout=120)  # fmt: skip
    marker = next(line for line in out.stdout.splitlines() if line.startswith("PAINTED"))
    return float(marker.split()[1]) - start


def bench_first_question(runs: int, workdir: Path) -> tuple[float, float]:
    """Median seconds to first paint: (hello world, quiz play)."""
    from quiz.bank.io import save_bank
    from quiz.game.sample import synthetic_bank
    from quiz.paths import default_bank

    bank = default_bank()
    if not bank.is_file():
        bank = workdir / "bank.json"
        save_bank(synthetic_bank(300), bank)
    print(f"(a) bank: {bank}")
    env = {**os.environ, "QUIZ_HOME": str(workdir / "home"), "TERM": "xterm-256color"}
    args = ["play", "--bank", str(bank), "--round-size", "10", "--time", "20", "--seed", "1",
            "--player", "bench"]  # fmt: skip
    _first_paint(_QUIZ, args, env)  # warm the OS file cache and create the database
    hello, quiz = [], []
    for _ in range(runs):
        hello.append(_first_paint(_HELLO, [], env))
        quiz.append(_first_paint(_QUIZ, args, env))
    return statistics.median(hello), statistics.median(quiz)


def _best(fn: object, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def bench_big_bank(size: int, workdir: Path) -> tuple[float, float, int]:
    """Best seconds: (json.load, load_curated), and the file size in bytes."""
    from quiz.bank.curation import load_curated
    from quiz.bank.io import save_bank
    from quiz.game.sample import synthetic_bank

    path = workdir / f"bank-{size}.json"
    save_bank(synthetic_bank(size), path)

    def plain() -> None:
        with path.open("rb") as handle:
            json.load(handle)

    def curated() -> None:
        assert len(load_curated(path).questions) == size

    return _best(plain), _best(curated), path.stat().st_size


def main() -> None:
    """Run both benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--questions", type=int, default=100_000)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        hello, quiz = bench_first_question(options.runs, work)
        print(
            f"(a) first paint, median of {options.runs}: hello world {hello * 1000:.0f} ms,"
            f" quiz play {quiz * 1000:.0f} ms -> ratio {quiz / hello:.2f} (goal <= 1.5)"
        )
        plain, curated, size = bench_big_bank(options.questions, work)
        print(
            f"(b) {options.questions:,}-question bank ({size / 1e6:.0f} MB), best of 3:"
            f" json.load {plain:.2f} s, load_curated {curated:.2f} s"
            f" -> ratio {curated / plain:.2f} (goal <= 4)"
        )


if __name__ == "__main__":
    main()
