"""Rendering questions from parse tokens: joining, discourse-marker stripping, agreement."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DISCOURSE = frozenset(
    [
        "but",
        "and",
        "so",
        "however",
        "meanwhile",
        "yet",
        "also",
        "still",
        "moreover",
        "furthermore",
        "instead",
        "nevertheless",
        "nonetheless",
        "indeed",
        "then",
        "now",
        "overall",
        "besides",
    ]
)
_AGREE = {"are": "is", "were": "was", "have": "has", "do": "does"}
SAY_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "claim",
        "insist",
        "explain",
        "warn",
        "state",
        "admit",
        "argue",
        "believe",
        "suggest",
        "told",
        "said",
        "reveal",
        "confirm",
        "announce",
        "describe",
        "write",
        "note",
        "report",
        "think",
        "hope",
    ]
)


def join(tokens: Iterable[Token | str], subst: dict[int, str] | None = None) -> str:
    """Join tokens (or literal words) with their original spacing, tidying punctuation.

    ``subst`` replaces resolved pronouns by the names they stand for.
    """
    parts = []
    for tok in tokens:
        if not isinstance(tok, str) and subst and tok.i in subst:
            parts.append(subst[tok.i] + tok.whitespace_)
            continue
        parts.append(tok if isinstance(tok, str) else tok.text_with_ws)
        if isinstance(tok, str):
            parts.append(" ")
    text = re.sub(r"\s+", " ", "".join(parts)).strip()
    text = re.sub(r"\s+([,.;:?!%)])", r"\1", text)
    return re.sub(r"([(])\s+", r"\1", text)


def strip_discourse(tokens: list[Token]) -> list[Token]:
    """Drop leading 'But', 'However,' and similar so a question can start cleanly."""
    while tokens and (tokens[0].lower_ in _DISCOURSE or tokens[0].is_punct):
        tokens = tokens[1:]
    return tokens


_TRAILING = frozenset(".,;:!?-–—")


def trim_end(tokens: list[Token]) -> list[Token]:
    """Drop trailing punctuation and dangling conjunctions or prepositions."""
    while tokens and (
        tokens[-1].text in _TRAILING
        or tokens[-1].is_space
        or tokens[-1].pos_ in ("CCONJ", "ADP", "DET")
    ):
        tokens = tokens[:-1]
    return tokens


def finish_question(text: str) -> str:
    """Capitalise the first letter and end with a question mark."""
    text = text.strip().rstrip(" .,;:")
    text = re.sub(r"^((?:Who|Where|Which \w+|How many \w+)),\s+", r"\1 ", text)
    text = re.sub(r"(, (?:who|where|which \w+|how many \w+)),\s+", r"\1 ", text)
    if text.count("(") > text.count(")"):
        text += ")"
    if text.count('"') % 2:
        text += '"'
    if text.count("“") > text.count("”"):
        text += "”"
    return text[:1].upper() + text[1:] + "?"


def clean_prefix(tokens: list[Token]) -> list[Token] | None:
    """A fronted phrase kept before the wh-word must be set off by a comma ('After the game,')."""
    tokens = strip_discourse(tokens)
    if tokens and tokens[-1].text != ",":
        return None
    return tokens


def drop_clausal_conjuncts(root: Token, tokens: list[Token]) -> list[Token]:
    """Remove '..., but Endrick equalised ...': a coordinated clause with its own subject."""
    cut: set[int] = set()
    for conj in (c for c in root.children if c.dep_ == "conj"):
        if any(k.dep_ in ("nsubj", "nsubjpass") for k in conj.children):
            cut.update(t.i for t in conj.subtree)
            cut.update(
                t.i
                for t in root.children
                if t.dep_ in ("cc", "punct")
                and t.i < conj.left_edge.i
                and t.i >= conj.left_edge.i - 2
            )
    return [t for t in tokens if t.i not in cut]


def agree_singular(tokens: list[Token]) -> list[Token | str]:
    """Make the first finite verb singular for a 'who'/'which' subject (have -> has)."""
    out: list[Token | str] = []
    done = False
    for tok in tokens:
        if not done and tok.tag_ in ("VBP", "VBD", "VBZ", "MD"):
            done = True
            if tok.lower_ in _AGREE:
                out.append(_AGREE[tok.lower_])
                continue
            if tok.tag_ == "VBP":
                out.append(third_person(tok.text))
                continue
        out.append(tok)
    return out


def third_person(verb: str) -> str:
    """Naive third-person singular: 'say' -> 'says', 'go' -> 'goes', 'try' -> 'tries'."""
    if verb.endswith(("s", "sh", "ch", "x", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 2 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def tokens_between(span: Span, lo: int, hi: int) -> list[Token]:
    """Tokens of ``span`` with doc index in [lo, hi)."""
    return [t for t in span if lo <= t.i < hi]


def do_support(root: Token) -> str | None:
    """The do-form for a verb with no auxiliary: did / does / do."""
    return {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(root.tag_)
