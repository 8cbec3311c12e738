"""The build: articles -> facts -> candidates -> checks -> ranking -> a contract Bank.

Overgenerate every transformation the parse supports, reject what fails a check (with a
reason, for ``--report``), rank, keep the best ``max_per_article``, merge corroborated facts.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from quiz import __version__
from quiz.bank.models import Article, Bank, GeneratorInfo, Question
from quiz.facts.extract import _PERSON_CUES, extract_facts
from quiz.facts.model import ArticleFacts, Mention, Sentence
from quiz.facts.nlp import load_pipeline, model_label, model_words
from quiz.facts.timeexpr import anchor_relative_time
from quiz.generate import cloze, quotes, truefalse, wh, years
from quiz.generate.acronyms import explain_acronyms, known_acronyms, unexplained_key
from quiz.generate.assemble import compose_prompt, leaks, question_id, shows_title, to_question
from quiz.generate.blanks import weak_blank
from quiz.generate.candidate import QUOTE_FORMS, Candidate, Rejection
from quiz.generate.checks import leans_on_title, shared_predicate, usable_sentence
from quiz.generate.distractors import DistractorPool, loose
from quiz.generate.frame import unplaced_result
from quiz.generate.select import balance_bank, corroborate, score, select
from quiz.generate.swaps import colleague_swap
from quiz.generate.syntax import SAY_LEMMAS

if TYPE_CHECKING:
    from spacy.language import Language

_MAX_PROMPT_WORDS = 50
_FEMININE = re.compile(r"\b(she|her|herself)\b", re.I)
CHOICE_KINDS = ("multiple_choice", "quote_attribution")


@dataclass
class BuildOptions:
    """Options that change the output; recorded in the bank's generator info."""

    max_per_article: int = 12
    nlp_model: str | None = None
    jobs: int = 1


@dataclass
class BuildOutcome:
    """The bank and every candidate that was rejected, with its reason."""

    bank: Bank
    rejections: list[Rejection] = field(default_factory=list)


def build_bank(
    articles: list[Article],
    options: BuildOptions,
    tick: Callable[[], None] | None = None,
    nlp: Language | None = None,
) -> BuildOutcome:
    """Generate a bank from cleaned articles (deterministic for the same input and options).

    ``nlp`` lets a caller reuse a loaded pipeline (benchmarks); by default it is loaded here.
    """
    nlp = nlp or load_pipeline(options.nlp_model)
    facts = extract_facts(articles, nlp, options.jobs, tick)
    questions, rejected = generate_questions(facts, options.max_per_article, model_words(nlp))
    info = GeneratorInfo(
        version=__version__,
        nlp_model=model_label(nlp),
        options={"max_per_article": options.max_per_article},
    )
    return BuildOutcome(Bank(generator=info, articles=articles, questions=questions), rejected)


def generate_questions(
    facts: list[ArticleFacts], limit: int, lexicon: frozenset[str] | None = None
) -> tuple[list[Question], list[Rejection]]:
    """Questions for parsed articles, best ``limit`` per article, plus the rejections.

    ``lexicon``: the NLP model's vocabulary, telling widely known acronyms (default: the
    pinned model's)."""
    pool = DistractorPool(facts)
    known = known_acronyms(facts, model_words() if lexicon is None else lexicon)
    rejected: list[Rejection] = []
    chosen: list[Candidate] = []
    for af in facts:
        chosen.extend(_article_questions(af, pool, facts, rejected, known, limit))
    questions: dict[str, Question] = {}
    kept = balance_bank(
        corroborate(chosen, rejected), rejected
    )  # after merging: exactly half and half
    places = key_places(kept)
    for c in kept:
        q = to_question(c, places.get(id(c)))
        questions.setdefault(q.id, q)
    return list(questions.values()), rejected


def _article_questions(
    af: ArticleFacts,
    pool: DistractorPool,
    facts: list[ArticleFacts],
    rejected: list[Rejection],
    known: frozenset[str],
    limit: int,
) -> list[Candidate]:
    """One article's best questions. A generator bug on one unusual article costs that
    article's questions (reported with its cause), not the whole build and the bank."""
    try:
        made = _candidates(af, pool, facts, rejected)
        finished = [c for c in made if _finish(c, pool, rejected, known)]
        return select(finished, limit, rejected)
    except Exception as exc:  # reported in the rejection report; the build goes on
        why = f"generator error on this article: {type(exc).__name__}: {exc}"
        rejected.append(Rejection(af.article.id, "article", af.article.title, why))
        return []


def key_places(kept: list[Candidate]) -> dict[int, int]:
    """Where each choice question's key goes: in turn through the positions, in id order, so
    keys are spread exactly evenly over A-D within each type (a seeded shuffle only roughly)."""
    places: dict[int, int] = {}
    for kind in CHOICE_KINDS:
        group = sorted((c for c in kept if c.type == kind), key=question_id)
        for n, c in enumerate(group):
            places[id(c)] = n % len(c.choices)
    return places


