"""Articles to facts: sentences with exact spans and entity mentions resolved within articles.

Entity types from the small spaCy model are noisy in news (players tagged ORG, clubs GPE), so the
final label of an entity is a vote over all its mentions in the corpus, with extra weight for
evidence such as a personal title or role noun right before the name ("Mr", "striker").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.bank.models import Article
from quiz.facts.acronyms import article_acronyms
from quiz.facts.coref import resolve_pronouns
from quiz.facts.headline import mark_titled
from quiz.facts.kinds import is_demonym, kind_of
from quiz.facts.model import NAME_LABELS, ArticleFacts, Entity, Mention, Sentence
from quiz.facts.nlp import parse
from quiz.facts.orgkinds import (
    listed_company,
    org_hint,
    pooled_kinds,
    referent_votes,
    short_names,
)
from quiz.facts.roles import ROLE_NOUNS, role_of, settle
from quiz.facts.spelling import Spellings

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
    votes = _vote_labels(facts)
    evidence = _Evidence(plain, facts, votes)
    for af in facts:
        af.plain = plain
        _resolve_entities(af, votes, evidence)
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


def _vote_labels(facts: list[ArticleFacts]) -> dict[str, str]:
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    for af in facts:
        for s in af.sentences:
            for m in s.mentions:
                if m.org_kind:  # "oil firm Yukos": a kind noun outweighs the tagger
                    tally[m.text]["ORG"] += 10
                    continue
                weight = 3 if m.label == "PERSON*" else 1
                tally[m.text][m.label.rstrip("*")] += weight
        for name in _surnamed(af):
            tally[name]["PERSON"] += 1
    labels = {text: counts.most_common(1)[0][0] for text, counts in tally.items()}
    for af in facts:
        for name in _company_full_names(af):
            labels[name] = "ORG"
    return labels


def _company_full_names(af: ArticleFacts) -> list[str]:
    """'Pernod Ricard', tagged a person, where the article gives 'Pernod' alone what only a
    company has ('Pernod shares'): the company's full name."""
    mentions = [m for s in af.sentences for m in s.mentions]
    firms = {m.text for m in mentions if " " not in m.text and m.org_kind == "company"}
    return sorted(
        m.text
        for m in mentions
        if m.label.startswith("PERSON") and " " in m.text and m.text.split()[0] in firms
    )


_NAME_WORD = re.compile(r"^[A-Z][a-z]+(?:['-][A-Z]?[a-z]+)*$")


def _surnamed(af: ArticleFacts) -> list[str]:
    """Full names whose last word the article also uses alone as a person ('Freddie
    Ljungberg ... Ljungberg turned'): one vote each for a person, however the tagger labelled
    the full name. Only within one article: 'Morris' in another story is someone else."""
    mentions = [m for s in af.sentences for m in s.mentions]
    alone = Counter(m.text for m in mentions if m.label.startswith("PERSON") and " " not in m.text)
    full = {m.text for m in mentions if 2 <= len(m.text.split()) <= 3 and not m.org_kind}
    return [
        name
        for name in sorted(full)
        if all(_NAME_WORD.match(w) for w in name.split())
        for _ in range(alone[name.split()[-1]])
    ]


#: Role families whose organisation is a club ('Dunmore striker Karl Pettersen').
_PLAYING = frozenset({"goalkeeper", "outfield"})


class _Evidence:
    """Build-wide facts about names that entity kinds are decided from."""

    def __init__(self, plain: frozenset[str], facts: list[ArticleFacts], votes: dict[str, str]):
        mentions = [m for af in facts for s in af.sentences for m in s.mentions]
        self.plain = plain
        hints = [(m.text, k) for m in mentions for k in (m.org_kind, m.org_hint) if k is not None]
        hints += [(m.org, "club") for m in mentions if m.org and m.role in _PLAYING]
        self.org_kinds = pooled_kinds(hints + referent_votes(facts, votes))
        self.located = frozenset(m.text for m in mentions if m.locative)
        self.spellings = Spellings(Counter(m.text for m in mentions))
        self.person_firsts = frozenset(
            t.split()[0] for t, label in votes.items() if label == "PERSON" and " " in t
        )
        self.place_words = frozenset(
            w for m in mentions if votes.get(m.text) in ("GPE", "LOC") for w in m.text.split()
        )


