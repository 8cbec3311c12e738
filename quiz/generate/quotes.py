"""Quote attribution: 'Who said: "..."?' for direct speech with a named speaker."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.facts.model import ArticleFacts, Sentence
from quiz.generate.answers import alternatives
from quiz.generate.candidate import Candidate
from quiz.generate.checks import vague_quotation
from quiz.generate.cloze import BLANK
from quiz.generate.distractors import names_in
from quiz.generate.nicknames import other_names
from quiz.generate.syntax import SAY_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Token

_QUOTED = re.compile(r"[\"“]([^\"“”]{25,400})[\"”]")
#: The end of a quotation that began in an earlier sentence: 'We deserved it," said X.'
_QUOTE_TAIL = re.compile(r"^([^\"“”]{25,400}[,.!?])[\"”]")
#: A quotation that opens here and goes on in the next sentence: '"We are pleased.', or
#: after its speaker: 'Mr Campbell said: "I'm glad we were granted the injunction.'
_QUOTE_HEAD = re.compile(r"^[\"“]([^\"“”]{25,400}[.!?])$")
_QUOTE_OPENS = re.compile(r"(?:^|[:,]\s)[\"“]([^\"“”]{25,400}[.!?])$")


#: First words of a quotation that answers or goes on from what was said before it.
_CONTINUING = frozenset("But And So Or Yet However".split())


def quote_question(af: ArticleFacts, sent: Sentence) -> Candidate | str | None:
    """Ask who said a quotation, when a speech verb's subject is a named person.

    A quotation with no speaker of its own ('"We are pleased."') is attributed to the speaker
    of the sentence before, which then opens the source quote so it confirms the answer.
    """
    match = (
        _paired_quotation(sent.text)
        or _QUOTE_TAIL.search(sent.text)
        or _QUOTE_HEAD.search(sent.text)
        or _QUOTE_OPENS.search(sent.text)
    )
    if not match:
        return None
    speaker, resolved = _speaker(af, sent)
    context = sent.antecedent if resolved else None
    if speaker is None:
        speaker, context = _previous_speaker(af, sent)
    if speaker is None:
        return None
    before = sent.text[: match.start(1)].rstrip(' "“')
    if before.endswith(":") and re.search(r"\b(of|about)\b", before):
        return "the quotation is what the speaker told of, maybe someone else's words"
    words = match.group(1).strip().rstrip(",.;:").strip()
    if len(words.split()) < 8 or len(words.split()) > 40:
        return "quotation too short or too long"
    if not words[:1].isupper():
        return "quotation starts mid-sentence"
    if words.split()[0].rstrip(",") in _CONTINUING:
        return "quotation goes on from an earlier one ('But I take each race as it comes')"
    vague = vague_quotation(sent, match.start(1), match.end(1))
    if vague:
        return vague
    entity = af.entity(speaker)
    forms = {speaker} | (entity.aliases if entity else set())
    if names_in(words, forms):
        return "speaker named inside the quotation"
    core = f"Who said: “{words}”?"
    return Candidate(
        type="quote_attribution",
        form="quote",
        facts=af,
        sentence=sent,
        core=core,
        answer=speaker,
        label="person",
        accepted=sorted(f for f in forms if f != speaker),
        avoid={m.key for m in sent.mentions if m.key != speaker},
        fact_key=f"{speaker}|{words}",
        antecedent=context,
    )


def _paired_quotation(text: str) -> re.Match[str] | None:
    """The first quotation whose marks pair up in order: the text between one quotation's
    closing mark and the next one's opening mark ('"bonfire of quangos" New Labour had
    promised, there had been an "explosion"') is not a quotation."""
    marks = [m.start() for m in re.finditer(r"[\"“”]", text)]
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=False):
        if text[open_at] == "”" or text[close_at] == "“":
            return None  # curly marks out of order: do not guess
        found = _QUOTED.match(text, open_at, close_at + 1)
        if found is not None and found.end() == close_at + 1:
            return found
    return None


def _previous_speaker(af: ArticleFacts, sent: Sentence) -> tuple[str | None, Sentence | None]:
    """The named speaker of the previous sentence, if this one is only their quotation."""
    outside = re.sub(r"[\"“][^\"“”]*[\"”]?", "", sent.text)
    if (
        sent.index == 0
        or any(m.label.startswith("PERSON") for m in sent.mentions if m.text in outside)
        or re.search(r"\b(said|says|added)\b", outside)
    ):
        return None, None
    prev = af.sentences[sent.index - 1]
    if not re.search(r"[\"“:]", prev.text):
        return None, None
    speaker, resolved = _speaker(af, prev)
    if speaker is None:
        return None, None
    # the quote must name the speaker: start at the sentence that does
    return speaker, (prev.antecedent if resolved and prev.antecedent else prev)


def _speaker(af: ArticleFacts, sent: Sentence) -> tuple[str | None, bool]:
    """The named speaker of the sentence's speech verb, and whether a pronoun was resolved."""
    offset = sent.start - sent.span.start_char
    for tok in sent.span:
        if tok.lemma_ not in SAY_LEMMAS or tok.pos_ != "VERB":
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if any(k.dep_ == "conj" for c in subjects for k in c.children):
            return None, False  # 'Gary Lightbody and Jonny Quinn said': two right answers
        resolved = [name for c in subjects if (name := _resolved(af, sent, c))]
        if resolved:
            return resolved[0], True
        idxs = [c.idx + offset for c in subjects]
        verb_at = tok.idx + offset
        for m in sent.mentions:
            entity = af.entity(m.key)
            if m.label != "PERSON" or m.cut or entity is None or entity.kind != "person":
                continue  # 'said Villa boss David O'Leary': 'Villa' is no speaker
            if any(m.start <= i < m.end for i in idxs) or _adjacent(af, m.end, verb_at):
                return m.key, False
            inverted = tok.lower_ in ("said", "says", "added", "adds", "asked", "insisted")
            if inverted and _adjacent(af, verb_at + len(tok.text), m.start):
                return m.key, False  # '..." said Mr Parsons' (not 'told La Sexta')
    return None, False


def _resolved(af: ArticleFacts, sent: Sentence, subject: Token) -> str | None:
    """The name a resolved subject stands for: a pronoun's, or a descriptor's ('The former
    PSG attacker' is written as its first word's name; 'Her lawyer' is no one resolved)."""
    if subject.i not in sent.subst:
        return None
    if sent.subst[subject.i]:
        return sent.subst[subject.i]
    first = sent.subst.get(min(t.i for t in subject.subtree), "")
    return first if af.entity(first) is not None else None


def _adjacent(af: ArticleFacts, left_end: int, right_start: int) -> bool:
    """Only spaces between two character offsets ('Parsons said', 'said Parsons')."""
    return 0 <= right_start - left_end <= 2 and not af.article.text[left_end:right_start].strip()


def typed(c: Candidate) -> bool:
    """Turn a quotation with too few people to offer beside its speaker (a build of a few
    articles) into a typed question, '_____ said: “...”'; False if ``c`` is no quotation."""
    if c.type != "quote_attribution" or not c.core.startswith("Who said: "):
        return False
    said = c.core.removeprefix("Who said: ").removesuffix("?")
    c.type, c.form = "fill_blank", "quote_typed"
    other = other_names(c.facts.article.text, c.answer)  # 'Norman Cook - aka Fatboy Slim'
    c.accepted = sorted(set(c.accepted) | alternatives(c.answer, "person") | other)
    c.core = f"{BLANK} said: {said}" + ("" if said[-2:-1] in "?!" else ".")
    return True
