"""A cautious pronoun resolver: he/she/him/his/her -> the one person the context names.

A pronoun is resolved only when exactly one person-like name appears in the window a reader
would look at (the previous sentence and the current sentence up to the pronoun, outside
quotations), that name is a full name, and it is the subject of its clause. Anything less
certain stays unresolved, and prompts containing it are rejected. Only the first pronoun is
rewritten; later ones then refer back to the name within the same sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.facts.binding import clause_subject, mark_bound_pronouns
from quiz.facts.descriptors import resolve_descriptors
from quiz.facts.gender import FEMALE, MALE, PRONOUNS, title_gender
from quiz.facts.model import ArticleFacts, Mention, Sentence
from quiz.facts.orgref import resolve_org_references

if TYPE_CHECKING:
    from spacy.tokens import Token

_SINGULAR = frozenset({"he", "she", "him", "his", "her"})
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof"})
ORG_KINDS = frozenset({"company", "bank", "body", "party", "club", "organisation", "institution"})


def resolve_pronouns(af: ArticleFacts) -> None:
    """Fill ``Sentence.subst`` (token index -> replacement) and ``antecedent`` for the article.

    Surnames used alone are written out in full ("Viotti" -> "Marcello Viotti") the first time
    in a sentence; a surname whose full name the article never gives is marked ``lone``.
    """
    for s in af.sentences:
        _drop_linking_adverbs(s)
        _expand_surnames(af, s)
        if resolve_org_references(af, s) | resolve_descriptors(af, s, _described):
            s.antecedent = _naming(af.sentences[s.index - 1], set(s.subst.values()))
        mark_bound_pronouns(af, s)
        pronouns = [t for t in s.span if _is_pronoun(s, t)]
        if not pronouns:
            continue
        found = _antecedent(af, s, pronouns[0])
        if found is None:
            continue
        name, source = found
        s.subst.update({t.i: t.text for t in pronouns})
        s.refers.update({t.i: name for t in pronouns})
        if source is not None:  # the name is outside this sentence: write it in once
            s.subst[pronouns[0].i] = _replacement(pronouns[0], name)
            s.antecedent = source
            _write_once(s, name)


def _naming(prev: Sentence, names: set[str]) -> Sentence:
    """The sentence a source quote must start at to name what ``names`` stand for: the one
    before, or, when that one only refers to them ('He also claimed ...'), the one it leans on."""
    named = any(m.key in names for m in prev.mentions)
    return prev.antecedent if not named and prev.antecedent is not None else prev


def _write_once(s: Sentence, name: str) -> None:
    """A name written in for both a pronoun and a descriptor ('her plans ... the 34-year-old')
    is written only the first time; the later words refer back to it as they are."""
    written = sorted(i for i, v in s.subst.items() if v in (name, f"{name}'s"))
    doc = s.span.doc
    for i in written[1:]:
        s.subst[i] = doc[i].text
        j = i + 1
        while j < s.span.end and s.subst.get(j) == "":
            s.subst[j] = doc[j].text  # the rest of 'the 34-year-old'
            j += 1


#: Adverbs that only link to earlier text; a prompt reads as well without them.
_LINKING = frozenset(
    {
        "also",
        "meanwhile",
        "subsequently",
        "then",
        "likewise",
        "similarly",
        "separately",
        "additionally",
        "however",
    }
)


def _drop_linking_adverbs(s: Sentence) -> None:
    """'He also said' -> 'He said' in prompts (the quote keeps the article's words).

    'Rosneft, meanwhile, has agreed' loses both commas with the adverb.
    """
    for t in s.span:
        if t.lower_ in _LINKING and t.dep_ == "advmod" and _set_off(s, t):
            s.subst[t.nbor(-1).i] = ""
            s.subst[t.nbor(1).i] = ""
        elif t.lower_ in _LINKING and t.i == s.span.start and _comma_after(s, t):
            s.subst[t.nbor(1).i] = ""  # 'However, it said' -> 'It said', not ', it said'
        if t.lower_ in _LINKING and t.dep_ == "advmod" and not s.quoted(t.idx - s.span.start_char):
            s.subst[t.i] = ""


def _comma_after(s: Sentence, t: Token) -> bool:
    return t.i + 1 < s.span.end and t.nbor(1).text == ","


def _set_off(s: Sentence, t: Token) -> bool:
    """Is ``t`` between two commas inside the sentence (', meanwhile,')?"""
    if t.i - 1 < s.span.start or t.i + 1 >= s.span.end:
        return False
    return t.nbor(-1).text == "," and t.nbor(1).text == ","


def _expand_surnames(af: ArticleFacts, s: Sentence) -> None:
    seen: set[str] = set()
    lone: set[int] = set()
    offset = s.start - s.span.start_char
    for m in s.mentions:
        if not m.label.startswith("PERSON") or " " in m.text or m.cut:
            continue  # a cut name ('Otis' + 'Ferry') is not the Ferry the article named in full
        toks = [t for t in s.span if m.start <= t.idx + offset < m.end]
        entity = af.entity(m.key)
        if " " not in m.key and entity is not None and entity.label == "PERSON":
            lone.update(t.i for t in toks)  # not 'PERSON?': 'Everton manager' is no surname
        elif entity is None or entity.kind != "person":
            pass
        elif m.key not in seen and toks and m.key not in s.text[: m.start - s.start]:
            s.subst[toks[0].i] = m.key
            s.subst.update({t.i: "" for t in toks[1:]})  # 'Kilroy-Silk' is three tokens
            before = toks[0].nbor(-1) if toks[0].i > s.span.start else None
            if before is not None and before.text.rstrip(".") in _TITLES:
                s.subst[before.i] = ""  # 'Mr Blair' -> 'Tony Blair', not 'Mr Tony Blair'
        seen.add(m.key)
    s.lone = frozenset(lone)


def _is_pronoun(s: Sentence, tok: Token) -> bool:
    if tok.lower_ not in _SINGULAR or tok.pos_ != "PRON":
        return False
    return not s.quoted(tok.idx - s.span.start_char)


def _replacement(tok: Token, name: str) -> str:
    return f"{name}'s" if tok.tag_ == "PRP$" else name


def _antecedent(
    af: ArticleFacts, s: Sentence, pronoun: Token, any_gender: bool = False
) -> tuple[str, Sentence | None] | None:
    """The one person the pronoun can refer to.

    The window is the sentence before; when that sentence names nobody at all (a quotation,
    a comment), the one before it. 'it'/'its' are left to ``orgref``, whose rules are
    stricter: an organisation named just before is often not what 'it' means.
    """
    bound = None if any_gender else _bound_subject(af, s, pronoun)
    if bound is not None:
        return bound, None
    fits = _personlike
    upto = pronoun.idx - s.span.start_char
    here = [m for m in s.mentions if m.start - s.start < upto and fits(af, s, m)]
    here = [m for m in here if not _own_subject(s, pronoun, m)]
    prev = af.sentences[s.index - 1] if s.index > 0 else None
    if prev is not None and not prev.mentions and not here and s.index > 1:
        prev = af.sentences[s.index - 2]  # 'Blair said ... "We will win." He added ...'
    before = [] if prev is None else [m for m in prev.mentions if fits(af, prev, m)]
    wanted = _FEMALE_PRONOUNS if pronoun.lower_ in _FEMALE_PRONOUNS else _MALE_PRONOUNS
    people = {m.key for m in here + before if any_gender or _gender(af, m.key) in (None, wanted)}
    carried = _carried_subject(prev) if prev is not None and not here else None
    if carried is not None and (any_gender or _gender(af, carried[0]) in (None, wanted)):
        people.add(carried[0])
    if len(people) != 1 or _other_named_subject(s, upto, people):
        return None
    if prev is not None and not here and (_described_subject(prev) or _untagged_subject(prev)):
        return None  # 'The Scottish Conservative leader ... with Tods Murray. He said': who?
    name = people.pop()
    if carried is not None and name == carried[0] and not any(m.key == name for m in before):
        return carried  # 'Mbappe ... He also claimed ... He added': still Mbappe
    if here and not _person(af, name):
        return None  # 'The EU's Common Agricultural Policy had caused problems, he said'
    where = s if here else prev
    if " " not in name or where is None or not _is_subject(where, name):
        return None
    return name, (None if here else prev)


def _person(af: ArticleFacts, key: str) -> bool:
    """Is the entity known as a person (not only possibly one, as an untyped name is)?"""
    entity = af.entity(key)
    return entity is not None and (entity.kind == "person" or entity.label.startswith("PERSON"))


def _carried_subject(prev: Sentence) -> tuple[str, Sentence] | None:
    """The person the previous sentence's subject pronoun was resolved to, with the sentence
    that names them: the subject stays in view across 'He also claimed ...'."""
    if prev.antecedent is None:
        return None
    for t in prev.span:
        if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.i in prev.subst:
            name = prev.subst[t.i]
            return (name, prev.antecedent) if " " in name else None
    return None


def _bound_subject(af: ArticleFacts, s: Sentence, pronoun: Token) -> str | None:
    """The subject of the clause the pronoun sits in, when that is a named person of its
    gender and nobody else is named between them: 'Charlie Simpson planned to spend time
    with his other band', 'Ms Kelly said she would ...' (the pronoun is bound to the subject).
    """
    subject = clause_subject(pronoun)
    if subject is None:
        return None
    offset = s.start - s.span.start_char
    named = [m for m in s.mentions if m.start <= subject.idx + offset < m.end]
    if len(named) != 1 or " " not in named[0].key or _own_subject(s, pronoun, named[0]):
        return None
    entity = af.entity(named[0].key)
    wanted = _FEMALE_PRONOUNS if pronoun.lower_ in _FEMALE_PRONOUNS else _MALE_PRONOUNS
    if entity is None or entity.kind != "person" or _gender(af, entity.key) not in (None, wanted):
        return None
    upto = pronoun.idx + offset
    between = [m for m in s.mentions if named[0].end <= m.start < upto and _personlike(af, s, m)]
    if owner_in_doubt(af, s, entity.key, [pronoun]):
        return None  # 'David Davis welcomed his apology' after Blunkett apologised
    return None if any(m.key != entity.key for m in between) else entity.key


def owner_in_doubt(af: ArticleFacts, s: Sentence, key: str, tokens: list[Token]) -> bool:
    """Might a 'his'/'her' before an act ('his apology', 'her remarks') mean a person the
    sentence before names, not the subject? 'Blunkett apologised ... David Davis welcomed
    his apology': the apology is Blunkett's. ('Simpson will work with his band' is his own.)"""
    acts = [t for t in tokens if t.tag_ == "PRP$" and t.head.lemma_.lower() in _ACTS]
    prev = af.sentences[s.index - 1] if s.index > 0 else None
    return (
        bool(acts)
        and prev is not None
        and any(
            m.key != key and _personlike(af, prev, m) and m.label.startswith("PERSON")
            for m in prev.mentions
        )
    )


#: What one person does that another reacts to ('welcomed his apology', 'criticised her
#: remarks'): the owner is often someone named before, not the one reacting.
_ACTS = frozenset(
    "apology remark comment statement decision resignation speech claim criticism attack "
    "word plan proposal offer move departure appointment sacking call demand request "
    "admission denial warning threat promise pledge announcement intervention".split()
)


def _own_subject(s: Sentence, pronoun: Token, m: Mention) -> bool:
    """'Charles Clarke accused him of ...': an object 'him'/'her' is never its own verb's
    subject (that would be 'himself')."""
    if pronoun.tag_ != "PRP" or pronoun.dep_ not in ("dobj", "dative", "pobj"):
        return False
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    offset = s.start - s.span.start_char
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and m.start <= c.idx + offset < m.end
        for c in verb.children
    )


def _described(af: ArticleFacts, s: Sentence, head: Token) -> str | None:
    """The one person a descriptor like 'the 25-year-old' can mean, found as for 'he' or
    'she' (one named subject in view) but of either gender."""
    found = _antecedent(af, s, head, any_gender=True)
    return found[0] if found else None


def _untagged_subject(s: Sentence) -> bool:
    """A subject name the tagger missed ('Baroness Boothroyd ... said she believed Tony Blair
    ...'): a rival antecedent too, though no mention stands for it."""
    offset = s.start - s.span.start_char
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "PROPN"
        and not s.quoted(t.idx - s.span.start_char)
        and not any(m.start <= t.idx + offset < m.end for m in s.mentions)
        for t in s.span
    )


def _described_subject(s: Sentence) -> bool:
    """A person named by role ('the Scottish Conservative leader', 'the MSP') as a subject:
    a rival antecedent that no name stands for."""
    from quiz.facts.extract import _PERSON_CUES

    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.pos_ == "NOUN"
        and (t.lemma_.lower() in _PERSON_CUES or t.lower_ in ("msp", "mep", "mp"))
        for t in s.span
    )


