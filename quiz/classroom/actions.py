"""The actions that change a classroom session: the unit of recording and of replay.

Each action is a small JSON-friendly record (``kind`` plus fields). The store keeps them in
order; :meth:`quiz.classroom.model.ClassSession.replay` applies them again on resume.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Every action kind the model understands.
KINDS = frozenset(
    {"ask", "record", "undo", "order", "close", "reveal", "skip", "add", "remove", "finish"}
)


@dataclass(frozen=True, slots=True)
class Action:
    """One recorded change: ``kind`` is one of :data:`KINDS`, ``data`` its JSON fields.

    * ``ask {position, team}``: a question starts (``team`` is whose turn, turns mode only).
    * ``record {position, team, given, elapsed}``: a team's choice (``given`` None = no answer;
      ``elapsed`` seconds when known, else None).
    * ``undo {position}``: drop the last recorded choice of that question.
    * ``order {position, on}``: the teacher records in answering order (speed scoring).
    * ``close``/``reveal``/``skip {position}``: time up, answer shown, question skipped.
    * ``add``/``remove {team}``: team joins or leaves; ``finish {early}``: session over.
    """

    kind: str
    data: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown action kind {self.kind!r}")
