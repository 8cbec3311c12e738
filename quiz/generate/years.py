"""'What year' questions: 'Godzilla first appeared in _____ as a prehistoric lizard.'

A year after 'in', 'since', 'until' or 'by' dates a fact of the story's past or a target of
its future, a classic quiz question. It is asked only when it is the sentence's one year (in
'from 1998 to 2003' each gives the other away), when no figure in the sentence is the news
('sales rose 4% in 2004'), and when it is not the story's own present: the year of the
article's date or the one before it, or, for an undated article, the latest year the article
mentions.
"""

from __future__ import annotations

import re

from quiz.facts.model import ArticleFacts, Sentence
from quiz.generate.candidate import Candidate
from quiz.generate.checks import inside_quotes, lead_in, sentence_reason, strip_lead

BLANK = "_____"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_ASKED = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y) ((?:19|20)\d\d)\b(?![-–/'’]|s\b)")


def year_clozes(af: ArticleFacts, sent: Sentence) -> list[Candidate | str]:
    """The sentence's one askable year as a typed numeric question, or why not."""
    text = sent.text
    found = list(_ASKED.finditer(text))
    if len(found) != 1:
        return []
    match = found[0]
    if len(_YEAR.findall(text)) > 1:
        return ["another year in the sentence gives the year away"]
    if len(re.findall(r"\d+", text.replace(",", ""))) > 1:
        return ["the year only dates a figure ('sales rose 4% in 2004'): the figure is the news"]
    if inside_quotes(text, match.start(1)):
        return []
    year = int(match.group(1))
    if year >= _present(af):
        return ["the story's own present year is no question"]
    why = sentence_reason(sent)
    lead = lead_in(af, sent, why) if why else None
    if why and (lead is None or match.group(1) in lead.text):
        return [why]
    lo, hi = match.span(1)
    core = strip_lead(sent.rewrite([(lo, hi, BLANK)]))
    return [
        Candidate(
            type="numeric",
            form="year_cloze",
            facts=af,
            sentence=sent,
            core=(f"{strip_lead(lead.rewrite())} " if lead else "") + core,
            answer=match.group(1),
            label="NUMBER",
            unit="year",
            avoid={x.key for x in sent.mentions},
            fact_key=f"{year}year|{text}",
            antecedent=lead or (sent.antecedent if sent.subst else None),
        )
    ]


def _present(af: ArticleFacts) -> int:
    """The first year that counts as the story's present or future. For an undated article,
    the latest year it mentions, or the year after the latest one it tells in the past tense
    ('profits fell in 2004'): its forecasts ('higher in 2005') cannot be asked of a player who
    cannot tell when it was written."""
    if af.article.date is not None:
        return af.article.date.year - 1
    years = [int(y) for y in _YEAR.findall(af.article.text)]
    told = [
        int(y) for s in af.sentences if s.span.root.tag_ == "VBD" for y in _YEAR.findall(s.text)
    ]
    if told:
        return min(max(years), max(told) + 1)
    return max(years) if years else 10_000
