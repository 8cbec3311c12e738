"""The bank contract, schema version 1: the product's interchange format.

A bank holds cleaned articles and the questions generated from them. Every question cites at
least one verbatim span of an article (``text[start:end] == quote``).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 1
"""The bank format version this code reads and writes."""

QuestionType = Literal[
    "multiple_choice", "true_false", "fill_blank", "numeric", "quote_attribution"
]
Difficulty = Literal["easy", "medium", "hard"]

#: Types answered by picking one of ``choices``.
CHOICE_TYPES: frozenset[str] = frozenset({"multiple_choice", "true_false", "quote_attribution"})
#: Types answered by typing; their ``choices`` list is empty.
TYPED_TYPES: frozenset[str] = frozenset({"fill_blank", "numeric"})
#: Choice types that always have four options.
FOUR_CHOICE_TYPES: frozenset[str] = frozenset({"multiple_choice", "quote_attribution"})
TRUE_FALSE_CHOICES = ["True", "False"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GeneratorInfo(_Strict):
    """How a bank was built."""

    name: str = "quiz"
    version: str
    nlp_model: str | None = None
    """The spaCy pipeline used for fact extraction (name and version)."""
    options: dict[str, str | int | float | bool | None] = Field(default_factory=dict)
    """Build options that change the output, e.g. ``max_per_article``."""


class Article(_Strict):
    """A cleaned source article."""

    id: str = Field(min_length=1)
    title: str
    date: dt.date | None = None
    """Publication date stated in the file, if any (ISO date)."""
    author: str | None = None
    source_path: str
    """The file the article came from, as given (relative where possible)."""
    text: str
    """The file's text with boilerplate removed and whitespace normalised; never reworded."""


class Source(_Strict):
    """A verbatim span of an article that supports a question's answer."""

    article_id: str
    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Question(_Strict):
    """One question with its key, explanation and evidence."""

    id: str = Field(min_length=1)
    """Stable: the same article, fact and type give the same id across rebuilds."""
    type: QuestionType
    prompt: str = Field(min_length=1)
    choices: list[str] = Field(default_factory=list)
    """Four options for multiple choice, ``["True", "False"]`` for true/false, empty for typed."""
    answer: str = Field(min_length=1)
    """For choice types, exactly one of ``choices``."""
    accepted_answers: list[str] = Field(default_factory=list)
    """Other correct spellings for typed answers."""
    unit: str | None = None
    """For numeric questions: the unit the number is in (e.g. "goals", "minute", "£m")."""
    explanation: str
    difficulty: Difficulty
    tags: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_shape(self) -> Question:
        if self.type in FOUR_CHOICE_TYPES:
            _check_choices(self.choices, 4, self.type)
        elif self.type == "true_false" and self.choices != TRUE_FALSE_CHOICES:
            raise ValueError('true_false choices must be ["True", "False"]')
        elif self.type in TYPED_TYPES and self.choices:
            raise ValueError(f"{self.type} questions take no choices")
        if self.type in CHOICE_TYPES and self.answer not in self.choices:
            raise ValueError(f"answer {self.answer!r} is not one of the choices")
        if self.type == "numeric" and parse_number(self.answer) is None:
            raise ValueError(f"numeric answer {self.answer!r} is not a number")
        return self


def _check_choices(choices: list[str], count: int, kind: str) -> None:
    if len(choices) != count:
        raise ValueError(f"{kind} needs {count} choices, got {len(choices)}")
    if len({c.strip().casefold() for c in choices}) != len(choices):
        raise ValueError("choices must be unique")
    if any(not c.strip() for c in choices):
        raise ValueError("choices must be non-empty")


def parse_number(text: str) -> float | None:
    """Parse a plain number such as ``"32"``, ``"1,200"`` or ``"2.5"``; None otherwise."""
    try:
        value = float(text.replace(",", "").strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


class Bank(_Strict):
    """A question bank: articles plus the questions generated from them."""

    schema_version: Literal[1] = 1
    generator: GeneratorInfo
    articles: list[Article]
    questions: list[Question]

    @model_validator(mode="after")
    def _check_invariants(self) -> Bank:
        texts = {a.id: a.text for a in self.articles}
        if len(texts) != len(self.articles):
            raise ValueError("article ids must be unique")
        seen: set[str] = set()
        for q in self.questions:
            if q.id in seen:
                raise ValueError(f"duplicate question id {q.id!r}")
            seen.add(q.id)
            for s in q.sources:
                _check_source(q.id, s, texts)
        return self

    def article(self, article_id: str) -> Article:
        """Return the article with ``article_id`` (KeyError if absent)."""
        for a in self.articles:
            if a.id == article_id:
                return a
        raise KeyError(article_id)


def _check_source(qid: str, s: Source, texts: dict[str, str]) -> None:
    text = texts.get(s.article_id)
    if text is None:
        raise ValueError(f"question {qid}: unknown article {s.article_id!r}")
    if text[s.start : s.end] != s.quote:
        raise ValueError(f"question {qid}: quote does not match article text[{s.start}:{s.end}]")
