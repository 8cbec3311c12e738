"""Checks a prompt must pass: no dangling pronouns or bare descriptors, a usable sentence."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from quiz.facts.binding import expletive
from quiz.facts.extract import _PERSON_CUES
from quiz.facts.model import ArticleFacts, Sentence
from quiz.facts.timeexpr import anchor_relative_time
from quiz.generate.definites import anaphor, has_the, mentioned_before
from quiz.generate.syntax import SAY_LEMMAS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_PERSONAL = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "him",
        "them",
        "we",
        "us",
        "i",
        "me",
        "you",
        "himself",
        "herself",
        "themselves",
    ]
)
_POSSESSIVE = frozenset(["his", "her", "its", "their", "our", "my", "your"])
_DEMONSTRATIVE = frozenset(["this", "these", "those", "that"])
_QUOTE_MARKS = frozenset('"“”')
_NATIONALITY = re.compile(
    r"^(?:[A-Z][a-z]+(man|woman|men|women|ard|ian|ians|ese)|Swede|Dane|Finn|Pole|Scot|Briton|"
    r"Brit|Turk|Greek|Kiwi|Aussie|Swiss|Czech|Serb|Croat|Slovak|Thai|Pakistani|Israeli|Iraqi|"
    r"Kenyan|Spaniard|Swedes|Danes|Finns|Poles|Scots|Britons|Turks|Greeks)$"
)
_AGE = re.compile(r"^\d+-year-old$")
_AGE_TEXT = re.compile(r"\b[Tt]he (\w+ )?\d+\s*-\s*year\s*-\s*old\b(?! \w+ [A-Z])")


def sentence_reason(sent: Sentence) -> str | None:
    """``dangling_reason`` of the whole sentence, as resolved, computed once per sentence."""
    if "dangling" not in sent.memo:
        sent.memo["dangling"] = dangling_reason(
            list(sent.span), subst=sent.subst, lone=sent.lone, seen=sent.seen, titled=sent.titled
        )
    return sent.memo["dangling"]


def dangling_reason(
    tokens: list[Token],
    allow_possessive: bool = False,
    subst: dict[int, str] | None = None,
    lone: frozenset[int] = frozenset(),
    seen: frozenset[str] = frozenset(),
    titled: frozenset[str] = frozenset(),
) -> str | None:
    """Why these prompt tokens would leave a reader guessing (a pronoun, 'the 21-year-old').

    Tokens in ``subst`` are pronouns already resolved to a name, so they are fine. A definite
    noun the headline explains (``titled``: its words) passes here; ``leans_on_title`` then
    asks that the prompt show the headline.
    """
    shown_as = subst or {}
    text = "".join(shown_as.get(t.i, t.text) + t.whitespace_ for t in tokens)
    age = _AGE_TEXT.search(text)
    if age:
        return f"unresolved descriptor '{age.group(0)}'"
    adding = ADDING.match(text.lstrip())
    if adding:
        return f"'{adding.group(0)}' adds to earlier text"
    inside = False
    shown = frozenset(t.i for t in tokens)
    for tok in tokens:
        if tok.text in _QUOTE_MARKS:
            inside = not inside
            continue
        if inside or (subst and tok.i in subst):
            continue
        if tok.i in lone:
            return f"surname '{tok.text}' without a full name in the article"
        low = tok.lower_
        if low in _PERSONAL and tok.pos_ == "PRON":
            return f"dangling pronoun '{tok.text}'"
        if low in _POSSESSIVE and tok.tag_ == "PRP$" and not allow_possessive:
            return f"dangling possessive '{tok.text}'"
        # not a relative 'that' (WDT); but one the tagger calls WDT as the main clause's
        # subject is a demonstrative ('If confirmed, that would be the best showing')
        main_subject = tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"
        demonstrative = low in _DEMONSTRATIVE and (tok.tag_ == "DT" or main_subject)
        if demonstrative and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
            return f"dangling demonstrative '{tok.text}'"
        if _bare_descriptor(tok):
            return f"unresolved descriptor 'the {tok.text}'"
        if _unowned_role(tok) and not any(_organisation(t) for t in tokens):
            return f"'{tok.text}' of no organisation the prompt names ('Factory manager X')"
        why = anaphor(tok, shown) or mentioned_before(tok, seen, shown)
        if why and not headline_thing(tok, titled):
            return why
    return None


#: Parts of an event an ordinal places ('in the 115th minute', 'the second leg'): the event
#: is the one the headline reports.
_ORDINAL = re.compile(r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth|final")
_EVENT_UNITS = frozenset("minute lap round inning innings half leg set over frame hole".split())


def headline_thing(tok: Token, titled: frozenset[str]) -> bool:
    """'The ink' under the headline 'Ink helps drive democracy in Asia', or 'the 115th
    minute' of the match a headline reports: a definite noun the headline makes clear."""
    if not titled or tok.pos_ != "NOUN" or not has_the(tok):
        return False
    if tok.lemma_.lower() in titled or tok.lower_ in titled:
        return True
    ordinal = any(
        c.dep_ == "amod" and (c.ent_type_ == "ORDINAL" or _ORDINAL.fullmatch(c.lower_))
        for c in tok.children
    )
    return ordinal and tok.lemma_.lower() in _EVENT_UNITS


