"""Bare descriptors resolved to the one person they can mean: 'the 28-year-old', 'the striker'.

News names a person once and then describes them: "Wayne Rooney, 19, ... The 19-year-old
scored twice", "Chelsea striker Didier Drogba ... the striker was injured". A prompt cannot
carry the descriptor unresolved, so it is rewritten to the name, but only when one reading is
left:

- an age ('the 28-year-old') names the one person the article gives that age ('Name, 28,',
  '28-year-old Name', 'Name (28)'), or, where it gives nobody an age, the one named subject
  in view, as for 'he' or 'she';
- a job noun ('the striker', 'the minister') names the one person of the article with that
  role family, who must also be named in the sentence before or earlier in this one.

Anything less certain stays unresolved, and a prompt holding it is rejected.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from quiz.facts.model import ArticleFacts, Sentence
from quiz.facts.roles import FAMILY

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Finds the one person a pronoun at a token could mean (quiz.facts.coref), or None.
InView = Callable[[ArticleFacts, Sentence, "Token"], str | None]
_ROLE_WORDS = "|".join(sorted(FAMILY, key=len, reverse=True))
_AGE_WORDS = re.compile(r"^\d{1,2}$")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def resolve_descriptors(af: ArticleFacts, s: Sentence, in_view: InView) -> bool:
    """Rewrite a subject descriptor of ``s`` to the person's name (in ``s.subst``); True when
    the name comes from the sentence before, which the source quote must then include.

    ``in_view`` finds the one person a pronoun in that place could mean (quiz.facts.coref):
    an age no sentence gives anyone ('The 25-year-old has smashed the record') means them."""
    for tok in s.span:
        if tok.i in s.subst or tok.dep_ not in _SUBJECTS or s.quoted(tok.idx - s.span.start_char):
            continue
        found = _aged(af, tok, s, in_view) or _by_role(af, s, tok) or _in_view(af, s, tok, in_view)
        if found is None:
            continue
        name, first = found
        words = [t for t in s.span if first.i <= t.i <= tok.i]
        if _named_before(s, name, first):  # 'Drogba scored before the striker was hurt'
            s.subst.update({t.i: t.text for t in words})
            return False
        s.subst.update({t.i: "" for t in words})
        s.subst[first.i] = name
        return True
    return False


def _aged(af: ArticleFacts, tok: Token, s: Sentence, in_view: InView) -> tuple[str, Token] | None:
    """'The 28-year-old' -> the one person the article says is 28, or, when it gives nobody
    an age, the one person in view."""
    if tok.lower_ != "old" or tok.i < 5:
        return None
    doc = tok.doc
    det, age, dash1, year, dash2 = (doc[tok.i - n] for n in (5, 4, 3, 2, 1))
    shape = (det.lower_, dash1.text, year.lower_, dash2.text)
    if shape != ("the", "-", "year", "-") or not _AGE_WORDS.match(age.text):
        return None
    ages = {p: _ages(af.article.text, p) for p in _people(af)}
    aged = [p for p, given in ages.items() if age.text in given]
    if not any(ages.values()):
        aged = [p for p in [in_view(af, s, tok)] if p is not None]
    return (aged[0], det) if len(aged) == 1 else None


def _ages(text: str, name: str) -> set[str]:
    forms = "|".join(re.escape(f) for f in {name, name.split()[-1]})
    pattern = rf"(?:\b(?:{forms}),\s*(\d{{1,2}}),|\b(?:{forms})\s*\((\d{{1,2}})\)|"
    between = rf"(?:[A-Z][\w'-]*|{_ROLE_WORDS})"  # '28-year-old Chelsea striker Didier Drogba'
    pattern += rf"\b(\d{{1,2}})-year-old\s+(?:{between}\s+){{0,3}}(?:{forms})\b)"
    return {g for m in re.finditer(pattern, text) for g in m.groups() if g}


def _by_role(af: ArticleFacts, s: Sentence, tok: Token) -> tuple[str, Token] | None:
    """'the striker' -> the one person of the article with that role, named just before."""
    family = FAMILY.get(tok.lower_)
    kids = [c for c in tok.children if c.dep_ != "punct"]
    if family is None or len(kids) != 1 or kids[0].lower_ != "the" or kids[0].i != tok.i - 1:
        return None
    same = [p for p in _people(af) if (e := af.entity(p)) is not None and e.role == family]
    if len(same) != 1:
        return None
    prev = af.sentences[s.index - 1] if s.index > 0 else None
    upto = tok.idx - s.span.start_char
    here = any(m.key == same[0] and m.end - s.start <= upto for m in s.mentions)
    near = prev is not None and any(m.key == same[0] for m in prev.mentions)
    return (same[0], kids[0]) if here or near else None


#: Words that describe a person's standing before their job noun ('the former ... attacker').
_STANDING = frozenset("former ex veteran new current outgoing incoming long-serving".split())


def _in_view(
    af: ArticleFacts, s: Sentence, tok: Token, in_view: InView
) -> tuple[str, Token] | None:
    """'The former Paris Saint-Germain (PSG) attacker told La Sexta': a job noun with names or
    a standing before it means the one person in view, as 'he' would, if that person has the
    same role family ('French attacker Kylian Mbappe ... He also claimed ...')."""
    family = FAMILY.get(tok.lower_)
    kids = [c for c in tok.children if c.dep_ != "punct"]
    if family is None or len(kids) < 2 or kids[0].lower_ != "the" or kids[0].dep_ != "det":
        return None
    if not all(_describes(c) for c in kids[1:]) or tok.i - kids[0].i > 12:
        return None
    name = in_view(af, s, kids[0])  # from where the phrase starts: its own names are no rivals
    entity = af.entity(name) if name else None
    return (entity.key, kids[0]) if entity is not None and entity.role == family else None


def _describes(tok: Token) -> bool:
    """A modifier of a job noun that only describes the person: a standing or a proper name."""
    if tok.dep_ == "amod" and tok.lower_ in _STANDING:
        return True
    return tok.dep_ in ("compound", "nmod", "amod") and all(
        t.pos_ in ("PROPN", "PUNCT") or (t.ent_type_ and t.text[:1].isupper()) for t in tok.subtree
    )  # 'Arsenal' in 'the former Arsenal striker' is tagged an adjective, but named


def _people(af: ArticleFacts) -> list[str]:
    return sorted(k for k, e in af.entities.items() if e.kind == "person" and " " in k)


def _named_before(s: Sentence, name: str, tok: Token) -> bool:
    upto = tok.idx - s.span.start_char
    return any(m.key == name and m.end - s.start <= upto for m in s.mentions)
