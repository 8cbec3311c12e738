"""Relative time ("on Tuesday", "yesterday", "last year") anchored to the article's date.

A prompt may not carry unresolved relative time. With a date we rewrite the phrase to an
absolute one; without a date the phrase cannot be resolved and the caller rejects the prompt.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DAY_RE = "|".join(d.capitalize() for d in _DAYS)

#: Phrases we cannot anchor even with a date; any of them makes a prompt unusable.
_VAGUE = re.compile(
    r"\b(recently|currently|right now|nowadays|these days|earlier this|later this|"
    r"in recent (days|weeks|months|years)|this (week|weekend|morning|afternoon|evening)|"
    r"last (week|weekend|night|season)|next (week|weekend|season)|"
    r"(a|one|two|three|four|five|six|\d+) (days?|weeks?|months?|years?) ago|"
    r"tonight|today|tomorrow|this season|the past (week|month|year)|so far this|"
    r"at the moment|at present|at this stage|(last|next|this) (summer|winter|spring|autumn)|"
    r"(in|during|over) the (summer|winter|spring|autumn)(?! of\b)|"
    r"(during|over|throughout) the (year|month|week|quarter)(?! (to|ending|of)\b)|"
    r"(over|at|during) the weekend|(in|over|after) the new year(?! honours))\b",
    re.I,
)


_COUNTS = "a an one two three four five six seven eight nine ten eleven twelve".split()
_COUNT = rf"(?:{'|'.join(_COUNTS)}|a few|a couple of|several|\d+)"
_SPANS = r"(?:days?|weeks?|months?|years?)"
#: Spans counted from the moment of writing ('within two weeks', 'three days later', 'the
#: past six months'): unanchored unless rewritten against the article's date.
_COUNTED = re.compile(
    rf"\b(?:within {_COUNT} {_SPANS}|(?:next|coming|past|last) {_COUNT} {_SPANS}|"
    rf"{_COUNT} {_SPANS} (?:later|ago|earlier))\b",
    re.I,
)
#: 'in four days' counts from now when it opens the sentence, says "time", or follows a
#: future ('will start in two weeks'); otherwise it is a length ('sold 2m in 12 months').
_IN_SPAN = re.compile(rf"\b[Ii]n {_COUNT} (?:days?|weeks?|months?)\b(?P<time>['’]s? time)?")
_FUTURE = re.compile(r"\b(will|shall|'ll|due|going to|set to|expected to|plans? to)\b", re.I)


def _counted_from_now(text: str) -> bool:
    if _COUNTED.search(text):
        return True
    return any(
        m.start() == 0 or m.group("time") or _FUTURE.search(text[: m.start()])
        for m in _IN_SPAN.finditer(text)
    )


#: The ones that name a day: 'in four days' time' / 'In four days,' and 'four days ago'.
_DAYS_FROM_NOW = re.compile(
    rf"(?:\b[Ii]n (?P<ahead>{_COUNT}) days?(?:['’] time\b|(?=,)))|"
    rf"(?:\b(?P<back>{_COUNT}) days? ago\b)"
)


def _count(word: str) -> int | None:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return {"a": 1, "an": 1}.get(word, _COUNTS.index(word) - 1 if word in _COUNTS[2:] else None)


def _anchor_days(text: str, anchor: dt.date) -> str:
    """'In four days,' -> 'On 5 March 2005,'; 'two days ago' -> 'on 1 March 2005'."""

    def day(m: re.Match[str]) -> str:
        ahead = m.group("ahead")
        n = _count(ahead or m.group("back"))
        if n is None:
            return m.group(0)
        when = anchor + dt.timedelta(days=n if ahead else -n)
        return ("On " if m.group(0)[:1] == "I" else "on ") + format_date(when)

    return _DAYS_FROM_NOW.sub(day, text)


def format_date(day: dt.date) -> str:
    """'1 April 2025' (no leading zero), the style used in prompts and explanations."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _previous_weekday(anchor: dt.date, name: str) -> dt.date:
    delta = (anchor.weekday() - _DAYS.index(name.lower())) % 7
    return anchor - dt.timedelta(days=delta)


def _rules(anchor: dt.date) -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    last_month = anchor.replace(day=1) - dt.timedelta(days=1)
    years = {"last": anchor.year - 1, "this": anchor.year, "next": anchor.year + 1}
    return [
        (  # "Last year's winner" -> "2004's winner"
            re.compile(r"\b(last|this|next) year['’]s\b", re.I),
            lambda m: f"{years[m.group(1).lower()]}'s",
        ),
        (
            re.compile(rf"\bon ({_DAY_RE}),? ({'|'.join(MONTHS)}) (\d{{1,2}})\b"),
            lambda m: f"on {m.group(3)} {m.group(2)} {anchor.year}",
        ),
        (
            re.compile(rf"\b([Oo]n|[Ll]ast) ({_DAY_RE})\b"),
            lambda m: (
                m.group(1)[0].replace("l", "o").replace("L", "O")
                + "n "
                + format_date(_previous_weekday(anchor, m.group(2)))
            ),
        ),
        (
            re.compile(r"\byesterday\b", re.I),
            lambda m: "on " + format_date(anchor - dt.timedelta(days=1)),
        ),
        (re.compile(r"\blast year\b(?!['’])", re.I), lambda m: f"in {anchor.year - 1}"),
        (re.compile(r"\bthis year\b(?!['’])", re.I), lambda m: f"in {anchor.year}"),
        (re.compile(r"\bnext year\b(?!['’])", re.I), lambda m: f"in {anchor.year + 1}"),
        (
            re.compile(r"\blast month\b(?!['’])", re.I),
            lambda m: f"in {MONTHS[last_month.month - 1]} {last_month.year}",
        ),
        (
            re.compile(r"\bthis month\b(?!['’])", re.I),
            lambda m: f"in {MONTHS[anchor.month - 1]} {anchor.year}",
        ),
    ]


