"""Candidate questions before checking, distractors and ranking, and rejections with reasons."""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.bank.models import QuestionType
from quiz.facts.model import ArticleFacts, Sentence

#: Forms whose core is a quotation shown as said: 'Who said: “...”?' and its typed fallback.
QUOTE_FORMS = frozenset({"quote", "quote_typed"})


@dataclass
class Candidate:
    """An over-generated question, still without context prefix and distractors."""

    type: QuestionType
    form: str
    """How it was made: subject, object, where, how_many, cloze, number_cloze, quote,
    quote_typed, tf."""
    facts: ArticleFacts
    sentence: Sentence
    core: str
    """The question text without the article context ("Who scored ...?")."""
    answer: str
    label: str
    """Semantic type of the answer: PERSON, ORG, GPE, ..., or NUMBER."""
    accepted: list[str] = field(default_factory=list)
    unit: str | None = None
    avoid: set[str] = field(default_factory=set)
    """Entity keys that must not be distractors (they appear in the prompt)."""
    score: float = 0.0
    choices: list[str] = field(default_factory=list)
    prompt: str = ""
    fact_key: str = ""
    """What the question asks, for stable ids: answer + sentence content."""
    extra_sources: list[tuple[ArticleFacts, Sentence]] = field(default_factory=list)
    hide: list[str] = field(default_factory=list)
    """Names the article context must not show (a false statement's true value)."""
    antecedent: Sentence | None = None
    """When a resolved pronoun is in the prompt: the earlier sentence naming the person, which
    the source quote then includes so the quote alone confirms the answer."""


@dataclass(frozen=True)
class Rejection:
    """A candidate that did not make the bank, and why."""

    article: str
    form: str
    text: str
    reason: str
