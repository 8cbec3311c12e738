"""anki: an ``.apkg`` deck made with genanki, re-importable without duplicates.

The model and deck ids are fixed and every note's GUID comes from its question id, so
importing a newer export updates the existing cards instead of adding copies. Note and card
timestamps come from the bank (its newest article date), never from the clock, so the same
bank always gives the same bytes. Field text is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from quiz.bank.models import Bank, Question
from quiz.export.base import ExportFormat, ExportOptions, Rendered
from quiz.export.citation import answer_with_unit, answers, cite
from quiz.export.xmltext import html_text
from quiz.export.zips import build_zip

#: Fixed ids: never change them, or re-imports stop matching earlier decks.
MODEL_ID = 1_607_392_319
DECK_ID = 2_059_400_110
FIELDS = ["Question", "Choices", "Answer", "Explanation", "Quote", "Source", "QuestionId"]
_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
_TAG_SPACE = re.compile(r"\s+")

FRONT = (
    "<div class=prompt>{{Question}}</div>{{#Choices}}<ol class=choices>{{Choices}}</ol>{{/Choices}}"
)
BACK = (
    "{{FrontSide}}<hr id=answer><div class=answer>{{Answer}}</div>"
    "<div class=explanation>{{Explanation}}</div>"
    "<blockquote class=quote>{{Quote}}</blockquote><div class=source>{{Source}}</div>"
)
CSS = (
    ".card { font-family: sans-serif; font-size: 20px; }\n"
    ".source { font-size: 14px; color: #666; }\n"
)


def model() -> Any:
    """The note type: front = prompt and choices; back = answer, explanation, quote, source."""
    import genanki

    return genanki.Model(
        MODEL_ID,
        "quiz question",
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Card 1", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )


def fields(bank: Bank, question: Question) -> list[str]:
    """The note's fields as escaped HTML, in :data:`FIELDS` order."""
    citation = cite(bank, question)
    key = html_text(answer_with_unit(question))
    others = answers(question)[1:]
    if others:
        key += " <span class=also>(also: " + ", ".join(html_text(a) for a in others) + ")</span>"
    choices = "".join(f"<li>{html_text(c)}</li>" for c in question.choices)
    return [
        html_text(question.prompt), choices, key, html_text(citation.explanation),
        html_text(f"“{citation.quote}”"), html_text(citation.source_line()),
        html_text(question.id),
    ]  # fmt: skip


def anki_tag(tag: str) -> str:
    """Anki tags cannot hold spaces: ``"climate change"`` becomes ``climate_change``."""
    return _TAG_SPACE.sub("_", tag.strip())


def timestamp(bank: Bank) -> float:
    """Deterministic note time: noon UTC on the newest article date (a fixed date if none)."""
    dates = [a.date for a in bank.articles if a.date is not None]
    if not dates:
        return _EPOCH.timestamp()
    newest = max(dates)
    return dt.datetime(newest.year, newest.month, newest.day, 12, tzinfo=dt.UTC).timestamp()


def render(bank: Bank, options: ExportOptions) -> Rendered:
    """Build the deck, write its SQLite collection, zip it with fixed metadata."""
    import genanki

    note_type = model()
    deck = genanki.Deck(DECK_ID, options.title)
    for question in bank.questions:
        tags = sorted({anki_tag(t) for t in question.tags if t.strip()})
        guid = genanki.guid_for(question.id)
        deck.add_note(genanki.Note(note_type, fields(bank, question), tags=tags, guid=guid))
    data = _package(genanki.Package(deck), timestamp(bank))
    return Rendered(data, [q.id for q in bank.questions])


def _package(package: Any, when: float) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "collection.anki2"
        conn = sqlite3.connect(path)
        try:
            package.write_to_db(conn.cursor(), when, itertools.count(int(when * 1000)))
            conn.commit()
        finally:
            conn.close()
        collection = path.read_bytes()
    return build_zip([("collection.anki2", collection), ("media", b"{}")])


FORMAT = ExportFormat(
    name="anki",
    suffix=".apkg",
    summary="Anki deck (.apkg): prompt and choices on the front, answer and source on the back",
    render=render,
)
