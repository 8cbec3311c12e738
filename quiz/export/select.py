"""Choosing which questions to export: tag, difficulty, type and a count limit."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.bank.models import Bank, Question
from quiz.errors import QuizError


@dataclass(frozen=True)
class Selection:
    """Export filters. Each list means "any of"; empty means no filter on that field."""

    tags: tuple[str, ...] = ()
    difficulties: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    limit: int | None = None

    def accepts(self, question: Question) -> bool:
        """Whether ``question`` passes the tag, difficulty and type filters."""
        wanted_tags = {t.casefold() for t in self.tags}
        if wanted_tags and not wanted_tags & {t.casefold() for t in question.tags}:
            return False
        if self.difficulties and question.difficulty not in self.difficulties:
            return False
        return not (self.types and question.type not in self.types)


def select(bank: Bank, selection: Selection) -> Bank:
    """A bank holding the selected questions (bank order) and only the articles they cite.

    Raises QuizError when nothing matches, so no empty export is ever written.
    """
    chosen = [q for q in bank.questions if selection.accepts(q)]
    if selection.limit is not None:
        chosen = chosen[: selection.limit]
    if not chosen:
        raise QuizError(f"no questions match the filters ({describe(selection)})")
    cited = {s.article_id for q in chosen for s in q.sources}
    articles = [a for a in bank.articles if a.id in cited]
    return bank.model_copy(update={"questions": chosen, "articles": articles})


def describe(selection: Selection) -> str:
    """The filters in words, for messages."""
    parts = [f"tag {t}" for t in selection.tags]
    parts += [f"difficulty {d}" for d in selection.difficulties]
    parts += [f"type {t}" for t in selection.types]
    if selection.limit is not None:
        parts.append(f"limit {selection.limit}")
    return ", ".join(parts) or "none"
