"""From a checked candidate to a contract Question: context, key shuffle, id, explanation."""

from __future__ import annotations

import hashlib
import html
import random
import re
from collections.abc import Sequence
from itertools import pairwise

from quiz.bank.models import Article, Difficulty, Question, Source
from quiz.facts.kinds import IRREGULAR_DEMONYMS, country_names
from quiz.facts.model import ArticleFacts, Sentence, title_is_real
from quiz.facts.roles import role_titles
from quiz.facts.timeexpr import anchor_relative_time, format_date
from quiz.generate.candidate import QUOTE_FORMS, Candidate
from quiz.generate.cloze import BLANK
from quiz.generate.distractors import has_words, loose
from quiz.generate.frame import frame_for
from quiz.generate.syntax import agree_articles

_LABEL_TAGS = {
    "person": "people",
    "country": "places",
    "place": "places",
    "region": "places",
    "venue": "places",
    "company": "organisations",
    "bank": "organisations",
    "club": "organisations",
    "party": "organisations",
    "body": "organisations",
    "institution": "organisations",
    "organisation": "organisations",
    "event": "events",
    "NUMBER": "numbers",
}
_TYPE_BASE = {
    "true_false": 0,
    "multiple_choice": 1,
    "quote_attribution": 1,
    "fill_blank": 2,
    "numeric": 2,
}


def context(
    article: Article, forms: list[str], event: str | None = None, roles: Sequence[str] = ()
) -> tuple[str, str]:
    """('According to "Title" (1 April 2025)', citation) without leaking any of ``forms``
    or the answer's ``roles`` ('PM apology over jailings' names Tony Blair by his office);
    with ``event``, the report is said to be on it ('..., a report on the Carling Cup')."""
    date = format_date(article.date) if article.date else None
    title = _shown_title(article, forms, roles)
    cite = f"“{article.title}”" + (f" ({date})" if date else "")
    if title:
        on = f", a report on {event}" if event else ""
        return (f"According to “{title}”" + (f" ({date})" if date else "") + on, cite)
    if date or event:
        of = f" of {date}" if date else ""
        return (f"According to a report{of}" + (f" on {event}" if event else ""), cite)
    return ("", cite)


def _shown_title(article: Article, forms: list[str], roles: Sequence[str]) -> str | None:
    """The headline, unless the file has none or it names the answer (a form or a role)."""
    if not title_is_real(article):
        return None
    words = [w for f in forms for w in [f, *_long_words(f)]]
    return None if any(_contains(article.title, w) for w in [*words, *roles]) else article.title


def shows_title(c: Candidate) -> bool:
    """Will the prompt of ``c`` show the article's headline as its context?"""
    return _shown_title(c.facts.article, *_hidden(c)) is not None


def _hidden(c: Candidate) -> tuple[list[str], list[str]]:
    """What the context must not name: the answer's forms (a statement's hidden values) and,
    for a person, the offices the article gives them."""
    forms = [c.answer, *c.accepted] if c.type != "true_false" else c.hide
    roles = role_titles(c.facts, c.answer) if c.label == "person" else []
    return forms, roles


_MINOR = frozenset("the and for of new old big one two van von der de la le".split())


def _long_words(name: str) -> list[str]:
    """Words of a name a title could give away: 'Day' in 'QPR keeper Day heads for Preston'."""
    return [w for w in name.split() if len(w) >= 3 and w.lower() not in _MINOR]


def _contains(text: str, form: str) -> bool:
    return has_words(loose(text), loose(form))


def compose_prompt(c: Candidate) -> str | None:
    """The full prompt with article context; None when relative time cannot be anchored.

    HTML character references some sources keep ('&#163;8m', 'caf&#233;') are shown as the
    characters they stand for; the source quote keeps the article's own text."""
    prompt = _compose(c)
    return html.unescape(prompt) if prompt is not None and "&" in prompt else prompt


