"""Facts: sentences of an article with their resolved entity mentions and exact spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quiz.bank.models import Article

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: Entity labels we ask about, and the ones that share a distractor pool.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART")


def title_is_real(article: Article) -> bool:
    """False when the title was derived from the first sentence (no title line in the file)."""
    return not (article.title.endswith("…") or article.text.startswith(article.title))


def title_words(article: Article) -> frozenset[str]:
    """The headline's words in lower case, with plurals also as their singular ('cards' ->
    'card'); empty when the article has no headline of its own."""
    if not title_is_real(article):
        return frozenset()
    words = re.findall(r"[a-z][a-z-]*", article.title.lower())
    return frozenset(words + [w[:-1] for w in words if w.endswith("s") and len(w) > 3])


@dataclass
class Mention:
    """One mention of an entity: article character offsets and the entity it resolves to."""

    start: int
    end: int
    text: str
    label: str
    key: str = ""
    """The canonical name of the entity within the article (e.g. "Antonio Rudiger")."""
    cue: bool = False
    """A title or role noun precedes the name ("Mr", "striker"), or the name is the subject of
    a speech verb: evidence of a person."""
    no_link: bool = False
    """A surname after a woman's title: never linked to a full name, which may be her husband's."""
    locative: bool = False
    """The name is the object of 'in', 'at', 'near'... (evidence that it is a place)."""
    org_kind: str | None = None
    """A kind noun right before an organisation's name ("oil firm Yukos" -> company)."""
    org_hint: str | None = None
    """The kind the words around the name point to ("Sony's profits" -> company)."""
    cut: bool = False
    """A capitalised word that is no title runs into the name ('Ard Jan Vetham' tagged as
    'Jan Vetham'): the tagger cut the name short, so it is never an answer."""
    role: str | None = None
    """The family of a job noun tied to the name here ("keeper Roy Carroll" -> goalkeeper)."""
    org: str | None = None
    """The organisation named in that role's phrase ("Chester chairman" -> Chester)."""
    speaker: bool = False
    """The name is the subject of a speech verb."""
    before_role: bool = False
    """A job noun follows the name, or 'the' goes before it ('Villa boss', 'the Villa'): it
    names a group, not a person."""


@dataclass
class Entity:
    """An entity of one article: canonical name, label after voting, surface forms seen."""

    key: str
    label: str
    aliases: set[str] = field(default_factory=set)
    count: int = 0
    cued: bool = False
    """Named with a title or role, as a speaker, or by surname alone: strong evidence of a person."""
    kind: str | None = None
    """Fine kind (person, country, place, company, party, club, body, ...); None if unsure."""
    role: str | None = None
    """A person's role family from the article's own words (see quiz.facts.roles); None if
    the article gives none, or two that do not fit together."""
    org: str | None = None
    """The organisation the article ties that role to ("Chester chairman"), if any."""
    speaker: bool = False
    """The article quotes the person (subject of a speech verb)."""


@dataclass
class Sentence:
    """A parsed sentence with its character span in the article text."""

    index: int
    start: int
    end: int
    span: Span
    text: str
    """The sentence text, exactly as in the article."""
    mentions: list[Mention] = field(default_factory=list)
    subst: dict[int, str] = field(default_factory=dict)
    """Resolved pronouns: token index -> the name to write instead ("his" -> "Rooney's")."""
    refers: dict[int, str] = field(default_factory=dict, repr=False, compare=False)
    """Pronouns left as written because they point to a name in the sentence itself ('Cate
    Blanchett won for her role'): token index -> that name (evidence of gender)."""
    memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    """Checks of the whole sentence, computed once (``quiz.generate.checks.sentence_reason``)."""
    lone: frozenset[int] = frozenset()
    """Token indices of surnames used alone whose full name the article never gives."""
    antecedent: Sentence | None = None
    """The earlier sentence that names the person a resolved pronoun refers to."""
    seen: frozenset[str] = frozenset()
    """Lemmas of the nouns used in earlier sentences: 'the contract' after 'a contract' points back."""
    titled: frozenset[str] = frozenset()
    """Words of the article's headline ('ink' in 'Ink helps drive democracy in Asia'): 'the ink'
    is the headline's ink when a prompt shows the headline."""

    def tokens_of(self, m: Mention) -> list[Token]:
        """The parse tokens of a mention of this sentence (widened to whole tokens)."""
        offset = self.start - self.span.start_char
        span = self.span.doc.char_span(m.start - offset, m.end - offset, alignment_mode="expand")
        return list(span) if span is not None else []

    def quoted(self, offset: int) -> bool:
        """Is character ``offset`` of the sentence inside quotation marks?"""
        before = self.text[:offset]
        return before.count('"') % 2 == 1 or before.count("“") > before.count("”")

    def rewrite(self, edits: list[tuple[int, int, str]] | None = None) -> str:
        """The sentence text with resolved pronouns and ``edits`` (relative char spans) applied."""
        spans = [(lo, hi) for lo, hi, _ in edits or []]
        changes = [
            (t.idx - self.span.start_char, t.idx - self.span.start_char + len(t.text), name)
            for t in self.span
            if t.i in self.subst
            and not any(lo <= t.idx - self.span.start_char < hi for lo, hi in spans)
            for name in [self.subst[t.i]]
        ]
        text = self.text
        for lo, hi, new in sorted([*changes, *(edits or [])], reverse=True):
            text = text[:lo] + new + text[hi:]
        text = re.sub(" {2,}", " ", text).lstrip()
        return text[:1].upper() + text[1:]


@dataclass
class ArticleFacts:
    """Everything the generator knows about one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    acronyms: dict[str, str] = field(default_factory=dict)
    """The article's own acronyms and the long names they stand for ('GM' -> 'General Motors')."""
    genders: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    """Memo of ``quiz.facts.gender.person_gender`` (the article never changes once built)."""
    memo: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)
    """Article-wide findings computed once (``quiz.facts.headline``)."""
    plain: frozenset[str] = frozenset()
    """Words the build uses in lower case ('general'): a name's fragment that is one of them
    means something else ('General' is not 'General Motors')."""

    def entity(self, key: str) -> Entity | None:
        """The entity with canonical name ``key``."""
        return self.entities.get(key)
