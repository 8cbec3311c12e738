"""True/false statements: a sentence as written, or with one value swapped for a false one.

A false statement swaps in a same-type value (a person for a person, a number for a nearby
number formatted alike) that no sentence in the corpus states together with the same verb.
"""

from __future__ import annotations

import random
import re

from quiz.facts.model import ArticleFacts, Mention, Sentence
from quiz.generate.answers import accepted_forms
from quiz.generate.candidate import Candidate
from quiz.generate.checks import inside_quotes, pure_quote, sentence_reason, strip_lead
from quiz.generate.cloze import (
    ORDINAL_SUFFIXES,
    PHONE,
    askable_numbers,
    compared,
    replace_name,
)
from quiz.generate.wh import kind_for


def statement(
    af: ArticleFacts, sent: Sentence, m: Mention, false_value: str | None, supported: bool
) -> Candidate | str | None:
    """A true statement (``false_value`` None) or one with ``m`` replaced by ``false_value``."""
    why = sentence_reason(sent)
    if why:
        return why
    text = sent.text
    lo, hi = m.start - sent.start, m.end - sent.start
    if pure_quote(text) or inside_quotes(text, lo) or _mostly_quoted(text):
        return "statement is a quotation"
    why = _unfit(sent, subject=false_value is None)
    if why:
        return why
    if false_value is None and not _specific(sent):
        return "a true statement needs a checkable detail: a figure or two named things"
    if false_value is not None and supported:
        return "swapped value is supported by another sentence"
    if false_value is not None and text[:lo].endswith(("the ", "The ")):
        return "swapped value follows 'the'"
    body = strip_lead(
        sent.rewrite([] if false_value is None else [replace_name(text, lo, hi, false_value)])
    )
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
        hide=_forms(af, m) if false_value is not None else [],
        antecedent=sent.antecedent if sent.subst else None,
    )


def _unfit(sent: Sentence, subject: bool) -> str | None:
    """Why the sentence makes no statement to judge alone, if it does not: a hedge ('could',
    'may': an opinion), one that adds to another ('the sequel to Meet The Parents, also
    starring ...': copied without the word, it says something else), or, with ``subject``,
    one whose subject names nothing ('Users get a physical token', 'The threat was ...')."""
    if _HEDGES.search(sent.text):
        return "a hedged statement ('could', 'may') is an opinion, not a fact to judge"
    root = sent.span.root
    if any(t.lower_ in _ADDING and t.dep_ == "advmod" and t.head != root for t in sent.span):
        return "a statement that adds to another ('also starring') says something else alone"
    if not subject:
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    offset = sent.start - sent.span.start_char
    named = any(
        m.start - offset >= t.left_edge.idx
        and m.end - offset <= t.right_edge.idx + len(t.right_edge)
        for t in subjects
        for m in sent.mentions
    ) or any(t.i in sent.subst for s in subjects for t in s.subtree)
    return None if named else "a statement whose subject names nothing is true of anything"


_ADDING = frozenset({"also", "too", "either"})


def _forms(af: ArticleFacts, m: Mention) -> list[str]:
    """The replaced value under every name the article gives it: a headline with any of
    them ('Man Utd') tells the player the swapped statement is false."""
    entity = af.entity(m.key)
    names = {m.text, m.key, *(entity.aliases if entity else ())}
    kind = kind_for(af, m) or ""
    return sorted(names.union(*(accepted_forms(af, n, kind) for n in names)))


def _specific(sent: Sentence) -> bool:
    """'High-speed net connections in the UK are proving more popular than ever' is true of
    any year: a statement worth judging ties two named things together, or states a figure."""
    if PHONE.search(sent.text):
        return False  # 'order a new cable by telephoning 0800 028 9276': no fact to judge
    return len({m.key for m in sent.mentions}) >= 2 or bool(re.search(r"\d", sent.text))


#: Lower case only: 'May' is also a month.
_HEDGES = re.compile(r"\b(may|might|could|likely|perhaps|possibly|probably)\b")


def _mostly_quoted(text: str) -> bool:
    """'"I am quite confident," said Claxton.': judging it means judging a quotation."""
    quoted = sum(len(q) for q in re.findall(r"[\"“][^\"“”]*[\"”]", text))
    return quoted > 0.5 * len(text)


