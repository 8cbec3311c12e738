"""Fixture banks for the export tests, built in code with the contract's models.

Every question quotes its article verbatim (``text[start:end] == quote``). The "nasty" bank
covers every question type plus text carrying every format's special characters, formula-
looking text, Unicode from articles and over-long text for Kahoot.
"""

from __future__ import annotations

import datetime as dt

from quiz.bank.models import Article, Bank, GeneratorInfo, Question, Source

#: Special characters of CSV, GIFT, XML/HTML and Markdown, plus article Unicode.
SPECIAL = (
    'Tom’s “café” – naïve: it\'s a<b>&amp; c, "d"; e~f=g#h{i}j\\k *l* _m_ `n` [o](p) |q| '
    "@r $s% ^t 😀"
)
FORMULA = '=HYPERLINK("http://evil.example","click")'
ASIDE_PROMPT = (
    "Who chaired the inquiry (which sat for fourteen months in the old town hall and heard "
    "from more than two hundred witnesses)?"
)
LONG_PROMPT = (
    "Which of the following organisations was named in the long report, published after a "
    "year of hearings and consultations with residents, as responsible for the delays?"
)


class _Text:
    """Grows an article text and hands back Sources for the sentences added."""

    def __init__(self, article_id: str) -> None:
        self.article_id = article_id
        self.text = ""

    def add(self, sentence: str) -> Source:
        if self.text:
            self.text += " "
        start = len(self.text)
        self.text += sentence
        return Source(article_id=self.article_id, quote=sentence, start=start, end=len(self.text))


def _q(
    qid: str, qtype: str, prompt: str, answer: str, sources: list[Source], **kw: object
) -> Question:
    base: dict[str, object] = {
        "id": qid,
        "type": qtype,
        "prompt": prompt,
        "answer": answer,
        "explanation": kw.pop("explanation", f"Because the article says so ({qid})."),
        "difficulty": kw.pop("difficulty", "medium"),
        "tags": kw.pop("tags", ["news"]),
        "sources": sources,
    }
    base.update(kw)
    return Question.model_validate(base)


def basic_questions(a: _Text, b: _Text) -> list[Question]:
    """One plain question of every type."""
    s1 = a.add("The council approved the new bridge on Tuesday.")
    s2 = a.add("The bridge will cost 1,200 million pounds.")
    s3 = b.add("“We will not back down,” said Maria Lopez, the union leader.")
    s4 = b.add("The strike began in Zürich.")
    s5 = a.add("Engineers expect the bridge to last 120 years.")
    return [
        _q(
            "mc-bridge",
            "multiple_choice",
            "Who approved the new bridge?",
            "The council",
            [s1],
            choices=["The mayor", "The council", "The governor", "The railway"],
            difficulty="easy",
            tags=["news", "transport"],
        ),
        _q(
            "tf-bridge",
            "true_false",
            "The bridge was approved on a Tuesday.",
            "True",
            [s1],
            choices=["True", "False"],
            tags=["transport"],
        ),
        _q(
            "fill-zurich",
            "fill_blank",
            "The strike began in ____.",
            "Zürich",
            [s4],
            accepted_answers=["Zurich", "Zuerich"],
            difficulty="hard",
            tags=["labour"],
        ),
        _q(
            "num-cost",
            "numeric",
            "How many million pounds will the bridge cost?",
            "1,200",
            [s2],
            unit="million pounds",
        ),
        _q(
            "quote-lopez",
            "quote_attribution",
            "Who said “We will not back down”?",
            "Maria Lopez",
            [s3],
            choices=["Maria Lopez", "John Smith", "Ana Ruiz", "Lee Chan"],
            tags=["labour"],
        ),
        _q(
            "tf-false",
            "true_false",
            "The bridge will last 50 years.",
            "False",
            [s5, s2],
            choices=["True", "False"],
            difficulty="hard",
        ),
    ]


