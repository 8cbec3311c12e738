"""Checks a prompt must pass: no dangling pronouns or bare descriptors, a usable sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.facts.extract import _PERSON_CUES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PERSONAL = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "him",
        "them",
        "we",
        "us",
        "i",
        "me",
        "you",
        "himself",
        "herself",
        "themselves",
    ]
)
_POSSESSIVE = frozenset(["his", "her", "its", "their", "our", "my", "your"])
_DEMONSTRATIVE = frozenset(["this", "these", "those", "that"])
_QUOTE_MARKS = frozenset('"“”')
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(man|woman|men|women|ard|ian|ians|ese)$")
_AGE = re.compile(r"^\d+-year-old$")
_AGE_TEXT = re.compile(r"\b[Tt]he (\w+ )?\d+\s*-\s*year\s*-\s*old\b(?! \w+ [A-Z])")


def dangling_reason(tokens: list[Token], allow_possessive: bool = False) -> str | None:
    """Why these prompt tokens would leave a reader guessing (a pronoun, 'the 21-year-old')."""
    text = "".join(t.text_with_ws for t in tokens)
    age = _AGE_TEXT.search(text)
    if age:
        return f"unresolved descriptor '{age.group(0)}'"
    inside = False
    for tok in tokens:
        if tok.text in _QUOTE_MARKS:
            inside = not inside
            continue
        if inside:
            continue
        low = tok.lower_
        if low in _PERSONAL and tok.pos_ == "PRON":
            return f"dangling pronoun '{tok.text}'"
        if low in _POSSESSIVE and tok.tag_ == "PRP$" and not allow_possessive:
            return f"dangling possessive '{tok.text}'"
        if low in _DEMONSTRATIVE and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return f"dangling demonstrative '{tok.text}'"
        if _bare_descriptor(tok):
            return f"unresolved descriptor 'the {tok.text}'"
    return None


def _bare_descriptor(tok: Token) -> bool:
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"):
        return False
    kids = [c for c in tok.children if c.dep_ not in ("punct",)]
    if not kids or any(c.dep_ not in ("det", "amod", "compound") for c in kids):
        return False
    if not any(c.lower_ == "the" for c in kids):
        return False
    text = tok.text
    return text.lower() in _PERSON_CUES or bool(_NATIONALITY.match(text) or _AGE.match(text))


def usable_sentence(span: Span) -> str | None:
    """Why a sentence cannot be a question source (too short, a question, unbalanced)."""
    text = span.text.strip()
    words = len([t for t in span if not t.is_punct])
    if words < 6:
        return "sentence too short"
    if words > 45:
        return "sentence too long"
    if text.endswith((":", ";", ",")):
        return "sentence introduces something else"
    if text.endswith("?") or text.endswith('?"'):
        return "sentence is itself a question"
    if not (text[:1].isupper() or text[:1] in "\"“‘'"):
        return "sentence fragment"
    if (text.count('"') % 2) or text.count("“") != text.count("”"):
        return "unbalanced quotation marks"
    if text.count("(") != text.count(")"):
        return "unbalanced parentheses"
    return None


_LEAD = re.compile(
    r"^(But|And|However|Meanwhile|Yet|So|Also|Still|Instead|Now|Indeed|Nevertheless),?\s+(?=\S)"
)


def strip_lead(text: str) -> str:
    """'But Deutsche Bank said ...' -> 'Deutsche Bank said ...' (statements stand alone)."""
    stripped = _LEAD.sub("", text, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != text else text


def inside_quotes(text: str, lo: int) -> bool:
    """Is character ``lo`` of ``text`` inside quotation marks?"""
    before = text[:lo]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def pure_quote(text: str) -> bool:
    """A sentence that is only a quotation, with no speaker named in it."""
    t = text.strip()
    return t[:1] in '"“' and t.rstrip(".")[-1:] in '"”'
