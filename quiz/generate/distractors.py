"""Distractors of the answer's semantic type: same article first, then the corpus.

A distractor is never an alias, part or superset of the answer (or of another choice), never
near-identical in spelling, and never named in the prompt. For organisations and places, two
names that share articles but never a sentence are treated as possible aliases (a nickname
alternates with the name it stands for; rivals are named together).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from quiz.facts.gender import FEMALE, person_gender, prompt_gender
from quiz.facts.kinds import country_names
from quiz.facts.model import ArticleFacts, Sentence
from quiz.facts.roles import compatible, role_titles, settle
from quiz.generate.candidate import Candidate
from quiz.generate.syntax import SAY_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

_NOT_ALIAS_PRONE = frozenset({"person", "NUMBER"})
#: Below this vocabulary overlap a neighbour is another story: its people are implausible
#: options (a Kremlin figure offered for a record label's quote, Kenyan runners for a games
#: tournament). On a 248-article sample of the development corpus, 9 of 158 choice questions
#: had an option from another news category at 0.08, 3 of 129 at 0.10; the quotations that
#: lose their options are asked as typed questions instead.
_MIN_SIMILARITY = 0.10
#: How many articles further a person of the answer's own role family may come from.
_WIDER = 5


@lru_cache(maxsize=65536)
def loose(text: str) -> str:
    """Lower-case, accents and punctuation removed: the form used to compare names."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def clash(a: str, b: str) -> bool:
    """True when two names could be read as the same thing (part, alias, near-spelling)."""
    if b in country_names(a) or a in country_names(b):
        return True  # 'UK' and 'Britain'
    la, lb = loose(a), loose(b)
    sa, sb = set(la.split()), set(lb.split())
    if not sa or not sb or sa <= sb or sb <= sa or la.split()[-1] == lb.split()[-1]:
        return True
    return fuzz.ratio(la, lb) >= 80


def _signature(af: ArticleFacts) -> frozenset[str]:
    """Content words of an article: lemmas of its nouns and names, for topic similarity."""
    return frozenset(
        t.lemma_.lower()
        for s in af.sentences
        for t in s.span
        if t.pos_ in ("NOUN", "PROPN") and len(t.text) > 2
    )


@lru_cache(maxsize=65536)
def _words_pattern(words: str) -> re.Pattern[str]:
    return re.compile(r"(^| )" + re.escape(words) + r"( |$)")


@lru_cache(maxsize=65536)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"\b" + re.escape(name) + r"\b")


def names_in(text: str, names: set[str]) -> bool:
    """Is any of ``names`` in ``text`` as a whole word (case-sensitive)?"""
    return any(_name_pattern(n).search(text) for n in names)


def has_words(haystack: str, words: str) -> bool:
    """Does loose text ``haystack`` contain loose ``words`` as whole words?"""
    return bool(words) and _words_pattern(words).search(haystack) is not None


def _names_by_verb(af: ArticleFacts) -> dict[str, set[str]]:
    """Main verb lemma -> the names in the article's sentences with that main verb."""
    out: dict[str, set[str]] = defaultdict(set)
    for s in af.sentences:
        out[s.span.root.lemma_].update(m.key for m in s.mentions)
    return out


#: Last words of organisations' names: a speaker tagged as a person with one of these is a
#: body that issued a statement ('Menatep Group'), never an option beside people.
_ORG_HEADS = frozenset(
    "Group Ltd plc Plc PLC Inc Corp Corporation Company Association Council Commission "
    "Agency Union Society Institute Foundation Trust Bank Party Club Federation Committee "
    "Authority Office Ministry Department Board Concern International".split()
)


def _org_name(key: str) -> bool:
    return key.split()[-1] in _ORG_HEADS


#: Verbs too common to say two sentences state one thing.
_LIGHT_VERBS = frozenset("be have do say make get take go come give put see tell".split())


def _is_person(af: ArticleFacts, key: str) -> bool:
    entity = af.entity(key)
    return entity is not None and entity.kind == "person"


def _slot(s: Sentence, key: str, head: Token | None, verb: str = "") -> str | None:
    """The dependency ('nsubj', 'dobj', ...) by which a mention of ``key`` hangs on ``head``
    (or on any verb of lemma ``verb``): the part the person plays in the act."""
    for m in s.mentions:
        if m.key != key:
            continue
        for t in s.tokens_of(m):
            on = t.head == head if head is not None else t.head.lemma_ == verb
            if on and t.head != t:
                return t.dep_
    return None