def _resolve_entities(af: ArticleFacts, votes: dict[str, str], evidence: _Evidence) -> None:
    mentions = [m for s in af.sentences for m in s.mentions]
    for m in mentions:
        m.label = votes.get(m.text, m.label.rstrip("*"))
    acronyms = article_acronyms(af.article.text, mentions)
    af.acronyms = acronyms
    persons = Counter(m.text for m in mentions if m.label == "PERSON")
    shorts = short_names(mentions, evidence.plain, evidence.person_firsts)
    titled = {m.text for m in mentions if m.cue and m.label == "PERSON" and " " in m.text}
    alone = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text}
    surnamed = Counter({f: n for f, n in persons.items() if f.split()[-1] in alone})
    for m in mentions:
        linkable = m.label not in ("GPE", "LOC", "FAC", "NORP") or _mistagged_surname(m)
        linked = _longest_form(m.text, persons) if linkable and not m.no_link else None
        if linked is None and m.label == "PERSON" and not m.no_link:
            linked = _first_name_of(m.text, surnamed)  # 'Paula' in a Radcliffe profile
        if linked is None and _surname_as_place(m, evidence):
            full = _longest_form(m.text, persons)  # a person by title or role, not by tagger
            linked = full if full in titled else None  # ('Madrid' is no 'Atlético Madrid')
        # 'schools in Bristol' is the city, not a short name of Bristol University
        named = m.label in ("PERSON", "ORG", "PRODUCT") and not m.locative
        short = shorts.get(m.text) if named else None
        m.key = acronyms.get(m.text) or linked or short or m.text
    slips = evidence.spellings.fixes(mentions)
    for m in mentions:
        m.key = slips.get(m.key, m.key)
        label = "PERSON" if m.key in persons else votes.get(m.key, m.label)
        entity = af.entities.setdefault(m.key, Entity(m.key, label))
        entity.aliases.add(m.text)
        entity.count += 1
    groups = {m.key for m in mentions if m.before_role}  # 'Villa boss', 'the Villa'
    clubs = evidence.org_kinds  # 'Rovers' for 'Dunmore Rovers' is a club's short name
    cued = {m.key for m in mentions if m.cue or (_surname_use(m) and m.key not in clubs)}
    # 'Amanda' for 'Amanda Champion' (tagged a group in 'the murder of Amanda Champion'):
    # only people are called by a first name the build knows as one
    first_named = {
        m.key
        for m in mentions
        if " " in m.key
        and m.text == m.key.split()[0]
        and m.text in evidence.person_firsts
        and not m.org_kind
    }
    cued |= first_named
    cut_only = {m.key for m in mentions if m.cut} - {m.key for m in mentions if not m.cut}
    org_cues = {m.key: m.org_kind for m in mentions if m.org_kind}
    places = {m.key for m in mentions if m.locative}  # 'in Liverpool': the city, not the club
    for e in af.entities.values():
        if e.label == "PERSON" and " " not in e.key and e.key not in cued:
            e.label = "PERSON?"
        grouped = e.key in groups and e.key not in cued
        e.kind = _kind(e, cued, org_cues, evidence, grouped) or _pooled(e, cued | places, evidence)
        if e.key in cut_only:
            e.kind = None  # 'Treasurer Lord' (+ 'Ashcroft'): no name to ask or offer
        if e.key in first_named and e.key not in org_cues and _person_shaped(e.key):
            e.label, e.kind = "PERSON", "person"
        if e.label.startswith("PERSON") and e.kind not in (None, "person"):
            e.label = "ORG"  # 'Manchester United' tagged as a person: its squad says a club
        e.cued = e.key in cued
    for m in mentions:
        m.label = af.entities[m.key].label
    _add_roles(af, mentions)


def _add_roles(af: ArticleFacts, mentions: list[Mention]) -> None:
    """Each person's role from the job nouns tied to their mentions: one family, or none."""
    for key, group in _by_key(m for m in mentions if m.role).items():
        e = af.entities[key]
        e.role = settle([m.role for m in group if m.role])
        orgs = Counter(m.org for m in group if m.org and m.role == e.role)
        e.org = orgs.most_common(1)[0][0] if orgs else None
    for m in mentions:
        af.entities[m.key].speaker |= m.speaker


def _mistagged_surname(m: Mention) -> bool:
    """'Jaynes' tagged a nationality: a one-word 'nationality' that no nationality word ends
    like may be the surname of a person the article names. (Not a place: 'Madrid' is no
    surname of 'Atletico Madrid'.)"""
    return (
        " " not in m.text
        and m.label == "NORP"
        and not m.text.endswith(("ish", "ian", "ians", "ese", "ans", "ch", "i", "s'"))
    )


