"""Reading files into Articles: encodings, metadata lines, titles, rejection reasons."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from quiz.ingest import IngestError, ingest_paths
from quiz.ingest.decode import decode_bytes
from quiz.ingest.metadata import parse_header
from quiz.ingest.reader import read_article

BODY = (
    "The city council approved a new budget of 4.2 million pounds on Monday after a long debate. "
    "Council leader Maria Lopez said the plan would fund two new libraries and repair roads. "
    "Opposition members argued that the spending was too high for a town of its size."
)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_title_then_paragraphs(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", f"Council passes budget\n\n{BODY}\n\nAd\n\nShare on X\n")
    art = read_article(path, "a.txt")
    assert art.title == "Council passes budget"
    assert art.text == BODY
    assert art.date is None


def test_a_title_is_shown_with_its_characters_not_their_codes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", f"&#163;4.2m budget passed &amp; signed\n\n{BODY}\n")
    art = read_article(path, "a.txt")
    assert art.title == "£4.2m budget passed & signed"
    assert art.text == BODY


def test_inline_date_metadata_line(tmp_path: Path) -> None:
    path = write(tmp_path, "b.txt", f" date 2025-04-02 {BODY}\n")
    art = read_article(path, "b.txt")
    assert art.date == dt.date(2025, 4, 2)
    assert art.text == BODY
    assert art.title.startswith("The city council approved")


def test_key_value_metadata_and_markdown_title(tmp_path: Path) -> None:
    text = f"Date: 3 March 2024\nAuthor: Sam Lee\n# Council passes budget\n\n{BODY}\n"
    art = read_article(write(tmp_path, "c.md", text), "c.md")
    assert (art.title, art.author, art.date) == (
        "Council passes budget",
        "Sam Lee",
        dt.date(2024, 3, 3),
    )


def test_cp1252_fallback_keeps_characters(tmp_path: Path) -> None:
    text = f"Café owners protest\n\n{BODY} “Quoted” — fine.\n"
    art = read_article(write(tmp_path, "d.txt", text, "cp1252"), "d.txt")
    assert art.title == "Café owners protest"
    assert "“Quoted” — fine." in art.text


def test_whitespace_is_normalised_not_reworded(tmp_path: Path) -> None:
    messy = BODY.replace(" new ", "  new\t").replace("budget", "budget\u00a0")
    art = read_article(write(tmp_path, "e.txt", f"T\n\n{messy}\n"), "e.txt")
    assert "  " not in art.text and "\t" not in art.text
    assert art.text.split() == messy.split()


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"", "empty file"), (b"   \n\n", "empty file"), (b"\x00\x01\x02binary\x00", "binary file")],
)
def test_bad_bytes(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason):
        decode_bytes(data)


def test_too_little_text_after_boilerplate(tmp_path: Path) -> None:
    path = write(tmp_path, "f.txt", "Title\n\nAd\n\nTrending\n\nShare on Facebook\n")
    with pytest.raises(IngestError, match="too little article text"):
        read_article(path, "f.txt")


def test_directory_skips_bad_files_and_keeps_good(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", f"Council passes budget\n\n{BODY}\n")
    write(tmp_path, "dup.txt", f"Council passes budget\n\n{BODY}\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "notes.csv").write_text("ignored")
    result = ingest_paths([str(tmp_path)])
    assert [a.source_path.rsplit("/", 1)[-1] for a in result.articles] == ["dup.txt"]
    reasons = dict((p.rsplit("/", 1)[-1], r) for p, r in result.skipped)
    assert reasons == {
        "empty.txt": "empty file",
        "good.txt": f"same text as {result.articles[0].source_path}",
    }


def test_header_without_metadata_uses_first_line() -> None:
    header = parse_header(["Headline here", "", "Body sentence one."])
    assert header.title == "Headline here"
    assert header.body == ["", "Body sentence one."]


def test_html_uses_main_text_extractor(tmp_path: Path) -> None:
    paras = "".join(f"<p>{s}.</p>" for s in BODY.split(". "))
    html = (
        "<html><head><title>Council passes budget</title></head><body>"
        "<nav>Home | News | Sport</nav><article><h1>Council passes budget</h1>"
        f"{paras}</article><footer>Subscribe to our newsletter</footer></body></html>"
    )
    art = read_article(write(tmp_path, "g.html", html), "g.html")
    assert art.title == "Council passes budget"
    assert "Maria Lopez" in art.text
    assert "Subscribe" not in art.text and "Home | News" not in art.text
