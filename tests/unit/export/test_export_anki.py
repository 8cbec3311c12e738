"""anki export: opened as zip + SQLite, and imported into a real Anki collection."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import genanki
import pytest
from conftest import RenderFn
from export_readers import html_to_text, read_apkg

from quiz.bank.models import Article, Bank
from quiz.export.citation import answer_with_unit, cite
from quiz.export.formats import anki as anki_format


def test_apkg_notes_carry_every_question(bank: Bank, render: RenderFn) -> None:
    items = read_apkg(render("anki").data)
    assert [item.key for item in items] == [q.id for q in bank.questions]
    for q, item in zip(bank.questions, items, strict=True):
        assert item.prompt == q.prompt
        assert item.choices == q.choices
        assert item.answers[0].startswith(answer_with_unit(q))
        assert item.feedback == q.explanation
        fields = item.extra["fields"]
        assert html_to_text(fields["Quote"]) == f"“{q.sources[0].quote}”"
        assert html_to_text(fields["Source"]) == cite(bank, q).source_line()
        assert item.extra["guid"] == genanki.guid_for(q.id)
        assert item.extra["tags"] == sorted({t.replace(" ", "_") for t in q.tags})
    assert items[0].extra["cards"] == len(bank.questions)


def test_apkg_fields_are_html_escaped(render: RenderFn) -> None:
    special = next(i for i in read_apkg(render("anki").data) if i.key == "special:1")
    assert "a&lt;b&gt;&amp;amp; c" in special.extra["fields"]["Question"]
    assert "<b>" not in "".join(special.extra["fields"].values())


def test_apkg_ids_and_timestamp_are_fixed(bank: Bank) -> None:
    model = anki_format.model()
    assert (model.model_id, anki_format.MODEL_ID) == (1_607_392_319, 1_607_392_319)
    when = anki_format.timestamp(bank)
    assert dt.datetime.fromtimestamp(when, dt.UTC) == dt.datetime(2024, 5, 7, 12, tzinfo=dt.UTC)


# --- a real Anki collection ----------------------------------------------------------------


def _import(collection: Any, path: Path) -> Any:
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return collection.import_anki_package(request).log


@pytest.fixture
def collection(tmp_path: Path) -> Any:
    """A fresh, empty Anki collection (skips when the anki package is absent)."""
    pytest.importorskip("anki")
    from anki.collection import Collection

    col = Collection(str(tmp_path / "collection.anki2"))
    yield col
    col.close()


def test_real_anki_imports_every_note(
    collection: Any, bank: Bank, render: RenderFn, tmp_path: Path
) -> None:
    path = tmp_path / "deck.apkg"
    path.write_bytes(render("anki", title="News quiz").data)
    log = _import(collection, path)
    assert (log.found_notes, len(log.new)) == (len(bank.questions), len(bank.questions))
    notes = [collection.get_note(nid) for nid in collection.find_notes("")]
    by_guid = {n.guid: n for n in notes}
    for q in bank.questions:
        note = by_guid[genanki.guid_for(q.id)]
        assert note.note_type()["name"] == "quiz question"
        assert note["Source"] == anki_format.html_text(cite(bank, q).source_line())
    assert collection.decks.by_name("News quiz") is not None
    cards = collection.find_cards("")
    assert len(cards) == len(bank.questions)
    card = collection.get_card(cards[0])
    assert "Who approved the new bridge?" in card.question()
    assert "The council" in card.answer() and "Source: “Bridge" in card.answer()


def test_real_anki_reimport_updates_instead_of_duplicating(
    collection: Any, bank: Bank, render: RenderFn, tmp_path: Path
) -> None:
    first = tmp_path / "v1.apkg"
    first.write_bytes(render("anki").data)
    _import(collection, first)
    again = _import(collection, first)
    assert len(again.new) == 0
    edited = bank.questions[0].model_copy(update={"prompt": "Who approved the bridge, finally?"})
    newer = Article(
        id="art-new", title="Later", date=dt.date(2024, 6, 1), source_path="x.txt", text="x"
    )
    rebuilt = bank.model_copy(
        update={"questions": [edited, *bank.questions[1:]], "articles": [*bank.articles, newer]}
    )
    second = tmp_path / "v2.apkg"
    second.write_bytes(render("anki", rebuilt).data)
    log = _import(collection, second)
    assert (len(log.new), len(log.updated)) == (0, len(bank.questions))
    assert len(collection.find_notes("")) == len(bank.questions)
    prompts = {collection.get_note(n)["Question"] for n in collection.find_notes("")}
    assert "Who approved the bridge, finally?" in prompts