def _candidates(
    af: ArticleFacts, pool: DistractorPool, facts: list[ArticleFacts], rejected: list[Rejection]
) -> Iterator[Candidate]:
    for sent in af.sentences:
        why = usable_sentence(sent.span)
        if why:
            rejected.append(Rejection(af.article.id, "sentence", sent.text, why))
        only_quote = why == "unbalanced quotation marks"
        if why and not only_quote:
            continue
        makers = (
            [quotes.quote_question(af, sent)]
            if only_quote
            else _from_sentence(af, sent, pool, facts)
        )
        for res in makers:
            if isinstance(res, Candidate):
                yield res
            elif isinstance(res, str):
                rejected.append(Rejection(af.article.id, "transform", sent.text, res))


def _from_sentence(
    af: ArticleFacts, sent: Sentence, pool: DistractorPool, facts: list[ArticleFacts]
) -> Iterator[Candidate | str | None]:
    mentions = list({m.key: m for m in sent.mentions}.values())
    for m in mentions:
        yield wh.subject_question(af, sent, m)
        yield wh.object_question(af, sent, m)
        yield wh.where_question(af, sent, m)
        yield cloze.name_cloze(af, sent, m)
        yield (
            truefalse.statement(af, sent, m, None, supported=False) if wh.kind_for(af, m) else None
        )
        yield _true_false(af, sent, m, pool, facts)
    yield wh.how_many_question(af, sent)
    yield from truefalse.number_statements(af, sent)
    yield from cloze.number_clozes(af, sent)
    yield from years.year_clozes(af, sent)
    yield quotes.quote_question(af, sent)


def _true_false(
    af: ArticleFacts, sent: Sentence, m: Mention, pool: DistractorPool, facts: list[ArticleFacts]
) -> Candidate | str | None:
    kind = wh.kind_for(af, m)
    if kind is None:
        return None
    entity = af.entity(m.key)
    probe = Candidate(
        type="multiple_choice",
        form="tf",
        facts=af,
        sentence=sent,
        core=sent.text,
        answer=m.key,
        label=kind,
        accepted=sorted(entity.aliases) if entity else [],
        avoid=set(af.entities),  # 'scepticism in the Netherlands' may be true elsewhere in it
    )
    if sent.text[m.end - sent.start :].lstrip().startswith("("):
        return "value is explained in brackets; a swap would contradict them"
    weak = weak_blank(sent, m, m.start - sent.start, m.end - sent.start, kind)
    if weak:
        return weak.replace("blank", "swapped value")
    if _role_before(sent, m):
        return "a role word before the name would make a swap self-betraying ('Actor X')"
    if kind == "person":  # not 'Jesus married Dan Brown', nor an MP 'convicted of ...'
        rival = colleague_swap(af, sent, m)
        if rival is None:
            return "no colleague of the same role to swap in, or the statement is sensitive"
        lemma = sent.span.root.lemma_
        return truefalse.statement(af, sent, m, rival, pool.supported_swap(rival, lemma, facts))
    probe.accepted += [x.text for x in sent.mentions]
    swap = pool.pick(probe, n=1, near=0)
    if not swap:
        return "no safe value to make a false statement"
    supported = pool.supported_swap(swap[0], sent.span.root.lemma_, facts)
    return truefalse.statement(af, sent, m, swap[0], supported)


def _role_before(sent: Sentence, m: Mention) -> bool:
    """'Actor George Michael', 'defender John Terry': the slot is tied to a role."""
    words = sent.text[: m.start - sent.start].split()
    return (
        bool(words)
        and words[-1].strip(",").isalpha()
        and (
            words[-1].lower() in _PERSON_CUES
            or (words[-1][:1].isupper() and len(words) > 1 and words[-1].lower() not in _ARTICLES)
        )
    )


_ARTICLES = frozenset({"the", "a", "an", "and", "or", "but", "by", "with", "from", "to", "of"})


def _finish(
    c: Candidate, pool: DistractorPool, rejected: list[Rejection], known: frozenset[str]
) -> bool:
    reason = _check(c, pool, known)
    if reason:
        rejected.append(Rejection(c.facts.article.id, c.form, c.prompt or c.core, reason))
        return False
    c.score = score(c)
    return True


def _day_dropped(core: str) -> bool:
    return anchor_relative_time(core, None) != core


def _restates_title(c: Candidate) -> bool:
    """Does the statement say what the headline shown with it says? The lead says the
    headline's news at length ('Lufthansa flies back to profit' over 'Lufthansa has returned
    to profit in 2004'): a name and one other word of the headline are enough there."""
    words = {w for w in loose(c.facts.article.title).split() if len(w) >= 4}
    shared = words & set(loose(c.core).split())
    if len(words) >= 2 and len(shared) >= 0.6 * len(words):
        return True
    names = {w for s in c.facts.sentences for m in s.mentions for w in loose(m.text).split()}
    # the lead: the headline's name and one of its other words ('Lufthansa', 'profit')
    return c.sentence.index == 0 and bool(shared & names) and bool(shared - names)