def _surname_as_place(m: Mention, evidence: _Evidence) -> bool:
    """'Miyagishima is the 18th recipient' tagged a place: a one-word place the build never
    puts after 'in' or 'at' may be the surname of a person the article names in full."""
    return (
        m.label in ("GPE", "LOC")
        and " " not in m.text
        and not m.no_link
        and m.text not in evidence.located
        and kind_of(m.text, "GPE") != "country"
    )


def _by_key(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    out: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        out[m.key].append(m)
    return out


def _surname_use(m: Mention) -> bool:
    """'Rudiger' for 'Antonio Rudiger': people are called by surname; products and acronyms not."""
    words = m.key.split()
    return (
        m.text != m.key
        and not m.cut  # 'law firm Tods Murray' tagged as 'Murray': no surname in use
        and not m.before_role  # 'Villa boss David O'Leary', 'the Villa': Aston Villa's
        and kind_of(m.key, "ORG") is None  # 'Rangers' for 'Glasgow Rangers' is a club's
        and m.text == words[-1]
        and m.text[:1].isupper()
        and not m.text.isupper()
        and all(w.replace("-", "").isalpha() for w in words)
    )


def _kind(
    e: Entity, cued: set[str], org_cues: dict[str, str], ev: _Evidence, grouped: bool = False
) -> str | None:
    """The entity's fine kind, only where the evidence is good.

    A person needs a cue (title, role, speech, surname used alone) or a full name made of
    words never used in lower case ("Different Story" and "Dairy Milk" are not people).
    An organisation needs a kind noun ("oil firm Yukos"), a telling word in its name, a
    multi-word name of such words, or the build's agreeing hints (quiz.facts.orgkinds).
    """
    proper = " " in e.key and not any(w.lower() in ev.plain for w in e.key.split())
    if e.label == "PERSON" and not _person_shaped(e.key):
        return None  # 'Lose My Breath', 'Pro Evolution Soccer 4': titles the tagger took
    if e.label == "PERSON":
        named = proper and kind_of(e.key, "ORG") is None
        named = named and not any(w in ev.place_words for w in e.key.split()) and not grouped
        return "person" if e.key in cued or named else None
    if e.label == "ORG" and e.key in org_cues:
        return org_cues[e.key]
    # 'Athletics Kenya' says no kind, its acronym 'AK' does: any of an entity's names counts
    kinds = (kind_of(name, e.label) for name in [e.key, *sorted(e.aliases)])
    kind = next((k for k in kinds if k is not None), None)
    if kind == "place" and not e.aliases & ev.located:
        kind = None  # 'Liverpool' never used as a place here: maybe its club
    if kind is None and e.label == "ORG" and proper:
        return "organisation"
    return kind


#: Words no person's name holds ('Lose My Breath', 'Girls Aloud', 'Take That').
_NOT_IN_NAMES = frozenset(
    "my your our their his her its an and to in for with on at by from me we you it this "
    "that".split()
)


def _person_shaped(name: str) -> bool:
    """Could this be a person's name: no digits, no function words ('Lord Falconer of
    Thoroton' keeps its 'of')?"""
    return not any(ch.isdigit() for ch in name) and not any(
        w.lower() in _NOT_IN_NAMES for w in name.split()
    )


def _pooled(e: Entity, unlike: set[str], ev: _Evidence) -> str | None:
    """'Sony's profits' or 'Chelsea striker X' elsewhere in the build: a company or a club,
    unless this article uses the name for a person or a place (``unlike``)."""
    kind = None if e.key in unlike or e.label == "NORP" else ev.org_kinds.get(e.key)
    if e.label != "ORG" and kind not in ("company", "club"):
        return None  # 'Linux users', 'Tory members': a hint for any organisation needs the tag
    return kind


def _first_name_of(text: str, persons: Counter[str]) -> str | None:
    """The one person (of ``persons``: those the article also calls by surname alone) whose
    first name ``text`` is ('Paula' for 'Paula Radcliffe'), unless it is also someone's
    surname or another person's first name."""
    if " " in text or _longest_form(text, persons) is not None:
        return None
    fuller = {f for f in persons if " " in f and f.split()[0] == text}
    return fuller.pop() if len(fuller) == 1 else None


def _longest_form(text: str, forms: Counter[str]) -> str | None:
    """The unique longer name that ends with ``text`` (Rudiger -> Antonio Rudiger).

    Only surnames link: a first name alone ("David") is too loose to stand for anyone.
    """
    if " " in text:
        return None
    longer = {f for f in forms if " " in f and f.endswith(" " + text)}
    maximal = {f for f in longer if not any(f != g and f in g for g in longer)}
    return maximal.pop() if len(maximal) == 1 else None
