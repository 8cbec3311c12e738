"""Facts: sentences of an article with their resolved entity mentions and exact spans."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quiz.bank.models import Article

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Entity labels we ask about, and the ones that share a distractor pool.
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART")


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
    """A title or role noun precedes the name ("Mr", "striker"): evidence of a person."""


@dataclass
class Entity:
    """An entity of one article: canonical name, label after voting, surface forms seen."""

    key: str
    label: str
    aliases: set[str] = field(default_factory=set)
    count: int = 0


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


@dataclass
class ArticleFacts:
    """Everything the generator knows about one article."""

    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)

    def entity(self, key: str) -> Entity | None:
        """The entity with canonical name ``key``."""
        return self.entities.get(key)
