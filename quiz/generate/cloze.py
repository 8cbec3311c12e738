"""Fill-in-the-blank questions: a sentence with one name or one number blanked out."""

from __future__ import annotations

import re

from quiz.facts.model import ArticleFacts, Mention, Sentence
from quiz.generate.candidate import Candidate
from quiz.generate.checks import dangling_reason, inside_quotes, pure_quote, strip_lead
from quiz.generate.distractors import names_in
from quiz.generate.numbers import number_value

BLANK = "_____"
_BLANKABLE = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT"})
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<cur>[$£€])?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<suf>bn|m|k|km|kg|mph|%| per cent| percent| million| billion|st|nd|rd|th)?"
    r"(?![\w.,]*\d)(?![A-Za-z])"
)
_CURRENCY_WORDS = frozenset(["euros", "dollars", "pounds", "yen", "yuan", "rupees", "francs"])
_UNIT_AFTER = re.compile(r"^\s+([a-z]+)")
_SKIP_UNITS = frozenset(
    ["and", "or", "of", "to", "in", "on", "at", "the", "a", "an", "from", "by", "per", "with"]
)


def name_cloze(af: ArticleFacts, sent: Sentence, m: Mention) -> Candidate | str | None:
    """'____ helped Los Blancos win the match.' with the typed answer 'Antonio Rudiger'."""
    if m.label not in _BLANKABLE:
        return None
    entity = af.entity(m.key)
    forms = {m.key, m.text} | (entity.aliases if entity else set())
    text = sent.text
    lo, hi = m.start - sent.start, m.end - sent.start
    if text[lo - 1 : lo] in ("-", "/") or text[hi : hi + 1] in ("-", "/"):
        return "name is part of a compound word"
    if pure_quote(text) or inside_quotes(text, lo):
        return "blank inside a quotation"
    rest = text[:lo] + text[hi:]
    if names_in(rest, forms):
        return "answer appears twice in the sentence"
    tokens = [t for t in sent.span if not (lo <= t.idx - sent.span.start_char < hi)]
    is_subject = any(
        t.dep_.startswith("nsubj") for t in sent.span if lo <= t.idx - sent.span.start_char < hi
    )
    why = dangling_reason(tokens, allow_possessive=is_subject)
    if why:
        return why
    core = strip_lead(text[:lo] + BLANK + text[hi:])
    longer = {f for f in forms if m.text in f and f != m.text}
    return Candidate(
        type="fill_blank",
        form="cloze",
        facts=af,
        sentence=sent,
        core=core,
        answer=m.text,
        label=m.label,
        accepted=sorted(longer),
        avoid={x.key for x in sent.mentions if x.key != m.key},
        fact_key=f"{m.key}|{sent.text}",
    )


def number_clozes(af: ArticleFacts, sent: Sentence) -> list[Candidate | str]:
    """'Profits jumped ____% to $1.13bn.' with the numeric answer '76' and unit '%'."""
    text = sent.text
    found = list(_NUMBER.finditer(text))
    values = [number_value(m.group("num")) for m in found]
    out: list[Candidate | str] = []
    for match, value in zip(found, values, strict=True):
        if value is None or values.count(value) > 1 or _is_year_or_score(text, match):
            continue
        if pure_quote(text) or inside_quotes(text, match.start()) or _in_name(text, match):
            continue
        unit = _unit(text, match)
        if unit is None:
            continue
        tokens = [t for t in sent.span]
        why = dangling_reason(tokens)
        if why:
            out.append(why)
            continue
        lo, hi = match.span("num")
        suf = match.group("suf") or ""
        ordinal = suf in ("st", "nd", "rd", "th")
        if ordinal:
            hi = match.end("suf")
        shown = match.group("num")
        out.append(
            Candidate(
                type="numeric",
                form="number_cloze",
                facts=af,
                sentence=sent,
                core=strip_lead(text[:lo] + BLANK + text[hi:]),
                answer=shown,
                label="NUMBER",
                accepted=sorted({value, shown + suf} - {shown})
                if ordinal or value != shown
                else [],
                unit=unit,
                avoid={x.key for x in sent.mentions},
                fact_key=f"{value}{unit}|{sent.text}",
            )
        )
    return out


def _unit(text: str, match: re.Match[str]) -> str | None:
    cur, suf = match.group("cur") or "", (match.group("suf") or "").strip()
    if suf in ("st", "nd", "rd", "th"):
        after = _UNIT_AFTER.match(text[match.end() :])
        return after.group(1) if after and after.group(1) not in _SKIP_UNITS else None
    if suf in ("m", "bn", "k", "million", "billion"):
        after = _UNIT_AFTER.match(text[match.end() :])
        if after and after.group(1) in _CURRENCY_WORDS:
            return f"{suf} {after.group(1)}"
    if cur or suf:
        return f"{cur}{suf}" if cur else suf
    after = _UNIT_AFTER.match(text[match.end() :])
    if after and after.group(1) not in _SKIP_UNITS:
        return after.group(1)
    return None


def _is_year_or_score(text: str, match: re.Match[str]) -> bool:
    num = match.group("num")
    if not match.group("cur") and not match.group("suf") and re.fullmatch(r"(19|20)\d\d", num):
        return True
    around = text[max(0, match.start() - 1) : match.end() + 2]
    return bool(re.search(r"\d[-–]\d|\d'|\d\+", around))


def _in_name(text: str, match: re.Match[str]) -> bool:
    """'Hot 100 chart', 'Windows 95': a number right after a capitalised word is part of a name."""
    before = text[: match.start()].split()
    return bool(before) and before[-1][:1].isupper() and len(before) > 1
