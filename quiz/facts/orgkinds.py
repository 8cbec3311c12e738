"""Kinds of one-word organisations from how the news writes about them, pooled over the build.

"Microsoft", "Nintendo" or "Chelsea" carry no kind word in their names, and an article may
never call them "software giant Microsoft". Their kind still shows in the words around them,
somewhere in the corpus: a company has shares, profits and customers ("Sony's profits", "Boeing
shares"); a club has strikers, keepers and a squad ("Chelsea midfielder Frank Lampard", "the
Everton squad"). A kind noun before the name ("software giant Microsoft") counts too. Each
mention is one vote; a kind is given when the votes agree, and never to a name the article
itself uses for a person or a place.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from quiz.facts.model import ArticleFacts, Mention
from quiz.facts.orgref import KIND_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Nouns that only a company has, or only a club (general news usage). Words shared by both
#: ("chairman", "boss", "fans", "manager": a fund manager) tell nothing and are left out.
_HINT_NOUNS = {
    **dict.fromkeys(
        "share shares profit profits sales revenue revenues earnings shareholders shareholder "
        "stock takeover customers subscribers merger turnover dividend workers employees "
        "investors products".split(),
        "company",
    ),
    **dict.fromkeys(
        "striker strikers midfielder midfielders defender defenders goalkeeper keeper winger "
        "forward squad full-back centre-back team-mate teammate youngster debut".split(),
        "club",
    ),
}
#: Company nouns a product's name also stands before ('Xbox sales'); said of an owner
#: ('Sony's sales') they still mark a company.
_PRODUCTS_HAVE_TOO = frozenset(
    "sales customers subscribers products revenue revenues turnover users".split()
)
#: What any organisation has, and neither a person nor a product.
_ANY_ORG = frozenset(
    "chief boss executive executives chairman spokesman spokeswoman spokesperson staff "
    "headquarters board members".split()
)
#: The vote of a hint that fits any organisation; a specific kind outvotes it.
ORGANISATION = "organisation"
#: How many mentions must agree, and how large a share of all votes they must be.
_MIN_VOTES = 1
_MIN_SHARE = 0.8


#: What only a company has: 'Pernod shares', 'shares in Boeing', 'Sony's shareholders'.
_LISTED = frozenset("shares shareholders stock dividend takeover merger subsidiary".split())


def listed_company(ent: Span) -> bool:
    """Does this mention have what only a company has? Decisive over the tagger, which calls
    'Pernod' a person."""
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "in" and head.head.lower_ == "shares":
        return True
    return root.dep_ in ("poss", "compound") and head.i != root.i and head.lower_ in _LISTED


def org_hint(ent: Span) -> str | None:
    """The kind the words around one mention point to: 'Sony's profits', 'Boeing shares',
    'Chelsea striker Didier Drogba' (the name modifies a noun only a company or club has)."""
    if ent.label_ == "NORP":
        return None  # 'Italian striker Christian Vieri': a nationality, not a club
    if listed_company(ent):
        return "company"  # 'shares in Boeing', 'Sony's shareholders'
    root = ent.root
    head = root.head
    if root.dep_ in ("poss", "compound") and head.i != root.i:
        hint = _HINT_NOUNS.get(head.lower_)
        if root.dep_ == "compound" and head.lower_ in _PRODUCTS_HAVE_TOO:
            return None  # 'Xbox sales', 'iPod customers': a product has them too
        if hint == "club" and root.dep_ == "poss":
            return None  # 'Gabbidon's fellow defender': people have team-mates too
        if hint:
            return hint
        if head.lower_ in _ANY_ORG:  # 'Nintendo's chief executive': some organisation
            return ORGANISATION
        # 'Chelsea striker Didier Drogba': the name and the role both modify the person's name
        if head.ent_type_ == "PERSON":
            role = [c for c in head.children if c.dep_ == "compound" and c.i > root.i]
            return _HINT_NOUNS.get(role[0].lower_) if role else None
    return None


def referent_votes(facts: list[ArticleFacts], labels: dict[str, str]) -> list[tuple[str, str]]:
    """'Sony cut prices. The firm said ...': the one organisation in view is what 'the firm'
    means, so it is a company (one vote per such reference). ``labels``: voted entity labels."""
    votes = []
    for af in facts:
        for prev, s in zip(af.sentences, af.sentences[1:], strict=False):
            for tok in s.span:
                kind = KIND_NOUNS.get(tok.lower_)
                det = tok.nbor(-1) if tok.i > s.span.start else None
                if kind is None or det is None or det.lower_ != "the" or tok.tag_ != "NN":
                    continue
                upto = tok.idx - s.span.start_char
                view = prev.mentions + [m for m in s.mentions if m.end - s.start <= upto]
                orgs = {m.text for m in view if labels.get(m.text) == "ORG"}
                if len(orgs) == 1:
                    votes.append((orgs.pop(), kind))
    return votes


def pooled_kinds(votes: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Each name's kind where enough of its ``(name, kind)`` votes agree. A specific kind
    (company, club) outvotes the generic 'organisation'."""
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for name, kind in votes:
        tally[name][kind] += 1
    out = {}
    for name, counts in tally.items():
        specific = Counter({k: n for k, n in counts.items() if k != ORGANISATION}) or counts
        kind, n = specific.most_common(1)[0]
        if n >= _MIN_VOTES and n >= _MIN_SHARE * sum(specific.values()):
            out[name] = kind
    return out


def short_names(
    mentions: Iterable[Mention], plain: frozenset[str], person_firsts: frozenset[str]
) -> dict[str, str]:
    """'Pernod' -> 'Pernod Ricard', 'Allied' -> 'Allied Domecq': the first word of the one
    organisation the article names with it, used alone. The small model often tags such a
    word as a person, whose 'surname without a full name' then blocked every sentence naming
    the company. Not an ordinary word ('Royal Mail'), nor a first name the build gives people
    ('Morgan Stanley': 'Morgan Freeman'), nor a place ('London' is no 'London Stock Exchange')."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.text.split()
        if m.label == "ORG" and len(words) >= 2 and words[0].isalpha() and words[0].istitle():
            by_first[words[0]].add(m.text)
    return {
        first: next(iter(names))
        for first, names in by_first.items()
        if len(names) == 1
        and len(first) >= 3
        and first.lower() not in plain
        and first not in person_firsts
    }
