"""Pronouns a sentence settles by itself, so that a prompt copying it is self-contained.

- **Bound to the clause's subject.** "Argentina defaulted on its debt", "The Football
  Association has said it will not bring charges", "Analysts said they expected a rise": a
  reader takes the pronoun as the subject of its own clause when nothing that could compete
  stands between them. ``it``/``its`` bind to a named organisation or country, ``they``/
  ``their``/``them`` to a named group or a plural noun.
- **Expletive ``it``.** "It emerged that ...", "It is thought the deal ...", "It was not
  clear whether ...": the ``it`` refers to nothing.

- **A definite noun for the named subject.** "Radio 1 said the station was not trying to
  replace Peel": 'the station' is the organisation the clause's subject names.

Such pronouns and nouns are marked resolved (written as they are) in ``Sentence.subst``; nothing is
rewritten. Pronouns of people are left to ``coref``, which knows their genders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.facts.model import ArticleFacts, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

_IT = frozenset({"it", "its"})
_THEY = frozenset({"they", "their", "them"})
#: Labels of names 'it' can stand for; 'they' can also mean a people ('the Tories').
_IT_LABELS = frozenset({"ORG", "GPE"})
_THEY_LABELS = frozenset({"ORG", "NORP"})

#: 'It emerged that ...', 'it seems', 'it remains to be seen': verbs whose 'it' is empty.
_EMPTY_SUBJECT_VERBS = frozenset({"emerge", "transpire", "seem", "appear", "remain"})
#: 'It is thought/understood that ...': reporting verbs in the passive with a clause.
_REPORTING = frozenset(
    "think understand believe expect say report know estimate fear hope claim allege "
    "rumour suggest feel consider".split()
)
_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "csubj"})


def mark_bound_pronouns(af: ArticleFacts, s: Sentence) -> None:
    """Mark the sentence's bound and expletive pronouns as resolved (see the module text)."""
    for tok in s.span:
        if tok.i in s.subst or tok.pos_ != "PRON" or s.quoted(tok.idx - s.span.start_char):
            continue
        empty = tok.lower_ == "it" and expletive(tok)
        if empty or (tok.lower_ in _IT | _THEY and _binds(af, s, tok)):
            s.subst[tok.i] = tok.text
    for tok in s.span:
        labels = _DEFINITE_NOUNS.get(tok.lower_)
        if labels and tok.i not in s.subst and _bare_the(tok) and _binds(af, s, tok, labels):
            s.subst[tok.i] = tok.text  # 'Radio 1 said the station was not trying to ...'


#: 'the firm', 'the country' after a named subject of that sort in the same sentence.
_ORGS = frozenset({"ORG"})
_DEFINITE_NOUNS = {
    **dict.fromkeys(
        "firm company group band club team side party station channel network paper "
        "newspaper airline bank carrier broadcaster retailer".split(),
        _ORGS,
    ),
    **dict.fromkeys(("country", "nation"), frozenset({"GPE"})),
}


def _bare_the(tok: Token) -> bool:
    """'the station' with nothing else to say which (no 'Sony's', no 'rival')."""
    kids = [c for c in tok.children if c.dep_ != "punct"]
    return (
        tok.tag_ == "NN"
        and len(kids) == 1
        and kids[0].dep_ == "det"
        and kids[0].lower_ == "the"
        and kids[0].i == tok.i - 1
    )


def expletive(tok: Token) -> bool:
    """Is this 'it' the empty subject of 'it emerged', 'it is thought that', 'it is likely
    that', 'it could prove tough to'?"""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    head = tok.head
    kids = {c.dep_ for c in head.children}
    if head.lemma_ in _EMPTY_SUBJECT_VERBS:
        return head.lemma_ in ("emerge", "transpire") or bool(kids & _CLAUSES)
    if tok.dep_ == "nsubjpass" and head.lemma_ in _REPORTING:
        return "ccomp" in kids
    predicate = kids & {"acomp", "oprd"}
    said = kids & (_CLAUSES - {"advcl"})  # not 'it was controversial, after ...': a thing
    return bool(predicate) and bool(said) and head.lemma_ in ("be", "prove", "become")


def clause_subject(pronoun: Token) -> Token | None:
    """The subject of the nearest clause above the pronoun that has one before it."""
    clause = pronoun
    while clause.head.i != clause.i:
        clause = clause.head
        subjects = [
            c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
        ]
        if subjects:
            return subjects[0]
    return None


def _binds(af: ArticleFacts, s: Sentence, tok: Token, labels: frozenset[str] | None = None) -> bool:
    subject = clause_subject(tok)
    if subject is None:
        return False
    if subject.pos_ == "PRON":  # 'Nintendo is confident it will keep its spot': one referent
        same = subject.i in s.subst and subject.lower_ in _IT and tok.lower_ in _IT
        return same and not _rival_between(s, subject.idx + len(subject.text), tok)
    offset = s.start - s.span.start_char
    plural = tok.lower_ in _THEY
    if labels is None:
        labels = _THEY_LABELS if plural else _IT_LABELS
    named = [m for m in s.mentions if m.start <= subject.idx + offset < m.end]
    if not named and not plural:
        named = _named_within(s, subject, tok)
    if named:
        entity = af.entity(named[0].key)
        label = entity.label if entity else named[0].label
        if entity is None or entity.kind == "person" or label not in labels:
            return False
        end = max(named[0].end - offset, subject.idx + len(subject.text))
    elif plural and subject.tag_ == "NNS" and subject.pos_ == "NOUN":
        end = subject.idx + len(subject.text)
    else:
        return False
    return not _rival_between(s, end, tok)


def _named_within(s: Sentence, subject: Token, pronoun: Token) -> list[Mention]:
    """The one name a subject phrase is about: 'a spokesman for Sony', 'shares in Allied
    Domecq', 'German football club Borussia Dortmund'. Names that only modify a word in it
    ('UK drinks firm') do not count; two names leave it open; and the phrase must end before
    the pronoun ('A plan to hold it in London': 'it' is not London)."""
    offset = s.start - s.span.start_char
    lo, hi = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    if hi > pronoun.idx:
        return []
    inside = [m for m in s.mentions if lo <= m.start - offset and m.end - offset <= hi]
    kept = [m for m in inside if not _modifies(s.tokens_of(m))]
    return kept if len(kept) == 1 else []


_MODIFIERS = frozenset({"compound", "amod", "nmod", "npadvmod"})


def _modifies(tokens: list[Token]) -> bool:
    """Does the name only modify a word ('UK' in 'UK drinks firm')?"""
    heads = [t for t in tokens if t.head not in tokens or t.head == t]
    return len(heads) == 1 and heads[0].dep_ in _MODIFIERS


def _rival_between(s: Sentence, end: int, tok: Token) -> bool:
    """A name or a noun subject between the subject and the pronoun might be what it means."""
    offset = s.start - s.span.start_char
    if any(end <= m.start - offset < tok.idx for m in s.mentions):
        return True
    relative = tok.head.head.i if tok.head.dep_ == "relcl" and tok.dep_ == "nsubj" else -1
    return any(
        end <= t.idx < tok.idx
        and t.i != relative  # 'the debt it took on': the clause's own noun is not 'it'
        and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
        and t.pos_ in ("NOUN", "PROPN")
        and (tok.pos_ == "NOUN" or (tok.lower_ in _IT) == (t.tag_ in ("NN", "NNP")))
        for t in s.span
    )