#: Offices one person holds, so 'the chancellor' in a quotation names them (not 'actor').
_OFFICES = frozenset(
    {"chancellor", "president", "pope", "king", "queen", "premier", "mayor", "taoiseach"}
    | {"prime minister", "home secretary", "foreign secretary", "first minister"}
)


#: Verbs whose passive subject has died ('was assassinated', 'was shot dead').
_KILLED = frozenset({"assassinate", "murder", "kill", "execute", "shoot"})


def _departed(af: ArticleFacts) -> set[str]:
    """People the article says have died: the subject of 'die', 'the late X', 'X's death',
    'the death of X'."""
    out: set[str] = set()
    for s in af.sentences:
        for m in s.mentions:
            toks = s.tokens_of(m)
            if not toks or (entity := af.entity(m.key)) is None or entity.kind != "person":
                continue
            head = toks[-1]
            before = toks[0].nbor(-1) if toks[0].i > s.span.start else None
            dies = head.dep_ == "nsubj" and head.head.lemma_ == "die"
            dies = dies or (head.dep_ == "nsubjpass" and head.head.lemma_ in _KILLED)
            dies = dies or any(
                c.dep_ == "relcl" and c.lemma_ in _KILLED | {"die"} for c in head.children
            )  # 'Malcolm X, who was assassinated in 1965
            late = before is not None and before.lower_ == "late"
            death = (head.dep_ == "poss" and head.head.lemma_ == "death") or (
                head.dep_ == "pobj" and head.head.head.lemma_ == "death"
            )
            if dies or late or death:
                out.add(m.key)
    return out


