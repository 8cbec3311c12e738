"""People's roles from the article's own words: the title or job noun tied to a name.

A role is read where the parse ties a job noun to a person's name: in front of it ("keeper Roy
Carroll", "Liverpool captain Steven Gerrard", "Treasurer Peter Costello"), in apposition ("Roy
Carroll, the goalkeeper," / "the analyst, Jane Doe,"), or as the complement of 'be' ("Carroll
is the goalkeeper"). Job nouns are grouped into a few broad families from general news usage,
so options in a question about a person can be of the same kind: a goalkeeper among
goalkeepers, an economist among analysts, not a prime minister offered for a civil servant.
Words that name several jobs ("boss", "chief", "president", "director", "head") are person
cues but no family: a club boss is a manager, a company boss an executive.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.facts.kinds import kind_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from quiz.facts.model import ArticleFacts

#: Job nouns by family. General news vocabulary, not drawn from any one article.
_FAMILY_WORDS = {
    "goalkeeper": "goalkeeper keeper goalie",
    "outfield": "striker midfielder defender winger forward attacker full-back fullback "
    "centre-back center-back centre-half left-back right-back wing-back sweeper playmaker",
    "player": "player footballer captain skipper international",
    "athlete": "athlete sprinter runner hurdler swimmer cyclist golfer boxer jockey rider "
    "skier gymnast cricketer batsman bowler fly-half scrum-half flanker",
    "manager": "manager coach trainer",
    "politician": "minister secretary chancellor mp msp mep senator congressman "
    "congresswoman mayor premier treasurer politician councillor leader "
    "candidate lawmaker",
    "royal": "king queen prince princess duke duchess",
    "executive": "chairman chairwoman executive ceo founder owner entrepreneur tycoon "
    "billionaire banker investor shareholder",
    "expert": "analyst economist expert professor prof researcher scientist academic "
    "strategist consultant historian",
    "official": "spokesman spokeswoman spokesperson official officer detective inspector "
    "commissioner constable ambassador diplomat adviser advisor",
    "legal": "judge lawyer solicitor barrister attorney prosecutor",
    "arts": "actor actress singer songwriter rapper comedian musician guitarist drummer "
    "presenter broadcaster dj producer novelist playwright poet "
    "artist designer dancer filmmaker composer",
    "press": "journalist reporter correspondent editor columnist commentator",
    "clergy": "pope archbishop bishop cardinal priest vicar imam rabbi",
}
FAMILY: dict[str, str] = {w: fam for fam, words in _FAMILY_WORDS.items() for w in words.split()}
#: Person nouns that name no one job (a club boss is a manager, a company boss an executive;
#: an author writes novels or reports).
_UNSURE = frozenset(
    "mr mrs ms miss dr sir dame lord lady boss chief president director head governor "
    "author writer veteran teenager star vj".split()
    # jobs and walks of life outside the families above ('design engineer Takuo Miyagishima')
    + "engineer teacher lecturer student pupil doctor surgeon nurse pilot chef farmer "
    "architect photographer inventor campaigner activist blogger programmer".split()
)
#: Every noun that, right before a name, marks it as a person's.
ROLE_NOUNS: frozenset[str] = frozenset(FAMILY) | _UNSURE
#: A generic family that stands for any of the specific ones (a player may be the keeper).
_COVERS = {"player": frozenset({"goalkeeper", "outfield", "athlete"})}
#: Families whose people speak for or about the same company or institution in the news (its
#: chief, its spokesman, the analyst who follows it): options for one another's quotations.
_SPOKESPEOPLE = frozenset({"executive", "expert", "official"})
_PAST = frozenset({"former", "ex", "retired", "late", "then"})
_ORG_TYPES = frozenset({"ORG", "GPE", "NORP"})
_STOP_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PUNCT", "NUM"})


def compatible(a: str | None, b: str | None) -> bool:
    """Could people of roles ``a`` and ``b`` stand as options for one question?"""
    if a is None or b is None or a == b or {a, b} <= _SPOKESPEOPLE:
        return True
    return b in _COVERS.get(a, ()) or a in _COVERS.get(b, ())


def settle(families: list[str]) -> str | None:
    """One family from those a person's mentions give: none when two do not fit together,
    else the specific one over a generic one that covers it (keeper over player)."""
    found = sorted(set(families))
    if any(not compatible(a, b) for a in found for b in found):
        return None
    narrow = [f for f in found if not _COVERS.get(f, frozenset()) & set(found)]
    return narrow[0] if narrow else None


def role_of(ent: Span) -> tuple[str | None, str | None]:
    """The family of the job noun tied to the name ``ent``, and the organisation tied to it.

    ('Bolton keeper Jussi Jaaskelainen' -> goalkeeper, Bolton).
    """
    for noun in (_before(ent), _apposed(ent), _complement(ent)):
        if noun is not None and noun.lower_ in FAMILY and not _past(noun):
            family, org = FAMILY[noun.lower_], _org_near(noun, ent)
            if family == "official" and _partisan(noun, org):
                family = "politician"  # 'Lib Dem home affairs spokesman Mark Oaten'
            return family, org
    return None, None


def _partisan(noun: Token, org: str | None) -> bool:
    """A party's spokesman is one of its politicians."""
    if org is not None and kind_of(org, "ORG") == "party":
        return True
    return any(t.ent_type_ == "NORP" for t in _phrase_before(noun))


