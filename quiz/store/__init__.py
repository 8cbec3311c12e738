"""SQLite persistence: players, rounds, answers, high scores and history.

Open with ``Store.open(quiz.paths.database_path())``; attach ``store.recorder(round_id)`` to a
:class:`~quiz.game.session.GameSession` to commit every answer as it is given.
"""

from quiz.store.db import RoundRecorder, RoundScore, Store, StoredAnswer, connect
from quiz.store.schema import MIGRATIONS, SCHEMA_VERSION, current_version, migrate

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "RoundRecorder",
    "RoundScore",
    "Store",
    "StoredAnswer",
    "connect",
    "current_version",
    "migrate",
]
