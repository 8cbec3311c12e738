"""Ranking and selection: the best N per article, varied, with duplicates merged or dropped."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from quiz.generate.candidate import Candidate, Rejection
from quiz.generate.distractors import has_words, loose
from quiz.generate.syntax import SAY_LEMMAS

#: Prior quality of each transformation, from reading samples: parse-built wh-questions read
#: most naturally; copied-sentence forms are safest but least interesting.
FORM_WEIGHT = {
    "subject": 3.0,
    "object": 2.8,
    "how_many": 2.9,
    "quote": 2.7,
    "where": 2.4,
    "cloze": 2.0,
    "number_cloze": 2.1,
    "year_cloze": 2.0,
    "tf": 1.9,
    "quote_typed": 1.8,  # who said it, typed with no options: hard, so a blank in the
    # sentence with the speaker's role beside it ('said Amazon's _____') goes first
}
_COPY_FORMS = frozenset({"cloze", "number_cloze", "year_cloze", "tf"})


def score(c: Candidate) -> float:
    """Form prior + early sentences + salient answers - long prompts."""
    entity = c.facts.entity(c.answer)
    salience = min(entity.count, 3) * 0.3 if entity else 0.4
    lead = 1.0 - min(c.sentence.index, 20) / 20
    words = len(c.prompt.split())
    length = -1.0 if words > 35 else (-0.5 if words < 8 else 0.0)
    return FORM_WEIGHT.get(c.form, 1.0) + lead + salience + length


#: Below this many questions an article's caps are relaxed once (short or hard articles).
_THIN = 8


def select(cands: list[Candidate], limit: int, rejected: list[Rejection]) -> list[Candidate]:
    """Greedy pick by score with per-type, per-sentence and per-answer caps.

    Each type's best question goes first (variety). When strict caps leave an article with few
    questions, a second pass lets an answer serve once more (still one question per sentence
    and never the same fact twice). Statements come in true/false pairs; half a pair is
    dropped and the pick made again, so the sentence it held can serve another question.
    """
    ranked = sorted(cands, key=lambda c: (-c.score, c.fact_key, c.type))
    pair = _statement_pairs(ranked)
    unbalanced = {id(c) for c in ranked if c.type == "true_false" and id(c) not in pair}
    for _ in range(3):
        chosen = _pick([c for c in ranked if id(c) not in unbalanced], limit)
        kept = _balance(chosen)
        if len(kept) == len(chosen):
            break
        unbalanced |= {id(c) for c in chosen} - {id(c) for c in kept}  # half a pair got in
    chosen = _balance(chosen)
    chosen = _statements_in(ranked, chosen, limit)
    picked = {id(c) for c in chosen}
    rejected.extend(
        Rejection(
            c.facts.article.id,
            c.form,
            c.prompt,
            _TF_REASON if id(c) in unbalanced else _why_not(c, chosen, limit),
        )
        for c in ranked
        if id(c) not in picked
    )
    return chosen


def _pick(ranked: list[Candidate], limit: int) -> list[Candidate]:
    strict = _Caps(types=_quota(limit))
    chosen = _greedy(_best_of_each_type(ranked), limit, strict, [])  # variety first
    chosen = _greedy(ranked, limit, strict, chosen)
    if len(chosen) < min(limit, _THIN):
        relaxed = _Caps(types=limit)
        chosen = _greedy(ranked, min(limit, _THIN), relaxed, chosen)
        chosen = _fewer_blocks(ranked, min(limit, _THIN), relaxed, chosen)
    return chosen


def _fewer_blocks(
    ranked: list[Candidate], limit: int, caps: _Caps, chosen: list[Candidate]
) -> list[Candidate]:
    """Give up one kept question when that lets more others in: a question on the story's
    own subject blocks every question whose headline or text names that subject."""
    improved = True
    while improved and len(chosen) < limit:
        improved = False
        for c in sorted(chosen, key=lambda c: c.score):
            rest = [o for o in chosen if o is not c]
            refill = _greedy([o for o in ranked if o is not c], limit, caps, rest)
            if len(refill) > len(chosen):
                chosen, improved = refill, True
                break
    return chosen


def _statements_in(ranked: list[Candidate], chosen: list[Candidate], limit: int) -> list[Candidate]:
    """A true/false pair in place of one question: the false statement takes the sentence a
    kept question used, the true one a sentence nothing else could use, so the article gains
    a question. The lowest-ranked such question gives way; at most two pairs per article."""
    caps = _Caps(types=limit) if len(chosen) < min(limit, _THIN) else _Caps(types=_quota(limit))
    for false in (c for c in ranked if c.type == "true_false" and c.answer == "False"):
        if _pairs(chosen) >= 2 or len(chosen) >= limit:
            break
        if false in chosen:
            continue
        held = [o for o in chosen if o.sentence is false.sentence]
        rest = [o for o in chosen if o not in held]
        if len(held) > 1 or _blocked(false, rest, caps):
            continue
        true = next(
            (
                c
                for c in ranked
                if c.type == "true_false"
                and c.answer == "True"
                and c not in chosen
                and _blocked(c, [*rest, false], caps) is None
            ),
            None,
        )
        if true is not None:
            chosen = [*rest, false, true]
    return chosen


def _pairs(chosen: list[Candidate]) -> int:
    return sum(c.type == "true_false" and c.answer == "False" for c in chosen)


def _quota(limit: int) -> int:
    return max(2, math.ceil(limit * 0.35))


_TF_REASON = "true/false balance: statements come in pairs, one true and one false, the best first"


@dataclass(frozen=True)
class _Caps:
    types: int
    per_sentence: int = 1
    """Two questions from one sentence give each other's answers away ('___ signed a motion
    on Edinburgh Airport' next to 'who signed a motion on ___?')."""
    per_answer: int = 2
    """An article's main actor may answer two questions on different facts ('who was
    sent off', 'who scored'); a third reads as the same question again. Two on one fact
    ('___ will deliver the Budget', 'the Budget will be ___'s eighth') are caught as the
    same fact asked another way. A quotation is always its own fact, so a speaker may
    answer one more."""


