"""SQLite persistence of players, rounds and answers (stdlib ``sqlite3``).

Every answer is committed on its own as it is given, so killing the game mid-round loses
nothing already answered. WAL mode plus a busy timeout lets two ``quiz play`` processes share
one database file: readers never block, and writers queue for the lock instead of failing.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Self

from quiz.errors import QuizError
from quiz.game.session import AnswerGiven, AnswerRecord, Event, RoundFinished
from quiz.store.schema import migrate

BUSY_TIMEOUT_MS = 15_000


@dataclass(frozen=True, slots=True)
class RoundScore:
    """One player's result in one round (a row of the high-score table or a history)."""

    round_id: int
    player: str
    score: int
    correct: int
    answered: int
    size: int
    best_streak: int
    bank: str
    started_at: str
    finished: bool


@dataclass(frozen=True, slots=True)
class StoredAnswer:
    """An answer as read back from the database."""

    position: int
    question_id: str
    player: str
    given: str | None
    correct: bool
    timed_out: bool
    elapsed: float
    points: int


@dataclass(frozen=True, slots=True)
class RoundInfo:
    """A stored round: id, bank, start time, whether it finished, and its players."""

    id: int
    bank: str
    started_at: str
    finished: bool
    players: str


def connect(path: str | Path) -> sqlite3.Connection:
    """Open (creating if needed) a database in WAL mode with a busy timeout; migrate it."""
    target = Path(path)
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            return _setup(sqlite3.connect(target, timeout=BUSY_TIMEOUT_MS / 1000))
        except sqlite3.OperationalError as exc:
            # Switching a new file to WAL takes a lock SQLite does not wait for: when two
            # processes create the database at once, one is told 'locked' at once. Try again.
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise QuizError(
                    f"database {target}: {exc} (move it aside or set QUIZ_HOME)"
                ) from None
            time.sleep(0.05)
        except sqlite3.DatabaseError as exc:
            raise QuizError(f"database {target}: {exc} (move it aside or set QUIZ_HOME)") from None


