"""The feedback every format carries: explanation, source quote, article title and date."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.bank.models import Article, Bank, Question, parse_number


@dataclass(frozen=True)
class Citation:
    """Where a question's answer comes from, ready to be written as feedback."""

    explanation: str
    quote: str
    title: str
    date: str
    """ISO date of the article, or "" when the article has none."""
    more_sources: int
    """How many further sources the question cites beyond the first."""

    def source_line(self) -> str:
        """``Source: “Title”, 2024-05-01 (and 1 more source)``."""
        line = f"Source: “{self.title}”"
        if self.date:
            line += f", {self.date}"
        if self.more_sources:
            plural = "s" if self.more_sources > 1 else ""
            line += f" (and {self.more_sources} more source{plural})"
        return line

    def lines(self) -> list[str]:
        """Explanation, quoted evidence and source, one per line (empty parts left out)."""
        parts = [self.explanation, f"“{self.quote}”", self.source_line()]
        return [part for part in parts if part.strip()]

    def text(self) -> str:
        """All feedback as plain text, one part per line."""
        return "\n".join(self.lines())


# One bank is exported at a time: keep its article index instead of searching per question.
_index: tuple[Bank, dict[str, Article]] | None = None


def _articles(bank: Bank) -> dict[str, Article]:
    global _index
    if _index is None or _index[0] is not bank:
        _index = (bank, {a.id: a for a in bank.articles})
    return _index[1]


def cite(bank: Bank, question: Question) -> Citation:
    """Build the citation of ``question`` from its first source (unknown article: its id)."""
    source = question.sources[0]
    article = _articles(bank).get(source.article_id)
    title = article.title if article else source.article_id
    date = article.date.isoformat() if article and article.date else ""
    return Citation(
        explanation=question.explanation,
        quote=source.quote,
        title=title,
        date=date,
        more_sources=len(question.sources) - 1,
    )


def answers(question: Question) -> list[str]:
    """The key first, then the accepted alternatives, without case-insensitive repeats."""
    seen: set[str] = set()
    result: list[str] = []
    for text in [question.answer, *question.accepted_answers]:
        key = text.strip().casefold()
        if key and key not in seen:
            seen.add(key)
            result.append(text)
    return result


def answer_with_unit(question: Question) -> str:
    """The key as a person reads it: ``32 goals`` for numeric questions with a unit."""
    if question.type == "numeric" and question.unit:
        return f"{question.answer} {question.unit}"
    return question.answer


def number_text(question: Question) -> str:
    """A numeric key as a plain machine number (``1,200`` -> ``1200``, ``2.50`` -> ``2.5``)."""
    value = parse_number(question.answer)
    if value is None:  # the contract forbids it; keep the text rather than invent a number
        return question.answer
    return str(int(value)) if value.is_integer() else repr(value)
