"""The live-game protocol: every JSON message between the session server and its clients.

This module is the single source of the protocol (``docs/protocol.md`` describes it for
people). Each message is one WebSocket text frame holding a JSON object whose ``type`` field
names the model. Messages from clients are validated here; anything that does not fit becomes a
:class:`ProtocolError` that the server answers with an :class:`Error` message.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

PROTOCOL_VERSION = 1
MAX_MESSAGE_BYTES = 4096
"""Largest client message the server reads; bigger ones get a ``too_large`` error."""
NAME_MAX = 20
"""Longest nickname, in characters, after trimming."""
PIN_LENGTH = 6
DEFAULT_PORT = 8765

ErrorCode = Literal[
    "bad_message", "too_large", "rate_limited", "wrong_pin", "bad_name", "name_taken",
    "game_full", "game_started", "bad_token", "not_joined", "already_joined", "not_asking",
    "wrong_question", "too_late", "paused", "already_answered", "bad_choice", "removed",
]  # fmt: skip


class ProtocolError(ValueError):
    """A message or request the server refuses; ``code`` is sent to the client."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code: ErrorCode = code
        self.message = message


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# -- client -> server ----------------------------------------------------------------------
class Join(_Message):
    """Join the game (or rejoin with the token from :class:`Welcome`)."""

    type: Literal["join"] = "join"
    pin: str = Field(max_length=16)
    name: str = Field(max_length=100)
    """The nickname; the server trims it and enforces the rules."""
    token: str | None = Field(default=None, max_length=64)
    """The rejoin token a previous :class:`Welcome` gave this name."""


class Answer(_Message):
    """Pick tile ``choice`` (0-based) for the question at ``position``."""

    type: Literal["answer"] = "answer"
    position: int = Field(ge=0, le=1000)
    choice: int = Field(ge=0, le=3)


ClientMessage = Annotated[Join | Answer, Field(discriminator="type")]


# -- server -> client ----------------------------------------------------------------------
class Standing(_Message):
    """A player's place in the game."""

    name: str
    score: int
    rank: int


class Welcome(_Message):
    """The join worked; keep ``token`` to rejoin after a dropped connection."""

    type: Literal["welcome"] = "welcome"
    name: str
    token: str
    rejoined: bool = False
    protocol: int = PROTOCOL_VERSION


class Error(_Message):
    """A refused message; the connection stays open unless ``code`` is ``removed``."""

    type: Literal["error"] = "error"
    code: ErrorCode
    message: str


class Lobby(_Message):
    """Who is in the game before it starts."""

    type: Literal["lobby"] = "lobby"
    players: list[str]
    cap: int


class Question(_Message):
    """A question is being asked; ``remaining`` seconds were left when this was sent."""

    type: Literal["question"] = "question"
    position: int
    total: int
    kind: str
    prompt: str
    choices: list[str]
    time_limit: float
    remaining: float
    context: str = ""
    """Where the question comes from (article title, date, author)."""
    answered: bool = False
    """True when re-sent to a rejoining player who already answered it."""


class Ack(_Message):
    """The server took the answer to ``position`` (right or wrong is told at the reveal)."""

    type: Literal["ack"] = "ack"
    position: int
    choice: int
    elapsed: float


class Paused(_Message):
    """The teacher paused (``paused``) or resumed the clock."""

    type: Literal["paused"] = "paused"
    paused: bool
    remaining: float


class Result(_Message):
    """How one player did on the revealed question."""

    given: str | None
    correct: bool
    points: int
    score: int
    rank: int
    streak: int


class Reveal(_Message):
    """The question closed: the answer, how the class voted, the explanation and its quote."""

    type: Literal["reveal"] = "reveal"
    position: int
    answer: str
    answer_index: int
    counts: list[int]
    """Answers per choice, in choice order."""
    explanation: str
    quote: str
    source: str
    you: Result | None = None
    leaderboard: list[Standing] = Field(default_factory=list)
    """Top players (empty when the teacher hides the leaderboard)."""


class GameOver(_Message):
    """The game is over: the podium and your own place."""

    type: Literal["end"] = "end"
    podium: list[Standing]
    you: Standing | None = None
    players: int


class Removed(_Message):
    """The teacher removed this player; the server closes the connection."""

    type: Literal["removed"] = "removed"
    reason: str


ServerModel = Welcome | Error | Lobby | Question | Ack | Paused | Reveal | GameOver | Removed
ServerMessage = Annotated[ServerModel, Field(discriminator="type")]

_CLIENT: TypeAdapter[Join | Answer] = TypeAdapter(ClientMessage)
_SERVER: TypeAdapter[ServerModel] = TypeAdapter(ServerMessage)


def encode(message: BaseModel) -> str:
    """The JSON text frame for ``message``."""
    return message.model_dump_json()


def decode_client(raw: str | bytes) -> Join | Answer:
    """Parse a client frame; :class:`ProtocolError` (``too_large``/``bad_message``) otherwise."""
    if len(raw) > MAX_MESSAGE_BYTES:
        raise ProtocolError("too_large", f"messages are limited to {MAX_MESSAGE_BYTES} bytes")
    try:
        return _CLIENT.validate_json(raw)
    except ValidationError as exc:
        raise ProtocolError("bad_message", _first_problem(exc)) from None


def decode_server(raw: str | bytes) -> ServerModel:
    """Parse a server frame (raises pydantic's ValidationError when it does not fit)."""
    return _SERVER.validate_json(raw)


def _first_problem(exc: ValidationError) -> str:
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    return f"invalid message: {where + ': ' if where else ''}{error['msg']}"[:200]
