"""A review session: the bank, its sidecar, filters and undo. Pure code, no Textual.

Every change is saved to the sidecar at once (atomically), so quitting never loses work.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quiz.bank.curation import EditError, apply_decision, make_edit, orphan_ids
from quiz.bank.io import load_bank
from quiz.bank.models import Bank, Question
from quiz.bank.review import (
    CorruptSidecarError,
    Decision,
    QuestionFields,
    ReviewFile,
    Status,
    backup_corrupt,
    load_review,
    save_review,
    sidecar_path,
)
from quiz.errors import QuizError

Clock = Callable[[], dt.datetime]

SORT_KEYS = ("bank", "status", "type", "difficulty", "prompt", "article")
_STATUS_ORDER = {"none": 0, "approved": 1, "rejected": 2}
_DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


@dataclass(frozen=True)
class Filters:
    """What the list shows: empty strings mean "any"."""

    status: str = ""
    """approved, rejected, none, or edited."""
    type: str = ""
    difficulty: str = ""
    article: str = ""
    tag: str = ""
    search: str = ""
    """Words that must all occur in the prompt, answers, choices or quotes (any case)."""
    sort: str = "bank"
    descending: bool = False


@dataclass
class Row:
    """One question as the list shows it: the question as edited plus its decision."""

    question: Question
    generated: Question
    decision: Decision
    article_title: str
    edit_problem: str | None = None
    """Why the stored edit no longer applies (the generated question is shown instead)."""

    @property
    def status(self) -> Status:
        """The review status."""
        return self.decision.status

    @property
    def edited(self) -> bool:
        """Whether the teacher edited the question."""
        return self.decision.edit is not None

    @property
    def draft(self) -> Question:
        """The question with the stored edit, even one that no longer fits (for the edit form)."""
        if self.edit_problem is None or self.decision.edit is None:
            return self.question
        return self.generated.model_copy(update=self.decision.edit.values())


class ReviewSession:
    """Decisions about one bank, saved to its sidecar, with an undo history."""

    def __init__(
        self,
        bank: Bank,
        sidecar: Path,
        review: ReviewFile,
        *,
        clock: Clock = _utc_now,
        read_only: bool = False,
    ) -> None:
        self.bank = bank
        self.sidecar = sidecar
        self.review = review
        self.read_only = read_only
        """True when the sidecar was unreadable and the teacher chose not to replace it."""
        self._clock = clock
        self._undo: list[tuple[str, Decision | None]] = []
        self._titles = {a.id: a.title or a.id for a in bank.articles}
        self._rows = {q.id: self._row(q) for q in bank.questions}

    @classmethod
    def open(cls, bank_path: str | Path, *, clock: Clock = _utc_now) -> ReviewSession:
        """Load a bank and its sidecar; CorruptSidecarError if the sidecar is unreadable."""
        bank = load_bank(bank_path)
        sidecar = sidecar_path(bank_path)
        review = load_review(sidecar)
        if review.bank is None:
            review.bank = Path(bank_path).name
        return cls(bank, sidecar, review, clock=clock)

    @classmethod
    def open_despite_corruption(
        cls, bank_path: str | Path, *, fresh: bool, clock: Clock = _utc_now
    ) -> tuple[ReviewSession, Path | None]:
        """Open after a CorruptSidecarError: ``fresh`` backs the file up to ``.corrupt`` and
        starts empty; otherwise the session is read-only. Returns the session and the backup."""
        bank = load_bank(bank_path)
        sidecar = sidecar_path(bank_path)
        backup = backup_corrupt(sidecar) if fresh else None
        review = ReviewFile(bank=Path(bank_path).name)
        return cls(bank, sidecar, review, clock=clock, read_only=not fresh), backup

    # -- reading -------------------------------------------------------------------------

    def row(self, qid: str) -> Row:
        """The row for a question id (KeyError if not in the bank)."""
        return self._rows[qid]

    def rows(self, filters: Filters) -> list[Row]:
        """The rows that pass ``filters``, sorted as they ask."""
        words = filters.search.casefold().split()
        chosen = [r for r in self._rows.values() if _matches(r, filters, words)]
        if filters.sort != "bank":
            chosen.sort(key=_SORTERS[filters.sort])
        if filters.descending:
            chosen.reverse()
        return chosen

    def counts(self) -> Counter[str]:
        """Questions per status, plus ``edited``, ``total`` and ``orphans`` (decisions)."""
        counts: Counter[str] = Counter({"approved": 0, "rejected": 0, "none": 0, "edited": 0})
        for r in self._rows.values():
            counts[r.status] += 1
            counts["edited"] += r.edited
        counts["total"] = len(self._rows)
        counts["orphans"] = len(self.review.decisions.keys() - self._rows.keys())
        return counts

    def orphans(self) -> list[str]:
        """Ids of stored decisions whose question is not in the bank."""
        return orphan_ids(self.bank, self.review)

    def facets(self) -> dict[str, list[str]]:
        """The values each filter can take in this bank (types, difficulties, tags, articles)."""
        rows = self._rows.values()
        return {
            "type": sorted({r.question.type for r in rows}),
            "difficulty": sorted(
                {r.question.difficulty for r in rows}, key=_DIFFICULTY_ORDER.__getitem__
            ),
            "tag": sorted({t for r in rows for t in r.question.tags}),
            "article": [a.id for a in self.bank.articles],
        }

    def article_title(self, article_id: str) -> str:
        """The title of an article (its id when untitled)."""
        return self._titles.get(article_id, article_id)

    @property
    def can_undo(self) -> bool:
        """Whether there is a change to undo."""
        return bool(self._undo)

    # -- changing ------------------------------------------------------------------------

    def approve(self, qid: str) -> None:
        """Mark a question approved."""
        self._set(
            qid, self._decision(qid).model_copy(update={"status": "approved", "reason": None})
        )

    def reject(self, qid: str, reason: str | None = None) -> None:
        """Mark a question rejected, with an optional reason."""
        update = {"status": "rejected", "reason": (reason or "").strip() or None}
        self._set(qid, self._decision(qid).model_copy(update=update))

    def reset(self, qid: str) -> None:
        """Clear a question's status (its edit, if any, stays)."""
        self._set(qid, self._decision(qid).model_copy(update={"status": "none", "reason": None}))

    def edit(self, qid: str, fields: QuestionFields) -> None:
        """Replace the question's editable values (EditError if the result is invalid).

        Values equal to the generated ones are not stored, so editing back to the original
        clears the edit.
        """
        generated = self._rows[qid].generated
        edit, original = make_edit(generated, fields)
        decision = self._decision(qid)
        if edit.values():
            apply_decision(generated, decision.model_copy(update={"edit": edit}))
            decision = decision.model_copy(update={"edit": edit, "original": original})
        else:
            decision = decision.model_copy(update={"edit": None, "original": None})
        self._set(qid, decision)

    def undo(self) -> str | None:
        """Undo the last change; return the id of the question it touched (None if nothing)."""
        if not self._undo:
            return None
        qid, previous = self._undo[-1]
        self._store(qid, previous, self.review.decisions.get(qid))
        self._undo.pop()
        return qid

    def _decision(self, qid: str) -> Decision:
        return self._rows[qid].decision

    def _set(self, qid: str, decision: Decision) -> None:
        if self.read_only:
            raise QuizError(
                f"review sidecar {self.sidecar} is unreadable, so changes cannot be saved"
            )
        previous = self.review.decisions.get(qid)
        stamped = decision.model_copy(update={"updated": self._clock()})
        self._store(qid, None if decision.is_blank else stamped, previous)
        self._undo.append((qid, previous))

    def _store(self, qid: str, decision: Decision | None, previous: Decision | None) -> None:
        """Put ``decision`` in place and save; on a failed save, put ``previous`` back."""
        self._put(qid, decision)
        try:
            save_review(self.review, self.sidecar)
        except OSError as exc:
            self._put(qid, previous)
            raise QuizError(f"cannot save {self.sidecar}: {exc.strerror or exc}") from None
        self._rows[qid] = self._row(self._rows[qid].generated)

    def _put(self, qid: str, decision: Decision | None) -> None:
        if decision is None:
            self.review.decisions.pop(qid, None)
        else:
            self.review.decisions[qid] = decision

    def _row(self, generated: Question) -> Row:
        decision = self.review.decisions.get(generated.id) or Decision()
        title = self._titles.get(generated.sources[0].article_id, "")
        try:
            return Row(apply_decision(generated, decision), generated, decision, title)
        except EditError as exc:
            return Row(generated, generated, decision, title, edit_problem=exc.problem)


def _matches(row: Row, f: Filters, words: list[str]) -> bool:
    q = row.question
    checks = (
        not f.status or f.status == row.status or (f.status == "edited" and row.edited),
        not f.type or q.type == f.type,
        not f.difficulty or q.difficulty == f.difficulty,
        not f.article or any(s.article_id == f.article for s in q.sources),
        not f.tag or f.tag in q.tags,
    )
    return all(checks) and all(w in _haystack(q) for w in words)


def _haystack(q: Question) -> str:
    parts = [q.prompt, q.answer, *q.accepted_answers, *q.choices, *(s.quote for s in q.sources)]
    return "\n".join(parts).casefold()


_SORTERS: dict[str, Callable[[Row], tuple[object, ...]]] = {
    "status": lambda r: (_STATUS_ORDER[r.status],),
    "type": lambda r: (r.question.type,),
    "difficulty": lambda r: (_DIFFICULTY_ORDER[r.question.difficulty],),
    "prompt": lambda r: (r.question.prompt.casefold(),),
    "article": lambda r: (r.article_title.casefold(),),
}

__all__ = ["CorruptSidecarError", "Filters", "ReviewSession", "Row"]