def leans_on_title(sent: Sentence) -> bool:
    """Does the sentence, outside quotations, keep a definite noun only the headline explains
    ('The ink is sprayed on a person's left thumb')? Its prompt must then show the headline."""
    if "title" not in sent.memo:
        leans = any(
            headline_thing(t, sent.titled)
            and (anaphor(t) or mentioned_before(t, sent.seen))
            and t.i not in sent.subst
            and not inside_quotes(sent.text, t.idx - sent.span.start_char)
            for t in sent.span
        )
        sent.memo["title"] = "leans" if leans else None
    return sent.memo["title"] is not None


def _bare_descriptor(tok: Token) -> bool:
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"):
        return False
    kids = [c for c in tok.children if c.dep_ != "punct" and not _age_aside(c)]
    if not kids or any(c.dep_ not in ("det", "amod", "compound") for c in kids):
        return False
    if not any(c.lower_ == "the" for c in kids):
        return False
    text = tok.text
    return text.lower() in _PERSON_CUES or bool(_NATIONALITY.match(text) or _AGE.match(text))


#: Roles that are someone's only at some organisation: 'manager' says nothing without it.
_RELATIONAL = frozenset(
    "manager boss chairman chairwoman chief executive director spokesman spokeswoman "
    "spokesperson head owner president founder coach captain secretary treasurer".split()
)


def _unowned_role(tok: Token) -> bool:
    """'Factory manager Herbert Stueker', 'Boss Henk Addink': a role before a name with no
    organisation of its own ('Everton manager', 'Sony's chief' name theirs)."""
    if tok.lower_ not in _RELATIONAL or tok.dep_ != "compound" or tok.head.pos_ != "PROPN":
        return False
    if tok.lower_ == "director" and not any(c.dep_ in ("compound", "amod") for c in tok.children):
        return False  # 'Director Oday Rasheed': a film director, a profession of its own
    return not any(
        c.pos_ == "PROPN" or c.ent_type_ or c.dep_ == "poss" for c in tok.subtree if c.i != tok.i
    )


def _organisation(tok: Token) -> bool:
    """A word of a named organisation or country ('IAAF', 'Sony', 'Germany')."""
    return tok.ent_type_ in ("ORG", "GPE", "NORP") or (tok.is_upper and len(tok.text) > 1)


def _age_aside(tok: Token) -> bool:
    """', 24,' after 'The England international': an age, which says nothing of who."""
    return (
        tok.dep_ in ("appos", "npadvmod", "amod", "nummod") and tok.like_num and tok.i > tok.head.i
    )


def shared_predicate(sent: Sentence) -> bool:
    """'Cold weather across Europe has also put pressure on prices': 'also' says the article
    says the same of something else (the US), so a name asked from it has a second right
    answer. (A speaker who 'also said' adds words, not a rival.)"""
    return sent.span.root.lemma_ not in SAY_LEMMAS and any(
        t.lower_ in ("also", "too")
        and t.dep_ == "advmod"
        and not sent.quoted(t.idx - sent.span.start_char)
        for t in sent.span
    )


