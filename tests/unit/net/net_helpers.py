"""Helpers shared by the live-game tests: URLs, joining, waiting for a message type."""

from __future__ import annotations

import asyncio

from quiz.net import protocol as p
from quiz.net.client import GameClient
from quiz.net.server import GameServer

WAIT = 5.0


def url(server: GameServer) -> str:
    """The server's WebSocket URL."""
    return f"ws://127.0.0.1:{server.port}"


async def join(server: GameServer, name: str, **options: object) -> GameClient:
    """A connected client that joined as ``name``."""
    client = GameClient(url(server), "123456", name, backoff=0.05, **options)  # type: ignore[arg-type]
    await asyncio.wait_for(client.connect(), WAIT)
    return client


async def expect(client: GameClient, kind: str) -> p.ServerModel:
    """Skip messages until one of type ``kind`` arrives (bounded wait)."""

    async def wanted() -> p.ServerModel:
        while True:
            message = await client.receive()
            if message.type == kind:
                return message

    return await asyncio.wait_for(wanted(), WAIT)
