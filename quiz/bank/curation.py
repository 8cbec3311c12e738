"""Banks as teachers curated them: review decisions and edits applied from a sidecar file.

``load_curated`` is what players and exporters call instead of ``load_bank``: it drops rejected
questions (or keeps only approved ones) and applies the edits stored in ``<bank>.review.json``
(see ``quiz.bank.review``). Without a sidecar the bank is used as built.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from quiz.bank.io import load_bank
from quiz.bank.models import Bank, Question
from quiz.bank.review import (
    EDITABLE_FIELDS,
    STATUSES,
    Decision,
    QuestionFields,
    ReviewFile,
    load_review,
    sidecar_path,
)
from quiz.errors import QuizError


def load_curated(path: str | Path, *, approved_only: bool = False) -> Bank:
    """Load a bank and apply its review sidecar (rejected questions left out by default).

    With ``approved_only`` only approved questions are kept. Raises QuizError (one line, naming
    the file) for a bad bank, an unreadable sidecar, or an edit that no longer fits its question.
    """
    bank = load_bank(path)
    sidecar = sidecar_path(path)
    review = load_review(sidecar)
    try:
        return curate(bank, review, approved_only=approved_only)
    except EditError as exc:
        raise QuizError(
            f"review sidecar {sidecar}: the edit of question {exc.question_id} no longer fits"
            f" the bank ({exc.problem}); open 'quiz review' to fix or reset it"
        ) from None


def curate(bank: Bank, review: ReviewFile, *, approved_only: bool = False) -> Bank:
    """``bank`` with decisions applied: rejected (or non-approved) left out, edits applied."""
    kept: list[Question] = []
    for question in bank.questions:
        decision = review.decisions.get(question.id)
        status = decision.status if decision else "none"
        if status == "rejected" or (approved_only and status != "approved"):
            continue
        kept.append(apply_decision(question, decision))
    return bank.model_copy(update={"questions": kept})


class EditError(ValueError):
    """A stored or proposed edit makes the question invalid."""

    def __init__(self, question_id: str, problems: list[str]) -> None:
        self.question_id = question_id
        self.problems = problems
        self.problem = "; ".join(problems)
        super().__init__(f"question {question_id}: {self.problem}")


def apply_decision(question: Question, decision: Decision | None) -> Question:
    """The question with the decision's edit applied (EditError if the edit no longer fits)."""
    if decision is None or decision.edit is None:
        return question
    return apply_fields(question, decision.edit)


def apply_fields(question: Question, fields: QuestionFields) -> Question:
    """The question with ``fields`` replacing its values; validated against the Question model."""
    problems = check_fields(question, fields)
    if problems:
        raise EditError(question.id, problems)
    return Question.model_validate({**question.model_dump(), **fields.values()})


def check_fields(question: Question, fields: QuestionFields) -> list[str]:
    """Problems a teacher must fix before ``fields`` can replace the question's values.

    Empty when the edited question is valid: non-empty prompt, unique non-empty choices, the key
    one of the choices, a numeric key that is a number, and so on (the Question model's rules).
    """
    values = {**question.model_dump(), **fields.values()}
    problems = _extra_checks(values)
    try:
        Question.model_validate(values)
    except ValidationError as exc:
        problems += [_friendly(err) for err in exc.errors()]
    return list(dict.fromkeys(problems))


def _extra_checks(values: dict[str, object]) -> list[str]:
    problems = []
    if not str(values["prompt"]).strip():
        problems.append("the prompt must not be empty")
    if not str(values["answer"]).strip():
        problems.append("the key must not be empty")
    choices = values["choices"]
    if isinstance(choices, list) and len({str(c).strip().casefold() for c in choices}) < len(
        choices
    ):
        problems.append("choices must be unique")
    return problems


def _friendly(err: ErrorDetails) -> str:
    where = ".".join(str(part) for part in err["loc"])
    message = err["msg"].removeprefix("Value error, ")
    if err["type"] == "string_too_short":
        return f"the {where or 'value'} must not be empty"
    if message.startswith("answer "):
        return "the key " + message.removeprefix("answer ")
    return f"{where}: {message}" if where else message


def make_edit(question: Question, fields: QuestionFields) -> tuple[QuestionFields, QuestionFields]:
    """Split proposed values into (edit, original): only the fields that differ from ``question``.

    ``question`` is the generated question, so ``original`` always holds generated values.
    Both are empty when nothing differs.
    """
    generated = question.model_dump()
    changed = {k: v for k, v in fields.values().items() if generated[k] != v}
    original = {k: generated[k] for k in changed}
    return QuestionFields.model_validate(changed), QuestionFields.model_validate(original)


def editable_values(question: Question) -> QuestionFields:
    """All editable fields of a question, as a QuestionFields (for prefilling a form)."""
    data = question.model_dump()
    return QuestionFields.model_validate({k: data[k] for k in EDITABLE_FIELDS})


def orphan_ids(bank: Bank, review: ReviewFile) -> list[str]:
    """Ids with a stored decision but no question in the bank (sorted)."""
    present = {q.id for q in bank.questions}
    return sorted(qid for qid in review.decisions if qid not in present)


@dataclass
class ReviewStats:
    """Counts over a bank's questions as the teacher reviewed them."""

    total: int = 0
    edited: int = 0
    orphans: int = 0
    status: Counter[str] = field(default_factory=Counter)
    type: Counter[str] = field(default_factory=Counter)
    difficulty: Counter[str] = field(default_factory=Counter)
    article: Counter[str] = field(default_factory=Counter)


def review_stats(bank: Bank, review: ReviewFile) -> ReviewStats:
    """Count questions per status, type, difficulty (as edited) and article title."""
    stats = ReviewStats(total=len(bank.questions), orphans=len(orphan_ids(bank, review)))
    stats.status.update({s: 0 for s in STATUSES})
    titles = {a.id: a.title or a.id for a in bank.articles}
    for question in bank.questions:
        decision = review.decisions.get(question.id)
        stats.status[decision.status if decision else "none"] += 1
        difficulty = question.difficulty
        if decision and decision.edit:
            stats.edited += 1
            difficulty = decision.edit.difficulty or difficulty
        stats.type[question.type] += 1
        stats.difficulty[difficulty] += 1
        stats.article[titles[question.sources[0].article_id]] += 1
    return stats
