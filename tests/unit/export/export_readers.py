"""Independent readers for every export format, used by the round-trip tests.

Each reader parses an export with a real, independent library (csv, openpyxl, ElementTree/lxml,
markdown-it, sqlite3/zipfile, gift-pegjs through Node) and returns plain ``Item``s so tests can
compare what came back with the bank that went in.
"""

from __future__ import annotations

import csv
import html
import io
import json
import re
import sqlite3
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

NODE_DIR = Path(__file__).resolve().parents[2] / "data" / "export" / "node"
GIFT_PEGJS = NODE_DIR / "node_modules" / "gift-pegjs"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
QTI = "{http://www.imsglobal.org/xsd/imsqti_v2p1}"
CP = "{http://www.imsglobal.org/xsd/imscp_v1p1}"


@dataclass
class Item:
    """One question as a reader saw it."""

    key: str
    """The question id where the format keeps it, else the prompt."""
    prompt: str
    choices: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    """Correct answer(s) as text."""
    feedback: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def unguard(cell: str) -> str:
    """Undo the formula guard: ``'=x`` back to ``=x`` (only where the guard added it)."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(TRIGGERS) else cell


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment written by the exporter (tags dropped, <br> = newline)."""
    fragment = fragment.replace("<br>", "\n")
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# --- csv -----------------------------------------------------------------------------------


def read_csv(data: bytes) -> list[Item]:
    """The csv format: BOM, header row, one row per question."""
    assert data.startswith(b"\xef\xbb\xbf"), "csv must start with a UTF-8 BOM"
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    items = []
    for raw in rows:
        row = {k: unguard(v) for k, v in raw.items()}
        choices = [row[f"choice_{i}"] for i in range(1, 5) if row[f"choice_{i}"]]
        items.append(
            Item(row["id"], row["prompt"], choices, [row["answer"]], row["explanation"], extra=row)
        )
    return items


# --- markdown ------------------------------------------------------------------------------


def read_markdown(data: bytes) -> list[str]:
    """Plain text of every paragraph, list item and quote, in document order (markdown-it)."""
    from markdown_it import MarkdownIt

    texts = []
    for token in MarkdownIt("commonmark").parse(data.decode("utf-8")):
        if token.type == "inline":
            texts.append("".join(child.content for child in token.children or []))
    return texts


# --- gift ----------------------------------------------------------------------------------

_GIFT_SCRIPT = """
const gift = require(process.argv[1]);
const input = require('fs').readFileSync(0, 'utf8');
try { process.stdout.write(JSON.stringify(gift.parse(input))); }
catch (e) {
  console.error('GIFT parse error: ' + e.message + ' at ' + JSON.stringify(e.location));
  process.exit(3);
}
"""


