"""Wh-questions transformed from the parse: subject, object (do-support), where, how many.

Each builder returns a Candidate, a rejection reason (str) when the transformation applies but
fails a check, or None when the sentence does not have the shape it needs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.facts.coref import owner_in_doubt
from quiz.facts.kinds import WH_BY_KIND
from quiz.facts.model import ArticleFacts, Mention, Sentence
from quiz.generate import syntax as sx
from quiz.generate.candidate import Candidate
from quiz.generate.checks import dangling_reason
from quiz.generate.numbers import number_value

if TYPE_CHECKING:
    from spacy.tokens import Token

_COUNTRIES_HINT = "country"
WHERE_KINDS = frozenset({"country", "place", "venue", "region"})
Result = Candidate | str | None


def kind_for(af: ArticleFacts, m: Mention) -> str | None:
    """The fine kind of the entity a mention resolves to (None: not safe to ask about)."""
    entity = af.entity(m.key)
    return entity.kind if entity and not m.cut else None


def _covers(sent: Sentence, m: Mention, tok: Token) -> bool:
    return tok in sent.tokens_of(m)


def _simple_np(head: Token, m_tokens: list[Token]) -> bool:
    """The NP headed by ``head`` is the mention plus harmless modifiers (no coordination)."""
    sub = list(head.subtree)
    return not any(t.dep_ in ("conj", "cc") for t in sub) and bool(m_tokens)


def subject_question(af: ArticleFacts, sent: Sentence, m: Mention) -> Result:
    """'Antonio Rudiger helped X.' -> 'Who helped X?'"""
    root = sent.span.root
    subj = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    kind = kind_for(af, m)
    if len(subj) != 1 or kind is None or not _covers(sent, m, subj[0]):
        return None
    if root.lemma_ in sx.SAY_LEMMAS or root.pos_ not in ("VERB", "AUX"):
        return None
    s = subj[0]
    if not _simple_np(s, sent.tokens_of(m)):
        return None
    sub = list(s.subtree)
    prefix = sx.clean_prefix(sx.tokens_between(sent.span, sent.span.start, sub[0].i))
    if prefix is None:
        return None
    rest = sx.tokens_between(sent.span, sub[-1].i + 1, sent.span.end)
    rest = sx.trim_end(sx.drop_clausal_conjuncts(root, rest))
    if len(rest) < 3:
        return "predicate too short"
    why = dangling_reason(
        prefix + rest,
        allow_possessive=not owner_in_doubt(af, sent, m.key, prefix + rest),
        subst=sent.subst,
        lone=sent.lone,
        seen=sent.seen,
        titled=sent.titled,
    )
    if why:
        return why
    wh = WH_BY_KIND[kind]
    words: list[Token | str] = [
        *prefix,
        wh if prefix else sx.upper_first(wh),
        *sx.agree_singular(rest),
    ]
    core = sx.finish_question(sx.join(words, sent.subst))
    return _candidate(af, sent, m, "subject", core, prefix + rest)


def object_question(af: ArticleFacts, sent: Sentence, m: Mention) -> Result:
    """'Madrid signed Kylian Mbappe.' -> 'Who did Madrid sign?'"""
    root = sent.span.root
    objs = [c for c in root.children if c.dep_ == "dobj"]
    kind = kind_for(af, m)
    if len(objs) != 1 or kind is None or not _covers(sent, m, objs[0]):
        return None
    if not _simple_np(objs[0], sent.tokens_of(m)):
        return None
    if any(c.dep_ == "conj" and c.pos_ == "VERB" and c.i > objs[0].i for c in root.children):
        return None  # 'who did Benitez defend and give the German team a lifeline?'
    obj_sub = list(objs[0].subtree)
    return _fronted(af, sent, m, "object", WH_BY_KIND[kind], obj_sub[0].i, obj_sub[-1].i + 1)


def where_question(af: ArticleFacts, sent: Sentence, m: Mention) -> Result:
    """'Leipzig lost in Madrid.' -> 'Where did Leipzig lose?'"""
    if kind_for(af, m) not in WHERE_KINDS:
        return None
    root = sent.span.root
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
            continue
        pobj = [c for c in prep.children if c.dep_ == "pobj"]
        if pobj and _covers(sent, m, pobj[0]) and _simple_np(pobj[0], sent.tokens_of(m)):
            sub = list(prep.subtree)
            return _fronted(af, sent, m, "where", "where", sub[0].i, sub[-1].i + 1)
    return None


def how_many_question(af: ArticleFacts, sent: Sentence) -> Result:
    """'Mbappe has scored 32 goals.' -> 'How many goals has Mbappe scored?'"""
    root = sent.span.root
    for child in root.children:
        if child.dep_ not in ("dobj", "nsubj", "nsubjpass") or child.tag_ != "NNS":
            continue
        nums = [c for c in child.children if c.dep_ == "nummod" and c.i < child.i]
        value = number_value(nums[0].text) if len(nums) == 1 and _whole_number(nums[0]) else None
        if value and (re.fullmatch(r"(1[89]|20)\d\d", value) or _det_before(child, nums[0])):
            continue  # 'the 2004 awards' names the awards; it does not count them
        if value is None or any(c.dep_ in ("conj", "cc") for c in child.subtree):
            continue
        if _listed(sent, value):
            return "the count is the number of items the sentence lists"
        if any(c.dep_ in ("quantmod", "advmod", "amod") for c in nums[0].children):
            return "an approximate or relative figure ('more than 310', 'one in six')"
        if any(t.lower_ in _WINDOW for t in child.lefts):  # 'their previous two games'
            return "the count is of a stretch ('previous two games'), not of all of them"
        if any(t.dep_ == "poss" for t in child.lefts):  # "Ciara's four nominations include"
            return "the count belongs to an owner the question would drop"
        if any(t.lower_ in _MORE for t in child.lefts):  # 'three other ex-Columbia executives'
            return "the count is of others, more or the rest: of what is not said"
        if any(
            c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX") for c in root.children
        ):
            return "the sentence joins two statements; a question on one garbles the other"
        left = [t for t in child.lefts if t.dep_ in ("amod", "compound") and t.i > nums[0].i]
        left = sorted({t.i: t for m in left for t in m.subtree}.values(), key=lambda t: t.i)
        phrase = "how many " + sx.join([*left, child])  # 'leading UK video game companies'
        if child.dep_ == "dobj":
            res = _fronted(af, sent, None, "how_many", phrase, child.left_edge.i, child.i + 1)
        else:
            res = _subject_count(af, sent, child, phrase)
        if isinstance(res, Candidate):
            shown = nums[0].text if nums[0].text[:1].isdigit() else value
            res.answer, res.label, res.unit = shown, "NUMBER", child.text
            res.accepted = sorted({value, nums[0].text} - {shown})
            res.type = "numeric"
            res.fact_key = f"{child.lemma_}={value}|{sent.text}"
        return res
    return None


#: 'three other executives', 'two more goals': a count relative to one said before.
_MORE = frozenset("other more further additional remaining extra".split())
#: Words that make a count one of a stretch, not a total ('lost their previous two games').
_WINDOW = frozenset(
    "previous last past first next opening final remaining consecutive successive straight "
    "recent".split()
)


def _listed(sent: Sentence, count: str) -> bool:
    """'The other three nominations are for costume, film editing and sound mixing': the
    sentence lists as many items as it counts, so the count can be read off the prompt."""
    for tok in sent.span:
        if tok.dep_ == "conj":
            continue
        group = 1 + sum(1 for t in tok.subtree if t.dep_ == "conj" and _chain_to(t, tok))
        if group >= 2 and str(group) == count:
            return True
    return False


def _chain_to(tok: Token, head: Token) -> bool:
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.i == head.i


def _whole_number(num: Token) -> bool:
    """'Forty-two films' is split into tokens: 'two' alone is not the number, nor is '30' in
    '30m text messages' (the count is 30 million)."""
    doc = num.doc
    before = doc[num.i - 1] if num.i > 0 else None
    after = doc[num.i + 1] if num.i + 1 < len(doc) else None
    if before is not None and before.text in ("-", "–") and not num.text[:1].isdigit():
        return False
    return not (after is not None and after.lower_ in ("m", "bn", "k", "million", "billion"))


def _det_before(noun: Token, num: Token) -> bool:
    return any(c.dep_ == "det" and c.i < num.i for c in noun.children)


def _subject_count(af: ArticleFacts, sent: Sentence, noun: Token, phrase: str) -> Result:
    rest = sx.tokens_between(sent.span, noun.i + 1, sent.span.end)
    rest = sx.trim_end(sx.drop_clausal_conjuncts(sent.span.root, rest))
    prefix = sx.clean_prefix(sx.tokens_between(sent.span, sent.span.start, noun.left_edge.i))
    if prefix is None or len(rest) < 3 or any(t.i < noun.i and t.head == noun for t in rest):
        return None
    why = dangling_reason(
        prefix + rest, subst=sent.subst, lone=sent.lone, seen=sent.seen, titled=sent.titled
    )
    if why:
        return why
    words: list[Token | str] = [*prefix, phrase if prefix else sx.upper_first(phrase), *rest]
    return _candidate(
        af, sent, None, "how_many", sx.finish_question(sx.join(words, sent.subst)), prefix + rest
    )


def _fronted(
    af: ArticleFacts,
    sent: Sentence,
    m: Mention | None,
    form: str,
    wh: str,
    gap_lo: int,
    gap_hi: int,
) -> Result:
    """Front a wh-phrase for a non-subject gap, with auxiliary inversion or do-support."""
    root = sent.span.root
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subj) != 1 or root.pos_ != "VERB" or root.lemma_ in sx.SAY_LEMMAS:
        return None
    if any(c.dep_ == "neg" for c in root.children):
        return None
    s_sub = list(subj[0].subtree)
    if s_sub[-1].i >= root.i or any(t.dep_ in ("conj", "cc") for t in s_sub):
        return None
    auxes = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    between = [t for t in sx.tokens_between(sent.span, s_sub[-1].i + 1, root.i) if t not in auxes]
    if any(t.is_punct for t in between):
        return None
    if any(t.pos_ == "VERB" for t in s_sub + between):
        return None  # 'would [research claims cutting the limit ...] save': no reader parses it
    tail = [
        t
        for t in sx.tokens_between(sent.span, root.i + 1, sent.span.end)
        if not gap_lo <= t.i < gap_hi
    ]
    tail = sx.trim_end(sx.drop_clausal_conjuncts(root, tail))
    prefix = sx.clean_prefix(sx.tokens_between(sent.span, sent.span.start, s_sub[0].i))
    if prefix is None:
        return None
    subject = [_lower_first(s_sub, sent.subst, af.plain), *s_sub[1:]]
    if auxes:
        verb_part: list[Token | str] = [
            auxes[0].lower_,
            *subject,
            *between,
            *auxes[1:],
            root,
            *tail,
        ]
    else:
        do = sx.do_support(root)
        if do is None:
            return None
        verb_part = [do, *subject, *between, root.lemma_, *tail]
    why = dangling_reason(
        prefix + s_sub + between + tail,
        subst=sent.subst,
        lone=sent.lone,
        seen=sent.seen,
        titled=sent.titled,
    )
    if why:
        return why
    words: list[Token | str] = [*prefix, wh if prefix else sx.upper_first(wh), *verb_part]
    return _candidate(
        af, sent, m, form, sx.finish_question(sx.join(words, sent.subst)), prefix + s_sub + tail
    )


def _lower_first(tokens: list[Token], subst: dict[int, str], plain: frozenset[str]) -> Token | str:
    """The subject's first word once it no longer opens the sentence: 'Police' -> 'police',
    but a name stays ('Hanks', which the tagger took for a noun, is no word the build writes
    in lower case)."""
    first = tokens[0]
    if first.lower_ in ("the", "a", "an") and first.i not in subst:
        return first.text.lower()
    if first.i in subst or first.pos_ == "PROPN" or first.text.isupper() or first.ent_type_:
        return first
    return first.text.lower() if first.lower_ in plain else first


def _candidate(
    af: ArticleFacts,
    sent: Sentence,
    m: Mention | None,
    form: str,
    core: str,
    prompt_tokens: list[Token],
) -> Candidate:
    avoid = {x.key for x in sent.mentions if any(_covers(sent, x, t) for t in prompt_tokens)}
    answer = m.key if m else ""
    entity = af.entity(m.key) if m else None
    accepted = sorted(a for a in (entity.aliases if entity else set()) if a != answer)
    return Candidate(
        type="multiple_choice",
        form=form,
        facts=af,
        sentence=sent,
        core=core,
        answer=answer,
        label=kind_for(af, m) or "?" if m else "NUMBER",
        accepted=accepted,
        avoid=avoid,
        fact_key=f"{answer}|{sent.text}",
        antecedent=sent.antecedent if sent.subst else None,
    )
