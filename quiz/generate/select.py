"""Ranking and selection: the best N per article, varied, with duplicates merged or dropped."""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from rapidfuzz import fuzz

from quiz.generate.candidate import Candidate, Rejection
from quiz.generate.distractors import loose

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
    "tf": 1.9,
}
_COPY_FORMS = frozenset({"cloze", "number_cloze", "tf"})


def score(c: Candidate) -> float:
    """Form prior + early sentences + salient answers - long prompts."""
    entity = c.facts.entity(c.answer)
    salience = min(entity.count, 3) * 0.3 if entity else 0.4
    lead = 1.0 - min(c.sentence.index, 20) / 20
    words = len(c.prompt.split())
    length = -1.0 if words > 35 else (-0.5 if words < 8 else 0.0)
    return FORM_WEIGHT.get(c.form, 1.0) + lead + salience + length


def select(cands: list[Candidate], limit: int, rejected: list[Rejection]) -> list[Candidate]:
    """Greedy pick by score with per-type, per-sentence and per-answer caps."""
    per_type_cap = max(2, math.ceil(limit * 0.35))
    ranked = sorted(cands, key=lambda c: (-c.score, c.fact_key, c.type))
    types: Counter[str] = Counter()
    per_sentence: dict[int, list[Candidate]] = defaultdict(list)
    answers: Counter[str] = Counter()
    chosen: list[Candidate] = []
    for c in ranked:
        reason = _blocked(c, types, per_sentence[c.sentence.index], answers, per_type_cap, chosen)
        if reason is None and len(chosen) >= limit:
            reason = "ranked below the per-article limit"
        if reason:
            rejected.append(Rejection(c.facts.article.id, c.form, c.prompt, reason))
            continue
        chosen.append(c)
        types[c.type] += 1
        per_sentence[c.sentence.index].append(c)
        answers[c.answer] += 1
    return chosen


def _blocked(
    c: Candidate,
    types: Counter[str],
    same_sentence: list[Candidate],
    answers: Counter[str],
    cap: int,
    chosen: list[Candidate],
) -> str | None:
    if types[c.type] >= cap:
        return f"type quota reached ({c.type})"
    if len(same_sentence) >= 2 or any(o.answer == c.answer for o in same_sentence):
        return "sentence already used"
    if any(o.type == c.type and o.form in _COPY_FORMS for o in same_sentence):
        return "sentence already copied into a question of this type"
    if c.type != "true_false" and answers[c.answer] >= 2:
        return "answer already used twice"
    if any(_similar(c, o) for o in chosen):
        return "near-duplicate of a kept question"
    return None


def _similar(a: Candidate, b: Candidate) -> bool:
    """Same fact asked the same way. Two blanks in one sentence ask different facts."""
    ratio = fuzz.ratio(loose(a.prompt), loose(b.prompt))
    return ratio > 88 or (ratio > 70 and a.answer == b.answer)


def corroborate(chosen: list[Candidate]) -> list[Candidate]:
    """The same fact from two articles becomes one question citing both."""
    kept: list[Candidate] = []
    by_answer: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in chosen:
        group = by_answer[(c.type, c.answer)]
        twin = next((o for o in group if o.facts is not c.facts and _same_fact(o, c)), None)
        if twin is not None:
            twin.extra_sources.append((c.facts, c.sentence))
            continue
        group.append(c)
        kept.append(c)
    return kept


def _same_fact(a: Candidate, b: Candidate) -> bool:
    wa, wb = set(loose(a.sentence.text).split()), set(loose(b.sentence.text).split())
    return len(wa & wb) / max(1, len(wa | wb)) >= 0.6
