"""Fill-in-the-blank questions: a sentence with one name or one number blanked out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.facts.coref import owner_in_doubt
from quiz.facts.kinds import CAPITALS, country_names
from quiz.facts.model import ArticleFacts, Entity, Mention, Sentence
from quiz.facts.spelling import is_slip
from quiz.facts.timeexpr import MONTHS
from quiz.generate.answers import DEMONYM, accepted_forms, fuller_names
from quiz.generate.blanks import blank_tokens, side_detail, title_before, weak_blank
from quiz.generate.candidate import Candidate
from quiz.generate.checks import (
    dangling_reason,
    inside_quotes,
    lead_in,
    pure_quote,
    sentence_reason,
    strip_lead,
    vague_quotation,
)
from quiz.generate.distractors import names_in
from quiz.generate.numbers import number_value
from quiz.generate.syntax import SAY_LEMMAS
from quiz.generate.wh import kind_for

if TYPE_CHECKING:
    pass

BLANK = "_____"
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<cur>[$£€])?(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)"
    r"(?P<suf>bn|m|k|km|kg|mph|%| per cent| percent| million| billion|st|nd|rd|th)?"
    r"(?![\w.,]*\d)(?![A-Za-z])"
)
#: Labels whose names can be typed answers even when their fine kind is unsure.
#: Words a quotation needs before 'said _____' asks about something (as for quote questions).
_MIN_SAID = 8
_TYPED_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC"})
_CURRENCY_WORDS = frozenset(["euros", "dollars", "pounds", "yen", "yuan", "rupees", "francs"])
_UNIT_AFTER = re.compile(r"^\s+([a-z]+(?:-[a-z]+)*)")  # 'e-mails', not 'e'
_SKIP_UNITS = frozenset(
    ["and", "or", "of", "to", "in", "on", "at", "the", "a", "an", "from", "by", "per", "with"]
)


def name_cloze(af: ArticleFacts, sent: Sentence, m: Mention) -> Candidate | str | None:
    """'____ helped Los Blancos win the match.' with the typed answer 'Antonio Rudiger'.

    A typed answer needs no distractors, so a name whose fine kind is unsure ('Google' with no
    'firm' before it) can still be blanked; its kind only matters for choice questions.
    """
    entity = af.entity(m.key)
    kind = kind_for(af, m) or ("name" if _typed_name(entity, m) else None)
    if kind is None:
        return None
    forms = {m.key, m.text} | (entity.aliases if entity else set())
    text = sent.text
    lo, hi = m.start - sent.start, m.end - sent.start
    title = title_before(text, lo)
    if title and " " in m.key:  # 'Mr _____' tells a player nothing: blank the whole name
        lo, forms = lo - len(title), forms | {title + m.text}
    if text[lo - 1 : lo] in ("-", "/") or text[hi : hi + 1] in ("-", "/"):
        return "name is part of a compound word"
    if " " not in m.text and text[:lo].endswith(("the ", "The ")) and _nickname(kind, m, entity):
        return "a one-word name after 'the' is a nickname or a nationality ('the Addicks')"
    if pure_quote(text) or inside_quotes(text, lo):
        return "blank inside a quotation"
    if _says_little(sent):
        return "the quotation is too short to say what was said ('\"That is not the case\"')"
    vague = _reported(sent)
    if vague:
        return vague
    if text[hi:].lstrip().startswith("(") or text[:lo].rstrip().endswith("("):
        return "the blank is explained in brackets next to it"
    why = weak_blank(sent, m, lo, hi, kind) or side_detail(sent, lo, hi, kind)
    if why:
        return why
    if kind == "person" and _OFFICE_BEFORE.search(text[:lo]):
        return "the office before the blank names its holder ('President _____')"
    fuller = fuller_names(af, m.text, entity)
    if len(fuller) > 1:
        return "a name two entities of the article share ('Osbourne': Ozzy or Sharon?)"
    if kind == "person" and " " not in m.key and not fuller:
        return (
            "key is a surname alone: a player may rightly type a full name the article never gives"
        )
    forms |= fuller | _government(sent, lo, hi, m.key)
    rest = sent.rewrite([(lo, hi, "")])
    if names_in(rest, forms):
        return "answer appears twice in the sentence"
    tokens = [t for t in sent.span if not (lo <= t.idx - sent.span.start_char < hi)]
    subject = [t for t in blank_tokens(sent, lo, hi) if t.dep_.startswith("nsubj")]
    reported = any(  # 'Its two-day takings ..., _____ said': 'its' is in what was said
        t.tag_ == "PRP$" and t.i not in sent.subst and t.idx - sent.span.start_char < lo
        for t in tokens
    )
    is_subject = bool(subject) and not (reported and subject[0].head.lemma_ in SAY_LEMMAS)
    why = dangling_reason(
        tokens,
        allow_possessive=is_subject and not owner_in_doubt(af, sent, m.key, tokens),
        subst=sent.subst,
        lone=sent.lone,
        seen=sent.seen,
        titled=sent.titled,
    )
    lead = lead_in(af, sent, why) if why else None
    if why and (lead is None or names_in(lead.rewrite(), forms)):
        return why
    core = strip_lead(sent.rewrite([replace_name(text, lo, hi, BLANK)]))
    if lead is not None:
        core = f"{strip_lead(lead.rewrite())} {core}"  # not 'But The Office missed out ...'
    answer = m.key if (title and " " in m.key) or is_slip(m.text, m.key) else m.text
    return Candidate(
        type="fill_blank",
        form="cloze",
        facts=af,
        sentence=sent,
        core=core,
        answer=answer,
        label=kind,
        accepted=sorted(
            f
            for f in forms | accepted_forms(af, answer, kind)
            if f != answer and len(f) > 1 and not _first_name(f, m.key, kind)
        ),
        avoid={x.key for x in sent.mentions if x.key != m.key},
        fact_key=f"{m.key}|{sent.text}",
        antecedent=lead or (sent.antecedent if sent.subst else None),
    )


#: Offices one person holds at a time: 'President _____' or 'Chancellor _____' is answered
#: from the office, not from the story.
_OFFICE_BEFORE = re.compile(
    r"\b(?:President|Chancellor|Prime Minister|PM|Pope|Premier|Taoiseach) $"
)


def _first_name(form: str, key: str, kind: str) -> bool:
    """'Chris' for 'Chris Rock': a first name alone is too loose to accept as the answer."""
    return kind == "person" and " " not in form and " " in key and key.split()[0] == form


def _government(sent: Sentence, lo: int, hi: int, key: str) -> set[str]:
    """'Washington is thought to fear ...': a capital that acts (a subject) is its country's
    government, so the country is a right answer too ('US', 'United States')."""
    country = CAPITALS.get(key)
    toks = blank_tokens(sent, lo, hi)
    before = toks[0].nbor(-1) if toks and toks[0].i > sent.span.start else None
    subject = any(t.dep_ in ("nsubj", "nsubjpass") for t in toks) and not (
        before is not None and before.lower_ == "the"  # 'The Dublin dates': a modifier
    )
    return {country} | country_names(country) if country and subject else set()


def replace_name(text: str, lo: int, hi: int, value: str) -> tuple[int, int, str]:
    """The edit putting ``value`` (a blank, a swapped name) for the name at ``text[lo:hi]``.

    A bare possessive apostrophe goes with the name it belonged to: "Roberts' novel" becomes
    "Levy's novel" or "_____'s novel", not "Levy' novel" (or a blank hinting at a final s).
    A capital 'The' before the name mid-sentence is written 'the' ("fined by the _____").
    """
    mark = text[hi : hi + 1]
    if lo > 4 and text[lo - 4 : lo] == "The " and text[lo - 6 : lo - 4] not in (". ", '" '):
        lo, value = lo - 4, "the " + value  # 'fined by The Spanish FA': its 'The' is no name
    if mark in ("'", "’") and not text[hi + 1 : hi + 2].isalnum():
        return lo, hi + 1, value + (mark if value.endswith("s") else mark + "s")
    return lo, hi, value


#: A time of day: '0950 GMT', '14:30 BST', '11.15am'.
_CLOCK = re.compile(
    r"\b(?:\d{4} ?(?:GMT|BST|CET)|\d{1,2}[:.]\d{2} ?(?:GMT|BST|CET|ET|EST|am|pm))\b", re.I
)


def askable_numbers(sent: Sentence) -> list[tuple[re.Match[str], str, str] | str]:
    """Numbers worth asking about: (match, value, unit), or the reason one is not."""
    text = sent.text
    found = list(_NUMBER.finditer(text))
    values = [number_value(m.group("num")) for m in found]
    out: list[tuple[re.Match[str], str, str] | str] = []
    for match, value in zip(found, values, strict=True):
        if value is None or values.count(value) > 1 or _is_year_or_score(text, match):
            continue
        if PHONE.search(text):
            continue  # '0800 028 9276': a phone number, not a quantity
        if _CLOCK.search(text):
            out.append("a price at a time of day ('104.76 yen at 0950 GMT') is a passing tick")
            continue
        if _DAY_OF_MONTH.search(text[: match.start()]) or _MONTH_AFTER.match(text[match.end() :]):
            continue  # 'on June 24 and 25', '6 December': a date, not a count
        if pure_quote(text) or inside_quotes(text, match.start()) or _in_name(text, match):
            continue
        bracketed = text[: match.start()].count("(") > text[: match.start()].count(")")
        figures = len(re.findall(r"\d[\d,.]*", text))
        derived = match.group("suf") in ("%", " per cent", " percent") and figures > 2
        if len(found) > 4 or bracketed or _converted(text, match) or derived:
            out.append("other figures in the sentence give the number away")
            continue  # 'up 64 pence, or _____%, at 1130p': the share follows from the others
        unit = _unit(text, match)
        if unit is not None and unit.isalpha() and unit == _word_after(text, match):
            unit = _noun_unit(sent, match.end())  # not '11th annual'; 'voice commands'
        if unit == "minutes" and value in ("45", "90"):
            continue  # 'the opening 45 minutes': a half, or a match, which anyone can tell
        if not match.group("cur") and _EVENT_DISTANCE.match(text[match.end() :]):
            continue  # 'world cross country 4km champion': a side detail of who she is
        if re.search(r"\btop\s*$", text[: match.start()], re.I):
            continue  # 'a list of the top 10 gadgets': 10 is everyone's first guess
        if _SPAN_OF_TIME.match(text[match.end() :]):
            continue  # 'in the 12 months to 31 December': the reporting period, not the news
        if _AGO.match(text[match.end() :]):
            out.append("'_____ days ago' counts back from a day the player does not know")
            continue
        if _RECENT.search(text[: match.start()]):
            out.append("a count of recent periods ('for the last 18 months') frames the news")
            continue
        if _share_price(text, match):
            out.append("a share price is market-tick trivia; its change is the news")
            continue
        if re.search(r"\b(a|an)\s*[$£€]?$", text[: match.start()], re.I):
            out.append("the article before the number would hint at it ('an 8%')")
            continue
        bare = not match.group("cur") and not match.group("suf")
        if unit is not None and not (bare and not _noun_at(sent, match.end())):
            out.append((match, value, unit))
    return out


#: A reporting period after a number ('12 months to 31 December', 'three months ending').
_SPAN_OF_TIME = re.compile(r"\s+(?:months|weeks|quarters|years)\s+(?:to|ending|ended)\b", re.I)
_AGO = re.compile(r"\s+(?:days?|weeks?|months?|years?)\s+ago\b", re.I)
#: 'for the last _____ months', '13 of the club's last _____ games': how far back the news
#: looks, which a player guesses rather than knows.
_RECENT = re.compile(r"\b(?:the|its|their|his|her|[\w-]+['’]s)\s+(?:last|past|previous)\s*$", re.I)
_COMPARE = re.compile(
    r"\b(up|down|from|to|compared|than|against|versus|rise|rises|rose|risen|rising|fall|falls|"
    r"fell|fallen|falling|increase[ds]?|decrease[ds]?|drop|drops|dropped|grew|grow|growth|"
    r"jump(ed|s)?|climb(ed|s)?|slump(ed|s)?|cut|higher|lower|more|less|fewer|"
    r"averag\w*|peak\w*|between|highest|lowest|top(ped)?|record)\b",
    re.I,
)
_SCALE = {"million": "m", "billion": "bn", "per cent": "%", "percent": "%"}


#: A distance in a person's title ('world 4km champion', '400m hurdler'): a side detail of
#: who they are (the event itself, 'won the 800m gold', is still asked).
_EVENT_DISTANCE = re.compile(
    r"\s*(?:m|km|metres?|meters?|miles?)?\s+(?:indoor |outdoor |world |olympic )?"
    r"(?:champion|record holder|hurdler|runner|sprinter|specialist)\b",
    re.I,
)


def _share_price(text: str, match: re.Match[str]) -> bool:
    """'shares were trading down 0.67% at 590 pence', 'shares rose to 6.2 euros', 'Nippon
    Steel lost 2.5% to 270 yen': the price a share stood at, not a company's figure ('£4bn'),
    nor its change ('up 4.5%')."""
    moved = re.search(r"(\bby\s+)?\d[\d.]*%\s+(?:to|at)\s*[$£€]?$", text[: match.start()])
    moved = moved if moved and not moved.group(1) else None  # 'lost 2.5% to 270 yen', not 'by'
    if not moved and not re.search(r"\b(shares?|stock|share price)\b", text, re.I):
        return False
    scaled = (match.group("suf") or "").strip() in ("m", "bn", "k", "million", "billion", "%")
    priced = match.group("cur") or re.match(
        r"\s*(p|pence|cents?|euros?|yen)\b", text[match.end() :]
    )
    after = re.search(r"\b(at|to)\s*[$£€]?$", text[: match.start()]) is not None
    return bool(priced) and not scaled and after


def compared(text: str, match: re.Match[str]) -> bool:
    """'305,775 people, down from 311,764', 'averaged 13.7 million and peaked at 14.2
    million', 'between 59.50 and 80 euro': the number stands against another of its unit.

    Swapping it could reverse the stated direction and betray a false statement.
    """
    for other in _NUMBER.finditer(text):
        if other.span() == match.span() or _is_year_or_score(text, other):
            continue
        if _scale(other) != _scale(match):
            continue
        lo, hi = sorted((match, other), key=lambda x: x.start())
        window = text[max(0, lo.start() - 30) : hi.end() + 30]
        if _COMPARE.search(window):
            return True
    return False


def _scale(match: re.Match[str]) -> tuple[str, str]:
    suf = (match.group("suf") or "").strip()
    return match.group("cur") or "", _SCALE.get(suf, suf)


def number_clozes(af: ArticleFacts, sent: Sentence) -> list[Candidate | str]:
    """'Profits jumped ____% to $1.13bn.' with the numeric answer '76' and unit '%'."""
    out: list[Candidate | str] = []
    for item in askable_numbers(sent):
        if isinstance(item, str):
            out.append(item)
            continue
        match, value, unit = item
        why = sentence_reason(sent)
        lead = lead_in(af, sent, why) if why else None
        if why and (lead is None or value in lead.text):
            out.append(why)
            continue
        lo, hi = match.span("num")
        suf = match.group("suf") or ""
        ordinal = suf in ORDINAL_SUFFIXES
        if ordinal:
            hi = match.end("suf")
        shown = match.group("num")
        out.append(
            Candidate(
                type="numeric",
                form="number_cloze",
                facts=af,
                sentence=sent,
                core=(f"{strip_lead(lead.rewrite())} " if lead else "")
                + strip_lead(sent.rewrite([(lo, hi, BLANK)])),
                answer=shown,
                label="NUMBER",
                accepted=sorted({value, shown + suf} - {shown})
                if ordinal or value != shown
                else [],
                unit=unit,
                avoid={x.key for x in sent.mentions},
                fact_key=f"{value}{unit}|{sent.text}",
                antecedent=lead or (sent.antecedent if sent.subst else None),
            )
        )
    return out


def _nickname(kind: str, m: Mention, entity: Entity | None) -> bool:
    """'The _____ was sent off' (the Italian), 'The _____ did not let their heads drop' (the
    Addicks): a word after 'the' that stands for someone is no name a player would type. A
    name of unsure kind after 'the' may be a common word ('the _____ said')."""
    plural_club = kind == "club" and m.text.endswith("s")
    nationality = (entity is not None and entity.label == "NORP") or bool(DEMONYM.match(m.text))
    return kind == "name" or plural_club or nationality


def _says_little(sent: Sentence) -> bool:
    """'"That is not the case," said _____.': the sentence reports a quotation too short to
    say anything without its context (quote questions need as many words)."""
    said = _said(sent)
    return (
        said is not None
        and sent.span.root.lemma_ in SAY_LEMMAS
        and len(said.group(1).split()) < _MIN_SAID
    )


def _said(sent: Sentence) -> re.Match[str] | None:
    """The quotation a sentence reports: one that opens it, or one after a colon."""
    return re.match(r"\s*([\"“][^\"“”]*[\"”])", sent.text) or re.search(
        r":\s*([\"“][^\"“”]*[\"”])", sent.text
    )


def _reported(sent: Sentence) -> str | None:
    """'"You cannot put them in to the neat little box," said _____': a sentence that reports
    a quotation asks who said it, so the quotation must say enough to tell."""
    said = _said(sent)
    if said is None or sent.span.root.lemma_ not in SAY_LEMMAS:
        return None
    return vague_quotation(sent, said.start(1), said.end(1))


def _typed_name(entity: Entity | None, m: Mention) -> bool:
    """Can a name of unsure kind be a typed answer? A multi-word organisation or title can;
    a one-word organisation ('Nintendo', 'Boeing') when the article names it more than once
    (so the tag is no one-off misreading). Not 'Bishop', 'Britons' or 'Bush'."""
    if entity is None or entity.label not in _TYPED_LABELS or m.cut:
        return False
    return " " in entity.key or (entity.label == "ORG" and entity.count >= 2)


def _word_after(text: str, match: re.Match[str]) -> str:
    after = _UNIT_AFTER.match(text[match.end() :])
    return after.group(1) if after else ""


def _noun_unit(sent: Sentence, end: int) -> str | None:
    """The unit label from the noun after a number: 'goals', 'voice commands'; None if the
    word after is no noun ('11th annual awards')."""
    nxt = next((t for t in sent.span if t.idx - sent.span.start_char >= end), None)
    if nxt is None or nxt.pos_ not in ("NOUN", "ADJ"):
        return None
    last = nxt
    while last.dep_ in ("compound", "amod") and last.head.pos_ == "NOUN" and last.head.i > last.i:
        last = last.head  # 'sports utility vehicles', 'gold medals': the noun counted
    if last.pos_ != "NOUN" or last.i - nxt.i > 3:
        return None
    return sent.span.doc[nxt.i : last.i + 1].text


def _noun_at(sent: Sentence, end: int) -> bool:
    """Is the word after a bare number a noun ('32 goals'), not a verb ('64 failed')?"""
    nxt = next((t for t in sent.span if t.idx - sent.span.start_char >= end), None)
    return nxt is None or nxt.pos_ in ("NOUN", "PROPN", "SYM", "NUM") or not nxt.is_alpha


def _converted(text: str, match: re.Match[str]) -> bool:
    """'$1.85bn (£960m)': a conversion next to the number gives it away, and so does one
    later in its clause with no other figure between ('£59 in the UK (149 euros)')."""
    before = text[: match.start()].rstrip()[-1:]
    converted = _CONVERSION.match(text[match.end() :]) is not None  # '2.9bn euros (£1.99bn)'
    later = _LATER_CONVERSION.match(text[match.end() :]) is not None
    return converted or later or before == "("


#: What follows a number written as an ordinal ('50th').
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
#: A phone number ('0800 028 9276', '020 7946 0958'): its digits count nothing.
PHONE = re.compile(r"\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b")
_MONTHS = "|".join(MONTHS)
_DAY_OF_MONTH = re.compile(rf"\b(?:{_MONTHS})\s+(?:\d{{1,2}}\s*(?:and|or|-|–|to)\s*)?$")
_MONTH_AFTER = re.compile(rf"\s*(?:(?:and|or|-|–|to)\s*\d{{1,2}}\s+)?(?:{_MONTHS})\b")
#: A bracketed figure after a number, past a unit word: '100,000 kroner (£8,000)'.
_CONVERSION = re.compile(r"\s*(?:[A-Za-z]+\s+)?\(\s*(?:[A-Z]{0,3}\s?)?[$£€\d]")
_LATER_CONVERSION = re.compile(
    r"[^\d(),;.]{0,40}\(\s*(?:[A-Z]{0,3}\s?)?[$£€]?\d[\d,.]*\s*(?:[a-z]+\s*)?\)"
)


def _unit(text: str, match: re.Match[str]) -> str | None:
    cur, suf = match.group("cur") or "", (match.group("suf") or "").strip()
    if suf in ORDINAL_SUFFIXES:
        after = _UNIT_AFTER.match(text[match.end() :])
        return after.group(1) if after and after.group(1) not in _SKIP_UNITS else None
    if suf in ("m", "bn", "k", "million", "billion"):
        after = _UNIT_AFTER.match(text[match.end() :])
        if after and after.group(1) in _CURRENCY_WORDS:
            return f"{suf} {after.group(1)}"
    if cur or suf:
        return f"{cur}{suf}" if cur else suf
    after = _UNIT_AFTER.match(text[match.end() :])
    if after and after.group(1) not in _SKIP_UNITS and not after.group(1).endswith("ly"):
        return after.group(1)
    return None


def _is_year_or_score(text: str, match: re.Match[str]) -> bool:
    num = match.group("num")
    if not match.group("cur") and not match.group("suf") and re.fullmatch(r"(19|20)\d\d", num):
        return True
    around = text[max(0, match.start() - 2) : match.end() + 2]
    return bool(re.search(r"\d[-–/]\d|\d'|\d\+", around))  # '3-1', '6/4 favourite'


def _in_name(text: str, match: re.Match[str]) -> bool:
    """'Hot 100 chart', 'Windows 95': a number right after a capitalised word is part of a name."""
    before = text[: match.start()].split()
    last = before[-1].split("-")[-1] if before else ""
    if last in ("No", "No.", "Number", "Formula", "Channel", "Radio"):
        return True  # 'No 10', 'Ex-No 10 media chief
    return bool(before) and before[-1][:1].isupper() and len(before) > 1
