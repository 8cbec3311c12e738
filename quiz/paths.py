"""Where quiz keeps its data: the user data dir (platformdirs), overridden by ``QUIZ_HOME``."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent


def data_dir() -> Path:
    """The data directory (created on demand). ``QUIZ_HOME`` overrides the platform default."""
    override = os.environ.get("QUIZ_HOME")
    if override:
        path = Path(override).expanduser()
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir("quiz", appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    """The SQLite file holding players, answers, scores and sessions."""
    return data_dir() / "quiz.sqlite3"


def default_bank() -> Path:
    """The shipped bank, ``questions/seeds.json``, next to the package (or in the cwd)."""
    for root in (_PACKAGE_ROOT.parent, Path.cwd()):
        candidate = root / "questions" / "seeds.json"
        if candidate.is_file():
            return candidate
    return _PACKAGE_ROOT.parent / "questions" / "seeds.json"