def _compose(c: Candidate) -> str | None:
    article = c.facts.article
    quoted = c.form in QUOTE_FORMS
    core = c.core if quoted else anchor_relative_time(c.core, article.date)
    if core is None:
        return None
    core = _ASIDE.sub("", core)
    if not quoted:  # a quotation is shown as said; rewritten text must read well
        core = agree_articles(core, BLANK)
    forms, roles = _hidden(c)
    ctx, _ = context(article, forms, frame_for(c.facts, c.sentence, forms), roles)
    if c.type in ("fill_blank", "numeric") and c.form != "how_many":
        year = c.form == "year_cloze"
        head = "Fill in the blank" if c.type != "numeric" else "Fill in the number"
        head = "Fill in the year" if year else head
        where = f" ({ctx[0].lower()}{ctx[1:]})" if ctx else ""
        unit = f" [{c.unit}]" if c.type == "numeric" and c.unit and not year else ""
        return f"{head}{where}{unit}: {core}"
    if c.type == "true_false":
        return f"True or false? {ctx + ': ' if ctx else ''}{core}"
    if not ctx:
        return core
    return f"{ctx}, {_lower_first(core, c.sentence)}"


_ASIDE = re.compile(
    r",\s*(meanwhile|however|though|too|also|in turn|for example|for instance|moreover)\s*,",
    re.I,
)


def _lower_first(core: str, sent: Sentence) -> str:
    """Lower-case the first word after the context, unless it is a name, acronym or 'I'."""
    first = core.split(" ", 1)[0].rstrip(",")
    if first in ("Who", "Which", "Where", "How", "What", "When") or first.lower() in _FUNCTION:
        return core[:1].lower() + core[1:]
    token = next((t for t in sent.span if t.text == first), None)
    if (
        first == "I"
        or first.isupper()
        or (token is not None and (token.pos_ == "PROPN" or token.ent_type_))
    ):
        return core
    return core[:1].lower() + core[1:]


_FUNCTION = frozenset(
    [
        "after",
        "before",
        "during",
        "in",
        "on",
        "at",
        "for",
        "with",
        "without",
        "while",
        "when",
        "as",
        "since",
        "despite",
        "following",
        "under",
        "over",
        "by",
        "from",
        "amid",
    ]
)


def leaks(c: Candidate) -> bool:
    """Does the prompt give away the answer or an obvious part of it? For a false statement:
    does it keep a trace of the value it replaced ('anti-French' after France was swapped)?"""
    if c.type == "true_false" and c.label == "NUMBER":
        return False  # the figure's own headline is withheld; the statement prints it
    forms = c.hide if c.type == "true_false" else [c.answer, *c.accepted]
    prompt = loose(c.prompt)
    for form in forms:
        if c.label == "NUMBER":  # '70%' under a '70m euro top-up' headline: a guess away
            if has_words(prompt, loose(form)) or re.search(_scaled(form), prompt):
                return True
            continue
        words = loose(form).split()
        if any(len(w) >= 4 and has_words(prompt, w) for w in words):
            return True
        if any(has_words(prompt, f"{a} {b}") for a, b in pairwise(words)):
            return True  # 'Def Jam' of 'Island Def Jam Music Group': short words, one name
        if _stem_or_acronym_leak(c.prompt, form):
            return True
        if c.label == "country" and _demonym_leak(c.prompt, form):
            return True
    return c.label in _MAKER_KINDS and _product_leak(c, forms)


#: Kinds of answer whose products ('Prius', 'Windows XP') name them to anyone who knows.
_MAKER_KINDS = frozenset({"company", "organisation", "name", "club"})


def _scaled(number: str) -> str:
    """The number written with a scale or ordinal after it ('70m', '70bn', '70th')."""
    return rf"(?<![\d.]){re.escape(loose(number))}(?:m|bn|k|st|nd|rd|th)\b"


def _product_leak(c: Candidate, forms: list[str]) -> bool:
    """'its Prius' gives away Toyota, 'Windows XP' Microsoft: a name the article writes right
    after the answer ('Toyota Prius', 'Microsoft's Windows XP') is its product or part."""
    text, prompt = c.facts.article.text, c.prompt
    for form in set(forms):
        after = re.finditer(rf"\b{re.escape(form)}(?:['’]s)? ((?:[A-Z][\w-]+ ?){{1,2}})", text)
        for m in after:
            words = [
                w for w in m.group(1).split() if len(w) >= 3 and w.lower() not in c.facts.plain
            ]
            if any(re.search(rf"\b{re.escape(w)}\b", prompt) for w in words):
                return True
    return False


_DEMONYM = re.compile(r"\b([A-Z][a-z]{2})[a-z]*(?:ish|ese|ian|ians|an|ans|i|ic|ch)\b")


