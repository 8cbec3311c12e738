"""The database schema and its migrations.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[i]`` upgrades a database from
version ``i`` to ``i + 1``; :func:`migrate` applies the missing ones in one transaction, so a
database is always at a whole version. To change the schema, append a migration (never edit a
shipped one) and bump nothing else: ``SCHEMA_VERSION`` follows ``len(MIGRATIONS)``.

Version 2 adds classroom sessions (:mod:`quiz.store.sessions`): ``class_sessions`` holds each
session's settings and questions as JSON, ``class_actions`` every recorded action in order
(an append-only log, replayed on resume and for reports). They stay apart from ``rounds`` so
classroom teams never enter the solo high-score table.
"""

from __future__ import annotations

import sqlite3

from quiz.errors import QuizError

_V1 = """
CREATE TABLE players (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind        TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'team')),
    created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE rounds (
    id          INTEGER PRIMARY KEY,
    bank        TEXT NOT NULL,
    seed        INTEGER,
    size        INTEGER NOT NULL,
    time_limit  REAL NOT NULL,
    filters     TEXT NOT NULL DEFAULT '{}',
    mode        TEXT NOT NULL DEFAULT 'solo',
    started_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    finished_at TEXT
);
CREATE TABLE round_players (
    round_id    INTEGER NOT NULL REFERENCES rounds(id),
    player_id   INTEGER NOT NULL REFERENCES players(id),
    PRIMARY KEY (round_id, player_id)
);
CREATE TABLE answers (
    id           INTEGER PRIMARY KEY,
    round_id     INTEGER NOT NULL REFERENCES rounds(id),
    player_id    INTEGER NOT NULL REFERENCES players(id),
    position     INTEGER NOT NULL,
    question_id  TEXT NOT NULL,
    given        TEXT,
    correct      INTEGER NOT NULL,
    timed_out    INTEGER NOT NULL,
    elapsed      REAL NOT NULL,
    speed_points INTEGER NOT NULL,
    streak_bonus INTEGER NOT NULL,
    streak       INTEGER NOT NULL,
    points       INTEGER NOT NULL,
    answered_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (round_id, player_id, position)
);
CREATE INDEX answers_by_player ON answers (player_id, question_id);
"""

_V2 = """
CREATE TABLE class_sessions (
    id          INTEGER PRIMARY KEY,
    bank        TEXT NOT NULL,
    mode        TEXT NOT NULL,
    config      TEXT NOT NULL,
    started_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    finished_at TEXT
);
CREATE TABLE class_actions (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES class_sessions(id),
    seq         INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    UNIQUE (session_id, seq)
);
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2)
SCHEMA_VERSION = len(MIGRATIONS)


def current_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database file."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> int:
    """Bring the database up to :data:`SCHEMA_VERSION`; safe if two processes race.

    ``BEGIN IMMEDIATE`` takes the write lock before the version is read, so a second process
    waits (busy_timeout), then sees the new version and applies nothing.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = current_version(conn)
        if version > SCHEMA_VERSION:
            raise QuizError(
                f"database schema version {version} is newer than this quiz understands"
                f" ({SCHEMA_VERSION}); upgrade quiz or set QUIZ_HOME to another directory"
            )
        for index in range(version, SCHEMA_VERSION):
            for statement in _statements(MIGRATIONS[index]):
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return SCHEMA_VERSION


def _statements(script: str) -> list[str]:
    # executescript() would COMMIT our transaction; run the statements one by one instead.
    return [s.strip() for s in script.split(";") if s.strip()]
