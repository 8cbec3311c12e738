"""Articles to facts: sentences with exact spans, and the names mentioned in them.

Each mention is cut to the name itself ('Broadcaster Chris Evans' is Chris Evans) and marked
with the evidence around it (a title, a role noun, a kind noun); ``quiz.facts.entities`` then
votes labels over the build and links mentions into entities, and ``quiz.facts.coref``
resolves pronouns and descriptions.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.bank.models import Article
from quiz.facts.coref import resolve_pronouns
from quiz.facts.entities import Evidence, resolve_entities, vote_labels
from quiz.facts.headline import mark_titled
from quiz.facts.kinds import is_demonym
from quiz.facts.model import NAME_LABELS, ArticleFacts, Mention, Sentence
from quiz.facts.nlp import parse
from quiz.facts.orgkinds import (
    listed_company,
    org_hint,
)
from quiz.facts.roles import ROLE_NOUNS, role_of

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

#: Role and title nouns that, right before a name, mark it as a person's ("Mr", "striker").
_PERSON_CUES = ROLE_NOUNS
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame"})
_FEMALE_TITLES_CAP = frozenset({"Mrs", "Ms", "Miss", "Lady", "Dame"})
_LOCATIVE = frozenset("in at near across outside inside throughout around".split())
_SPEECH = frozenset("say tell add claim insist explain warn admit argue".split())
_ORG_CUES = {
    **dict.fromkeys(
        "firm company giant maker carrier airline retailer insurer operator "
        "producer manufacturer supplier publisher broadcaster chain label studio "
        "group conglomerate developer provider housebuilder homebuilder lender brewer "
        "chipmaker carmaker automaker drugmaker supermarket grocer".split(),
        "company",
    ),
    **dict.fromkeys("club side team".split(), "club"),
    **dict.fromkeys("party".split(), "party"),
    **dict.fromkeys("agency regulator watchdog body union commission".split(), "body"),
    "bank": "bank",
}
_LEADING_THE = re.compile(r"^(the|The)\s+")
_TITLE = re.compile(r"^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor|Lord|Lady|Rev)\.?\s+(?=[A-Z])")


def extract_facts(
    articles: list[Article], nlp: Language, jobs: int = 1, tick: Callable[[], None] | None = None
) -> list[ArticleFacts]:
    """Parse every article and resolve its entities; labels are voted across the corpus.

    ``tick`` is called once per article parsed (for a progress bar).
    """
    facts = [ArticleFacts(article=a) for a in articles]
    units = [(i, off, para) for i, a in enumerate(articles) for off, para in _paragraphs(a.text)]
    docs = parse(nlp, (u[2] for u in units), jobs)
    for n, ((index, offset, _), doc) in enumerate(zip(units, docs, strict=True)):
        _add_sentences(facts[index], doc, offset)
        if tick and (n + 1 == len(units) or units[n + 1][0] != index):
            tick()
    plain = _drop_common_words(facts)
    votes = vote_labels(facts)
    evidence = Evidence(plain, facts, votes)
    for af in facts:
        af.plain = plain
        resolve_entities(af, votes, evidence)
        _mark_seen(af)
        mark_titled(af)
        resolve_pronouns(af)
    return facts


def _mark_seen(af: ArticleFacts) -> None:
    """Give each sentence the nouns said before it, so a definite noun can be told apart
    as new ('the Home Office') or as pointing back ('the contract')."""
    seen: set[str] = set()
    for s in af.sentences:
        s.seen = frozenset(seen)
        seen.update(t.lemma_.lower() for t in s.span if t.pos_ == "NOUN")


def _paragraphs(text: str) -> list[tuple[int, str]]:
    out, offset = [], 0
    for para in text.split("\n\n"):
        out.append((offset, para))
        offset += len(para) + 2
    return out


def _add_sentences(af: ArticleFacts, doc: Doc, offset: int) -> None:
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        s = Sentence(
            len(af.sentences), offset + sent.start_char, offset + sent.end_char, sent, sent.text
        )
        s.mentions = [m for ent in sent.ents if (m := _mention(ent, offset)) is not None]
        af.sentences.append(s)


def _mention(ent: Span, offset: int) -> Mention | None:
    if ent.label_ not in NAME_LABELS:
        return None
    whole = ent
    if ent.label_ == "PERSON":  # "Comedian Ricky Gervais": the role is not part of the name
        while len(ent) > 1 and ent[0].pos_ != "PROPN":
            ent = ent[1:]
    text = _TITLE.sub("", _LEADING_THE.sub("", ent.text))
    text = re.split(r" [-–—] ", text)[0]  # 'Birmingham Grand Prix - good': the tagger ran on
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    text = text.strip(" .,;:-–—'\"“”‘’()")
    if not text or not text[0].isupper() or len(text) < 2:
        return None
    if text.count("(") != text.count(")") or text.split()[-1].islower():
        return None  # 'Tara (Total Abstract', 'Whitbread Book of': the tagger cut a name short
    if any(w in _JOINERS for w in text.split()):
        return None  # 'Southampton when Arsenal': the tagger ran two names together
    start = offset + ent.start_char + ent.text.find(text)
    label = whole.label_  # a slice of a span has no label
    before = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    speaker = ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in _SPEECH
    titled = _TITLE.match(ent.text) is not None or before in _PERSON_CUES
    titled = titled and not _in_a_title(ent)
    if label == "PERSON" and not titled and _group_evidence(ent):
        label = "ORG"  # 'the Lib Dems say': a person is not 'the X', nor plural
    m = Mention(start, start + len(text), text, "PERSON*" if titled else label)
    m.cue = titled or (speaker and label == "PERSON" and not text.isupper())
    m.cut = (_cut_short(ent) and text == ent.text) or _dropped_capital(whole, ent)
    m.cut = m.cut or (label == "PERSON" and _runs_on(whole))
    m.cut = m.cut or (label == "PERSON" and before in ("a", "an") and " " not in text)
    # 'an O'Sullivan had been earmarked': one of that family, not the O'Sullivan named before
    listed = "company" if listed_company(ent) else None
    m.org_kind = None if m.cut else _ORG_CUES.get(before) or _named_kind(ent) or listed
    m.org_hint = None if m.cut else org_hint(ent)
    m.speaker = speaker
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    m.before_role = (after is not None and after.lower_ in _PERSON_CUES) or before == "the"
    if label == "PERSON" or titled:
        m.role, m.org = role_of(whole)
        m.cue = m.cue or m.role is not None  # 'Roy Carroll, the goalkeeper,'
    m.locative = ent.root.dep_ == "pobj" and ent.root.head.lower_ in _LOCATIVE
    female = before in _FEMALE_TITLES or ent.text.split(" ")[0].rstrip(".") in _FEMALE_TITLES_CAP
    m.no_link = (female or _peer(ent)) and " " not in text  # 'Mrs Howard' is not 'Michael Howard'
    m.no_link = m.no_link or (m.cut and before in ("a", "an"))
    return m


#: Words that join clauses, never words of a name.
_JOINERS = frozenset("when while as after before but if than that who which where because".split())


def _runs_on(ent: Span) -> bool:
    """'Susilo Bambang' + 'Yudhoyono': a capitalised name word right after a person's name
    is the rest of it, cut off by the tagger."""
    if ent.end >= len(ent.doc):
        return False
    nxt, last = ent.doc[ent.end], ent[-1]
    owner = last.dep_ == "case" or last.text in ("'s", "’s", "'", "’")  # 'Sharapova's Wimbledon'
    return nxt.pos_ == "PROPN" and nxt.is_title and bool(last.whitespace_) and not owner


def _dropped_capital(whole: Span, ent: Span) -> bool:
    """'law firm Tods Murray' with 'Tods' tagged a verb: a capitalised word that is no role,
    dropped from the front of a name, was part of it."""
    dropped = whole[: len(whole) - len(ent)]
    return any(t.is_title and not t.is_sent_start and t.lower_ not in _PERSON_CUES for t in dropped)


def _in_a_title(ent: Span) -> bool:
    """'No More Mr Nasty': an honorific inside a run of capitalised words is part of a title."""
    at = ent.start if _TITLE.match(ent.text) else ent.start - 1
    if at < 1 or ent.doc[at].lower_.rstrip(".") not in ("mr", "mrs", "ms", "miss", "dr"):
        return False
    prev = ent.doc[at - 1]
    known = prev.lower_ in _PERSON_CUES or prev.lower_ in _HONORIFICS
    return prev.is_title and not prev.is_sent_start and not known and not prev.ent_type_


def _named_kind(ent: Span) -> str | None:
    """'a shadowy group known as Meibion Glyndwr': the kind noun the name is given to."""
    head = ent.root.head
    if ent.root.dep_ != "pobj" or head.lower_ != "as" or head.head.lemma_ not in ("know", "call"):
        return None
    return _ORG_CUES.get(head.head.head.lower_) if head.head.dep_ == "acl" else None


def _group_evidence(ent: Span) -> bool:
    """'the Lib Dems', 'Lib Dems have pledged': a determiner or a plural verb is no person's."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "the" or ent[0].lower_ == "the":
        return True
    head = ent.root.head
    verbs = [head, *(c for c in head.children if c.dep_ == "aux")]
    paired = any(c.dep_ == "conj" for c in ent.root.children)  # 'Brown and Carragher are'
    return ent.root.dep_ == "nsubj" and not paired and any(v.tag_ == "VBP" for v in verbs)