def usable_sentence(span: Span) -> str | None:
    """Why a sentence cannot be a question source (too short, a question, unbalanced)."""
    text = span.text.strip()
    words = len([t for t in span if not t.is_punct])
    if words < 6:
        return "sentence too short"
    if words > 45:
        return "sentence too long"
    if span.root.pos_ not in ("VERB", "AUX"):
        return "no main verb: a caption or fragment, not a statement"
    if _says_nothing(span):
        return "a speech verb with nothing said ('Holmes asked in the New Year.')"
    if _subordinate_only(span):
        return "a subordinate clause alone ('While X will go head-to-head in the 60m.')"
    if _NO_COMMENT.search(text):
        return "a refusal to comment is no fact ('Akamai declined to comment')"
    ours = _NEWSROOM_OURS.search(text)
    if ours and not inside_quotes(text, ours.start()):
        return "the newsroom speaking of itself ('after our exclusive interview')"
    if text.endswith((":", ";", ",")):
        return "sentence introduces something else"
    if text[-1:] not in ".!?\"”’')…":
        return "sentence cut short: no closing punctuation ('... include Band Aid's')"
    if text.endswith("?") or text.endswith('?"'):
        return "sentence is itself a question"
    if not (text[:1].isupper() or text[:1] in "\"“‘'"):
        return "sentence fragment"
    if (text.count('"') % 2) or text.count("“") != text.count("”"):
        return "unbalanced quotation marks"
    if text.count("(") != text.count(")"):
        return "unbalanced parentheses"
    return None


_SPEECH = SAY_LEMMAS | {"ask", "reply", "answer", "comment"}
#: Words that make a clause hang on another one: with no main clause, a fragment.
_SUBORDINATORS = frozenset("while whilst although though because whereas unless if".split())
#: Saying nothing: reviewers fail every question on it ('could not comment on individual cases').
_NO_COMMENT = re.compile(
    r"\b(?:declined|refused|(?:would|could|will|can)(?: not|n't)|(?:was|were) unable|"
    r"(?:was|were) not available|unavailable) (?:to |for )?comment\b",
    re.I,
)
_SAID = frozenset({"ccomp", "xcomp", "dobj", "attr", "dative", "advcl", "parataxis", "conj"})


#: The publication's own voice outside quotations: page furniture, not news.
_NEWSROOM_OURS = re.compile(
    r"\bour (?:own )?(?:exclusive|interview|website|site|coverage|poll|"
    r"survey|special|guide|series|readers|viewers|listeners|team of)\b",
    re.I,
)


def _subordinate_only(span: Span) -> bool:
    """'While X will go head-to-head in the 60m.': a clause that hangs on none. The parse may
    hide it ('medallists' read as a verb), so an opening subordinator with no comma after it
    counts too."""
    if any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in span.root.children):
        return True
    first = span[0]
    return first.lower_ in _SUBORDINATORS and first.pos_ == "SCONJ" and "," not in span.text


def _says_nothing(span: Span) -> bool:
    root = span.root
    said = any(c.dep_ in _SAID for c in root.children) or any(q in span.text for q in '"“”')
    return root.lemma_ in _SPEECH and not said


_LEAD = re.compile(
    r"^(?:(?:But|And|However|Meanwhile|Yet|So(?! far\b)|Also|Still|Instead|Now|Indeed|"
    r"Nevertheless),?|(?:Elsewhere|First|Firstly|Secondly|Thirdly|Finally|Separately|Plus|"
    r"Overall|In all|In total|Altogether),)"
    r"\s+(?=\S)"
)
#: Openings that add to what came before: the sentence alone does not say to what.
ADDING = re.compile(
    r"^(In addition|Additionally|Furthermore|Moreover|Besides|On top of (this|that)|As well|"
    r"Either way|In (this|that) case|If so|Even so|In contrast|By contrast|Likewise|Similarly)\b"
)


def strip_lead(text: str) -> str:
    """'But Deutsche Bank said ...' -> 'Deutsche Bank said ...' (statements stand alone)."""
    stripped = _LEAD.sub("", text, count=1)
    return stripped[:1].upper() + stripped[1:] if stripped != text else text


def inside_quotes(text: str, lo: int) -> bool:
    """Is character ``lo`` of ``text`` inside quotation marks?"""
    before = text[:lo]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def pure_quote(text: str) -> bool:
    """A sentence that is only a quotation, with no speaker named in it."""
    t = text.strip()
    return t[:1] in '"“' and t.rstrip(".")[-1:] in '"”'