class DistractorPool:
    """Entities by label over the whole build, with sentence co-occurrence for alias checks."""

    def __init__(self, facts: list[ArticleFacts]) -> None:
        self.facts = facts
        self.index = {id(af): i for i, af in enumerate(facts)}
        self.articles: dict[str, set[int]] = defaultdict(set)
        self.together: set[tuple[str, str]] = set()
        self.words = [_signature(af) for af in facts]
        self._near: dict[int, list[int]] = {}
        self._genders: dict[str, str | None] = {}
        self._order: dict[tuple[int, str, bool, int], list[tuple[str, str, int, int]]] = {}
        self._lemmas: dict[int, list[frozenset[str]]] = {}
        self.by_verb: list[dict[str, set[str]]] = []
        """Per article: main verb lemma -> names in sentences with that verb."""
        families: dict[str, list[str]] = defaultdict(list)
        for i, af in enumerate(facts):
            for e in af.entities.values():
                self.articles[e.key].add(i)
                if e.role:
                    families[e.key].append(e.role)
            self.by_verb.append(_names_by_verb(af))
            for s in af.sentences:
                keys = sorted({m.key for m in s.mentions})
                self.together.update((a, b) for a in keys for b in keys if a != b)
        self.departed = frozenset(k for af in facts for k in _departed(af))
        """People a report says have died: never an option beside the living."""
        #: Role families of people over the whole build, where their articles agree.
        self.roles_seen = {
            key: role for key, found in families.items() if (role := settle(found)) is not None
        }

    def pick(self, c: Candidate, n: int = 3, near: int = 3) -> list[str] | None:
        """Up to ``n`` distractors for ``c``; None when fewer than ``n`` safe ones exist.

        Options come from the same article and its ``near`` closest neighbours only: names from
        unrelated stories are implausible (a footballer offered for a science quote).
        """
        chosen: list[str] = []
        prompt = loose(c.prompt or c.core)
        for key in self._ordered(c, near):
            if len(chosen) == n:
                break
            if key in c.avoid or key == c.answer or self._unsafe(key, c, chosen, prompt):
                continue
            chosen.append(key)
        return chosen if len(chosen) == n else None

    def _ordered(self, c: Candidate, k: int = 25) -> list[str]:
        """Same-article names first, then names from the ``k`` most similar articles.

        For a person: never one whose role family cannot stand beside the answer's (no
        outfield player for a keeper), the same family first, then people of unknown role;
        for a quotation, people the articles quote before people they do not.
        """
        surnames = c.label == "person" and " " not in c.answer
        if c.label == "person":
            return self._people(c, surnames, k)
        return [
            name for name, _, _, _ in self._names(self.index[id(c.facts)], c.label, surnames, k)
        ]

    def _people(self, c: Candidate, surnames: bool, k: int) -> list[str]:
        """People who may stand beside the answer, best first: same role family; then role
        unknown (not for a choice question on someone of known role: a 'right-back' among
        names of unknown role may be offered managers), a family that may stand in, or a
        colleague at the answer's organisation (a club's manager for its chairman's
        quotation); then the same family a few articles further. Within each, the answer's
        article first and, for a quotation, people quoted first."""
        role = self.role(c.facts, c.answer)
        org = self.org(c.facts, c.answer)
        wider = k + _WIDER if role else k
        ranked = []
        for n, (name, key, i, rank) in enumerate(
            self._names(self.index[id(c.facts)], c.label, surnames, wider)
        ):
            theirs = self.role(self.facts[i], key)
            same = role is not None and theirs == role
            colleague = org is not None and org == self.org(self.facts[i], key)
            if not (compatible(role, theirs) or colleague) or (rank > k and not same):
                continue
            if c.type == "multiple_choice" and (role is None) != (theirs is None):
                continue  # 'which right-back ...?': a name of unknown role may be a manager;
                # 'who volleyed Liverpool ahead?', the scorer's job unknown: not the manager
            tier = 0 if same and rank <= k else 2 if same else 1
            quiet = c.type == "quote_attribution" and not self._speaks(i, key)
            ranked.append(((tier, rank > 0, quiet, n), name))
        return [name for _, name in sorted(ranked)]

    def _names(self, i: int, label: str, surnames: bool, k: int) -> list[tuple[str, str, int, int]]:
        """(name shown, entity key, article, its rank) for names of ``label``: article ``i``,
        then its ``k`` nearest; people only with person evidence (a title, role or quote)."""
        key = (i, label, surnames, k)
        if key not in self._order:
            out: dict[str, tuple[str, str, int, int]] = {}
            for rank, j in enumerate([i, *self.near(i)[:k]]):
                same = [
                    e
                    for e in self.facts[j].entities.values()
                    if e.kind == label and (label != "person" or (e.cued and not _org_name(e.key)))
                ]
                for e in sorted(same, key=lambda e: (-e.count, e.key)):
                    name = e.key.split()[-1] if surnames else e.key
                    if len(name) >= 3 and name[:1].isupper():
                        out.setdefault(name, (name, e.key, j, rank))
            self._order[key] = list(out.values())
        return self._order[key]

    def role(self, af: ArticleFacts, key: str) -> str | None:
        """A person's role family: from their article, else from the rest of the build."""
        e = af.entity(key)
        return e.role if e and e.role else self.roles_seen.get(key)

    def org(self, af: ArticleFacts, key: str) -> str | None:
        """The organisation a person's role is tied to in their article ('Chester chairman')."""
        e = af.entity(key)
        return loose(e.org) if e and e.org else None

    def _speaks(self, i: int, key: str) -> bool:
        e = self.facts[i].entity(key)
        return bool(e and e.speaker)

    def near(self, i: int, k: int = 25) -> list[int]:
        """The ``k`` articles whose vocabulary overlaps most with article ``i``."""
        if i not in self._near:
            mine = self.words[i]
            scored = [
                (len(mine & w) / (len(mine | w) or 1), j)
                for j, w in enumerate(self.words)
                if j != i
            ]
            scored.sort(key=lambda sj: (-sj[0], sj[1]))
            self._near[i] = [j for sim, j in scored[:k] if sim >= _MIN_SIMILARITY]
        return self._near[i]

    def _unsafe(self, key: str, c: Candidate, chosen: list[str], prompt: str) -> bool:
        forms = [c.answer, *c.accepted]
        if any(clash(key, f) for f in forms) or any(clash(key, x) for x in chosen):
            return True
        if has_words(prompt, loose(key)):
            return True
        if c.label == "person" and self._spoken_of(key, prompt):
            return True  # 'Paula knows ...', 'the chancellor must ...': not who said it
        if c.label == "person" and len(c.answer.split()) > 1 and len(key.split()) == 1:
            return True
        if c.label == "person" and self._other_gender(key, c):
            return True  # an actress among men gives the key away
        if c.label == "person" and key in self.departed and key != c.answer:
            return True  # Ray Charles (died 2004) is no presenter at the 2005 Oscars
        said = self.by_verb[self.index[id(c.facts)]].get(c.sentence.span.root.lemma_, ())
        if c.type != "quote_attribution" and key in said:
            return True  # the article says the same verb of it: it may be right too
        if c.type == "multiple_choice" and c.label == "person" and self.said_alike(key, c):
            return True
        return c.label not in _NOT_ALIAS_PRONE and self.maybe_alias(key, c.answer)

    def _spoken_of(self, key: str, prompt: str) -> bool:
        """Does the prompt name the person by a part of their name ('Paula') or by the office
        a report writes before it ('Chancellor Gordon Brown' -> 'the chancellor')?"""
        parts = [p for p in key.split() if len(p) >= 3]
        if any(has_words(prompt, loose(p)) for p in parts):
            return True
        titles = {
            t.lower()
            for i in sorted(self.articles.get(key, ()))
            for t in role_titles(self.facts[i], key)
        }
        offices = {o for t in titles for o in _OFFICES if t == o or t.endswith(" " + o)}
        return any(has_words(prompt, loose(f"the {o}")) for o in offices)

    def done_by_another(self, c: Candidate) -> bool:
        """Is another person the subject of the question's main verb in a report naming the
        answer? '_____ has already pleaded guilty to fraud' fits Scott Sullivan as well as
        David Myers when a WorldCom report says Sullivan 'has already pleaded guilty'."""
        root = c.sentence.span.root
        verb = root.lemma_
        if verb in _LIGHT_VERBS or verb in SAY_LEMMAS or root.pos_ != "VERB":
            return False  # what was said tells two speakers apart
        role = _slot(c.sentence, c.answer, root)
        if role is None:
            return False
        for i in sorted(self.articles.get(c.answer, ())):
            af = self.facts[i]
            for s, lemmas in zip(af.sentences, self.lemmas(i), strict=True):
                if s is c.sentence or verb not in lemmas:
                    continue
                people = {m.key for m in s.mentions if _is_person(af, m.key)} - {c.answer}
                if any(_slot(s, key, None, verb) == role for key in people):
                    return True
        return False

    def said_alike(self, key: str, c: Candidate) -> bool:
        """Might the question be true of ``key`` too? 'Who has pleaded guilty to fraud?' offered
        Scott Sullivan, of whom another article says 'has already pleaded guilty'. So: does a
        sentence of the build name ``key`` with the question's main verb anywhere in it?"""
        verb = c.sentence.span.root.lemma_
        if verb in _LIGHT_VERBS:
            return False
        return any(
            s is not c.sentence and verb in lemmas and any(m.key == key for m in s.mentions)
            for i in sorted(self.articles.get(key, ()))
            for s, lemmas in zip(self.facts[i].sentences, self.lemmas(i), strict=True)
        )

    def lemmas(self, i: int) -> list[frozenset[str]]:
        """The lemmas of each sentence of article ``i``, computed once."""
        if i not in self._lemmas:
            self._lemmas[i] = [frozenset(t.lemma_ for t in s.span) for s in self.facts[i].sentences]
        return self._lemmas[i]

    def _other_gender(self, key: str, c: Candidate) -> bool:
        """Could ``key`` be of another gender than the prompt says the answer is ('who was the
        best-paid actor?', 'the women's high jump')? Then it may give the key away. News marks
        women ('actress', 'Ms', 'she') far more often than men, so for a woman's question a
        name must be known as a woman's; for a man's, only known women are left out."""
        core = c.core.split("who said:", 1)[-1] if c.type == "quote_attribution" else c.core
        wanted = prompt_gender(core, pronouns=c.type == "multiple_choice")
        if wanted is None or person_gender(c.facts, c.answer) not in (None, wanted):
            return False  # no cue, or the cue is about someone else
        theirs = self.gender(key)
        if wanted == FEMALE:  # 'the women's high jump': a name not known as a woman may be a man
            return theirs != FEMALE
        return theirs is not None and theirs != wanted  # men are seldom marked as such

    def gender(self, key: str) -> str | None:
        """A person's gender from the first article of the build that gives evidence."""
        if key not in self._genders:
            found = (person_gender(self.facts[i], key) for i in sorted(self.articles[key]))
            self._genders[key] = next((g for g in found if g), None)
        return self._genders[key]

    def maybe_alias(self, a: str, b: str) -> bool:
        """Names that share an article but never a sentence may be one thing under two names."""
        shared = self.articles[a] & self.articles[b]
        return bool(shared) and (a, b) not in self.together

    def supported_swap(self, key: str, lemma: str, facts: list[ArticleFacts]) -> bool:
        """Does any sentence name ``key`` with the same main verb (so the swap may be true)?"""
        for i in sorted(self.articles.get(key, ())):
            for s in facts[i].sentences:
                if s.span.root.lemma_ == lemma and any(m.key == key for m in s.mentions):
                    return True
        return False