#: Capitalised words that stand before a name without being part of it.
_HONORIFICS = frozenset(
    "professor prof archbishop bishop cardinal general colonel major sergeant inspector "
    "constable sheikh rev reverend father sister brother justice deputy vice sen rep gov "
    "dame sir lord lady king queen prince princess president premier chancellor".split()
)


#: One-word names that may be the first word of the next name, mis-split by the tagger.
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE"})


def _cut_short(ent: Span) -> bool:
    """Does a capitalised word that is no title or role run into the name ('Ard Jan Vetham')?"""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    word = prev.lower_.rstrip(".")
    known = word in _PERSON_CUES or word in _HONORIFICS
    # no name, or a one-word name ('Ard', tagged as a place); never a date ('On Monday Tony Blair')
    alone = not prev.ent_type_ or (prev.ent_iob_ == "B" and prev.ent_type_ in _NAME_TYPES)
    return prev.pos_ == "PROPN" and bool(prev.whitespace_) and alone and not known


def _peer(ent: Span) -> bool:
    """'Lord Roberts of Conwy' is a peer, not the article's other Roberts."""
    doc = ent.doc
    titled = ent.start > 0 and doc[ent.start - 1].text in ("Lord", "Lady", "Baroness", "Baron")
    titled = titled or ent[0].text in ("Lord", "Lady", "Baroness", "Baron")
    after = doc[ent.end : ent.end + 2]
    return titled and len(after) == 2 and after[0].lower_ == "of" and after[1].is_title


