"""Leading metadata lines of plain-text articles: dates, bylines, titles."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

_DATE_LINE = re.compile(
    r"^\s*(?:date|published|updated)\s*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]*)?\b\s*(.*)$",
    re.I | re.S,
)
_KEY_LINE = re.compile(r"^\s*(title|author|by|source|url)\s*:\s*(.+)$", re.I)
_WORDY_DATE = re.compile(
    r"^\s*(?:date|published|updated)\s*:?\s*((?:\w+day,? )?\d{1,2} \w+ \d{4}|\w+ \d{1,2},? \d{4})\s*$",
    re.I,
)


@dataclass
class Header:
    """Metadata found before the body, and the body lines that follow it."""

    title: str | None = None
    date: dt.date | None = None
    author: str | None = None
    body: list[str] = field(default_factory=list)


def parse_header(lines: list[str]) -> Header:
    """Split leading metadata lines (``date YYYY-MM-DD``, ``Title: ...``) from the body.

    The first line is the title unless a metadata line comes first; a metadata line may carry
    the first body paragraph after its value, as ``date 2025-04-02 Jude Bellingham ...`` does.
    """
    header = Header()
    rest = list(lines)
    saw_meta = False
    while rest:
        line = rest[0]
        if not line.strip() or line.strip() == "---":
            rest.pop(0)
            continue
        if _take_meta(line, header, rest):
            saw_meta = True
            continue
        break
    if header.title is None and rest and (not saw_meta or _looks_like_title(rest[0])):
        header.title = rest.pop(0).strip().lstrip("#").strip()
    header.body = rest
    return header


def _take_meta(line: str, header: Header, rest: list[str]) -> bool:
    date_match = _DATE_LINE.match(line)
    if date_match and header.date is None:
        header.date = _iso_date(date_match.group(1))
        remainder = date_match.group(2).strip()
        rest[0:1] = [remainder] if remainder else []
        return header.date is not None
    wordy = _WORDY_DATE.match(line)
    if wordy and header.date is None:
        header.date = parse_wordy_date(wordy.group(1))
        rest.pop(0)
        return True
    key = _KEY_LINE.match(line)
    if key:
        name, value = key.group(1).lower(), key.group(2).strip()
        if name == "title":
            header.title = value
        elif name in ("author", "by"):
            header.author = value
        rest.pop(0)
        return True
    return False


def _looks_like_title(line: str) -> bool:
    text = line.strip()
    return 0 < len(text.split()) <= 16 and not text.endswith((".", "!", "?", ":", ","))


def _iso_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def parse_wordy_date(text: str) -> dt.date | None:
    """Parse '2 April 2025', 'April 2, 2025' or 'Tuesday, 1 April 2025'."""
    cleaned = re.sub(r"^\w+day,?\s+", "", text.strip()).replace(",", "")
    for fmt in ("%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"):
        try:
            return dt.datetime.strptime(cleaned, fmt).date()
        except ValueError:
            continue
    return None
