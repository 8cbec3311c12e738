"""The student's connection to a session server (``websockets`` asyncio client).

:class:`GameClient` joins with the PIN and a nickname, keeps the rejoin token, and when the
connection drops it reconnects with that token (a few tries, backing off), so the player keeps
their score. It knows nothing about screens: :mod:`quiz.tui.net` shows what it receives.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from pathlib import Path

from pydantic import ValidationError
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidURI

from quiz.atomic import write_text
from quiz.errors import QuizError
from quiz.net import protocol as p

RETRIES = 5
BACKOFF = 0.5
CONNECT_TIMEOUT = 10.0


class JoinRefused(QuizError):
    """The server refused to let us in (wrong PIN, nickname taken, game full...)."""

    def __init__(self, error: p.Error) -> None:
        super().__init__(error.message)
        self.code = error.code


class Disconnected(QuizError):
    """The server is gone and reconnecting failed (or we were removed)."""


def parse_address(text: str, default_port: int = p.DEFAULT_PORT) -> str:
    """``HOST[:PORT]`` (or a ``ws://`` URL) as a WebSocket URL; QuizError when malformed."""
    address = text.strip()
    if address.startswith(("ws://", "wss://")):
        return address
    host, sep, port = address.rpartition(":") if address.count(":") == 1 else (address, "", "")
    if not sep:
        host, port = address, str(default_port)
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise QuizError(f"bad address {text!r}: expected HOST or HOST:PORT, e.g. 192.168.1.20:8765")
    return f"ws://{f'[{host}]' if ':' in host else host}:{port}"


class GameClient:
    """One player's connection: :meth:`connect`, then :meth:`receive` and :meth:`answer`."""

    def __init__(
        self,
        url: str,
        pin: str,
        name: str,
        *,
        token: str | None = None,
        retries: int = RETRIES,
        backoff: float = BACKOFF,
    ) -> None:
        self.url = url
        self.pin = pin
        self.name = name
        self.token = token
        self.retries = retries
        self.backoff = backoff
        self.finished = False
        self._connection: ClientConnection | None = None

    async def connect(self) -> p.Welcome:
        """Open the connection and join; :class:`JoinRefused` or :class:`Disconnected`."""
        try:
            async with asyncio.timeout(CONNECT_TIMEOUT):
                self._connection = await connect(self.url, max_size=1024 * 1024, close_timeout=2)
        except (OSError, TimeoutError, InvalidHandshake, InvalidURI) as exc:
            raise Disconnected(f"cannot reach the game at {self.url}: {exc}") from None
        join = p.Join(pin=self.pin, name=self.name, token=self.token)
        await self._connection.send(p.encode(join))
        reply = await self._next()
        if isinstance(reply, p.Error):
            await self.close()
            raise JoinRefused(reply)
        if not isinstance(reply, p.Welcome):
            raise Disconnected(f"unexpected first reply {reply.type!r}")
        self.name, self.token = reply.name, reply.token
        return reply

    async def receive(self) -> p.ServerModel:
        """The next message; reconnects (with the token) if the connection dropped."""
        while True:
            try:
                message = await self._next()
            except ConnectionClosed:
                if self.finished:
                    raise Disconnected("the game is over") from None
                await self._reconnect()
                continue
            if isinstance(message, p.GameOver):
                self.finished = True
            if isinstance(message, p.Removed):
                self.finished = True
            return message

    async def answer(self, position: int, choice: int) -> None:
        """Send an answer (the reply comes through :meth:`receive` as Ack or Error)."""
        if self._connection is not None:
            with contextlib.suppress(ConnectionClosed):
                await self._connection.send(p.encode(p.Answer(position=position, choice=choice)))

    async def close(self) -> None:
        """Leave."""
        if self._connection is not None:
            await self._connection.close()

    async def _next(self) -> p.ServerModel:
        assert self._connection is not None
        while True:
            raw = await self._connection.recv()
            try:
                return p.decode_server(raw)
            except ValidationError:
                continue  # a newer server's message this client does not know: skip it

    async def _reconnect(self) -> None:
        for attempt in range(self.retries):
            await asyncio.sleep(self.backoff * (2**attempt))
            try:
                await self.connect()
                return
            except Disconnected:
                continue
        raise Disconnected(f"lost the connection to {self.url}")


class TokenFile:
    """Remembers rejoin tokens between runs of ``quiz join`` (a JSON map, written atomically).

    Keyed by server URL, PIN and nickname, so restarting the client after closing the terminal
    rejoins with the same score. Browser clients do not use it: their processes all run on the
    host's machine, where a shared file would let one student take another's name.
    """

    def __init__(self, path: Path) -> None:
        self.path = path

    @staticmethod
    def key(url: str, pin: str, name: str) -> str:
        """The entry for one player in one game."""
        return f"{url}|{pin}|{name.strip().casefold()}"

    def load(self, url: str, pin: str, name: str) -> str | None:
        """The remembered token, if any."""
        return self._read().get(self.key(url, pin, name))

    def save(self, url: str, pin: str, name: str, token: str) -> None:
        """Remember ``token`` (keeps the newest 50 entries)."""
        tokens = self._read()
        tokens.pop(self.key(url, pin, name), None)
        tokens[self.key(url, pin, name)] = token
        write_text(self.path, json.dumps(dict(list(tokens.items())[-50:]), indent=1))

    def _read(self) -> dict[str, str]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}