_FEMALE_PRONOUNS = PRONOUNS[FEMALE]
_MALE_PRONOUNS = PRONOUNS[MALE]


def _gender(af: ArticleFacts, key: str) -> frozenset[str] | None:
    """The pronouns a person takes, from the titles the article gives them ('Ms Hughes')."""
    found = title_gender(af.article.text, key)
    return None if found is None else PRONOUNS[found]


def _other_named_subject(s: Sentence, upto: int, people: set[str]) -> bool:
    """'King was hurt after his ...': a named subject before the pronoun claims it."""
    offset = s.start - s.span.start_char
    for t in s.span:
        if t.idx - s.span.start_char >= upto or t.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if s.quoted(t.idx - s.span.start_char):
            continue  # '"Britain will keep its veto," he said': the quotation's subject is not his rival
        if t.pos_ == "PROPN" and not any(
            m.key in people and m.start <= t.idx + offset < m.end for m in s.mentions
        ):
            return True
    return False


#: Labels that never name a person; any other name in view might (the small model tags some
#: people as organisations or products), so it counts as a rival antecedent.
_NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "EVENT"})


def _personlike(af: ArticleFacts, s: Sentence, m: Mention) -> bool:
    entity = af.entity(m.key)
    known_org = entity is not None and entity.kind in ORG_KINDS
    # 'The Spanish Football Federation ... his coaching licence': a person's name takes no
    # 'the' (but 'The Scot', a person, is a one-word descriptor)
    the = (
        m.label == "ORG"
        and " " in m.text
        and af.article.text[max(0, m.start - 4) : m.start].lower() == "the "
    )
    return (
        m.label not in _NOT_PEOPLE and not known_org and not the and not s.quoted(m.start - s.start)
    )


def _is_subject(s: Sentence, key: str) -> bool:
    """Is a mention of ``key`` the subject of a clause in ``s``?"""
    offset = s.start - s.span.start_char
    subjects = [t.idx + offset for t in s.span if t.dep_ in ("nsubj", "nsubjpass")]
    return any(m.key == key and any(m.start <= i < m.end for i in subjects) for m in s.mentions)