def _setup(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.isolation_level = None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


_SCORES = """
SELECT r.id, p.name, COALESCE(SUM(a.points), 0) AS score, COALESCE(SUM(a.correct), 0),
       COUNT(a.id), r.size, COALESCE(MAX(a.streak), 0), r.bank, r.started_at,
       r.finished_at IS NOT NULL
FROM rounds r
JOIN round_players rp ON rp.round_id = r.id
JOIN players p ON p.id = rp.player_id
LEFT JOIN answers a ON a.round_id = r.id AND a.player_id = p.id
WHERE {where}
GROUP BY r.id, p.id
ORDER BY {order}
LIMIT ?
"""


class Database:
    """A connection with one-transaction writes; open with :meth:`open` (a context manager)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, path: str | Path) -> Self:
        """Open (creating and migrating if needed) the database at ``path``."""
        return cls(connect(path))

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock up front (no upgrade deadlocks)."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")


class Store(Database):
    """The game's database: players, rounds and answers."""

    # -- writes ------------------------------------------------------------------------
    def player_id(self, name: str, kind: str = "person") -> int:
        """The id of player ``name`` (case-insensitive), created if new."""
        with self._write() as conn:
            return self._player_id(conn, name, kind)

    @staticmethod
    def _player_id(conn: sqlite3.Connection, name: str, kind: str) -> int:
        conn.execute("INSERT OR IGNORE INTO players (name, kind) VALUES (?, ?)", (name, kind))
        row = conn.execute("SELECT id FROM players WHERE name = ?", (name,)).fetchone()
        return int(row[0])

    def start_round(
        self,
        players: Sequence[str],
        *,
        bank: str,
        size: int,
        time_limit: float,
        seed: int | None = None,
        filters: dict[str, list[str]] | None = None,
        mode: str = "solo",
    ) -> int:
        """Record a new round and its players; return the round id."""
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO rounds (bank, seed, size, time_limit, filters, mode)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (bank, seed, size, time_limit, json.dumps(filters or {}, sort_keys=True), mode),
            )
            round_id = int(cursor.lastrowid or 0)
            for name in players:
                pid = self._player_id(conn, name, "person")
                conn.execute("INSERT INTO round_players VALUES (?, ?)", (round_id, pid))
        return round_id

    def record_answer(self, round_id: int, record: AnswerRecord) -> None:
        """Commit one answer now (its own transaction)."""
        s = record.score
        with self._write() as conn:
            pid = self._player_id(conn, record.player, "person")
            conn.execute(
                "INSERT INTO answers (round_id, player_id, position, question_id, given, correct,"
                " timed_out, elapsed, speed_points, streak_bonus, streak, points)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (round_id, pid, record.position, record.question_id, record.given,
                 int(record.correct), int(record.timed_out), record.elapsed,
                 s.speed_points, s.streak_bonus, s.streak, record.points),
            )  # fmt: skip

    def finish_round(self, round_id: int) -> None:
        """Mark a round as played to the end (it then counts for high scores)."""
        with self._write() as conn:
            conn.execute(
                "UPDATE rounds SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                " WHERE id = ? AND finished_at IS NULL",
                (round_id,),
            )

    def recorder(self, round_id: int) -> RoundRecorder:
        """A session listener that persists this round's answers and its end."""
        return RoundRecorder(self, round_id)

    # -- reads -------------------------------------------------------------------------
    def seen_questions(self, player: str) -> set[str]:
        """Ids of every question ``player`` has answered before."""
        rows = self._conn.execute(
            "SELECT DISTINCT a.question_id FROM answers a JOIN players p ON p.id = a.player_id"
            " WHERE p.name = ?",
            (player,),
        )
        return {str(r[0]) for r in rows}

    def high_scores(self, limit: int = 10) -> list[RoundScore]:
        """Best finished rounds of all players, best first (ties: earlier first)."""
        sql = _SCORES.format(where="r.finished_at IS NOT NULL", order="score DESC, r.id ASC")
        return self._scores(sql, (limit,))

    def history(self, player: str, limit: int = 20) -> list[RoundScore]:
        """``player``'s rounds, newest first, unfinished ones included."""
        sql = _SCORES.format(where="p.name = ?", order="r.id DESC")
        return self._scores(sql, (player, limit))

    def personal_best(self, player: str, *, before_round: int | None = None) -> int | None:
        """``player``'s best finished score, optionally only from rounds before another."""
        where = "p.name = ? AND r.finished_at IS NOT NULL AND r.id < ?"
        sql = _SCORES.format(where=where, order="score DESC")
        rows = self._scores(sql, (player, before_round or 2**62, 1))
        return rows[0].score if rows else None

    def rounds_of_mode(self, mode: str, limit: int = 20) -> list[RoundInfo]:
        """Rounds played in ``mode`` (e.g. network ``"host"`` games), newest first."""
        rows = self._conn.execute(
            "SELECT r.id, r.bank, r.started_at, r.finished_at IS NOT NULL,"
            " (SELECT group_concat(p.name, ', ') FROM round_players rp"
            "  JOIN players p ON p.id = rp.player_id WHERE rp.round_id = r.id)"
            " FROM rounds r WHERE r.mode = ? ORDER BY r.id DESC LIMIT ?",
            (mode, limit),
        ).fetchall()
        return [
            RoundInfo(int(r[0]), str(r[1]), str(r[2]), bool(r[3]), str(r[4] or "")) for r in rows
        ]

    def round_answers(self, round_id: int) -> list[StoredAnswer]:
        """Every stored answer of a round, in question order."""
        rows = self._conn.execute(
            "SELECT a.position, a.question_id, p.name, a.given, a.correct, a.timed_out,"
            " a.elapsed, a.points FROM answers a JOIN players p ON p.id = a.player_id"
            " WHERE a.round_id = ? ORDER BY a.position, p.name",
            (round_id,),
        )
        return [
            StoredAnswer(r[0], r[1], r[2], r[3], bool(r[4]), bool(r[5]), r[6], r[7]) for r in rows
        ]

    def _scores(self, sql: str, params: tuple[object, ...]) -> list[RoundScore]:
        rows = self._conn.execute(sql, params).fetchall()
        return [_round_score(r) for r in rows]


def _round_score(r: tuple[object, ...]) -> RoundScore:
    return RoundScore(
        round_id=int(str(r[0])), player=str(r[1]), score=int(str(r[2])), correct=int(str(r[3])),
        answered=int(str(r[4])), size=int(str(r[5])), best_streak=int(str(r[6])),
        bank=str(r[7]), started_at=str(r[8]), finished=bool(r[9]),
    )  # fmt: skip


class RoundRecorder:
    """Persists a session's events: each answer as it is given, and the round's end."""

    def __init__(self, store: Store, round_id: int) -> None:
        self.store = store
        self.round_id = round_id

    def __call__(self, event: Event) -> None:
        """Handle one session event."""
        if isinstance(event, AnswerGiven):
            self.store.record_answer(self.round_id, event.record)
        elif isinstance(event, RoundFinished):
            self.store.finish_round(self.round_id)