def nasty_questions(a: _Text) -> list[Question]:
    """Questions whose text breaks naive writers."""
    s_special = a.add(f"Odd text: {SPECIAL}.")
    s_formula = a.add(f"A cell read {FORMULA} once.")
    s_multi = a.add("Line one.\nLine two – with a dash.")
    s_long = a.add("The Regional Infrastructure Delivery Authority was blamed.")
    s_chair = a.add("Dame Ruth Okafor chaired the inquiry.")
    long_choice = "The Regional Infrastructure Delivery Authority for the North and the Coast"
    return [
        _q(
            "special:1",
            "multiple_choice",
            f"Which text is odd? {SPECIAL}",
            SPECIAL,
            [s_special],
            choices=[SPECIAL, "plain", "=1+1", "-5"],
            explanation=f"It was {SPECIAL}",
            tags=["odd tag", "news"],
        ),
        _q(
            "formula",
            "multiple_choice",
            FORMULA,
            "+44 20 7946 0000",
            [s_formula],
            choices=["+44 20 7946 0000", "@SUM(A1)", "-2+3", "\tTabbed"],
            explanation="=2+5 is not a formula here",
        ),
        _q(
            "multiline",
            "fill_blank",
            "Line one.\nLine ____ – with a dash.",
            "two",
            [s_multi],
            accepted_answers=["2", "Two"],
        ),
        _q(
            "negative", "numeric", "What is the change, in degrees?", "-3.5", [s_special], unit="°C"
        ),
        _q(
            "long-prompt",
            "multiple_choice",
            LONG_PROMPT,
            long_choice,
            [s_long],
            choices=[long_choice, "The council", "The railway", "Nobody"],
        ),
        _q(
            "aside",
            "multiple_choice",
            ASIDE_PROMPT,
            "Dame Ruth Okafor",
            [s_chair],
            choices=["Dame Ruth Okafor", "Sir Alan Reed", "Priya Shah", "Tom Ellis"],
        ),
    ]


def make_bank(*, nasty: bool = True) -> Bank:
    """A small bank with every question type (and the nasty questions unless told not to)."""
    a, b = _Text("art-bridge"), _Text("art-strike")
    questions = basic_questions(a, b)
    if nasty:
        questions += nasty_questions(a)
    articles = [
        Article(
            id="art-bridge",
            title="Bridge “approved” – at last",
            date=dt.date(2024, 5, 7),
            author="Zoë Brontë",
            source_path="seeds/bridge.txt",
            text=a.text,
        ),
        Article(
            id="art-strike",
            title="Strike in Zürich",
            date=None,
            source_path="seeds/strike.txt",
            text=b.text,
        ),
    ]
    return Bank(generator=GeneratorInfo(version="test"), articles=articles, questions=questions)


def large_bank(count: int = 5000) -> Bank:
    """A synthetic bank of ``count`` questions cycling through the types (benchmarks, scale)."""
    questions: list[Question] = []
    text = _Text("art-big")
    for i in range(count):
        source = text.add(f"Fact number {i} says the value is {i * 7} – “item {i}”.")
        kind = i % 5
        if kind == 0:
            q = _q(
                f"big-{i}",
                "multiple_choice",
                f"Which item is fact {i} about?",
                f"item {i}",
                [source],
                choices=[f"item {i}", f"item {i + 1}", f"item {i + 2}", f"item {i + 3}"],
            )
        elif kind == 1:
            q = _q(
                f"big-{i}",
                "true_false",
                f"Fact {i} is about item {i}.",
                "True",
                [source],
                choices=["True", "False"],
            )
        elif kind == 2:
            q = _q(f"big-{i}", "fill_blank", f"Fact {i} is about ____ {i}.", "item", [source])
        elif kind == 3:
            q = _q(f"big-{i}", "numeric", f"What value does fact {i} give?", str(i * 7), [source])
        else:
            q = _q(
                f"big-{i}",
                "quote_attribution",
                f"Who is fact {i} about?",
                f"item {i}",
                [source],
                choices=[f"item {i + 3}", f"item {i}", f"item {i + 1}", f"item {i + 2}"],
            )
        questions.append(q)
    article = Article(id="art-big", title="Big", source_path="big.txt", text=text.text)
    return Bank(generator=GeneratorInfo(version="test"), articles=[article], questions=questions)
