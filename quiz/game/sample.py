"""A small bank built in code: every question type, quotes that match their articles.

Used by tests, screenshots and benchmarks so none of them depends on a generated bank file.
:func:`synthetic_bank` scales the same shapes up to any size for load benchmarks.
"""

from __future__ import annotations

import datetime as dt

from quiz.bank.models import Article, Bank, GeneratorInfo, Question, Source

_FOOTBALL = (
    "Chelsea beat Real Madrid 2-1 on Tuesday night. Antonio Rüdiger scored the winner in the "
    "32nd minute with a header from a corner. The crowd of 40,000 at Stamford Bridge rose as "
    'one. "We never stopped believing," said the manager, Thomas Tuchel, after the match.'
)
_SPACE = (
    "The European Space Agency launched the Juice probe to Jupiter on Friday. The spacecraft "
    "will take eight years to reach the giant planet and its icy moons. Mission scientist "
    "Emma Larsson said the probe carries ten instruments. It lifted off from Kourou in "
    "French Guiana aboard an Ariane 5 rocket."
)
_ARTICLES = (
    Article(
        id="football", title="Chelsea edge past Real Madrid", date=dt.date(2021, 5, 5),
        author="Sam Reporter", source_path="seeds/football.txt", text=_FOOTBALL,
    ),
    Article(
        id="space", title="Juice probe heads for Jupiter", date=dt.date(2023, 4, 14),
        author=None, source_path="seeds/space.txt", text=_SPACE,
    ),
)  # fmt: skip


def _source(article: Article, quote: str) -> Source:
    start = article.text.index(quote)
    return Source(article_id=article.id, quote=quote, start=start, end=start + len(quote))


def _q(qid: str, article: int, quote: str, **fields: object) -> Question:
    sources = [_source(_ARTICLES[article], quote)]
    extra = fields.pop("also", None)
    if isinstance(extra, tuple):
        sources.append(_source(_ARTICLES[extra[0]], extra[1]))
    fields.setdefault("difficulty", "medium")
    fields.setdefault("explanation", f"The article says: {quote}")
    return Question.model_validate({"id": qid, "sources": sources, **fields})


def sample_questions() -> list[Question]:
    """Eight questions, two per article for most types."""
    return [
        _q("fb-mc", 0, "Antonio Rüdiger scored the winner", type="multiple_choice",
           prompt="Who scored Chelsea's winner against Real Madrid?", answer="Antonio Rüdiger",
           choices=["Antonio Rüdiger", "Karim Benzema", "Mason Mount", "Kai Havertz"],
           tags=["sport"], difficulty="easy"),
        _q("sp-tf", 1, "take eight years to reach the giant planet", type="true_false",
           prompt="The Juice probe will reach Jupiter within a year.", answer="False",
           choices=["True", "False"], tags=["science"], difficulty="easy"),
        _q("fb-fill", 0, "Antonio Rüdiger scored the winner", type="fill_blank",
           prompt="Antonio ____ scored the winner for Chelsea.", answer="Rüdiger",
           accepted_answers=["Rudiger", "Ruediger"], tags=["sport"]),
        _q("sp-num", 1, "the probe carries ten instruments", type="numeric",
           prompt="How many instruments does the Juice probe carry?", answer="10",
           unit="instruments", tags=["science"], difficulty="hard"),
        _q("fb-quote", 0, "\"We never stopped believing,\" said the manager, Thomas Tuchel",
           type="quote_attribution", prompt='Who said "We never stopped believing"?',
           answer="Thomas Tuchel",
           choices=["Carlo Ancelotti", "Thomas Tuchel", "Antonio Rüdiger", "Emma Larsson"],
           tags=["sport"], difficulty="hard"),
        _q("sp-mc", 1, "aboard an Ariane 5 rocket", type="multiple_choice",
           prompt="Which rocket launched the Juice probe?", answer="Ariane 5",
           choices=["Falcon 9", "Soyuz", "Ariane 5", "Atlas V"], tags=["science"]),
        _q("fb-num", 0, "in the 32nd minute", type="numeric",
           prompt="In which minute did Rüdiger score?", answer="32", unit="minute",
           tags=["sport"], also=(0, "Antonio Rüdiger scored the winner")),
        _q("sp-fill", 1, "It lifted off from Kourou", type="fill_blank",
           prompt="The Juice probe lifted off from ____ in French Guiana.", answer="Kourou",
           tags=["science"], difficulty="easy"),
    ]  # fmt: skip


def sample_bank() -> Bank:
    """A valid bank of two articles and :func:`sample_questions`."""
    return Bank(
        generator=GeneratorInfo(version="sample"),
        articles=list(_ARTICLES),
        questions=sample_questions(),
    )


def synthetic_bank(size: int) -> Bank:
    """A valid bank of ``size`` questions cycling through the sample shapes (for benchmarks)."""
    base = sample_questions()
    questions = [
        base[i % len(base)].model_copy(update={"id": f"{base[i % len(base)].id}-{i}"})
        for i in range(size)
    ]
    bank = sample_bank()
    return bank.model_copy(update={"questions": questions})
