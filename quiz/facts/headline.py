"""What a headline makes clear: 'the ink' under 'Ink helps drive democracy in Asia', 'the
company' under 'Lufthansa flies back to profit'.

A definite noun that is a word of the headline means the headline's thing, unless the body
has since brought in another one: 'A South African film version of Carmen has also premiered
... The film is the first ...' under 'Berlin cheers for anti-Nazi film' is about Carmen, and so
is any sentence next to a named work, product or event ('her debut feature A Way Of Life').

A report names its subject in the headline and then calls it 'the company', 'the club' or
'the band'. A prompt that shows the headline lets the reader make the same link, so such a
noun needs no rewriting, only the headline beside it. The link is made only when it is the
one reading: the headline names exactly one organisation, and neither the sentence nor the
one before names another organisation that the noun could mean instead ('Reports said CNPC
had been offered 20% ... but the company opted ...' is about CNPC, not the headline's Yukos).
"""

from __future__ import annotations

import re

from quiz.facts.model import ArticleFacts, Entity, Sentence, title_is_real, title_words

#: The nouns a report uses for an organisation of each kind (None: a kind we could not tell).
_NOUNS_BY_KIND: dict[str | None, frozenset[str]] = {
    None: frozenset("company firm group club band side team bank airline carrier giant".split()),
    "organisation": frozenset(
        "company firm group club band side team airline carrier giant".split()
    ),
    "company": frozenset("company firm group giant airline carrier maker".split()),
    "bank": frozenset("bank company firm group".split()),
    "club": frozenset("club side team".split()),
    "party": frozenset({"party"}),
}
_ORG_KINDS = frozenset(k for k in _NOUNS_BY_KIND if k is not None)


#: Labels of names that are things a headline noun could mean instead ('the film').
_THINGS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT"})
#: Determiners that bring a new thing into a story ('A South African film ...').
_NEW = frozenset({"a", "an", "another"})


def mark_titled(af: ArticleFacts) -> None:
    """Give each sentence the headline words whose definite noun means the headline's thing
    there (``Sentence.titled``), plus the organisation nouns of ``headline_nouns``."""
    words = title_words(af.article)
    if not words:
        return
    introduced: set[str] = set()
    for s in af.sentences:
        near = s.mentions + (af.sentences[s.index - 1].mentions if s.index > 0 else [])
        other = any(m.label in _THINGS and not _names(af.article.title, m.text) for m in near)
        own = frozenset() if other else words - introduced
        s.titled = own | headline_nouns(af, s) if own else own
        if s.index > 0:  # the lead introduces the headline's own thing ('A film has won ...')
            introduced.update(_introduced(s))


def _introduced(s: Sentence) -> set[str]:
    """Nouns a sentence brings in as new things, with the nouns naming their kind ('film' in
    'a South African film version')."""
    new = [
        t
        for t in s.span
        if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in _NEW for c in t.children)
    ]
    kinds = [c for t in new for c in t.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return {t.lemma_.lower() for t in new + kinds}


def headline_nouns(af: ArticleFacts, s: Sentence) -> frozenset[str]:
    """The nouns ('company', 'firm') that in ``s`` can only mean the headline's organisation."""
    org = _headline_org(af)
    if org is None:
        return frozenset()
    near = s.mentions + (af.sentences[s.index - 1].mentions if s.index > 0 else [])
    if any(m.key != org.key and _org_like(af.entity(m.key)) for m in near):
        return frozenset()
    return _NOUNS_BY_KIND.get(org.kind, frozenset())


def _headline_org(af: ArticleFacts) -> Entity | None:
    """The one organisation the headline names, if exactly one (memoised on the article)."""
    if "headline_org" not in af.memo:
        title = af.article.title if title_is_real(af.article) else ""
        named = [
            e
            for e in af.entities.values()
            if _org_like(e) and any(_names(title, a) for a in {e.key, *e.aliases})
        ]
        af.memo["headline_org"] = named[0].key if len(named) == 1 else None
    key = af.memo["headline_org"]
    return af.entity(key) if key else None


def _org_like(e: Entity | None) -> bool:
    return e is not None and (e.kind in _ORG_KINDS or (e.kind is None and e.label == "ORG"))


def _names(title: str, name: str) -> bool:
    return len(name) > 1 and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title) is not None
