"""Thin command layer: one module per concern registers its commands on the ``quiz`` group.

Heavy imports (spaCy, Textual) happen inside the commands that need them.
"""

import quiz.cli.bank_cmds  # (build, validate, schema)
import quiz.cli.class_cmds  # (class, report, sessions)
import quiz.cli.export_cmds  # (export)
import quiz.cli.net_cmds  # (host, join)
import quiz.cli.play_cmds  # (play, scores)
import quiz.cli.review_cmds  # noqa: F401  (review, bank stats)
from quiz.cli._base import cli, main

__all__ = ["cli", "main"]
