"""Thin command layer: one module per concern registers its commands on the ``quiz`` group.

Heavy imports (spaCy, Textual) happen inside the commands that need them.
"""

import quiz.cli.play_cmds  # noqa: F401  (registers play, scores)
from quiz.cli import bank_cmds  # noqa: F401  (registers build, validate, schema)
from quiz.cli import export_cmds as _export_cmds  # noqa: F401  (registers export)
from quiz.cli._base import cli, main

__all__ = ["cli", "main"]
