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
    while tokens and (
        tokens[0].lower_ in _DISCOURSE or tokens[0].is_punct or _set_off_marker(tokens)
    ):
        tokens = tokens[1:]
    return tokens


#: Words that order or place a statement in the article ('Elsewhere,', 'First,'); only
#: followed by a comma ('First Minister Jack McConnell' keeps its 'First').
_MARKERS = frozenset("elsewhere first firstly secondly thirdly finally separately plus".split())


def _set_off_marker(tokens: list[Token]) -> bool:
    return tokens[0].lower_ in _MARKERS and len(tokens) > 1 and tokens[1].text == ","


_TRAILING = frozenset(".,;:!?-–—")


def trim_end(tokens: list[Token]) -> list[Token]:
    """Drop trailing punctuation and dangling conjunctions or prepositions (not a verb's
    particle: 'Roberts is drafted in' keeps its 'in')."""
    while tokens and (
        tokens[-1].text in _TRAILING
        or tokens[-1].is_space
        or (tokens[-1].pos_ in ("CCONJ", "ADP", "DET") and tokens[-1].dep_ != "prt")
    ):
        tokens = tokens[:-1]
    return tokens


def upper_first(text: str) -> str:
    """'how many UK firms' -> 'How many UK firms' (str.capitalize would write 'uk')."""
    return text[:1].upper() + text[1:]


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
    """Remove '..., but Endrick equalised ...' and '... while Clive Owen won ...': a clause
    with its own subject set beside the main one."""
    cut: set[int] = set()
    for conj in (c for c in root.children if c.dep_ == "conj"):
        if any(k.dep_ in ("nsubj", "nsubjpass") for k in conj.children) or (
            cut and conj.i > max(cut)  # '... but A could lose as B are unlikely to run'
        ):
            cut.update(t.i for t in conj.subtree)
            cut.update(
                t.i
                for t in root.children
                if t.dep_ in ("cc", "punct")
                and t.i < conj.left_edge.i
                and t.i >= conj.left_edge.i - 2
            )
    for clause in (c for c in root.children if c.dep_ == "advcl" and c.i > root.i):
        contrast = any(k.dep_ == "mark" and k.lower_ in _CONTRASTS for k in clause.children)
        if contrast and any(k.dep_ in ("nsubj", "nsubjpass") for k in clause.children):
            cut.update(t.i for t in clause.subtree)  # '... while Clive Owen won ...'
            before = clause.left_edge.i - 1
            if before >= 0 and root.doc[before].text == ",":
                cut.add(before)
    return [t for t in tokens if t.i not in cut]


#: Words that open a second statement set beside the first ('X won, while Y lost').
_CONTRASTS = frozenset({"while", "whilst", "whereas"})


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


_ARTICLE = re.compile(r"(?:(?<=^)|(?<=[\s(\"“‘]))([Aa]n?) (?=(\S+))")
_SAYS_YOU = (
    "u-",
    "uni",
    "unan",
    "use",
    "usu",
    "uti",
    "uta",
    "ura",
    "uri",
    "uro",
    "uru",
    "ukr",
    "uga",
)
_SAYS_UN = ("unin", "unim", "unid")


def agree_articles(text: str, blank: str) -> str:
    """'a undecided fee' -> 'an undecided fee', 'an £5m fee' -> 'a £5m fee'.

    Rewriting text (a swapped value, a dropped word) can leave 'a'/'an' before a word it no
    longer agrees with. Only clear cases change; an article before ``blank`` goes (either
    would hint at the answer, and 'a/an _____' reads as a form). A capital 'A' changes only where it opens a sentence
    ('grade A' is no article).
    """

    def fix(m: re.Match[str]) -> str:
        art, word = m.group(1), m.group(2)
        if art[0] == "A" and not re.search(r"(^|[.!?:\"“‘(]\s*)$", text[: m.start()]):
            return m.group(0)
        if word.startswith(blank[:2]):
            return ""  # 'a/an _____' reads as a form; 'produce _____' as English
        an = needs_an(word)
        if an is None or an == (art.lower() == "an"):
            return m.group(0)
        return art[0] + "n " if an else art[0] + " "

    return _ARTICLE.sub(fix, text)


def needs_an(word: str) -> bool | None:
    """Does ``word`` take 'an'? None when unsure (h-words, spoken acronyms, odd tokens)."""
    w = word.lstrip("\"'“‘(")
    if w[:1] in ("£", "$", "€") and w[1:2].isdigit():  # '£5m' is said 'five million pounds'
        w = w[1:]
    if len(w) < 2 and not w[:1].isdigit():
        return None
    if w[0].isdigit():
        lead = re.match(r"\d+", w)
        assert lead is not None
        return lead.group(0).startswith("8") or lead.group(0) in ("11", "18")
    if not w[0].isalpha():
        return None
    letters = re.match(r"[A-Za-z]+", w)
    core = letters.group(0) if letters else w
    if len(core) >= 2 and core.isupper():  # spelt out ('an EU', 'a BBC') or said ('a NATO')
        return True if core[0] in "AEIO" else (None if core[0] in "FHLMNRSXU" else False)
    low = w.lower()
    if low.startswith(("hour", "honest", "honor", "honour", "heir")):
        return True
    if low[0] == "h" or low.startswith("x-"):
        return None
    if low[0] in "aeio":
        return not low.startswith(("one", "once", "eu", "ewe"))
    if low[0] == "u":
        return low.startswith(_SAYS_UN) or not low.startswith(_SAYS_YOU)
    return False
