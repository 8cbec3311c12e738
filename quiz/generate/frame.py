"""The event a story is about, for prompts that would not say which match or awards they mean.

A sentence from the body of a report rarely names its event again ("Casey beat McFadden and
Rice"): the lead does ("... at the Meteor Awards"). When the first two sentences name exactly one
event (a name the tagger calls an event, or one ending in an event word: Awards, Cup, Games,
Marathon, Election, ...), later questions carry it: "According to “Title”, a report on the
Meteor Awards, who beat ...?". Two events in the lead are no frame: which one would be a guess.
Nor is an event that the first sentence leaves out or names only as background ("suspended
before the Athens Olympics"): reviews found such frames naming the wrong event.
"""

from __future__ import annotations

import re

from quiz.facts.model import ArticleFacts, Sentence
from quiz.generate.distractors import has_words, loose

#: Last words of event names (general news usage, not drawn from any one article).
EVENT_HEADS = frozenset(
    "Awards Award Cup Championship Championships Games Olympics Open Prize Prizes Festival "
    "Trophy Marathon Election Elections Summit Conference Oscars Grammys Baftas Brits Emmys "
    "Tournament Final Finals Olympiad Expo Prix Rally Referendum Challenge Classic Series "
    "Race Run Regatta Derby Stakes Tour Meeting".split()
)


def event_of(af: ArticleFacts) -> str | None:
    """The one event the first two sentences of the article name, if exactly one. Names the
    tagger missed count as rivals ('six Independent Spirit Awards, the art-house version of
    the Oscars' names two events, not the Oscars alone)."""
    events = list(dict.fromkeys(k for s in af.sentences[:2] for k in _events_in(s)))
    if len(events) != 1 or not af.sentences or not _news_at(af.sentences[0], events[0]):
        return None
    missed = [n for s in af.sentences[:2] for n in _EVENT_NAME.findall(s.text)]
    if any(not (has_words(loose(n), loose(events[0])) or _inside(n, events[0])) for n in missed):
        return None
    return events[0]


#: Words that make an event the background of the news, not where it happened ('suspended
#: before the Athens Olympics', 'since he won gold at the Athens Olympics'), or still to come.
_BACKGROUND = re.compile(
    r"\b(before|after|since|ahead of|following|until|next|upcoming|forthcoming|will|can|"
    r"hopes?|hoping|aims?|confident|bid to)\b[^.]*$",
    re.I,
)  # and a coming event ('confident of a medal at next week's Championships') is no report


def _news_at(lead: Sentence, event: str) -> bool:
    """Does the lead sentence name the event as where its news happens ('won the 1,000m at the
    Norwich Union Grand Prix'), not as background, nor leave it to the second sentence (a
    Champions League story that mentions the FA Cup after its lead)?"""
    name = event.removeprefix("The ")
    at = lead.text.find(name)
    title = _PERSON_TITLE.match(lead.text[at + len(name) :])  # 'London Marathon runner-up X'
    return at >= 0 and not _BACKGROUND.search(lead.text[:at]) and title is None


#: Words after an event that make it part of someone's description, not the news.
_PERSON_TITLE = re.compile(
    r"\s+(?:runner-up|champion|winner|medallist|finalist|record-holder|organisers?|director)\b",
    re.I,
)


#: A run of capitalised words ending in an event word ('Independent Spirit Awards').
_EVENT_NAME = re.compile(rf"\b(?:[A-Z][\w'’.-]* )+(?:{'|'.join(sorted(EVENT_HEADS))})\b")


def _inside(name: str, event: str) -> bool:
    return has_words(loose(event), loose(name.removeprefix("The ")))


#: Last words of holidays and seasons the tagger calls events.
_HOLIDAY_HEADS = frozenset("Day Eve Christmas Easter Holiday Holidays Week Year Ramadan".split())


def _events_in(sent: Sentence) -> list[str]:
    found = []
    for m in sent.mentions:
        words = m.key.split()
        historic = "War" in words  # 'World War I' is what a film is about, not its event
        holiday = words[-1] in _HOLIDAY_HEADS  # 'New Year's Day' is a date, not an event
        if words[-1] in EVENT_HEADS or (m.label.startswith("EVENT") and len(words) > 1):
            found += [] if historic or holiday else [m.key]
    return found


def frame_for(af: ArticleFacts, sent: Sentence, forms: list[str]) -> str | None:
    """'the Meteor Awards' for a later sentence that does not name the event itself; None when
    the sentence is the lead, names it, or the event would give an answer away."""
    event = event_of(af)
    if event is None or sent.index == 0:
        return None
    said = loose(sent.text)
    if has_words(said, loose(event)) or any(_overlap(event, f) for f in forms):
        return None
    if _events_in(sent):
        return None  # the sentence is about another event ('the London Marathon')
    return event if event.startswith("The ") else f"the {event}"


def _overlap(event: str, form: str) -> bool:
    ev, fo = set(loose(event).split()), set(loose(form).split())
    return bool(ev & fo)


#: A result that means something only in its event: 'Defending champion X', 'X was second',
#: 'with Y in third'. ('the final' is left to the check of definite nouns, which lets a
#: sentence that names its teams through.)
_RESULT = re.compile(
    r"\b(?:defending (?:[\w-]+ )?champion|(?:was|finished|came|placed|ended) (?:a )?"
    r"(?:second|third|fourth|fifth|sixth|runner-up)|in (?:second|third|fourth|fifth|sixth))\b",
    re.I,
)


def unplaced_result(sentence: str, prompt: str) -> bool:
    """Does the prompt give a result ('Kronberg was second') without naming the event it
    was in: no event name in the prompt ('Championships', 'Cup', ...) and no frame?"""
    if not _RESULT.search(sentence):
        return False
    return not (_EVENT_NAME.search(prompt) or "a report on" in prompt)