def _reporter(c: Candidate) -> bool:
    """Reviewers count the correspondent or editor who relays the news as page furniture
    ('the BBC's political editor _____'). What an editor says is still asked: a magazine's
    editor is often the source of the story (its survey, its awards)."""
    entity = c.facts.entity(c.answer)
    author = c.facts.article.author or ""
    if c.label == "person" and author.split()[-1:] == c.answer.split()[-1:]:
        return True  # the column's own writer ('technology analyst Bill Thompson')
    press = c.label == "person" and entity is not None and entity.role == "press"
    press = press or _NEWSROOM.search(_before(c)) is not None  # "The BBC's _____ in Mumbai"
    return press and c.type != "quote_attribution"


#: A news outlet's possessive right before a name: its journalist ('The BBC's Zubair Ahmed').
_NEWSROOM = re.compile(
    r"\b(?:BBC|CNN|Reuters|AP|AFP|Sky News|ITV News|Channel 4 News|Al Jazeera|NBC|CBS)"
    r"(?:'s|’s|')\s*$"
)


def _before(c: Candidate) -> str:
    """The sentence text before the answer's first mention in it."""
    m = next((m for m in c.sentence.mentions if m.key == c.answer), None)
    return c.sentence.text[: m.start - c.sentence.start] if m else ""


def _passing_source(c: Candidate) -> bool:
    """Reviewers count the spokesman or analyst behind one passing remark as not worth
    asking ('..., said _____'); a quotation question is about the remark itself."""
    entity = c.facts.entity(c.answer)
    passing = entity is not None and entity.count == 1 and entity.role in ("official", "expert")
    said = c.sentence.span.root.lemma_ in SAY_LEMMAS
    return passing and said and c.type == "fill_blank"


def _check(c: Candidate, pool: DistractorPool, known: frozenset[str]) -> str | None:
    named = c.type in ("fill_blank", "multiple_choice") and c.label != "NUMBER"
    if named and shared_predicate(c.sentence):
        return "'also': the article says the same of another name"
    if c.type == "fill_blank" and c.label == "person" and pool.done_by_another(c):
        return "a report on the story says another person did the same ('pleaded guilty')"
    c.core, unexplained = explain_acronyms(c.facts, c.core, known)
    if c.type == "fill_blank":
        unexplained = unexplained or unexplained_key(c.facts, c.answer, known)
    if unexplained:
        return unexplained
    if c.form not in QUOTE_FORMS and leans_on_title(c.sentence) and not shows_title(c):
        return "'the X' is the headline's, and the headline names the answer"
    prompt = compose_prompt(c)
    if prompt is None:
        return "relative time that the article's date cannot anchor"
    c.prompt = prompt
    if len(prompt.split()) > _MAX_PROMPT_WORDS:
        return "prompt too long"
    if leaks(c):
        return "answer appears in the prompt"
    if c.form not in QUOTE_FORMS and unplaced_result(c.sentence.text, prompt):
        return "a result ('was second', 'defending champion') in an event the prompt never names"
    if _reporter(c):
        return "answer is a journalist covering the story, not a person in the news"
    if _passing_source(c):
        return "answer is a spokesman or analyst named once for a remark, not the news"
    if c.type == "true_false" and _restates_title(c):
        return "statement restates the headline shown with it"
    if c.type == "true_false" and c.facts.article.date is None and _day_dropped(c.core):
        # '91 foxes were killed' without 'on Saturday': of which day? A statement is judged
        # true or false as written, so it keeps its time or is not made
        return "a statement whose day an undated article cannot anchor"
    if c.type in CHOICE_KINDS and c.label == "person" and _FEMININE.search(prompt):
        return "a pronoun in the prompt gives away the answer's gender"
    # A later sentence typed with neither its headline (which names the answer) nor its date
    # leaves the player guessing which story it is from: reviewers accepted a third of these.
    # The event alone does not place it: the answer is then the story's own subject.
    typed_later = c.sentence.index > 0 and c.type not in CHOICE_KINDS
    # the frame, not the source's own 'according to various newspapers'
    placed = re.search(r"according to (“|a report of)", c.prompt[:80], re.I)
    if (c.type in CHOICE_KINDS or c.type == "true_false") and not placed:
        return "no article context can be given without naming the answer"
    if typed_later and not placed:
        return "a later sentence is asked without its headline or date"
    if c.type in CHOICE_KINDS and c.label == "person" and " " not in c.answer:
        # options are then bare surnames too ('Lomax / King / Ostwald / Jeffrey'): reviewers
        # could not tell who they were, and 'Osbourne' beside 'Sharon' had two right answers
        return "a person known only by one name makes options nobody can place"
    if c.type in CHOICE_KINDS:
        picked = pool.pick(c, near=1 if c.type == "multiple_choice" else 3)
        if picked is None and quotes.typed(c):
            return _check(c, pool, known)  # asked as '_____ said: “...”', a typed answer
        if picked is None:
            return "not enough safe distractors of the same type"
        c.choices = [c.answer, *picked]
    return None
