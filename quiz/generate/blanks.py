"""Which blanks a quiz master would set: the thing a sentence is about, not a side detail.

A name is no good blank when it only modifies another word, is one item of a list, is a bare
acronym or a surname after a title, only locates the name before it ('Clare College,
_____'), or is where a quoted source works, whom a speaker told, or the outlet or
publication that reported the news.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.facts.kinds import kind_of
from quiz.facts.model import Mention, Sentence
from quiz.facts.orgref import OWNED
from quiz.facts.roles import ROLE_NOUNS
from quiz.generate.syntax import SAY_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "dative"})
_LIST_CUES = re.compile(r"\b(such as|including|include|includes|among them|like)\b", re.I)


def blank_tokens(sent: Sentence, lo: int, hi: int) -> list[Token]:
    """The parse tokens of the blank at ``sent.text[lo:hi]``."""
    return [t for t in sent.span if lo <= t.idx - sent.span.start_char < hi]


def weak_blank(sent: Sentence, m: Mention, lo: int, hi: int, kind: str) -> str | None:
    """Blanks a quiz master would not set: modifiers, list members, bare acronyms, surnames."""
    toks = blank_tokens(sent, lo, hi)
    if not toks:
        return "blank does not match the parse"
    head = next((t for t in toks if t.head not in toks or t.head == t), toks[-1])
    possessor = head.dep_ == "poss" and kind == "person"
    after = toks[-1].nbor(1) if toks[-1].i + 1 < sent.span.end else None
    if after is not None and after.lower_ in ROLE_NOUNS and kind != "person":
        return "blank is a modifier (of a role: 'the former _____ forward'), not the thing"
    if head.dep_ not in _ARGUMENTS and not possessor and not _owner(head, kind):
        return f"blank is a modifier ({head.dep_}), not the thing the sentence is about"
    if _glued(after, toks[-1]) and not _owner(head, kind) and not possessor:
        return "blank is a modifier (the five-year _____ funding), not the thing"  # misparsed
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):
        return "blank is one item of a list"
    if _paired(sent.text[hi:]) or _PAIRED_BEFORE.search(sent.text[:lo]):
        return "blank is one item of a list"  # '_____ and Wales', even when misparsed
    if _LIST_CUES.search(sent.text[:lo]) and "," in sent.text[lo:]:
        return "blank is one item of a list"
    if len(m.text) <= 3:
        return "blank is a short acronym"
    if kind != "person" and _VERSION_AFTER.match(sent.text[hi:]):
        return "blank is part of a product's name ('Media Player 10')"
    if kind == "event" and _YEAR_BEFORE.search(sent.text[:lo]):
        return "the year before the blank gives the event away ('the 2004 _____')"
    if _locates_a_name(head, kind):
        return "blank only locates the name before it ('Clare College, Cambridge')"
    bare = " " not in m.key or (len(m.key.split()) == 2 and m.key.split()[0] in _PLAIN_TITLES)
    if (title_before(sent.text, lo) or m.key.split()[0] in _PLAIN_TITLES) and bare:
        return "blank is a surname after a title, and the article never gives the full name"
    return None


def _glued(after: Token | None, last: Token) -> bool:
    """Is the blank followed straight by a common noun it modifies ('_____ funding'), one
    that is not what an organisation owns ('_____ shares')?"""
    return (
        after is not None
        and after.pos_ == "NOUN"
        and after.is_lower
        and last.whitespace_ != ""
        and after.lower_ not in OWNED
    )


#: A version number right after the blank: the blank is part of a product's name.
_VERSION_AFTER = re.compile(r"^ \d+(?![\d,.%-])(?! (?:per|percent|million|billion|years?)\b)")
#: 'the 2004 _____': a year that, with the story, names the Olympics or the World Cup.
_YEAR_BEFORE = re.compile(r"\b(?:19|20)\d\d $")
#: A name joined to the blank by 'and', 'or' or a comma: the blank is one of a pair or list.
_PAIRED_AFTER = re.compile(
    r"^(?: and| or| &) (?:the )?[A-Z]|^, ((?:[A-Z][\w.'’:-]*\s?)+)(?:, | and | or )"
)  # not '_____, Tory co-chairman, said'


def _paired(after: str) -> bool:
    """Does a name follow the blank as the next item of a list ('_____, Motorola, BenQ and
    Arima', '_____ and Wales')? Not a country that places it ('_____, France, for ...')."""
    found = _PAIRED_AFTER.match(after)
    return found is not None and not (
        found.group(1) and kind_of(found.group(1).strip(), "GPE") == "country"
    )


_PAIRED_BEFORE = re.compile(r"[A-Z][\w.'’-]* (?:and|or|&) (?:the )?$")
#: Titles that go with a surname alone ('Mr Bussereau' is no name a player would type).
_PLAIN_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Mr.", "Mrs.", "Dr."})
#: Verbs of saying in print: 'White said in the _____' asks for the newspaper.
_WROTE = frozenset({"say", "write", "tell", "claim", "admit", "reveal", "add", "report"})


def _owner(head: Token, kind: str) -> bool:
    """'_____ shares rose 4%', '_____'s profits fell': what an organisation owns is its news,
    so the owner is what the sentence is about."""
    owned = head.head
    return (
        kind != "person"
        and head.dep_ in ("poss", "compound")
        and owned.dep_ in _ARGUMENTS
        and (owned.lower_ in OWNED or owned.lemma_.lower() in OWNED)
        and owned.lemma_.lower() not in _STAFF
    )


#: What an organisation owns that is people: 'a Vodafone spokesman said' is a side detail.
_STAFF = frozenset(
    "chief boss executive chairman spokesman spokeswoman spokesperson staff worker employee "
    "workforce customer client member board shareholder investor founder owner subscriber "
    "user rival".split()
)


def side_detail(sent: Sentence, lo: int, hi: int, kind: str) -> str | None:
    """Blanks that are not the news: half of a longer name, or whom a speaker told.

    'The Secretary of _____, Media and Sport' cuts a title in two; '... a spokesman confirmed
    to _____' asks for the outlet that was told, not for what happened.
    """
    toks = blank_tokens(sent, lo, hi)
    head = next((t for t in toks if t.head not in toks), None)
    if head is None:
        return None
    before = sent.text[:lo].split()[-2:]
    joined = len(before) == 2 and before[-1] in ("of", "for", "&") and before[0].istitle()
    inside = len(sent.text[:lo].split()) > 2  # not 'Reports from _____ say' at the start
    joined = joined or (inside and before[-1:] == ["from"] and before[0].istitle())
    titled = sent.text[:lo].split()[-3:]  # 'Christmas with the _____', 'Lord of the _____'
    joined = joined or (
        len(titled) == 3
        and titled[0].istitle()
        and titled[1] in ("of", "with", "and", "from")
        and titled[2] in ("the", "The")
        and kind != "person"
    )
    prev = toks[0].nbor(-1) if toks[0].i > sent.span.start else None
    glued = prev is not None and prev.pos_ == "PROPN" and bool(prev.whitespace_)
    if joined or (glued and kind != "person"):  # 'President _____' is a role, not a name
        return "blank is part of a longer name"
    role = head.head if head.dep_ == "appos" else head  # 'the news agency Reuters reported'
    reporter = role.dep_ == "nsubj" and role.head.lemma_ in ("report", "learn", "understand")
    reporter = reporter and any(c.dep_ == "ccomp" for c in role.head.children)
    prep = head.head
    cited = head.dep_ == "pobj" and prep.lower_ == "to" and prep.i > 0
    cited = cited and prep.nbor(-1).lower_ == "according"
    outlet = head.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_ in _WROTE
    if reporter or cited or (outlet and kind != "person"):
        return "blank is the outlet that reported the news, not the news"
    if kind != "person" and _publication(sent.text[lo:hi], role):
        return "blank is a publication cited for the news, not the news"
    if _source_detail(role):
        return "blank is where a quoted source works, not the news"
    told = head.dep_ == "dobj" and head.head.lemma_ == "tell"
    told = told or (
        head.dep_ == "pobj" and head.head.lower_ == "to" and head.head.head.lemma_ in SAY_LEMMAS
    )
    return "blank is whom a speaker told, not the news" if told else None


#: Last words of the names of newspapers, magazines and newsletters.
_PRESS_HEADS = frozenset(
    "Daily Times Post Journal Report Review Magazine Gazette Herald Telegraph Guardian Mirror "
    "Express News Weekly Week Today Standard Observer Independent Mail Economist Chronicle "
    "Tribune Bulletin Insider Monthly Digest Variety Billboard".split()
)
#: People who work on a publication ('the editor in chief of Microprocessor Report').
_PRESS_PEOPLE = frozenset("editor columnist writer reporter correspondent publisher".split())


def _publication(name: str, role: Token) -> bool:
    """'..., Screen Daily said', 'Kevin Krewell, editor of Microprocessor Report': a
    publication in the part of a source of the news."""
    if name.split()[-1] not in _PRESS_HEADS:
        return False
    if role.dep_ == "nsubj" and role.head.lemma_ in _WROTE:
        return True
    owner = role.head.head if role.dep_ == "pobj" else None
    while owner is not None and owner.dep_ in ("prep", "pobj") and owner.head != owner:
        owner = owner.head
    return owner is not None and owner.lemma_.lower() in _PRESS_PEOPLE


_PLACE_KINDS = frozenset({"country", "place", "region"})


def _locates_a_name(head: Token, kind: str) -> bool:
    """'Clare College, Cambridge', 'the Dana Centre in London': the place only says where a
    named institution or venue is; the name before it gives it away."""
    if kind not in _PLACE_KINDS and head.ent_type_ not in ("GPE", "LOC"):
        return False
    host = head.head
    if head.dep_ == "pobj" and host.lower_ in ("in", "at"):
        host = host.head
    elif head.dep_ != "appos":
        return False
    named = host.pos_ == "PROPN" and host != head
    # a person is never 'the X' (spaCy tags venues as people: 'the Science Museum's Dana Centre')
    thing = host.ent_type_ not in ("PERSON", "NORP") or any(
        c.dep_ in ("det", "poss") for c in host.children
    )
    return named and thing


#: People quoted for a story: where they work is a side detail ('a spokesman for _____',
#: 'an analyst at JPMorgan in _____').
_SOURCES = frozenset(
    "spokesman spokeswoman spokesperson analyst economist strategist official source "
    "representative researcher".split()
)


def _source_detail(tok: Token) -> bool:
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "at", "with", "in", "from"):
        return False
    owner = tok.head.head
    if owner.dep_ == "pobj" and owner.head.head.lemma_.lower() in _SOURCES:
        return True  # 'an analyst at JPMorgan in _____'
    return owner.lemma_.lower() in _SOURCES


def title_before(text: str, lo: int) -> str:
    """The personal title right before character ``lo`` ('Mr ' in 'Mr Smith'), or ''."""
    match = re.search(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.? $", text[:lo])
    return match.group(0) if match else ""
