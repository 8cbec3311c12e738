"""Classroom sessions in SQLite: settings once, then every action as it happens.

The store knows nothing of the session model: it keeps a JSON settings blob per session and an
ordered log of ``(kind, payload)`` actions, each committed in its own transaction, so a crash
loses nothing already recorded. :mod:`quiz.classroom.persist` turns them back into a session.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from quiz.errors import QuizError
from quiz.store.db import Database


@dataclass(frozen=True, slots=True)
class SessionRow:
    """One stored classroom session."""

    id: int
    bank: str
    mode: str
    config: dict[str, Any]
    started_at: str
    finished_at: str | None

    @property
    def finished(self) -> bool:
        """True once the session ended (normally or early)."""
        return self.finished_at is not None


_COLUMNS = "id, bank, mode, config, started_at, finished_at"


class SessionStore(Database):
    """Classroom sessions in the game database (open with :meth:`open`, a context manager)."""

    # -- writes ------------------------------------------------------------------------
    def create(self, *, bank: str, mode: str, config: dict[str, Any]) -> int:
        """Store a new session's settings; return its id."""
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO class_sessions (bank, mode, config) VALUES (?, ?, ?)",
                (bank, mode, json.dumps(config, sort_keys=True)),
            )
            return int(cursor.lastrowid or 0)

    def append(self, session_id: int, kind: str, payload: dict[str, Any]) -> int:
        """Commit one action now; return its sequence number."""
        with self._write() as conn:
            row = conn.execute(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM class_actions WHERE session_id = ?",
                (session_id,),
            ).fetchone()
            seq = int(row[0])
            conn.execute(
                "INSERT INTO class_actions (session_id, seq, kind, payload) VALUES (?, ?, ?, ?)",
                (session_id, seq, kind, json.dumps(payload, sort_keys=True)),
            )
        return seq

    def finish(self, session_id: int) -> None:
        """Mark a session as over."""
        with self._write() as conn:
            conn.execute(
                "UPDATE class_sessions SET finished_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
                " WHERE id = ? AND finished_at IS NULL",
                (session_id,),
            )

    # -- reads -------------------------------------------------------------------------
    def get(self, session_id: int) -> SessionRow:
        """The session ``session_id``; QuizError naming it when there is none."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM class_sessions WHERE id = ?", (session_id,)
        ).fetchone()
        if row is None:
            raise QuizError(f"no classroom session {session_id} (see 'quiz sessions')")
        return _row(row)

    def latest(self, *, unfinished: bool = False) -> SessionRow:
        """The newest session (or newest unfinished one); QuizError when there is none."""
        where = "WHERE finished_at IS NULL" if unfinished else ""
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM class_sessions {where} ORDER BY id DESC LIMIT 1"
        ).fetchone()
        if row is None:
            kind = "unfinished classroom session to resume" if unfinished else "classroom session"
            raise QuizError(f"no {kind} yet; start one with 'quiz class'")
        return _row(row)

    def all(self, limit: int = 50) -> list[SessionRow]:
        """Sessions, newest first."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM class_sessions ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [_row(r) for r in rows]

    def actions(self, session_id: int) -> list[tuple[str, dict[str, Any]]]:
        """The session's actions in the order they happened."""
        rows = self._conn.execute(
            "SELECT kind, payload FROM class_actions WHERE session_id = ? ORDER BY seq",
            (session_id,),
        )
        return [(str(kind), _object(payload)) for kind, payload in rows]


def _object(text: str) -> dict[str, Any]:
    value = json.loads(text)
    if not isinstance(value, dict):
        raise QuizError("a stored classroom action is damaged (not a JSON object)")
    return value


def _row(r: tuple[Any, ...]) -> SessionRow:
    return SessionRow(int(r[0]), str(r[1]), str(r[2]), _object(r[3]), str(r[4]), r[5])
