"""True/false statements: a sentence as written, or with one value swapped for a false one.

A false statement swaps in a same-type value (a person for a person, a number for a nearby
number formatted alike) that no sentence in the corpus states together with the same verb.
"""

from __future__ import annotations

from quiz.facts.model import ArticleFacts, Mention, Sentence
from quiz.generate.candidate import Candidate
from quiz.generate.checks import dangling_reason, inside_quotes, pure_quote, strip_lead
from quiz.generate.wh import kind_for


def statement(
    af: ArticleFacts, sent: Sentence, m: Mention, false_value: str | None, supported: bool
) -> Candidate | str | None:
    """A true statement (``false_value`` None) or one with ``m`` replaced by ``false_value``."""
    why = dangling_reason(list(sent.span), subst=sent.subst, lone=sent.lone)
    if why:
        return why
    text = sent.text
    lo, hi = m.start - sent.start, m.end - sent.start
    if pure_quote(text) or inside_quotes(text, lo):
        return "statement is a quotation"
    if false_value is not None and supported:
        return "swapped value is supported by another sentence"
    if false_value is not None and text[:lo].endswith(("the ", "The ")):
        return "swapped value follows 'the'"
    body = strip_lead(sent.rewrite([] if false_value is None else [(lo, hi, false_value)]))
    answer = "True" if false_value is None else "False"
    return Candidate(
        type="true_false",
        form="tf",
        facts=af,
        sentence=sent,
        core=body,
        answer=answer,
        label=kind_for(af, m) or "?",
        choices=["True", "False"],
        avoid=set(),
        fact_key=f"tf:{m.key}>{false_value}|{sent.text}",
        hide=[m.text, m.key] if false_value is not None else [],
        antecedent=sent.antecedent if sent.subst else None,
    )
