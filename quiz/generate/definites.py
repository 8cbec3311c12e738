"""Definite nouns a reader cannot place: 'the company', 'the shell company', 'the final'.

A definite noun in an argument slot points back to earlier text unless something says which
one it is: a name ('the Boeing contract'), a clause or phrase ('the man who ...', 'the issue
of ...'), or it is one of a kind that needs no introduction ('the government', 'the
weekend'). A common noun in front of a person or a body ('the part-time maths teacher')
says only what kind it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quiz.facts.extract import _ORG_CUES, _PERSON_CUES

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Definite nouns a reader can place without the article ("the world", "the government").
_GENERIC = frozenset(
    "world year time way end past future number rest top public moment day beginning start "
    "majority most internet web net government police weekend morning evening night "
    "first second third last latter former whole line ball net post bar lead pitch stage fact "
    "field table bottom spotlight limelight headlines air floor door street road "
    "ground crowd fans summer winter spring autumn weekend".split()
    # idioms whose 'the' points at nothing earlier: 'to the forefront', 'at the helm', 'on
    # the brink', 'into the fray' (not 'broke the deadlock' or 'from the bench': which match?)
    + "forefront helm brink verge fray offing".split()
)
#: Rounds of a contest the tagger may read as adjectives: 'the final' of which contest?
_ROUNDS = frozenset({"final", "semi-final", "quarter-final", "semifinal", "quarterfinal"})
_BACK_ADVERBS = frozenset(
    "also then earlier later again either instead meanwhile subsequently previously "
    "likewise similarly".split()
)
#: Periods 'that' points back to ('that year': which one was said before).
_PERIODS = frozenset("year month week day season quarter time decade century".split())
#: Words that stand for a noun said earlier ('the third', 'the latter').
_POINTERS = frozenset("first second third fourth fifth last latter former".split())
#: 'the three firms': a small count in words points back to a group named before.
_SMALL_COUNTS = frozenset("two three four five six seven eight nine ten".split())
_SPECIFIERS = frozenset({"prep", "relcl", "acl", "appos", "poss", "nummod", "conj", "compound"})
_ARGUMENT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "attr"})
#: Where a definite noun names a thing the reader must know: an argument, or an owner ('the
#: panel's forecast', 'the show's audience').
_NOUN_SLOTS = _ARGUMENT | {"poss"}
#: Owners a headline usually names: the story's company, country or club.
_STORY_HEADS = frozenset(
    "company firm group country nation government city club team party state bank".split()
)


#: Things a nationality does not pin down: 'the Indian firm' is one of many ('the Japanese
#: market' is one).
_ONE_OF_MANY = frozenset(
    "firm company group club team side band bank airline carrier network channel station "
    "paper newspaper giant maker operator player star man woman".split()
)


def anaphor(tok: Token, shown: frozenset[int] = frozenset()) -> str | None:
    """'The figure', 'the club', 'these plans', 'There', 'other contributors': earlier context."""
    if tok.lower_ == "there" and tok.dep_ == "advmod":
        return "unresolved 'there'"
    if tok.lower_ in _BACK_ADVERBS and tok.dep_ == "advmod":
        return f"'{tok.text}' points back to earlier text"
    if tok.lower_ in ("other", "latest", "same", "such", "fellow", "similar") and tok.dep_ in (
        "amod",
        "predet",
    ):
        return f"unresolved '{tok.text} {tok.head.text}'"
    if tok.lower_ in ("that", "those") and tok.dep_ == "det" and tok.head.lemma_ in _PERIODS:
        return f"unresolved '{tok.text} {tok.head.text}'"  # 'set that year as a deadline'
    if tok.lower_ == "another" and tok.dep_ == "det":
        return f"unresolved 'another {tok.head.text}'"
    if tok.lower_ == "both" and tok.dep_ in ("det", "predet") and tok.head.pos_ == "NOUN":
        return f"unresolved 'both {tok.head.text}'"  # 'both countries': which two?
    if tok.lower_ == "all" and (tok.head.dep_ == "nummod" or _counted(tok.head)):
        return f"unresolved 'all ... {tok.head.text}'"  # 'all 11 gadgets': which eleven?
    if tok.lower_ in _POINTERS and tok.dep_ in _ARGUMENT and has_the(tok):
        return f"unresolved 'the {tok.text}'"  # 'The third was missed': the third what?
    if tok.lemma_ in ("win", "lose") and tok.pos_ == "VERB" and not _what(tok):
        return f"'{tok.text}' without what ('may have won'): which contest?"
    share = tok.lower_ in ("%", "percent") and tok.dep_ in ("nsubj", "nsubjpass")
    if share and not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return "unresolved share (a per cent of what?)"  # 'About 70% were using ...'
    noun = tok.pos_ == "NOUN" or tok.lower_ in _ROUNDS  # 'pulled out of the final' (ADJ)
    if not noun or tok.dep_ not in _NOUN_SLOTS:
        return None
    if tok.dep_ == "poss" and tok.lemma_.lower() in _STORY_HEADS:
        return None  # 'the company's debt' under the headline: the story's own company
    dets = [c for c in tok.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in ("the", "this", "that", "these", "those"):
        return None
    if dets[0].lower_ != "the":
        return f"unresolved reference '{dets[0].text} {tok.text}'"
    specifiers = [
        c
        for c in tok.children
        if c.dep_ in _SPECIFIERS and _visible(c, shown) and not _kind_only(c, tok)
    ]
    counted_only = (
        bool(specifiers)
        and all(c.dep_ == "nummod" and c.lower_ in _SMALL_COUNTS for c in specifiers)
        and tok.tag_ == "NNS"
    )
    # 'the Ethiopian legend', 'the Spanish striker': a nationality never says which person
    one_of_many = tok.lemma_.lower() in _ONE_OF_MANY | _AGENTS | _PRAISE
    specified = (specifiers and not counted_only) or any(
        c.dep_ == "amod"
        and (c.ent_type_ not in ("", "ORDINAL") or c.pos_ == "PROPN")
        and not (one_of_many and c.ent_type_ == "NORP")
        for c in tok.children
    )  # 'the three firms', 'the two men': a count alone says not which
    if specified or tok.lemma_.lower() in _GENERIC:
        return None
    return f"unresolved reference 'the {tok.text}'"


#: Nouns for people or bodies a report goes on to call by a description: 'the part-time maths
#: teacher' is someone named before, and only the name says who.
_AGENTS = (
    _PERSON_CUES
    | frozenset(k for k, kind in _ORG_CUES.items() if kind != "club")  # 'the defence team'
    | frozenset(
        "mother father son daughter wife husband man woman boy girl victim suspect fan "
        "winner champion holder newcomer youngster pensioner worker employee prisoner "
        "driver soldier".split()
    )
)


#: Words of praise that stand for a person named before ('the Ethiopian legend').
_PRAISE = frozenset("legend icon hero ace great idol superstar".split())


def _kind_only(spec: Token, head: Token) -> bool:
    """'The part-time maths teacher', 'the shell company': a common noun before a person or a
    body says what kind it is, not which one ('the Boeing contract' says which); nor does an
    aside between commas ('The developer, who received an OBE in 2002,')."""
    if head.lemma_.lower() not in _AGENTS:
        return False
    if spec.dep_ == "relcl":  # 'The developer, who received an OBE in 2002, ...': an aside
        return spec.left_edge.i > 0 and spec.doc[spec.left_edge.i - 1].text == ","
    return (
        spec.dep_ == "compound"
        and spec.pos_ in ("NOUN", "ADJ")
        and not spec.ent_type_
        and all(
            c.dep_ in ("compound", "amod", "punct") and c.pos_ != "PROPN" for c in spec.children
        )
    )


def mentioned_before(
    tok: Token, seen: frozenset[str], shown: frozenset[int] = frozenset()
) -> str | None:
    """'The contract, to provide tankers, was cancelled' after 'a $23bn contract': which one?

    A definite noun the article used earlier refers back to it, even with a modifier, unless a
    name pins it down ('the Boeing contract', 'the contract with Boeing').
    """
    if tok.pos_ != "NOUN" or tok.dep_ not in _NOUN_SLOTS or tok.lemma_.lower() not in seen:
        return None
    if not has_the(tok) or tok.lemma_.lower() in _GENERIC:
        return None
    named = any(c.pos_ == "PROPN" or c.ent_type_ for c in tok.children)
    kinds = any(  # 'the transfer window', 'the issue of X', 'the best director award'
        (
            c.dep_ in ("compound", "prep", "relcl", "nummod", "poss")
            and _visible(c, shown)
            and not _kind_only(c, tok)
        )
        or c.tag_ == "JJS"
        for c in tok.children
    )
    return None if named or kinds else f"'the {tok.text}' points back to an earlier mention"


_OBJECTS = frozenset(
    {"dobj", "prep", "prt", "npadvmod", "attr", "ccomp", "xcomp", "acomp", "dative", "agent"}
    | {"nsubjpass"}
)


def _what(verb: Token) -> bool:
    """Does 'won'/'lost' say what was won or lost, or by how much ('won 2-0', 'won the race')?"""
    return any(c.dep_ in _OBJECTS for c in verb.children) or verb.dep_ in ("amod", "acl")


def _visible(spec: Token, shown: frozenset[int]) -> bool:
    """Does a specifier say anything the player can read? 'the ceremony on _____' is specified
    only by the blank, which tells the player nothing."""
    return not shown or all(t.i in shown for t in spec.subtree)


def _counted(tok: Token) -> bool:
    return any(c.dep_ == "nummod" for c in tok.children)


def has_the(tok: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
