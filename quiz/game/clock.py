"""Time for the engine: an injected clock and a pausable stopwatch.

The engine never reads the system time itself. It is handed a :data:`Clock` (any callable that
returns seconds as a float, e.g. ``time.monotonic``), so tests drive time with a
:class:`ManualClock` and never sleep.
"""

from __future__ import annotations

from typing import Protocol


class Clock(Protocol):
    """A source of monotonic time in seconds."""

    def __call__(self) -> float:
        """Return the current time in seconds."""
        ...


class ManualClock:
    """A clock that only moves when told to: for tests, snapshots and replays."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start

    def __call__(self) -> float:
        """Return the frozen current time."""
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward by ``seconds``."""
        if seconds < 0:
            raise ValueError("time cannot go backwards")
        self.now += seconds


class Stopwatch:
    """Elapsed time on a clock, excluding paused stretches."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._started: float | None = None
        self._banked = 0.0

    @property
    def running(self) -> bool:
        """True between :meth:`start`/:meth:`resume` and :meth:`pause`/:meth:`stop`."""
        return self._started is not None

    def start(self) -> None:
        """Reset to zero and start running."""
        self._banked = 0.0
        self._started = self._clock()

    def pause(self) -> None:
        """Stop counting (idempotent)."""
        if self._started is not None:
            self._banked += self._clock() - self._started
            self._started = None

    def resume(self) -> None:
        """Count again after :meth:`pause` (idempotent)."""
        if self._started is None:
            self._started = self._clock()

    def elapsed(self) -> float:
        """Seconds counted so far."""
        running = self._clock() - self._started if self._started is not None else 0.0
        return self._banked + running
