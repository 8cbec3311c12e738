"""General rules that tell web boilerplate from article prose, line by line.

News body paragraphs are sentences: they end in terminal punctuation and carry no links,
handles or widget words. Headings, related-headline lists, photo credits, bylines, author bios,
share/follow and feedback widgets and embedded tweets fail one of these tests. The rules are
about the *shape* of web text, not about any site's wording.
"""

from __future__ import annotations

import re

_TERMINAL = tuple(".!?…\"”’'")
_URL = re.compile(r"https?://|www\.|\bpic\.twitter\.com\b|\bt\.co/|\bbit\.ly/", re.I)
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_]{2,}")
_PREFIX = re.compile(
    r"^\s*(more|read more|also read|read also|related|see also|watch|listen|click here|"
    r"recommended|trending|advertisement|sponsored|photo|image|video|credit|source)\s*[:|>-]",
    re.I,
)
_WIDGET = re.compile(
    r"\b(was this (article|page) helpful|thank you for (your )?feedback|share (on|this)|"
    r"follow (us|him|her|me)|sign up|subscribe|newsletter|cookies?\b|all rights reserved|"
    r"click here|download (the|our) app|getty images|source: getty|imago\b|"
    r"(photo|picture|image)s? (by|courtesy|credit)|"
    r"^(listen to|watch|see|read|hear) (the |our )?(full |latest )?"
    r"(interview|video|clip|report|story|coverage|gallery|podcast))",
    re.I,
)
_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} (is|was|has been) (an?|the) [^.]{0,80}\b"
    r"(writer|journalist|reporter|correspondent|editor|contributor|columnist|author|blogger)\b",
)
_TWEET_SIGNATURE = re.compile(r"^\s*[—–-]\s*.{0,60}\(@\w+\)")


#: A two-word line that introduces a quotation set below it ('He added:', 'Smith said:').
_SPEECH_INTRO = re.compile(
    r"^[A-Z][\w'’.-]* (said|says|added|adds|continued|explained|insisted|wrote|writes):$"
)


def is_prose(line: str) -> bool:
    """True when ``line`` looks like a paragraph of article prose rather than page furniture."""
    text = line.strip()
    if _SPEECH_INTRO.match(text):
        return True  # kept only if a quotation follows (drop_dangling_intros)
    if len(text.split()) < 3 or not _ends_like_sentence(text):
        return False
    if _URL.search(text) or _HANDLE.search(text) or _TWEET_SIGNATURE.search(text):
        return False
    if _PREFIX.search(text) or _BIO.search(text):
        return False
    return not (len(text.split()) < 30 and _WIDGET.search(text))


def _ends_like_sentence(text: str) -> bool:
    if text.endswith(":"):
        return len(text.split()) >= 3 and not _title_case(text)
    if text.endswith(")"):
        return len(text) > 1 and text[-2] in ".!?'’\""
    return text.endswith(_TERMINAL)


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


_CLOSING_BIO = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} (?:works (?:for|at)|(?:is|was) (?:a|an|the) "
    r"[^.]{0,60}\b(?:at|of|for|with|on)\b)[^.]*\.$"
)


def drop_closing_bio(paragraphs: list[str]) -> list[str]:
    """Drop a last paragraph that only says who the author is ('David Mikosz works for the
    IFES, an international non-profit organisation.', 'Bill Thompson is a regular
    commentator on the BBC World Service'): page furniture, not news."""
    last = paragraphs[-1].strip() if len(paragraphs) > 1 else ""
    short = len(last.split()) <= 30 and not re.search(r"\b(said|says|told|added)\b", last)
    if short and _CLOSING_BIO.match(last):
        return paragraphs[:-1]
    return paragraphs


def closing_bio_name(paragraph: str) -> str | None:
    """The author a closing bio names ('Bill Thompson is a regular commentator ...')."""
    found = re.match(r"([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}) (?:works|is|was)\b", paragraph)
    return found.group(1) if found else None


def drop_dangling_intros(lines: list[str]) -> list[str]:
    """Drop lines ending in ':' whose introduced content was removed (e.g. a related-news list)."""
    kept: list[str] = []
    for i, line in enumerate(lines):
        nxt = lines[i + 1].lstrip() if i + 1 < len(lines) else ""
        if line.rstrip().endswith(":") and nxt[:1] not in set("\"“‘'"):
            continue
        kept.append(line)
    return kept


def find_author(lines: list[str]) -> str | None:
    """Find a byline ("By Jane Doe", or a name after a "Published"/"Written by" line)."""
    for i, line in enumerate(lines):
        text = line.strip()
        match = re.match(
            r"^(?:by|written by|author:?)\s+([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})$", text, re.I
        )
        if match:
            return match.group(1)
        if re.fullmatch(r"(published|posted|written by|author)", text, re.I) and i + 1 < len(lines):
            name = lines[i + 1].strip()
            if re.fullmatch(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}", name):
                return name
    for line in lines:
        bio = _BIO.match(line.strip())
        if bio:
            return bio.group(0).split(" is ")[0].split(" was ")[0].split(" has ")[0]
    return None
