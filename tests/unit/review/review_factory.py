"""Banks for review tests, built in code with the models (never from the NLP generator).

Imported by the review tests in tests/unit, tests/tui and tests/cli (each adds this folder to
``sys.path``), and by docs/make_review_screenshots.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from quiz.bank import Article, Bank, GeneratorInfo, Question, Source, save_bank

FINAL_TEXT = (
    "Real Madrid reached the Copa del Rey final on Tuesday. "
    "Jude Bellingham scored the second goal in a 4-4 draw against Real Sociedad. "
    "The match was played in front of 78,000 fans at the Bernabeu. "
    '"We never stopped believing," said Carlo Ancelotti after the game. '
    "The final will be played in Seville in April."
)
BUDGET_TEXT = (
    "The city council approved a budget of 1,200 million pounds on Monday. "
    "Mayor Ana Ruiz said the money would go to schools and buses. "
    "Opposition leader Tom Hale voted against the plan. "
    "The new bus lanes open in September."
)
SPACE_TEXT = (
    "A small probe called Lumen landed on the Moon on Friday. "
    "The probe weighs 340 kilograms and carries two cameras. "
    "Engineer Mei Tanaka led the landing team."
)

#: A frozen "now" for the review sidecar's timestamps.
NOON = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)

ARTICLES = {
    "final": ("Madrid reach the final", dt.date(2024, 4, 2), FINAL_TEXT),
    "budget": ("Council passes budget", dt.date(2024, 3, 11), BUDGET_TEXT),
    "space": ("Lumen lands on the Moon", None, SPACE_TEXT),
}


def article(key: str) -> Article:
    """One of the three sample articles."""
    title, date, text = ARTICLES[key]
    return Article(id=key, title=title, date=date, source_path=f"seeds/{key}.txt", text=text)


def source(key: str, quote: str) -> Source:
    """A source quoting ``quote`` verbatim from article ``key``."""
    text = ARTICLES[key][2]
    start = text.index(quote)
    return Source(article_id=key, quote=quote, start=start, end=start + len(quote))


def _q(
    qid: str, qtype: str, prompt: str, answer: str, key: str, quote: str, **kw: object
) -> Question:
    data: dict[str, object] = {
        "id": qid,
        "type": qtype,
        "prompt": prompt,
        "answer": answer,
        "explanation": kw.pop("explanation", f"The article says: {quote}"),
        "difficulty": kw.pop("difficulty", "medium"),
        "sources": [source(key, quote)],
        **kw,
    }
    return Question.model_validate(data)


def final_questions() -> list[Question]:
    """Questions about the football article: one of every type."""
    goal = "Jude Bellingham scored the second goal in a 4-4 draw against Real Sociedad."
    return [
        _q(
            "final-mc-scorer",
            "multiple_choice",
            "Who scored the second goal against Real Sociedad?",
            "Jude Bellingham",
            "final",
            goal,
            tags=["sport"],
            choices=["Jude Bellingham", "Vinicius Junior", "Luka Modric", "Rodrygo"],
        ),
        _q(
            "final-tf-draw",
            "true_false",
            "The match against Real Sociedad ended 4-4.",
            "True",
            "final",
            goal,
            choices=["True", "False"],
            difficulty="easy",
            tags=["sport"],
        ),
        _q(
            "final-num-fans",
            "numeric",
            "How many fans watched the match at the Bernabeu?",
            "78000",
            "final",
            "The match was played in front of 78,000 fans at the Bernabeu.",
            unit="fans",
            difficulty="hard",
            tags=["sport", "numbers"],
        ),
        _q(
            "final-qa-believing",
            "quote_attribution",
            'Who said "We never stopped believing"?',
            "Carlo Ancelotti",
            "final",
            '"We never stopped believing," said Carlo Ancelotti',
            choices=["Carlo Ancelotti", "Jude Bellingham", "Xabi Alonso", "Real Sociedad"],
        ),
        _q(
            "final-fb-city",
            "fill_blank",
            "The final will be played in ____ in April.",
            "Seville",
            "final",
            "The final will be played in Seville in April.",
            difficulty="easy",
        ),
    ]


def budget_questions() -> list[Question]:
    """Questions about the council budget article."""
    return [
        _q(
            "budget-num-total",
            "numeric",
            "How many million pounds is the new budget?",
            "1200",
            "budget",
            "approved a budget of 1,200 million pounds",
            unit="million pounds",
            tags=["politics", "numbers"],
        ),
        _q(
            "budget-mc-mayor",
            "multiple_choice",
            "Who is the mayor?",
            "Ana Ruiz",
            "budget",
            "Mayor Ana Ruiz",
            choices=["Ana Ruiz", "Tom Hale", "Mei Tanaka", "Carlo Ancelotti"],
            tags=["politics"],
            difficulty="easy",
        ),
        _q(
            "budget-tf-hale",
            "true_false",
            "Tom Hale voted for the plan.",
            "False",
            "budget",
            "Opposition leader Tom Hale voted against the plan.",
            choices=["True", "False"],
            tags=["politics"],
        ),
        _q(
            "budget-fb-month",
            "fill_blank",
            "The new bus lanes open in ____.",
            "September",
            "budget",
            "The new bus lanes open in September.",
            difficulty="hard",
        ),
    ]


def space_questions() -> list[Question]:
    """Questions about the extra article that a rebuild adds."""
    return [
        _q(
            "space-num-weight",
            "numeric",
            "How many kilograms does the Lumen probe weigh?",
            "340",
            "space",
            "The probe weighs 340 kilograms",
            unit="kilograms",
            tags=["science"],
        ),
        _q(
            "space-mc-engineer",
            "multiple_choice",
            "Who led the Lumen landing team?",
            "Mei Tanaka",
            "space",
            "Engineer Mei Tanaka led the landing team.",
            choices=["Mei Tanaka", "Ana Ruiz", "Tom Hale", "Jude Bellingham"],
            tags=["science"],
        ),
    ]


def make_bank(*, with_space: bool = False, without: tuple[str, ...] = ()) -> Bank:
    """The sample bank: two articles (three with ``with_space``), minus the ids in ``without``."""
    keys = ["final", "budget", *(["space"] if with_space else [])]
    questions = final_questions() + budget_questions()
    if with_space:
        questions += space_questions()
    return Bank(
        generator=GeneratorInfo(version="test"),
        articles=[article(k) for k in keys],
        questions=[q for q in questions if q.id not in without],
    )


def write_bank(path: Path, *, with_space: bool = False, without: tuple[str, ...] = ()) -> Path:
    """Save ``make_bank(...)`` to ``path`` and return it."""
    save_bank(make_bank(with_space=with_space, without=without), path)
    return path
