"""The host's clock: the engine's injected clock, plus jumps (skip) and holds (replay)."""

from __future__ import annotations

from quiz.game.clock import Clock


class SkipClock:
    """A clock the host can jump forward (to skip a question) or hold still (to replay)."""

    def __init__(self, base: Clock) -> None:
        self._base = base
        self._offset = 0.0
        self._held: float | None = None

    def __call__(self) -> float:
        """Current time: the base clock plus every jump, or the held value."""
        return self._held if self._held is not None else self._base() + self._offset

    def jump(self, seconds: float) -> None:
        """Move time forward by ``seconds``."""
        if self._held is not None:
            self._held += max(seconds, 0.0)
        else:
            self._offset += max(seconds, 0.0)

    def hold(self) -> None:
        """Stop following the base clock (time moves only by :meth:`jump`)."""
        self._held = self()

    def release(self) -> None:
        """Follow the base clock again from the held time."""
        if self._held is not None:
            self._offset = self._held - self._base()
            self._held = None