def _past(noun: Token) -> bool:
    """'former Liverpool striker': a role the person no longer has says little of them now."""
    return any(t.lower_ in _PAST for t in _phrase_before(noun) + list(noun.children))


def _before(ent: Span) -> Token | None:
    """The last job noun in the words just before the name or at its start."""
    words = [t for t in _phrase_before(ent[0]) if t.lower_ in FAMILY or t.lower_ in _UNSURE]
    words += [t for t in ent[:-1] if t.lower_ in FAMILY or t.lower_ in _UNSURE]
    return words[-1] if words and words[-1].lower_ in FAMILY else None


def _phrase_before(tok: Token, most: int = 4) -> list[Token]:
    """The words right before ``tok`` in its noun phrase ('the former Liverpool striker')."""
    doc, first = tok.doc, tok.i
    while first > max(0, tok.i - most) and doc[first - 1].pos_ not in _STOP_POS:
        first -= 1
    return list(doc[first : tok.i])


def _apposed(ent: Span) -> Token | None:
    """'Roy Carroll, the goalkeeper,' or 'the goalkeeper, Roy Carroll'."""
    root = ent.root
    if root.dep_ == "appos" and root.head.lower_ in FAMILY:
        return root.head
    return next((c for c in root.children if c.dep_ == "appos" and c.lower_ in FAMILY), None)


def _complement(ent: Span) -> Token | None:
    """'Carroll is the goalkeeper', 'she has been the clinical director'."""
    root = ent.root
    if root.dep_ != "nsubj" or root.head.lemma_ != "be":
        return None
    return next((c for c in root.head.children if c.dep_ == "attr" and c.lower_ in FAMILY), None)


def _org_near(noun: Token, ent: Span) -> str | None:
    """A name in the role's own phrase: 'Chester chairman', 'analyst at Barclays', 'of Y'."""
    # 'Home Secretary', 'Prime Minister': capitals before a capitalised title are its own words
    titled = noun.is_title and not noun.is_sent_start
    before = [t for t in _phrase_before(noun, 3) if _org_word(t) and not titled]
    if before:
        return _entity_text(before[-1])
    for tok in (noun, ent.root):
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("at", "of")):
            objs = [o for o in prep.children if o.dep_ == "pobj" and o.ent_type_ in _ORG_TYPES]
            if objs:
                return _entity_text(objs[0])
    return None


def _org_word(tok: Token) -> bool:
    """Part of an organisation's or a place's name (the tagger often misses 'Stoke manager')."""
    if tok.ent_type_:
        return tok.ent_type_ in _ORG_TYPES
    known = tok.lower_ in FAMILY or tok.lower_ in _UNSURE or tok.lower_ in _PAST
    return tok.is_title and not tok.is_stop and not known


def _entity_text(tok: Token) -> str:
    """The whole name a token is part of ('Bank' -> 'Bank of England')."""
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end:
            text = ent.text.removeprefix("the ").removeprefix("The ")
            return re.sub(r"['’]s$", "", text)
    first = tok.i
    while first > 0 and _org_word(tok.doc[first - 1]) and not tok.doc[first - 1].ent_type_:
        first -= 1
    return tok.doc[first : tok.i + 1].text


def role_titles(af: ArticleFacts, key: str) -> list[str]:
    """The offices the article writes before a person's name ('Tory leader Michael Howard',
    'Prime Minister Tony Blair' -> also 'PM'): a headline naming one points to the person."""
    found: set[str] = set()
    for s in af.sentences:
        for m in s.mentions:
            if m.key != key:
                continue
            before = s.text[: m.start - s.start].split()[-2:]
            if not before or before[-1].lower().strip(",") not in ROLE_NOUNS:
                continue
            phrase = " ".join(before) if len(before) == 2 and before[0].istitle() else before[-1]
            found.add(phrase.strip(","))
            if phrase.lower() == "prime minister":
                found.add("PM")
    return sorted(f for f in found if " " in f or f == "PM" or f[:1].isupper())