_WORDLIKE = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "NORP"})


def _drop_common_words(facts: list[ArticleFacts]) -> frozenset[str]:
    """'Group' or 'Commons' tagged as a name: a one-word name also used as a plain word is dropped."""
    plain = {t.lower_ for af in facts for s in af.sentences for t in s.span if t.is_lower}
    peoples = {
        m.text for af in facts for s in af.sentences for m in s.mentions if m.label == "NORP"
    }
    for af in facts:
        # a word the article capitalises mid-sentence is a name ('versions of Windows'), not
        # a description to strip ('Windows Genuine Advantage' is no person 'Genuine Advantage')
        named = {
            t.text for s in af.sentences for t in s.span if t.pos_ == "PROPN" and t.i > s.span.start
        }
        for s in af.sentences:
            s.mentions = [
                _strip_role(m, plain, peoples, named)
                for m in s.mentions
                if not (m.label in _WORDLIKE and " " not in m.text and m.text.lower() in plain)
            ]
    return frozenset(plain)


#: Words that describe a person before the name: where they are from, which party or team
#: ('Welshman Jimmy Watkins', 'Briton Clive Owen', 'Lib Dem Norman Baker', 'Olympian Tomlinson').
_DESCRIBED = re.compile(
    r"^(?:(?:Welsh|French|English|Irish|Scots|Dutch|Cornish|Manx)(?:man|woman)|Briton|Brit|"
    r"Olympian|Scot|Kiwi|Aussie|Springbok|Lib Dem|Liberal Democrat|Labour|Tory|Conservative|"
    r"Republican|Democrat|Democratic)$"
)


def _strip_role(
    m: Mention,
    plain: set[str],
    peoples: frozenset[str] | set[str] = frozenset(),
    named: frozenset[str] | set[str] = frozenset(),
) -> Mention:
    """'Broadcaster Chris Evans' -> 'Chris Evans', 'Lib Dem MP Lembit Opik' -> 'Lembit Opik'.

    Words up to a role noun or a describing word ('Welshman', or a word the build tags as a
    nationality: 'Californian'), or a leading common word, are a description, not the name.
    """
    words = m.text.split(" ")
    if not m.label.startswith("PERSON") or len(words) < 2:
        return m
    roles = [i for i, w in enumerate(words[:-2]) if w.lower() in _PERSON_CUES]
    said = [i for i in range(len(words) - 1) if _DESCRIBED.match(" ".join(words[: i + 1]))]
    if len(words) > 2 and words[0] in peoples and (words[0] not in named or is_demonym(words[0])):
        said.append(0)  # 'Californian Thomas Slattery' (not 'Christian Slater': one name left)
    last = max(roles + said) if roles or said else -1
    if last < 0 and len(words) > 2 and words[0].lower() in plain and words[0] not in named:
        last = 0
    if last < 0:
        return m
    cut = len(" ".join(words[: last + 1])) + 1
    return replace(m, start=m.start + cut, text=m.text[cut:], cue=True)
