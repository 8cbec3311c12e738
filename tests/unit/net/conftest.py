"""Fixtures for live-game tests: a real server on loopback, real clients, a frozen clock."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable

import pytest

from quiz.bank.models import CHOICE_TYPES, Bank, Question
from quiz.game import ManualClock
from quiz.game.sample import sample_bank
from quiz.net.game import HostGame
from quiz.net.server import GameServer


def choice_questions(bank: Bank) -> list[Question]:
    """The bank's tile questions, in bank order."""
    return [q for q in bank.questions if q.type in CHOICE_TYPES]


@pytest.fixture
def clock() -> ManualClock:
    """The engine's clock: moves only when a test says so."""
    return ManualClock(100.0)


@pytest.fixture
def bank() -> Bank:
    """The sample bank built in code."""
    return sample_bank()


@pytest.fixture
def make_game(clock: ManualClock, bank: Bank) -> Callable[..., HostGame]:
    """Build a HostGame on the frozen clock with PIN 123456."""

    def build(**options: object) -> HostGame:
        settings: dict[str, object] = {"time_limit": 20.0, "pin": "123456"}
        settings.update(options)
        return HostGame(
            choice_questions(bank), clock=clock, articles=bank.articles,
            **settings,  # type: ignore[arg-type]
        )  # fmt: skip

    return build


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., asyncio.Future[GameServer]]]:
    """Start GameServers on 127.0.0.1 (free port, no ticker); all are stopped afterwards."""
    servers: list[GameServer] = []

    async def start(game: HostGame, **options: object) -> GameServer:
        server = GameServer(game, host="127.0.0.1", port=0, tick_seconds=None, **options)  # type: ignore[arg-type]
        await server.start()
        servers.append(server)
        return server

    yield start  # type: ignore[misc]
    for server in servers:
        await server.stop()