def _greedy(
    ranked: list[Candidate], limit: int, caps: _Caps, start: list[Candidate]
) -> list[Candidate]:
    chosen = list(start)
    for c in ranked:
        if len(chosen) >= limit:
            break
        if c not in chosen and _blocked(c, chosen, caps) is None:
            chosen.append(c)
    return chosen


def _why_not(c: Candidate, chosen: list[Candidate], limit: int) -> str:
    reason = _blocked(c, chosen, _Caps(types=_quota(limit)))
    return reason or "ranked below the per-article limit"


def _blocked(c: Candidate, chosen: list[Candidate], caps: _Caps) -> str | None:
    same_sentence = [o for o in chosen if o.sentence is c.sentence]
    cap = caps.types if c.type != "true_false" else max(1, caps.types * 2 // 3)
    if sum(o.type == c.type for o in chosen) >= cap:
        return f"type quota reached ({c.type})"
    if len(same_sentence) >= caps.per_sentence or any(o.answer == c.answer for o in same_sentence):
        return "sentence already used"
    copied = [o for o in same_sentence if o.form in _COPY_FORMS]
    if any(o.type == c.type or c.form in _COPY_FORMS for o in copied):
        return "sentence already copied into a question"  # a blank and a statement: one fact
    per_answer = caps.per_answer + (c.type == "quote_attribution")  # each quote is its own fact
    if c.type != "true_false" and sum(_same_answer(o, c) for o in chosen) >= per_answer:
        return "answer already used"
    if any(_gives_away(c, o) or _gives_away(o, c) for o in chosen):
        return "another question of the article prints its answer"
    if any(_similar(c, o) for o in chosen):
        return "near-duplicate of a kept question"
    if any(_same_fact_again(c, o) for o in chosen):
        return "same fact as a kept question, asked another way"
    return None


def _best_of_each_type(ranked: list[Candidate]) -> list[Candidate]:
    """The top candidate of each question type (and of each true/false key), best first."""
    firsts: dict[tuple[str, str], Candidate] = {}
    for c in ranked:
        firsts.setdefault((c.type, c.answer if c.type == "true_false" else ""), c)
    return sorted(firsts.values(), key=lambda c: _RARE_FIRST.index(c.type))


#: The order types get a sentence in the variety pass: the scarce ones first, or the
#: plentiful fill-ins would take every sentence a statement or a choice could be made from.
_RARE_FIRST = ["multiple_choice", "quote_attribution", "numeric", "true_false", "fill_blank"]


def _statement_pairs(ranked: list[Candidate], most: int = 2) -> set[int]:
    """Up to ``most`` pairs of a true and a false statement, each from its own sentence, best
    first: statements come in pairs, so neither 'always True' nor 'always False' pays."""
    tf = [c for c in ranked if c.type == "true_false"]
    pairs: list[Candidate] = []
    for false in (c for c in tf if c.answer == "False"):
        if len(pairs) >= 2 * most or any(_same_fact_again(false, p) for p in pairs):
            continue
        true = next(
            (
                c
                for c in tf
                if c.answer == "True" and not any(_same_fact_again(c, p) for p in [*pairs, false])
            ),
            None,
        )
        if true is not None:
            pairs += [false, true]
    return {id(c) for c in pairs}


def _balance(chosen: list[Candidate], slack: int = 0) -> list[Candidate]:
    """At most ``slack`` more true than false statements or the reverse, so neither 'always
    True' nor 'always False' pays; the best-ranked of each are kept. Per article one
    statement may stand alone; ``balance_bank`` then evens out the whole bank."""
    tf = {k: [c for c in chosen if c.type == "true_false" and c.answer == k] for k in _TF}
    keep = min(len(v) for v in tf.values()) + slack
    dropped = {id(c) for v in tf.values() for c in v[keep:]}
    return [c for c in chosen if id(c) not in dropped]


def balance_bank(chosen: list[Candidate], rejected: list[Rejection]) -> list[Candidate]:
    """Exactly as many true as false statements in the bank: the lowest-ranked of the
    majority go."""
    ranked = sorted(chosen, key=lambda c: (-c.score, c.fact_key, c.type))
    kept = {id(c) for c in _balance(ranked, slack=0)}
    rejected.extend(
        Rejection(c.facts.article.id, c.form, c.prompt, _TF_REASON)
        for c in chosen
        if id(c) not in kept
    )
    return [c for c in chosen if id(c) in kept]


_TF = ("True", "False")


def _span(c: Candidate) -> tuple[int, int]:
    first = c.antecedent if c.antecedent is not None else c.sentence
    return first.start, c.sentence.end


def _same_fact_again(a: Candidate, b: Candidate) -> bool:
    """A fill-in and a multiple choice on one answer from overlapping or neighbouring text ask
    one fact (a quote and a fill-in of its speaker); so does a statement and any question
    from the text it restates."""
    (a0, a1), (b0, b1) = _span(a), _span(b)
    overlap = a0 < b1 and b0 < a1
    if a.type == "true_false" or b.type == "true_false":
        return overlap
    if loose(a.answer) != loose(b.answer):
        return False
    if a.type == b.type == "quote_attribution":
        return overlap or a.core == b.core  # two remarks are two facts, even side by side
    near = a.facts is b.facts and abs(a.sentence.index - b.sentence.index) <= 1
    wa, wb = set(loose(a.sentence.text).split()), set(loose(b.sentence.text).split())
    similar = len(wa & wb) >= 0.5 * min(len(wa), len(wb))
    shared = len(wa & wb) >= 0.25 * min(len(wa), len(wb))
    speech = shared and _speaks(a) and _speaks(b)  # one remark, reported two ways
    return overlap or near or similar or speech or bool(_topic(a) & _topic(b))


def _speaks(c: Candidate) -> bool:
    """Is the question about who said something?"""
    return c.type == "quote_attribution" or c.sentence.span.root.lemma_ in SAY_LEMMAS


def _topic(c: Candidate) -> set[str]:
    """The nouns a question is about besides its answer: 'Budget' in '___ will deliver his
    Budget' and 'the Budget will be ___'s eighth' (one fact about one answer)."""
    answer = set(loose(c.answer).split())
    return {
        t.lemma_.lower()
        for t in c.sentence.span
        if t.pos_ in ("NOUN", "PROPN")
        and t.lemma_.lower() not in answer
        and t.lemma_.lower() not in _COMMON
        and not t.ent_type_
    }


#: Nouns too common to make two questions one fact.
_COMMON = frozenset(
    "year time people way day week month thing man woman world number part place lot "
    "percent cent per % statement spokesman report".split()
)


def _same_answer(a: Candidate, b: Candidate) -> bool:
    """One answer under two spellings ('Jude Bellingham' and 'Bellingham')."""
    if a.type == "true_false" or b.type == "true_false":
        return False
    forms_a = {loose(f) for f in (a.answer, *a.accepted)}
    forms_b = {loose(f) for f in (b.answer, *b.accepted)}
    return loose(a.answer) in forms_b or loose(b.answer) in forms_a


def _gives_away(shown: Candidate, asked: Candidate) -> bool:
    """Does ``shown``'s prompt (its headline, its lead-in sentence, its words) print the
    answer ``asked`` wants? A player who meets both in a round is given it."""
    if asked.type == "true_false":
        return False
    text = loose(shown.prompt)
    forms = {loose(f) for f in (asked.answer, *asked.accepted)}
    return any(len(f) >= 2 and has_words(text, f) for f in forms)


def _similar(a: Candidate, b: Candidate) -> bool:
    """Same fact asked the same way. Two blanks in one sentence ask different facts."""
    ratio = fuzz.ratio(loose(a.prompt), loose(b.prompt))
    return ratio > 88 or (ratio > 70 and a.answer == b.answer)


def corroborate(
    chosen: list[Candidate], rejected: list[Rejection] | None = None
) -> list[Candidate]:
    """The same fact from two articles becomes one question citing both (for statements,
    whichever way each is keyed: both reports state the true fact). The same sentence in two
    reports asked two ways (a blank on 'IBM' in one, on 'Blue Gene/L' in the other) is one
    fact too: the later question goes."""
    kept: list[Candidate] = []
    by_answer: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in chosen:
        # a true and a false statement of one fact from two reports are one fact too
        group = by_answer[(c.type, c.answer if c.type != "true_false" else "")]
        twin = next((o for o in group if o.facts is not c.facts and _same_fact(o, c)), None)
        if twin is not None:
            twin.extra_sources.append((c.facts, c.sentence))
            continue
        if any(o.facts is not c.facts and _same_sentence(o, c) for o in kept):
            if rejected is not None:
                rejected.append(Rejection(c.facts.article.id, c.form, c.prompt, _ASKED_ELSEWHERE))
            continue
        group.append(c)
        kept.append(c)
    return kept


_ASKED_ELSEWHERE = "another report's question asks the same sentence another way"


def _same_sentence(a: Candidate, b: Candidate) -> bool:
    return _overlap(a, b) >= 0.6


def _same_fact(a: Candidate, b: Candidate) -> bool:
    """Two reports' sentences share most words; for one figure in one unit ('shareholders
    lost about $180bn' twice, worded apart), fewer suffice; so for one name, worded apart
    ('Once the country's richest man, Mr Khodorkovsky is on trial for fraud and tax
    evasion' / 'Mr Khodorkovsky, once Russia's richest man, ... charged with fraud and tax
    evasion') when the content words agree and no other name tells the two apart."""
    if _overlap(a, b) >= (0.4 if a.type == "numeric" and a.unit == b.unit else 0.6):
        return True
    return a.type != "true_false" and _retold(a, b)


def _retold(a: Candidate, b: Candidate) -> bool:
    answer = set(loose(a.answer).split())
    wa, wb = _content(a.sentence.text) - answer, _content(b.sentence.text) - answer
    if len(wa & wb) < 0.3 * max(1, len(wa | wb)):
        return False
    na, nb = _others(a), _others(b)
    return not (na and nb and not na & nb)  # 'Academy Awards' / 'Soul Train Awards' differ


def _others(c: Candidate) -> set[str]:
    """The names beside the answer that say which thing a sentence is about (places only say
    where: 'in Moscow' and 'Russia's' tell no two facts apart)."""
    return {
        m.key for m in c.sentence.mentions if m.key != c.answer and m.label not in ("GPE", "LOC")
    }


@lru_cache(maxsize=65536)
def _content(text: str) -> frozenset[str]:
    """Words of four letters or more: what a sentence says, not how."""
    return frozenset(w for w in loose(text).split() if len(w) >= 4)


def _overlap(a: Candidate, b: Candidate) -> float:
    """Shared words over all words of the two questions' sentences."""
    wa, wb = _words(a.sentence.text), _words(b.sentence.text)
    return len(wa & wb) / max(1, len(wa | wb))


@lru_cache(maxsize=65536)
def _words(text: str) -> frozenset[str]:
    return frozenset(loose(text).split())
