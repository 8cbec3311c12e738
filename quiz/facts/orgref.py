"""References to an organisation: 'it'/'its' and 'the company', resolved only when certain.

News writes "Yukos said ... It added that ..." and "the firm's shares fell". Left unresolved,
such sentences cannot be asked; resolved wrongly, they change the fact. So a reference is
resolved only when the context leaves one reading:

- ``it``/``its`` need exactly one organisation in view (the previous sentence and the current
  one up to the pronoun), that organisation must be the subject of its clause, no other name
  that could be 'it' (a place, a product, a work) may be in view, and the pronoun must act
  like an organisation: the subject of a verb only an agent does ('It said', 'It plans') or
  the owner of something organisations own ('its shares', 'its chief executive').
- ``the company``, ``the firm``, ``the bank``, ``the club``, ``the party`` need exactly one
  entity of that kind named so far in the article.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.facts.model import ArticleFacts, Mention, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Organisations referred to as 'it' (parties and clubs are usually 'they' in British English).
SINGULAR_ORGS = frozenset({"company", "bank", "body", "organisation", "institution"})

#: Labels of names that could themselves be what 'it' means.
_RIVALS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})

#: Verbs whose subject acts: an organisation, never a thing ('It said', 'It plans to').
AGENT_VERBS = frozenset(
    "say tell add claim insist explain warn admit argue announce confirm deny reveal report "
    "expect plan hope want intend aim decide agree refuse promise pledge vow predict forecast "
    "estimate blame accuse urge welcome reject believe employ hire recruit acquire buy own "
    "launch appeal sue respond apologise demand seek ask offer invest hop lose make post cut "
    "sell close open raise shed face pay spend book restate file sign build produce supply "
    "sponsor operate run create sack suspend".split()
)

#: What an organisation has ('its shares', 'its boss'): possession that marks 'its' as one.
OWNED = frozenset(
    "share shares profit profits sale sales revenue revenues earnings turnover stake debt debts "
    "chief boss executive executives chairman spokesman spokeswoman spokesperson staff workers "
    "employees workforce customers clients members board shareholders investors subsidiary "
    "headquarters brand brands stores shops branches factories plants operations business "
    "businesses results outlook forecast bid offer takeover rival rivals account accounts unit "
    "division plan plans strategy service services product products website network "
    "subscribers users owner parent founder finances future value factory plant site "
    "stores".split()
)

#: 'the firm' -> the kind of entity it must name.
KIND_NOUNS = {
    "company": "company",
    "firm": "company",
    "bank": "bank",
    "club": "club",
    "party": "party",
}


def resolve_org_references(af: ArticleFacts, s: Sentence) -> bool:
    """Fill ``s.subst`` for 'it'/'its' and 'the company' where one organisation is meant.

    Returns True when the name comes from the previous sentence, which the source quote must
    then include so that the quote alone confirms the fact.
    """
    from_prev = False
    written: set[str] = set()
    for tok in s.span:
        if tok.i in s.subst or s.quoted(tok.idx - s.span.start_char):
            continue
        key = None
        if tok.lower_ == "the" and tok.dep_ == "det":
            key = _definite(af, s, tok)
        elif tok.lower_ in ("it", "its") and tok.pos_ == "PRON" and _acts_as_org(tok):
            key = _pronoun(af, s, tok, written)
        if key is not None and not _named_before(s, key, tok):
            from_prev = True
        if key is not None:
            written.add(key)
    return from_prev


def _acts_as_org(tok: Token) -> bool:
    head = tok.head
    if tok.lower_ == "it":
        passive = any(c.dep_ == "auxpass" for c in head.children)
        return tok.dep_ == "nsubj" and head.lemma_ in AGENT_VERBS and not passive
    return tok.dep_ == "poss" and (head.lemma_.lower() in OWNED or head.lower_ in OWNED)


def _pronoun(af: ArticleFacts, s: Sentence, tok: Token, written: set[str]) -> str | None:
    name = _one_org_in_view(af, s, tok)
    if name is None:
        return None
    if name in written or _named_before(s, name, tok):  # 'Yukos said it': named already
        s.subst[tok.i] = tok.text
    else:
        shown = _with_article(af, name)
        s.subst[tok.i] = f"{shown}'s" if tok.lower_ == "its" else shown
    return name


def _with_article(af: ArticleFacts, name: str) -> str:
    """'the EU', 'the Federal Statistics Office': write the name as the article does.

    Only a 'the' that belongs to the name counts: in 'the BMW group' it belongs to 'group'.
    """
    for s in af.sentences:
        offset = s.start - s.span.start_char
        for m in s.mentions:
            first = next((t for t in s.span if t.idx + offset == m.start), None)
            if m.key != name or first is None or first.i == s.span.start:
                continue
            det = first.nbor(-1)
            inside = m.start <= det.head.idx + offset < m.end
            if det.lower_ == "the" and inside and m.text == name:
                return f"the {name}"
    return name


def _one_org_in_view(af: ArticleFacts, s: Sentence, tok: Token) -> str | None:
    upto = tok.idx - s.span.start_char
    prev = af.sentences[s.index - 1] if s.index > 0 else None
    view = [(s, m) for m in s.mentions if m.end - s.start <= upto]
    if prev is not None:
        view += [(prev, m) for m in prev.mentions]
    named = {m.key for _, m in view if _label(af, m) in _RIVALS}
    if len(named) != 1:
        return None
    key = named.pop()
    entity = af.entity(key)
    if entity is None or entity.kind not in SINGULAR_ORGS:
        return None
    if not any(_is_subject(sent, m) for sent, m in view if m.key == key):
        return None
    if _other_subject_before(s, tok, key):
        return None
    return key


def _other_subject_before(s: Sentence, tok: Token, key: str) -> bool:
    """'Which operates ..., yet it confirms': another subject before the pronoun may be 'it'."""
    offset = s.start - s.span.start_char
    for t in s.span[: tok.i - s.span.start]:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(m.key == key and m.start <= t.idx + offset < m.end for m in s.mentions):
            return True
    return False


def _definite(af: ArticleFacts, s: Sentence, det: Token) -> str | None:
    """'the firm' -> the one company named so far, if named here or in the sentence before."""
    noun = det.head
    kind = KIND_NOUNS.get(noun.lower_)
    if kind is None or noun.i != det.i + 1 or noun.tag_ != "NN":
        return None
    if any(c.dep_ not in ("det", "case", "punct") for c in noun.children):
        return None  # 'the company that owns X' says which company itself
    upto = det.idx - s.span.start_char
    seen = {
        m.key
        for earlier in af.sentences[: s.index + 1]
        for m in earlier.mentions
        if earlier is not s or m.end - s.start <= upto
    }
    matches = [k for k in seen if (e := af.entity(k)) is not None and e.kind == kind]
    near = s.mentions + (af.sentences[s.index - 1].mentions if s.index > 0 else [])
    if len(matches) != 1 or not any(m.key == matches[0] for m in near):
        return None
    written = _with_article(af, matches[0])
    s.subst[det.i] = "" if written == matches[0] else det.text
    s.subst[noun.i] = matches[0]
    return matches[0]


def _named_before(s: Sentence, key: str, tok: Token) -> bool:
    upto = tok.idx - s.span.start_char
    return any(m.key == key and m.end - s.start <= upto for m in s.mentions)


def _label(af: ArticleFacts, m: Mention) -> str:
    entity = af.entity(m.key)
    return entity.label if entity else m.label


def _is_subject(s: Sentence, m: Mention) -> bool:
    """The active subject: 'X are understood to have valued its unit' says nothing of X's unit."""
    offset = s.start - s.span.start_char
    return any(t.dep_ == "nsubj" and m.start <= t.idx + offset < m.end for t in s.span)
