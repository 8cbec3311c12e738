"""Entities of an article: mentions linked to one name each, with a kind and a role.

The small model's labels are noisy in news, so a name's label is a vote over its mentions in
the whole build, and its kind (person, club, company, place, ...) needs evidence: a title or
role noun, a surname used alone, a kind noun ('oil firm Yukos'), or the build's hints.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from quiz.facts.acronyms import article_acronyms
from quiz.facts.kinds import kind_of
from quiz.facts.model import ArticleFacts, Entity, Mention
from quiz.facts.orgkinds import pooled_kinds, referent_votes, short_names
from quiz.facts.roles import settle
from quiz.facts.spelling import Spellings


def vote_labels(facts: list[ArticleFacts]) -> dict[str, str]:
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


class Evidence:
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


def resolve_entities(af: ArticleFacts, votes: dict[str, str], evidence: Evidence) -> None:
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


def _surname_as_place(m: Mention, evidence: Evidence) -> bool:
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
    e: Entity, cued: set[str], org_cues: dict[str, str], ev: Evidence, grouped: bool = False
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


def _pooled(e: Entity, unlike: set[str], ev: Evidence) -> str | None:
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
