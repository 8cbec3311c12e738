"""Parse small hand-written texts once per session with the pinned spaCy model."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable

import pytest

from quiz.bank.models import Article
from quiz.facts.extract import extract_facts
from quiz.facts.model import ArticleFacts
from quiz.generate.candidate import Candidate


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from quiz.facts.nlp import load_pipeline

    return load_pipeline()


def make_article(text: str, title: str = "Test story", date: dt.date | None = None) -> Article:
    digest = hashlib.sha256(text.encode()).hexdigest()[:12]
    return Article(
        id=f"a{digest}", title=title, date=date, author=None, source_path=f"{digest}.txt", text=text
    )


@pytest.fixture()
def facts_of(nlp) -> Callable[..., list[ArticleFacts]]:  # type: ignore[no-untyped-def]
    def run(*articles: Article) -> list[ArticleFacts]:
        return extract_facts(list(articles), nlp)

    return run


def who_question(
    af: ArticleFacts, index: int, core: str, answer: str, quote: bool = False
) -> Candidate:
    """A 'who ...?' choice question on a person, from sentence ``index``, ready to pick for;
    with ``quote``, a 'Who said: “...”?' attribution."""
    c = Candidate(
        type="quote_attribution" if quote else "multiple_choice",
        form="quote" if quote else "subject",
        facts=af,
        sentence=af.sentences[index],
        core=core,
        answer=answer,
        label="person",
    )
    c.prompt = c.core
    return c


def cloze_of(
    facts_of: Callable[..., list[ArticleFacts]], text: str, key: str, index: int = -1
) -> Candidate | str | None:
    """The fill-in-the-blank on ``key`` in sentence ``index`` of a one-article build of
    ``text``: a Candidate, or the reason there is none."""
    from quiz.generate.cloze import name_cloze

    af = facts_of(make_article(text))[0]
    sent = af.sentences[index]
    m = next(m for m in sent.mentions if m.key == key)
    return name_cloze(af, sent, m)
