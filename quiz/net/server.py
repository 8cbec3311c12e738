"""The session server: a ``websockets`` asyncio server in front of a :class:`HostGame`.

The server is authoritative: it validates every frame with the protocol models, stamps answers
by its own clock on arrival, and never lets one client hold up the others. Sends go through
``websockets.broadcast`` (no awaiting a slow reader). Abuse limits: frames above
:data:`~quiz.net.protocol.MAX_MESSAGE_BYTES` get an error (above :data:`HARD_MAX_BYTES` the
library closes the connection), a token bucket per connection, a join deadline, a cap on
connections that have not joined, and the game's player cap.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from websockets.asyncio.server import Server, ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed

from quiz.net import protocol as p
from quiz.net.game import HostGame, Outgoing

HARD_MAX_BYTES = 64 * 1024
JOIN_TIMEOUT = 15.0
MAX_PENDING = 400
RATE_PER_SECOND = 10.0
RATE_BURST = 20
MAX_STRIKES = 200
TICK_SECONDS = 0.05

log = logging.getLogger(__name__)


@dataclass
class TokenBucket:
    """``rate`` messages per second with bursts of ``burst``, on an injected clock."""

    rate: float
    burst: int
    clock: Callable[[], float]
    tokens: float = field(init=False)
    stamp: float = field(init=False)
    strikes: int = 0
    """Messages refused so far for going over the rate."""

    def __post_init__(self) -> None:
        self.tokens = float(self.burst)
        self.stamp = self.clock()

    def take(self) -> bool:
        """Spend one token; False when the connection is over its rate."""
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


@dataclass
class Latency:
    """Receive-to-acknowledge times of answers, in seconds (for the benchmark)."""

    samples: list[float] = field(default_factory=list)


class GameServer:
    """Serves one :class:`HostGame` over WebSockets; host actions go through its methods."""

    def __init__(
        self,
        game: HostGame,
        *,
        host: str = "127.0.0.1",
        port: int = p.DEFAULT_PORT,
        tick_seconds: float | None = TICK_SECONDS,
        rate: float = RATE_PER_SECOND,
        burst: int = RATE_BURST,
        join_timeout: float = JOIN_TIMEOUT,
        wall: Callable[[], float] | None = None,
    ) -> None:
        self.game = game
        self.host = host
        self.port = port
        self.tick_seconds = tick_seconds
        self.rate, self.burst = rate, burst
        self.join_timeout = join_timeout
        self.wall = wall or _monotonic
        self.connections: dict[str, ServerConnection] = {}
        self.pending = 0
        self.latency = Latency()
        self.on_change: Callable[[], None] | None = None
        """Called after anything that may change what the host screen shows."""
        self._server: Server | None = None
        self._ticker: asyncio.Task[None] | None = None

    # -- lifecycle ---------------------------------------------------------------------
    async def start(self) -> None:
        """Listen (port 0 picks a free port; :attr:`port` is then the real one)."""
        self._server = await serve(
            self._handle, self.host, self.port, max_size=HARD_MAX_BYTES, max_queue=8,
            ping_interval=20, ping_timeout=20, close_timeout=2,
        )  # fmt: skip
        self.port = self._server.sockets[0].getsockname()[1] if self._server.sockets else 0
        if self.tick_seconds is not None:
            self._ticker = asyncio.create_task(self._tick_forever(self.tick_seconds))

    async def stop(self) -> None:
        """Stop ticking, close every connection and the listening socket."""
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _tick_forever(self, seconds: float) -> None:
        while True:
            await asyncio.sleep(seconds)
            self.tick()

    # -- host actions ------------------------------------------------------------------
    def tick(self) -> None:
        """Close a question whose time is up."""
        self.send(self.game.tick())

    def start_game(self) -> None:
        """The teacher pressed start."""
        self.send(self.game.start())

    def next(self) -> None:
        """Next question (or the podium) after a reveal."""
        self.send(self.game.next())

    def skip(self) -> None:
        """Close the current question now."""
        self.send(self.game.skip())

    def pause(self) -> None:
        """Pause the clock."""
        self.send(self.game.pause())

    def resume(self) -> None:
        """Resume the clock."""
        self.send(self.game.resume())

    def end(self) -> None:
        """End the game and send the podium."""
        self.send(self.game.end())

    def remove(self, name: str) -> None:
        """Remove a player and close their connection."""
        self.send(self.game.remove(name))
        connection = self.connections.pop(name, None)
        if connection is not None:
            asyncio.get_running_loop().create_task(connection.close(4000, "removed"))

    # -- delivery ----------------------------------------------------------------------
    def send(self, outgoing: Iterable[Outgoing]) -> None:
        """Deliver messages without waiting on any client; notify the host screen."""
        sent = False
        for item in outgoing:
            sent = True
            if item.to is None:
                broadcast(list(self.connections.values()), item.text)
            elif (connection := self.connections.get(item.to)) is not None:
                broadcast([connection], item.text)
        if sent and self.on_change is not None:
            self.on_change()

    # -- connections -------------------------------------------------------------------
    async def _handle(self, connection: ServerConnection) -> None:
        if self.pending >= MAX_PENDING:
            await connection.close(1013, "too many connections waiting to join")
            return
        self.pending += 1
        name: str | None = None
        try:
            async with asyncio.timeout(self.join_timeout):
                name = await self._await_join(connection)
        except (TimeoutError, ConnectionClosed):
            name = None
        finally:
            self.pending -= 1
        if name is None:
            await connection.close(1008, "join first")
        else:
            await self._serve_player(connection, name)

    async def _await_join(self, connection: ServerConnection) -> str | None:
        bucket = self._bucket()
        async for raw in connection:
            request = await self._read(connection, raw, bucket)
            if request is None:
                continue
            if not isinstance(request, p.Join):
                await _error(connection, "not_joined", "join the game first")
                continue
            try:
                name, out = self.game.join(request)
            except p.ProtocolError as exc:
                await _error(connection, exc.code, exc.message)
                continue
            self._replace(name, connection)
            self.send(out)
            return name
        return None

    def _replace(self, name: str, connection: ServerConnection) -> None:
        old = self.connections.get(name)
        self.connections[name] = connection
        if old is not None and old is not connection:
            asyncio.get_running_loop().create_task(old.close(4001, "joined from elsewhere"))

    async def _serve_player(self, connection: ServerConnection, name: str) -> None:
        bucket = self._bucket()
        try:
            async for raw in connection:
                request = await self._read(connection, raw, bucket)
                if request is not None:
                    await self._on_player_message(connection, name, request)
        except ConnectionClosed:
            pass
        finally:
            if self.connections.get(name) is connection:
                del self.connections[name]
                self.game.leave(name)
                if self.on_change is not None:
                    self.on_change()

    async def _on_player_message(
        self, connection: ServerConnection, name: str, request: p.Join | p.Answer
    ) -> None:
        if isinstance(request, p.Join):
            await _error(connection, "already_joined", f"already joined as {name!r}")
            return
        received = self.wall()
        try:
            out = self.game.answer(name, request)
        except p.ProtocolError as exc:
            await _error(connection, exc.code, exc.message)
            return
        self.send(out)
        self.latency.samples.append(self.wall() - received)

    async def _read(
        self, connection: ServerConnection, raw: str | bytes, bucket: TokenBucket
    ) -> p.Join | p.Answer | None:
        """Decode one frame; errors are answered and yield None. Floods end the connection."""
        if not bucket.take():
            bucket.strikes += 1
            if bucket.strikes > MAX_STRIKES:
                await connection.close(1008, "too many messages")
            else:
                await _error(connection, "rate_limited", "slow down: too many messages")
            return None
        try:
            return p.decode_client(raw)
        except p.ProtocolError as exc:
            await _error(connection, exc.code, exc.message)
            return None

    def _bucket(self) -> TokenBucket:
        return TokenBucket(self.rate, self.burst, self.wall)


async def _error(connection: ServerConnection, code: p.ErrorCode, message: str) -> None:
    with contextlib.suppress(ConnectionClosed):
        await connection.send(p.encode(p.Error(code=code, message=message)))


def _monotonic() -> float:
    return time.monotonic()