_ANY_RELATIVE = re.compile(
    rf"\b(yesterday|(last|this|next) (year|month)|(on|last) ({_DAY_RE}))\b|\b({_DAY_RE})\b", re.I
)


_DROPPABLE = re.compile(
    rf",?\s*\b((on|last|this|next) ({_DAY_RE})(?!,? \d)( (night|morning|afternoon|evening))?|"
    r"yesterday|today|tonight|"
    r"(last|this|next) (week|weekend)|"
    r"(earlier|later) this week|"
    r"(a|one|two|three|four|five|six|\d+) (days?|weeks?|months?|years?) ago)\b(?!['’]s),?",
    re.I,
)
_MONTH_ONLY = re.compile(
    rf"\b(?i:in|on|since|until|by|from|last|this|next|early|late|mid) ({'|'.join(MONTHS)})\b(?!,? \d)"
)


#: 'on Monday 6 December': a date that only lacks its year, not a relative day.
_WEEKDAY_DATE = re.compile(
    rf"\b(?:([Oo]n) )?(?:{_DAY_RE}),? (\d{{1,2}})(?:st|nd|rd|th)? ({'|'.join(MONTHS)})\b"
    r"(,? \d{4})?"
)


def _dated(m: re.Match[str], anchor: dt.date | None) -> str:
    """'on Monday 6 December' -> 'on 6 December 2004' (the year from the article's date)."""
    year = m.group(4) or (f" {anchor.year}" if anchor is not None else "")
    return f"{m.group(1) or 'on'} {m.group(2)} {m.group(3)}{year}"


_POSSESSIVE_TIME = re.compile(
    rf"\b((?:[Ll]ast |[Tt]his |[Nn]ext )?(?:{_DAY_RE})|[Yy]esterday|[Tt]oday|[Tt]omorrow|"
    r"(?:[Ll]ast|[Tt]his|[Nn]ext) week)['’]s\b"
)


#: A participle left alone between commas once its time phrase is gone (', released,').
_STRANDED = re.compile(r",\s+\w+(?:ed|en)\s*[,.]")


def drop_relative_time(text: str) -> str | None:
    """Without a date, drop a separable time phrase ('..., on Tuesday,'); None if one remains.

    "Sunday's meeting" becomes "the meeting".
    """
    text = _POSSESSIVE_TIME.sub(
        lambda m: "The" if _starts_sentence(text, m.start()) else "the", text
    )
    dropped = _DROPPABLE.sub(lambda m: _drop(m, text), text)
    dropped = re.sub(r"\x00\s*(\w)", lambda c: c.group(1).upper(), dropped)
    dropped = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", dropped)).strip(" ,")
    if _ANY_RELATIVE.search(dropped) or _MONTH_ONLY.search(dropped) or _VAGUE.search(dropped):
        return None
    if len(_STRANDED.findall(dropped)) > len(_STRANDED.findall(text)):
        return None  # 'The set, released on Tuesday, features' cannot lose its day
    return dropped[:1].upper() + dropped[1:] if text[:1].isupper() else dropped


def _starts_sentence(text: str, at: int) -> bool:
    """Is ``at`` the start of a sentence of ``text`` (a passage may hold two)?"""
    return at == 0 or re.search(r"[.!?][\"”]?\s+$", text[:at]) is not None


def _drop(m: re.Match[str], text: str) -> str:
    """Drop the phrase, unless it is part of a name ('the Independent on Sunday')."""
    before = text[: m.start()].split()
    if m.group(0).strip(" ,").lower().startswith("on ") and before and before[-1][:1].isupper():
        return m.group(0)
    if before and before[-1].lower() in _GOVERNING and not m.group(0).startswith(","):
        return m.group(0)  # 'at the end of next week': dropping it would leave 'the end of'
    return _keep_comma(m, text)


#: Words that make a time phrase part of a larger phrase, which cannot lose it.
_GOVERNING = frozenset(
    "of at by until till from to before after since for in during within than only just as".split()
)


def _keep_comma(m: re.Match[str], text: str) -> str:
    """Keep one comma where the dropped phrase was set off by one, except at the start of a
    sentence, where the next word takes its capital (marked for ``drop_relative_time``)."""
    at = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
    if _starts_sentence(text, at):
        return "" if at == 0 else " " + _CAPITAL
    return "," if m.group(0).rstrip().endswith(",") else ""


#: Marks where a dropped phrase opened a later sentence of a passage.
_CAPITAL = "\x00"


def anchor_relative_time(text: str, anchor: dt.date | None) -> str | None:
    """Rewrite relative time in ``text`` against ``anchor``; None when it cannot be resolved.

    Without a date, separable time phrases are dropped instead, and a month with no year
    ("in December") cannot be placed, so it makes the text unusable.
    """
    text = _WEEKDAY_DATE.sub(lambda m: _dated(m, anchor), text)
    if anchor is not None:
        text = _anchor_days(text, anchor)
    if _VAGUE.search(text) or _counted_from_now(text):
        return None
    if anchor is None:
        return drop_relative_time(text)
    text = _POSSESSIVE_TIME.sub(
        lambda m: "The" if _starts_sentence(text, m.start()) else "the", text
    )
    for pattern, replace in _rules(anchor):
        text = pattern.sub(replace, text)
    if re.search(rf"\b({_DAY_RE})\b", text) or _ANY_RELATIVE.search(text):
        return None  # a day or 'last month's' left unresolved
    return text
