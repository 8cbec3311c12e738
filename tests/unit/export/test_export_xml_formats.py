"""moodle-xml and qti exports read back with ElementTree and lxml."""

from __future__ import annotations

import io
import zipfile

from conftest import RenderFn
from export_readers import QTI, read_moodle, read_qti
from lxml import etree

from quiz.bank.models import Bank
from quiz.export.citation import answers, cite, number_text
from quiz.export.formats.qti import identifier

# --- moodle xml ----------------------------------------------------------------------------


def test_moodle_xml_round_trips_every_question(bank: Bank, render: RenderFn) -> None:
    category, items = read_moodle(render("moodle-xml", category="News/Week 1").data)
    assert category == "$course$/top/News/Week 1"
    assert [item.key for item in items] == [q.id for q in bank.questions]
    types = {
        "multiple_choice": "multichoice",
        "quote_attribution": "multichoice",
        "true_false": "truefalse",
        "fill_blank": "shortanswer",
        "numeric": "numerical",
    }
    for q, item in zip(bank.questions, items, strict=True):
        assert item.extra["type"] == types[q.type]
        assert item.prompt == q.prompt
        citation = cite(bank, q)
        assert item.feedback == f"{citation.explanation}“{citation.quote}”{citation.source_line()}"
        if q.type in ("multiple_choice", "quote_attribution"):
            assert (item.choices, item.answers) == (q.choices, [q.answer])
        elif q.type == "true_false":
            assert item.answers == [q.answer.lower()]
        elif q.type == "numeric":
            assert item.answers == [number_text(q)]
        else:
            assert item.answers == answers(q)


def test_moodle_xml_escapes_html_once_for_html_and_once_for_xml(render: RenderFn) -> None:
    data = render("moodle-xml").data.decode()
    # a literal "<b>" in an article is HTML-escaped (&lt;b&gt;) then XML-escaped (&amp;lt;)
    assert "a&amp;lt;b&amp;gt;&amp;amp;amp; c" in data
    assert "<b>" not in data


def test_moodle_xml_every_answer_has_feedback_and_tags(bank: Bank, render: RenderFn) -> None:
    _, items = read_moodle(render("moodle-xml").data)
    for q, item in zip(bank.questions, items, strict=True):
        element = item.extra["element"]
        for answer in element.findall("answer"):
            assert answer.findtext("feedback/text")
        assert [t.findtext("text") for t in element.findall("tags/tag")] == q.tags
        if q.type == "numeric":
            assert element.findtext("answer/tolerance") == "0"


# --- qti -----------------------------------------------------------------------------------


def test_qti_package_round_trips_every_question(bank: Bank, render: RenderFn) -> None:
    items = read_qti(render("qti").data)
    assert [item.key for item in items] == [q.id for q in bank.questions]
    for q, item in zip(bank.questions, items, strict=True):
        assert item.prompt == q.prompt
        assert item.choices == q.choices
        assert f"{cite(bank, q).explanation}\n“{q.sources[0].quote}”" in item.feedback
        if q.type == "numeric":
            assert item.answers == [number_text(q)]
        elif q.type == "fill_blank":
            assert item.answers == answers(q)
        else:
            assert item.answers == [q.answer]


def test_qti_items_are_structurally_valid(bank: Bank, render: RenderFn) -> None:
    archive = zipfile.ZipFile(io.BytesIO(render("qti").data))
    names = archive.namelist()
    assert names[0] == "imsmanifest.xml"
    assert sorted(names[1:]) == sorted(f"items/{identifier(q.id)}.xml" for q in bank.questions)
    for q, name in zip(bank.questions, names[1:], strict=True):
        item = etree.fromstring(archive.read(name))
        children = [etree.QName(c).localname for c in item]
        # the order the QTI 2.1 schema requires
        assert children == [
            "responseDeclaration",
            "outcomeDeclaration",
            "outcomeDeclaration",
            "itemBody",
            "responseProcessing",
            "modalFeedback",
        ]
        base = item.find(f"{QTI}responseDeclaration").get("baseType")
        assert base == {"numeric": "float", "fill_blank": "string"}.get(q.type, "identifier")
        interaction = "choiceInteraction" if q.choices else "textEntryInteraction"
        assert len(item.findall(f".//{QTI}{interaction}")) == 1
        feedback = item.find(f"{QTI}modalFeedback")
        set_value = item.find(f"{QTI}responseProcessing/{QTI}setOutcomeValue/{QTI}baseValue")
        assert feedback.get("identifier") == set_value.text == "EXPLANATION"


def test_qti_identifiers_are_ncnames_and_unique() -> None:
    import re

    ids = ["special:1", "special_1", "a b", "ok-1.2"]
    made = [identifier(i) for i in ids]
    assert len(set(made)) == len(made)
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.-]*", m) for m in made)
    assert identifier("ok-1.2") == "Q_ok-1.2"