def number_statements(af: ArticleFacts, sent: Sentence) -> list[Candidate | str]:
    """'Profits jumped 76%' as written (True) and with a nearby wrong figure (False)."""
    if sentence_reason(sent):
        return []
    why = _unfit(sent, subject=True)
    if why:
        return [why]
    out: list[Candidate | str] = []
    for item in askable_numbers(sent):
        if isinstance(item, str):
            continue
        match, value, unit = item
        shown_as: list[str | None] = [] if _has_true(out) else [None]
        if compared(sent.text, match):  # the figure as written is still a fine true statement
            out.append("a swapped figure could contradict the figure it is compared with")
        elif unit in _DISTANCES:  # 'the 480m' is no event: the false one gives itself away
            out.append("a race distance has set values; a swapped one reads as made up")
        elif _BOUND.search(sent.text[: match.start()]):
            out.append("a bound ('over 11%') stays true of a smaller figure")
        else:
            percent = unit in ("%", "per cent", "percent")
            shown_as.append(
                wrong_number(match.group("num"), af.article.text, f"{sent.text}|{value}", percent)
            )
        lo, hi = match.span("num")
        if (match.group("suf") or "") in ORDINAL_SUFFIXES:  # '50th' -> '62nd', not '62th'
            hi = match.end("suf")
            shown_as = [
                s if s is None else s + ordinal_suffix(int(float(s.replace(",", ""))))
                for s in shown_as
            ]
        for shown in shown_as:
            body = strip_lead(sent.rewrite([] if shown is None else [(lo, hi, shown)]))
            out.append(
                Candidate(
                    type="true_false",
                    form="tf",
                    facts=af,
                    sentence=sent,
                    core=body,
                    answer="True" if shown is None else "False",
                    label="NUMBER",
                    choices=["True", "False"],
                    fact_key=f"tf:{value}{unit}>{shown}|{sent.text}",
                    hide=[sent.text[match.start("num") : match.end()].strip()],
                    antecedent=sent.antecedent if sent.subst else None,
                )
            )
    return out


def ordinal_suffix(n: int) -> str:
    """'st', 'nd', 'rd' or 'th' as English writes it after ``n`` (11th, 21st, 112th)."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


#: Words that make a figure a bound or an estimate: 'over 9%' is true when it was 'over 11%'.
_BOUND = re.compile(
    r"\b(over|more than|less than|fewer than|under|above|below|at least|at most|up to|"
    r"about|around|almost|nearly|roughly|some|approximately|as many as|as much as)\s*[$£€]?$",
    re.I,
)


#: Units of race and event distances ('the 400m hurdles', '1,500 metres').
_DISTANCES = frozenset({"m", "metres", "meters", "km", "miles", "yards"})


def _has_true(out: list[Candidate | str]) -> bool:
    return any(isinstance(o, Candidate) and o.answer == "True" for o in out)


def wrong_number(shown: str, article: str, seed: str, percent: bool = False) -> str:
    """A plausible wrong figure in the same format, stated nowhere in the article: within
    half to twice the figure, and no share over 100% ('180% of Windows machines')."""
    digits = shown.replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    value = float(digits)
    rng = random.Random(seed)
    factors = [0.5, 0.6, 0.75, 1.25, 1.5, 2.0] if value > 12 else []
    steps = [-3, -2, -1, 1, 2, 3] if value <= 12 else []
    options = [value * f for f in factors] + [value + d for d in steps]
    options = [o for o in options if 0.5 * value <= o <= 2 * value and o > 0]
    options = [o for o in options if not percent or o <= 100] or [value * 0.75]
    rng.shuffle(options)
    for option in options:
        text = _format_like(option, decimals, "," in shown)
        if text != shown and not re.search(rf"(?<![\d.,]){re.escape(text)}(?![\d])", article):
            return text
    return _format_like(value + 1, decimals, "," in shown)


def _format_like(value: float, decimals: int, commas: bool) -> str:
    if decimals:
        return f"{value:,.{decimals}f}" if commas else f"{value:.{decimals}f}"
    if value >= 100:  # round like a reporter would: 464,000 -> 350,000, not 348,000
        magnitude = 10 ** (len(str(int(value))) - 2)
        value = round(value / magnitude) * magnitude
    whole = round(value)
    return f"{whole:,}" if commas else str(whole)
