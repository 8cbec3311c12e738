"""The host's side of a live game, without any network code ("sans-IO").

:class:`HostGame` keeps the lobby (nicknames, rejoin tokens, the PIN) and drives the pure
:class:`~quiz.game.session.GameSession`. Every call returns the :class:`Outgoing` messages it
caused; the server (:mod:`quiz.net.server`) only delivers them. Time comes from an injected
clock, so tests drive a whole game without sleeping.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from quiz.bank.models import Article, Question
from quiz.game.clock import Clock
from quiz.game.session import (
    Event,
    GameSession,
    Phase,
    QuestionClosed,
    QuestionStarted,
    RoundFinished,
)
from quiz.net import protocol as p
from quiz.net.clock import SkipClock
from quiz.net.standings import podium, standings

DEFAULT_PLAYER_CAP = 200
LEADERBOARD_SIZE = 5

SessionHook = Callable[[GameSession], None]


@dataclass(frozen=True, slots=True)
class Outgoing:
    """A message for one player (``to``) or for every joined player (``to=None``)."""

    to: str | None
    message: p.ServerModel

    @property
    def text(self) -> str:
        """The JSON frame."""
        return p.encode(self.message)


def make_pin() -> str:
    """A random 6-digit PIN."""
    return f"{secrets.randbelow(10**p.PIN_LENGTH):0{p.PIN_LENGTH}d}"


def clean_name(raw: str) -> str:
    """The trimmed nickname, or :class:`~quiz.net.protocol.ProtocolError` (``bad_name``)."""
    name = raw.strip()
    if not name:
        raise p.ProtocolError("bad_name", "the nickname is empty")
    if len(name) > p.NAME_MAX:
        raise p.ProtocolError("bad_name", f"nicknames are at most {p.NAME_MAX} characters")
    if not name.isprintable():
        raise p.ProtocolError("bad_name", "nicknames may only use printable characters")
    return name


class HostGame:
    """Lobby, players and the engine for one live game."""

    def __init__(
        self,
        questions: Sequence[Question],
        *,
        clock: Clock,
        time_limit: float,
        articles: Sequence[Article] = (),
        pin: str | None = None,
        cap: int = DEFAULT_PLAYER_CAP,
        show_leaderboard: bool = True,
        on_session: SessionHook | None = None,
    ) -> None:
        self.questions = list(questions)
        self.clock = SkipClock(clock)
        self.time_limit = time_limit
        self.articles = {a.id: a for a in articles}
        self.pin = pin or make_pin()
        self.cap = cap
        self.show_leaderboard = show_leaderboard
        self.on_session = on_session
        self.tokens: dict[str, str] = {}
        """Joined nicknames (join order) and their rejoin tokens."""
        self.connected: set[str] = set()
        self.session: GameSession | None = None
        self.ended = False
        self._out: list[Outgoing] = []

    # -- state -------------------------------------------------------------------------
    @property
    def players(self) -> list[str]:
        """Nicknames in join order."""
        return list(self.tokens)

    @property
    def started(self) -> bool:
        """True once the teacher pressed start."""
        return self.session is not None

    @property
    def phase(self) -> Phase:
        """The engine's phase (READY in the lobby, FINISHED after an early end)."""
        if self.ended:
            return Phase.FINISHED
        return self.session.phase if self.session else Phase.READY

    def answered_count(self) -> int:
        """How many players answered the current question."""
        if self.session is None or self.session.position < 0:
            return 0
        return len(self.session.players) - len(self.session.waiting_for())

    def counts(self, position: int) -> list[int]:
        """Answers per choice for the question at ``position`` (timeouts not counted)."""
        assert self.session is not None
        question = self.session.questions[position]
        tally = [0] * len(question.choices)
        for record in self.session.records_for(position):
            if record.given in question.choices:
                tally[question.choices.index(record.given)] += 1
        return tally

    def standings(self) -> list[p.Standing]:
        """Every player, best first."""
        scores = self.session.players if self.session else {}
        return standings({n: scores[n].score if n in scores else 0 for n in self.tokens})

    # -- joining -----------------------------------------------------------------------
    def join(self, request: p.Join) -> tuple[str, list[Outgoing]]:
        """Admit (or re-admit) a player; :class:`ProtocolError` when refused."""
        if request.pin.strip() != self.pin:
            raise p.ProtocolError("wrong_pin", "wrong PIN: check the number on the host screen")
        name = clean_name(request.name)
        known = self._known_as(name)
        if known is not None:
            return self._rejoin(known, request.token)
        if self.started:
            raise p.ProtocolError("game_started", "the game has already started")
        if len(self.tokens) >= self.cap:
            raise p.ProtocolError("game_full", f"the game is full ({self.cap} players)")
        self.tokens[name] = secrets.token_urlsafe(16)
        self.connected.add(name)
        welcome = Outgoing(name, p.Welcome(name=name, token=self.tokens[name]))
        return name, [welcome, self._lobby()]

    def _known_as(self, name: str) -> str | None:
        folded = name.casefold()
        return next((n for n in self.tokens if n.casefold() == folded), None)

    def _rejoin(self, name: str, token: str | None) -> tuple[str, list[Outgoing]]:
        if token is None:
            raise p.ProtocolError("name_taken", f"the nickname {name!r} is taken: pick another")
        if not secrets.compare_digest(token, self.tokens[name]):
            raise p.ProtocolError("bad_token", f"wrong rejoin token for {name!r}")
        self.connected.add(name)
        welcome = Outgoing(name, p.Welcome(name=name, token=token, rejoined=True))
        return name, [welcome, *self._catch_up(name)]

    def _catch_up(self, name: str) -> list[Outgoing]:
        session = self.session
        if session is None:
            return [self._lobby()]
        if self.phase is Phase.FINISHED:
            return [self._game_over(name)]
        message = self._question_message()
        if session.phase is Phase.ASKING:
            answered = name not in session.waiting_for()
            return [Outgoing(name, message.model_copy(update={"answered": answered}))]
        return [Outgoing(name, message), self._reveal(name, session.position)]

    def leave(self, name: str) -> None:
        """The player's connection dropped; they may rejoin with their token."""
        self.connected.discard(name)

    def remove(self, name: str) -> list[Outgoing]:
        """The teacher removes a player from the lobby (after the start: disconnects only)."""
        if name not in self.tokens:
            return []
        out = [Outgoing(name, p.Removed(reason="the teacher removed you from the game"))]
        self.connected.discard(name)
        if not self.started:
            del self.tokens[name]
            out.append(self._lobby())
        else:
            self.tokens[name] = secrets.token_urlsafe(16)  # the old token stops working
        return out

    def _lobby(self) -> Outgoing:
        return Outgoing(None, p.Lobby(players=self.players, cap=self.cap))

    # -- the game ----------------------------------------------------------------------
    def start(self) -> list[Outgoing]:
        """Start the game with everyone in the lobby (needs at least one player)."""
        if self.started or not self.tokens:
            return []
        self.session = self.build_session()
        self.session.start_question()
        return self.drain()

    def proceed(self) -> list[Outgoing]:
        """Start, or continue a resumed game: ask its first question or restart its clock."""
        session = self.session
        if session is None:
            return self.start()
        if session.phase is Phase.READY:
            session.start_question()
            return self.drain()
        return self.resume()

    def build_session(self) -> GameSession:
        """The engine for the lobby's players, wired to this game (and ``on_session``)."""
        session = GameSession(
            self.questions, clock=self.clock, players=self.players, time_limit=self.time_limit
        )
        session.subscribe(self._on_event)
        if self.on_session is not None:
            self.on_session(session)
        self.session = session
        return session

    def answer(self, name: str, request: p.Answer) -> list[Outgoing]:
        """Score a player's answer, stamped now by the server's clock."""
        session = self._asking(request.position)
        if name not in session.waiting_for():
            raise p.ProtocolError("already_answered", "you already answered this question")
        if session.remaining() <= 0:
            self.tick()
            raise p.ProtocolError("too_late", "time is up for this question")
        choices = session.question.choices
        if request.choice >= len(choices):
            raise p.ProtocolError("bad_choice", f"choose 0-{len(choices) - 1}")
        record = session.answer(choices[request.choice], name)
        ack = Outgoing(name, p.Ack(position=request.position, choice=request.choice,
                                   elapsed=round(record.elapsed, 3)))  # fmt: skip
        return [ack, *self.drain()]

    def _asking(self, position: int) -> GameSession:
        session = self.session
        if session is None or self.phase is not Phase.ASKING:
            raise p.ProtocolError("not_asking", "no question is open")
        if position != session.position:
            raise p.ProtocolError("wrong_question", f"question {position} is not the open one")
        if session.paused:
            raise p.ProtocolError("paused", "the game is paused")
        return session

    def tick(self) -> list[Outgoing]:
        """Close the question when its time is up (call this regularly)."""
        if self.session is not None and not self.ended:
            self.session.tick()
        return self.drain()

    def next(self) -> list[Outgoing]:
        """After a reveal: ask the next question, or finish with the podium."""
        if self.session is None or self.phase is not Phase.REVEALED:
            return []
        self.session.advance()
        return self.drain()

    def skip(self) -> list[Outgoing]:
        """Close the current question now: whoever has not answered times out (0 points)."""
        if self.session is not None and self.phase is Phase.ASKING and not self.session.paused:
            self.clock.jump(self.session.remaining() + 0.001)
        return self.tick()

    def pause(self) -> list[Outgoing]:
        """Stop the clock (answers are refused until :meth:`resume`)."""
        return self._set_paused(True)

    def resume(self) -> list[Outgoing]:
        """Restart the clock."""
        return self._set_paused(False)

    def _set_paused(self, paused: bool) -> list[Outgoing]:
        session = self.session
        if session is None or self.phase is not Phase.ASKING or session.paused == paused:
            return []
        session.pause() if paused else session.resume()
        return [Outgoing(None, p.Paused(paused=paused, remaining=round(session.remaining(), 3)))]

    def end(self) -> list[Outgoing]:
        """End the game now and show the podium (answers so far stay stored)."""
        if self.ended or self.phase is Phase.FINISHED:
            return []
        if self.session is not None:
            self.session.pause()
        self.ended = True
        return [self._game_over(name) for name in self.tokens]

    # -- engine events -> messages -----------------------------------------------------
    def _on_event(self, event: Event) -> None:
        if isinstance(event, QuestionStarted):
            self._out.append(Outgoing(None, self._question_message()))
        elif isinstance(event, QuestionClosed):
            self._out.extend(self._reveal(name, event.position) for name in self.tokens)
        elif isinstance(event, RoundFinished):
            self._out.extend(self._game_over(name) for name in self.tokens)
        # AnswerGiven needs no message: answer() acknowledges, the reveal tells timeouts

    def drain(self) -> list[Outgoing]:
        """Take the messages the engine's events produced so far."""
        out, self._out = self._out, []
        return out

    def _question_message(self) -> p.Question:
        assert self.session is not None
        q = self.session.question
        return p.Question(
            position=self.session.position, total=len(self.session.questions), kind=q.type,
            prompt=q.prompt, choices=q.choices, time_limit=self.time_limit,
            remaining=round(self.session.remaining(), 3), context=self.source_title(q),
        )  # fmt: skip

    def source_title(self, question: Question) -> str:
        """The title of the article the question's first quote comes from."""
        article = self.articles.get(question.sources[0].article_id)
        return article.title if article else ""

    def _reveal(self, name: str, position: int) -> Outgoing:
        assert self.session is not None
        q = self.session.questions[position]
        table = self.standings()
        return Outgoing(name, p.Reveal(
            position=position, answer=q.answer, answer_index=q.choices.index(q.answer)
            if q.answer in q.choices else -1, counts=self.counts(position),
            explanation=q.explanation, quote=q.sources[0].quote, source=self.source_title(q),
            you=self._result(name, position, table),
            leaderboard=table[:LEADERBOARD_SIZE] if self.show_leaderboard else [],
        ))  # fmt: skip

    def _result(self, name: str, position: int, table: list[p.Standing]) -> p.Result | None:
        assert self.session is not None
        player = self.session.players.get(name)
        record = (
            next((r for r in player.records if r.position == position), None) if player else None
        )
        if player is None or record is None:
            return None
        rank = next(s.rank for s in table if s.name == name)
        return p.Result(given=record.given, correct=record.correct, points=record.points,
                        score=player.score, rank=rank, streak=player.streak)  # fmt: skip

    def _game_over(self, name: str) -> Outgoing:
        table = self.standings()
        you = next((s for s in table if s.name == name), None)
        return Outgoing(name, p.GameOver(podium=podium(table), you=you, players=len(table)))