def parse_gift(data: bytes, node: str) -> list[dict[str, Any]]:
    """Parse GIFT with gift-pegjs; fail the test with the parser's message on a syntax error."""
    result = subprocess.run(
        [node, "-e", _GIFT_SCRIPT, str(GIFT_PEGJS)],
        input=data,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    parsed: list[dict[str, Any]] = json.loads(result.stdout)
    return parsed


def read_gift(data: bytes, node: str) -> list[Item]:
    """The questions (not the category marker) of a GIFT file."""
    items = []
    for q in parse_gift(data, node):
        if q["type"] == "Category":
            continue
        choices = q.get("choices") or []
        texts = [_gift_choice_text(c) for c in choices]
        right = [t for t, c in zip(texts, choices, strict=True) if c["isCorrect"]]
        if q["type"] == "TF":
            right = ["True" if q["isTrue"] else "False"]
        mc = q["type"] == "MC"
        items.append(
            Item(
                q["title"],
                q["stem"]["text"],
                texts if mc else [],
                right,
                (q.get("globalFeedback") or {}).get("text", ""),
                extra=q,
            )
        )
    return items


def _gift_choice_text(choice: dict[str, Any]) -> str:
    text = choice["text"]
    if "number" in text:  # numerical answer
        return str(text["number"])
    return str(text["text"])


# --- moodle xml ----------------------------------------------------------------------------


def read_moodle(data: bytes) -> tuple[str, list[Item]]:
    """The category path and the questions of a Moodle XML file (ElementTree)."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(data)
    assert root.tag == "quiz"
    category = ""
    items = []
    for q in root.findall("question"):
        if q.get("type") == "category":
            category = q.findtext("category/text") or ""
            continue
        answers = q.findall("answer")
        texts = [_answer_text(a) for a in answers]
        right = [t for t, a in zip(texts, answers, strict=True) if a.get("fraction") == "100"]
        items.append(
            Item(
                q.findtext("name/text") or "",
                html_to_text(q.findtext("questiontext/text") or ""),
                texts if q.get("type") == "multichoice" else [],
                right,
                html_to_text(q.findtext("generalfeedback/text") or ""),
                extra={"type": q.get("type"), "element": q},
            )
        )
    return category, items


def _answer_text(answer: Any) -> str:
    text = answer.findtext("text") or ""
    return html_to_text(text) if answer.get("format") == "html" else text


# --- qti -----------------------------------------------------------------------------------


def read_qti(data: bytes) -> list[Item]:
    """Items of a QTI 2.1 package, in manifest order, checking the package structure."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    manifest = etree.fromstring(archive.read("imsmanifest.xml"))
    assert manifest.tag == f"{CP}manifest"
    items = []
    for resource in manifest.iter(f"{CP}resource"):
        assert resource.get("type") == "imsqti_item_xmlv2p1"
        href = resource.get("href")
        assert [f.get("href") for f in resource.iter(f"{CP}file")] == [href]
        items.append(_qti_item(etree.fromstring(archive.read(href))))
    return items


def _qti_item(item: Any) -> Item:
    assert item.tag == f"{QTI}assessmentItem"
    choice = item.find(f".//{QTI}choiceInteraction")
    correct = [
        v.text or ""
        for v in item.iterfind(f"{QTI}responseDeclaration/{QTI}correctResponse/{QTI}value")
    ]
    feedback = item.find(f"{QTI}modalFeedback")
    text = "\n".join("".join(p.itertext()) for p in feedback.iter(f"{QTI}p"))
    if choice is not None:
        ids = {
            c.get("identifier"): "".join(c.itertext()) for c in choice.iter(f"{QTI}simpleChoice")
        }
        prompt = "".join(choice.find(f"{QTI}prompt").itertext())
        return Item(
            item.get("title"),
            prompt,
            list(ids.values()),
            [ids[k] for k in correct],
            text,
            extra={"element": item},
        )
    paragraph = item.find(f"{QTI}itemBody/{QTI}p")
    entry = paragraph.find(f"{QTI}textEntryInteraction")
    assert entry is not None and entry.get("responseIdentifier") == "RESPONSE"
    keys = [e.get("mapKey") for e in item.iter(f"{QTI}mapEntry")] or correct
    return Item(
        item.get("title"),
        (paragraph.text or "").rstrip(" "),
        [],
        keys,
        text,
        extra={"element": item},
    )


# --- anki ----------------------------------------------------------------------------------


def read_apkg(data: bytes) -> list[Item]:
    """Notes of an .apkg opened as what it is: a zip holding an SQLite collection."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "collection.anki2"
        path.write_bytes(archive.read("collection.anki2"))
        conn = sqlite3.connect(path)
        try:
            rows = conn.execute("SELECT guid, flds, tags, mid FROM notes ORDER BY id").fetchall()
            models = json.loads(conn.execute("SELECT models FROM col").fetchone()[0])
            cards = conn.execute("SELECT count(*) FROM cards").fetchone()[0]
        finally:
            conn.close()
    items = []
    for guid, flds, tags, mid in rows:
        names = [f["name"] for f in models[str(mid)]["flds"]]
        fields = dict(zip(names, flds.split("\x1f"), strict=True))
        choices = re.findall(r"<li>(.*?)</li>", fields["Choices"])
        items.append(
            Item(
                html_to_text(fields["QuestionId"]),
                html_to_text(fields["Question"]),
                [html_to_text(c) for c in choices],
                [html_to_text(fields["Answer"])],
                html_to_text(fields["Explanation"]),
                extra={"guid": guid, "tags": tags.split(), "fields": fields, "cards": cards},
            )
        )
    return items


# --- spreadsheets --------------------------------------------------------------------------


def xlsx_rows(data: bytes) -> list[list[Any]]:
    """Every row of the first sheet (openpyxl), checking no cell is a formula."""
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula: {cell.value!r}"
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def read_kahoot(data: bytes) -> list[Item]:
    """Question rows below the template's header on row 8."""
    rows = xlsx_rows(data)
    assert rows[7][1] == "Question - max 120 characters"
    items = []
    for number, row in enumerate(rows[8:], 1):
        assert row[0] == number
        choices = [c for c in row[2:6] if c is not None]
        right = [choices[int(i) - 1] for i in str(row[7]).split(",")]
        items.append(Item(row[1], row[1], choices, right, extra={"time": row[6]}))
    return items


def read_quizizz(data: bytes) -> list[Item]:
    """Rows below the header."""
    rows = xlsx_rows(data)
    assert rows[0][:3] == ["Question Text", "Question Type", "Option 1"]
    items = []
    for row in rows[1:]:
        options = [c for c in row[2:7] if c is not None]
        if row[1] == "Multiple Choice":
            right = [options[int(row[7]) - 1]]
            items.append(Item(row[0], row[0], options, right, row[10] or "", {"time": row[8]}))
        else:
            items.append(Item(row[0], row[0], [], options, row[10] or "", {"time": row[8]}))
    return items


def read_blooket(data: bytes) -> list[Item]:
    """Rows below the title row and the header row."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert rows[0][0] == "Blooket\nImport Template" and rows[1][0] == "Question #"
    items = []
    for number, raw in enumerate(rows[2:], 1):
        row = [unguard(c) for c in raw]
        assert row[0] == str(number)
        choices = [c for c in row[2:6] if c]
        right = [choices[int(i) - 1] for i in row[7].split(",")]
        items.append(Item(row[1], row[1], choices, right, extra={"time": row[6]}))
    return items