def _demonym_leak(prompt: str, country: str) -> bool:
    """'Finnish TV audiences' gives away 'Finland', 'Spanish' 'Spain' (a nationality word
    that starts like the country), and 'Irish' 'Ireland' (one that does not)."""
    names = {country, *country_names(country)}
    irregular = (c for w, c in IRREGULAR_DEMONYMS.items() if re.search(rf"\b{w}\b", prompt))
    return any(m.group(1) == country[:3] for m in _DEMONYM.finditer(prompt)) or any(
        c in names for c in irregular
    )


def _stem_or_acronym_leak(prompt: str, form: str) -> bool:
    """'Euro'/'Europe', 'Iraqi'/'Iraq', 'USADA'/'US', or the answer's initials in the prompt."""
    words = re.findall(r"[A-Za-z]+", prompt)
    for a in re.findall(r"[A-Za-z]+", form):
        if len(a) >= 4 and any(_shared_stem(a.lower(), w.lower()) for w in words):
            return True
        if a.isupper() and any(w.isupper() and w != a and w.startswith(a) for w in words):
            return True
    parts = form.split()
    initials = "".join(p[0] for p in parts if p[:1].isupper())
    return len(parts) > 1 and len(initials) > 1 and initials in words


def _shared_stem(a: str, w: str) -> bool:
    n = 0
    while n < min(len(a), len(w)) and a[n] == w[n]:
        n += 1
    return n >= 4 and n >= min(len(a), len(w)) - 2


def question_id(c: Candidate) -> str:
    """Stable: the same article, fact and type give the same id across rebuilds."""
    raw = f"{c.facts.article.id}|{c.type}|{c.fact_key}"
    return "q" + hashlib.sha256(raw.encode("utf-8")).hexdigest()[:12]


def to_question(c: Candidate, key_at: int | None = None) -> Question:
    """Finish a candidate: the key at ``key_at`` (or a seeded position), distractors shuffled by
    a seed from its id, sources cited."""
    qid = question_id(c)
    choices = list(c.choices)
    if c.type in ("multiple_choice", "quote_attribution"):
        rng = random.Random(qid)
        others = [x for x in choices if x != c.answer]
        rng.shuffle(others)
        at = key_at if key_at is not None else rng.randrange(len(choices))
        choices = [*others[:at], c.answer, *others[at:]]
    sources = [_source(c.facts, c.sentence, c.antecedent)] + [
        _source(af, s) for af, s in c.extra_sources
    ]
    return Question(
        id=qid,
        type=c.type,
        prompt=c.prompt,
        choices=choices,
        answer=c.answer,
        accepted_answers=[a for a in c.accepted if a != c.answer],
        unit=c.unit if c.type == "numeric" else None,
        explanation=explain(c),
        difficulty=difficulty(c),
        tags=tags(c),
        sources=sources,
    )


def _source(af: ArticleFacts, s: Sentence, antecedent: Sentence | None = None) -> Source:
    start = antecedent.start if antecedent is not None else s.start
    return Source(
        article_id=af.article.id, quote=af.article.text[start : s.end], start=start, end=s.end
    )


def explain(c: Candidate) -> str:
    """'According to “Title” (date): “quote”', plus the corroborating reports. The quote
    reads as the page showed it ('café', not the source's 'caf&#233;')."""
    _, cite = context(c.facts.article, [])
    quote = _source(c.facts, c.sentence, c.antecedent).quote.replace("\n\n", " ")
    quote = html.unescape(quote) if "&" in quote else quote
    text = f"According to {cite}: “{quote}”"
    if c.type == "true_false" and c.answer == "False":
        text = f"False. {text}"
    others = [context(af.article, [])[1] for af, _ in c.extra_sources]
    if others:
        text += " Also reported in " + "; ".join(others) + "."
    return text


def difficulty(c: Candidate) -> Difficulty:
    """Type (true/false easiest, typed hardest), answer salience, and lead position."""
    level = _TYPE_BASE[c.type]
    entity = c.facts.entity(c.answer)
    if entity and entity.count >= 3:
        level -= 1
    elif entity is None or entity.count == 1:
        level += 1
    if c.sentence.index < 2:
        level -= 1
    return "easy" if level <= 0 else "medium" if level == 1 else "hard"


def tags(c: Candidate) -> list[str]:
    """The answer's kind (people, places, numbers...), quotes, and the article's main subjects."""
    out = [_LABEL_TAGS.get(c.label, "facts")]
    if c.type == "quote_attribution":
        out.append("quotes")
    top = sorted(c.facts.entities.values(), key=lambda e: (-e.count, e.key))[:2]
    out.extend(e.key for e in top if e.count >= 2)
    return list(dict.fromkeys(out))