def lead_in(af: ArticleFacts, sent: Sentence, why: str | None = None) -> Sentence | None:
    """The previous sentence, when it can stand alone and so give a copied sentence its context.

    'The 71-year-old served in Belfast. As a minister he dealt with security.' cannot be asked
    from the second sentence alone, but the pair reads as one self-contained passage.
    """
    if sent.index == 0:
        return None
    prev = af.sentences[sent.index - 1]
    if usable_sentence(prev.span) or pure_quote(prev.text):
        return None
    if sentence_reason(prev):
        return None
    if anchor_relative_time(prev.rewrite(), af.article.date) is None:
        return None
    if not _explains(prev, why) or not _names_for(prev, why):
        return None  # 'The paper says ...' after a sentence that names no paper
    rivals = {m.key for m in prev.mentions if m.label not in ("GPE", "LOC", "NORP", "FAC")}
    if _open_pronoun(sent) and len(rivals) > 1:
        return None  # 'Sony entered a market Nintendo dominated. It launched ...': which?
    return prev


_OPEN = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"})
#: Nouns that stand for a named thing ('the paper' is the Mail on Sunday): the sentence before
#: explains one only if it names it.
_NAMED_THINGS = frozenset(
    "paper newspaper firm company group show programme panel club team side band film movie "
    "album book report survey study court party ministry agency body bank airline carrier "
    "network channel station magazine site website festival award ceremony match game race "
    "event deal bill tournament competition".split()
)
_POINTED = re.compile(r"'(?:the|The|this|these|those|another|both|other) ([\w-]+)'")


def _names_for(prev: Sentence, why: str | None) -> bool:
    """Does the sentence before name someone a dangling pronoun could mean? 'His wife Sharon'
    after 'A reward has been offered' is still nobody's wife."""
    found = re.match(r"dangling (?:pronoun|possessive) '(\w+)'", why or "")
    personal = found is not None and found.group(1).lower() in _PERSONAL_WORDS
    return not personal or any(m.label.startswith("PERSON") for m in prev.mentions)


#: Pronouns that stand for a person ('it' and 'they' may stand for a thing said before).
_PERSONAL_WORDS = frozenset({"he", "him", "his", "she", "her", "himself", "herself"})


def _explains(prev: Sentence, why: str | None) -> bool:
    """Does the sentence before name what 'the X' in ``why`` points back to?"""
    found = _POINTED.search(why or "")
    if found is None or found.group(1).lower().rstrip("s") not in _NAMED_THINGS:
        return True
    noun = found.group(1).lower()
    words = {t.lower_ for t in prev.span} | {t.lemma_.lower() for t in prev.span}
    return noun in words or noun.rstrip("s") in words


def _open_pronoun(sent: Sentence) -> bool:
    """Does the sentence keep a pronoun that no resolver rewrote (outside quotations)?"""
    return any(
        t.lower_ in _OPEN
        and t.pos_ == "PRON"
        and t.i not in sent.subst
        and not inside_quotes(sent.text, t.idx - sent.span.start_char)
        for t in sent.span
    )


#: Pronouns whose thing a quotation may leave to the text around it.
_THIRD = frozenset("it they them he him she this that these those".split())


def vague_quotation(sent: Sentence, lo: int, hi: int) -> str | None:
    """Why the quotation at ``sent.text[lo:hi]`` says too little to tell its speaker: it names
    nothing ('It's going to be really fun to follow'), names one thing and leaves what it is
    about to earlier text ('It should empower the Fed to clearly do something'), or opens on
    someone said before ('He is a great guy')."""
    offset = sent.span.start_char
    words = [t for t in sent.span if lo <= t.idx - offset < hi]
    nouns = sum(t.pos_ in ("NOUN", "PROPN") for t in words)
    if nouns == 0:
        return "a quotation that names nothing could be anyone's"
    if nouns == 1 and any(_points_out(t, words) for t in words):
        return "a quotation about something said before it could be anyone's"
    person = words[0] if words and words[0].lower_ in ("he", "she") else None
    if person is not None and nouns <= 2 and _points_out(person, words):
        return "a quotation about something said before it could be anyone's"  # 'He is a ...'
    return None


def _points_out(tok: Token, words: list[Token]) -> bool:
    """A pronoun with no noun before it in the quotation: its thing is outside."""
    return (
        tok.lower_ in _THIRD
        and tok.pos_ == "PRON"
        and not (tok.lower_ == "it" and expletive(tok))
        and not any(t.pos_ in ("NOUN", "PROPN") for t in words if t.i < tok.i)
    )
