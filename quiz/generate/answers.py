"""Accepted answers for typed questions: the other spellings a player may rightly type."""

from __future__ import annotations

import re

from quiz.facts.kinds import country_names, is_demonym, kind_of
from quiz.facts.model import ArticleFacts, Entity
from quiz.game.matching import QUALIFIERS
from quiz.generate.nicknames import KNOWN_AS, SHORT_FIRST, other_names


def alternatives(answer: str, kind: str) -> set[str]:
    """Other correct spellings a player may type: a person's surname, a country's other
    names, a name's abbreviations written out ('Warner Bros' -> 'Warner Brothers')."""
    if kind == "person" and " " in answer:
        first, others = answer.split(" ", 1)
        return {surname(answer)} | {f"{short} {others}" for short in SHORT_FIRST.get(first, ())}
    if kind == "country":
        return country_names(answer)
    out = {" ".join(_SPELLED_OUT.get(w, w) for w in answer.split())}
    words = answer.split()
    if len(words) > 1 and words[-1] in _CORPORATE:
        out.add(" ".join(words[:-1]))  # 'Mitsubishi Motors' -> 'Mitsubishi'
    if len(words) > 2 and (kind_of(words[0], "GPE") == "country" or is_demonym(words[0])):
        out.add(" ".join(words[1:]))  # 'US Justice Department', 'American Red Cross'
    if len(words) > 2 and words[0] in _PARENT_BODIES:
        rest = words[2:] if words[1] == "of" else words[1:]  # 'House of Commons' -> 'Commons'
        out.add(" ".join(rest))  # 'Commons Public Accounts Committee', 'UN Security Council'
    if len(words) > 1 and words[-1] in _PRIZE_HEADS and kind == "event":
        out.add(" ".join(words[:-1]))  # 'People's Choice Awards', 'Booker Prize'
    if len(words) > 1 and words[-1] in _DOCUMENT_HEADS:
        out.add(" ".join(words[:-1]))  # 'Sarbanes-Oxley Act', 'Kyoto Protocol'
    for long, brief in _PHRASES.items():
        if long in answer:
            out.add(answer.replace(long, brief))  # 'Los Angeles Times' -> 'LA Times'
    for head in _COURT_HEADS:  # 'Highbury Corner Magistrates Court' -> 'Highbury Corner'
        if answer.endswith(" " + head):
            out.add(answer[: -len(head) - 1])
    if "Select Committee" in answer:  # 'Constitutional Affairs Committee', its usual name
        out.add(answer.replace("Select Committee", "Committee"))
    if len(words) > 1 and words[-1] in _PLACE_HEADS:
        out.add(" ".join(words[:-1]))  # 'Belmarsh Prison', 'Heathrow Airport'
    plain = not any("'" in w or "’" in w for w in words)  # not 'AG Edwards' Thayer'
    brand = len(words) in (2, 3) and plain and words[0].isupper() and len(words[0]) > 1
    if brand and kind != "event" and kind_of(words[0], "GPE") != "country":
        out.add(words[0])  # 'BBC Sport', 'ITV News': the broadcaster itself (not 'US Open')
    out.update(PARTY_NAMES.get(answer, ()))
    out.update(KNOWN_AS.get(answer.removeprefix("the "), ()))
    if len(words) > 1 and words[0] in _NAME_PREFIXES:
        out.add(" ".join(words[1:]))  # 'HMS Chatham', 'AC Milan', 'FC Porto'
    if kind in _INITIALLED and not _EVENT_WORDS & set(words):  # 'Berlin Film Festival': no 'BFF'
        for form in {answer, *out}:  # 'US Federal Communications Commission' -> 'FCC' too
            out |= _initials(form)
    unqualified = [w for w in words if w.lower() not in QUALIFIERS]
    if unqualified != words and unqualified and unqualified[-1].lower() not in _SMALL:
        out.add(" ".join(unqualified))  # 'Milton Shulman Award', 'Fraser of Allander Institute'
    short = [_SHORTENED.get(w, w) for w in words]
    if short != words and len(words) == 2:
        out.add(" ".join(short))  # 'Manchester City' -> 'Man City'
    if len(words) == 2 and words[-1] in _OF_HEADS and _noun_like(words[0]):
        out.add(f"{words[-1]} of {words[0]}")  # 'London University' <-> 'University of London'
    elif len(words) > 2 and words[0] in _OF_HEADS and words[1] == "of":
        owner = words[2:]
        if all(w[:1].isupper() for w in owner):  # not 'Court of Arbitration for Sport'
            out.add(f"{' '.join(owner)} {words[0]}")
    return out - {answer}


#: Head words of organisations' names that name none of them alone ('Association' is no
#: answer for the Football Association, 'Ventures' none for Yeahronimo Media Ventures).
_GENERIC_HEADS = frozenset(
    "Association Ventures Group Holdings Company Corporation Council Committee Commission "
    "Union Federation Society Institute Foundation Trust Agency Authority Board Bank Media "
    "Partners International Industries Services Systems Technologies".split()
)
#: Kinds of names that go by their initials ('CAP', 'FCC'); not places, venues, events or
#: works ('GTA' is no Golden Temple).
_INITIALLED = frozenset({"organisation", "company", "body", "party", "bank", "institution", "name"})
#: Words of an event's or a prize's name: nobody writes its initials ('MSA', 'BFF').
_EVENT_WORDS = frozenset("Award Awards Prize Festival Film Cup Championships Games".split())
#: 'American', 'British', 'French', 'Welshman': a word that says where someone is from.
DEMONYM = re.compile(r"^[A-Z][a-z]+(?:an|ian|ish|ese|ch|i|man|men)$")
_SMALL = frozenset("of and for the on in at de to".split())
#: Short forms people type for words in names ('Man Utd').
_SHORTENED = {"Manchester": "Man", "United": "Utd"}
#: Heads a name may be written before or after ('London University', 'University of London').
_OF_HEADS = frozenset({"University", "College", "Department", "Ministry", "Court"})
#: Words that name no place or subject of their own: 'High Court' is no 'Court of High'.
_NOT_OWNERS = frozenset("High Supreme Crown County Royal National Central Federal Open".split())


def _noun_like(word: str) -> bool:
    return word not in _NOT_OWNERS


def _initials(name: str) -> set[str]:
    """'Common Agricultural Policy' -> 'CAP' (names of three or more capitalised words); with
    a linking 'for' or 'of', also the form that keeps it ('DFID', 'MOD')."""
    words = name.split()
    content = [w for w in words if w[:1].isupper()]
    if len(content) >= 3 and len(content) == len([w for w in words if w.lower() not in _SMALL]):
        out = {"".join(w[0] for w in content)}
        linked = [w for w in words[1:-1] if w.lower() in ("for", "of")]
        if len(linked) == 1:  # 'Department for International Development' -> 'DFID' too
            out.add("".join(w[0].upper() for w in words if w[:1].isupper() or w in linked))
        return out
    return set()


def accepted_forms(af: ArticleFacts, answer: str, kind: str) -> set[str]:
    """Every other form a player may rightly type: the alternatives, the article's acronym
    for the name or the name for its acronym ('GM' / 'General Motors'), and the name without
    a head word people drop ('Labour' for 'Labour Party'); see ``short_forms``.

    A shortened company name counts where the article uses it as a name ('Mitsubishi' for
    'Mitsubishi Motors') or where only a legal form is dropped ('Balco' for 'Balco
    Laboratories'), and never when it is an ordinary word ('General')."""
    names = article_names(af)
    cut = _corporate_cut(answer)
    legal = answer.split()[-1] in _LEGAL_FORMS
    out = {
        a
        for a in alternatives(answer, kind)
        if a != cut or _usable_short(af, a, names) or (legal and not _ordinary(af, a))
    }
    out |= acronym_partners(af, answer)
    out |= _club_short(af, answer, kind)
    if kind != "person":
        out |= short_forms(af, answer, names) | _part_names(af, answer)
        longer = [
            k for k, e in af.entities.items() if k.startswith(f"{answer} ") and e.label == "ORG"
        ]
        # 'Jupiter' -> 'Jupiter Research'; never a unit of it ('Fiat' -> 'Fiat Powertrain')
        generic = (
            all(w in _ORG_TAILS for w in longer[0].split()[len(answer.split()) :])
            if longer
            else False
        )
        # 'Texas Instruments ... said Texas': the full name first, then the short one
        shortened = len(longer) == 1 and _first_at(af, longer[0]) < _first_at(af, answer)
        out |= set(longer) if len(longer) == 1 and (generic or shortened) else set()
    else:
        out |= _compound_surnames(af, answer) | other_names(af.article.text, answer)
    return {f for f in out if f not in _GENERIC_HEADS} - {answer}  # never 'Association'


def _first_at(af: ArticleFacts, key: str) -> int:
    """Where the article first names ``key`` (its length when it never does)."""
    return min(
        (m.start for s in af.sentences for m in s.mentions if key in (m.key, m.text)),
        default=len(af.article.text),
    )


def _club_short(af: ArticleFacts, answer: str, kind: str) -> set[str]:
    """'Forest' for 'Nottingham Forest': the word fans use, unless it is common to clubs
    ('United') or the article names another thing with it ('Atletico Madrid', 'Madrid')."""
    words = answer.split()
    if kind != "club" or len(words) != 2 or words[1] in _CLUB_COMMON:
        return set()
    other = [k for k in af.entities if k != answer and words[1] in k.split()]
    return set() if other else {words[1]}


def _compound_surnames(af: ArticleFacts, name: str) -> set[str]:
    """A surname of several words the article uses on its own ('Symmons Roberts' for
    'Michael Symmons Roberts', 'Ross-van Dorp' for 'Clemence Ross-van Dorp')."""
    words = name.split()
    tails = {" ".join(words[n:]) for n in range(1, len(words) - 1)}
    if len(words) >= 2 and "-" in words[-1]:
        tails.add(words[-1])
    if len(words) >= 3 and "-" in words[-2]:
        tails.add(" ".join(words[-2:]))
    text = af.article.text
    return {t for t in tails if re.search(rf"\b{re.escape(t)}\b", text)}


def _part_names(af: ArticleFacts, answer: str) -> set[str]:
    """The front or back of a name that the article uses on its own ('Bosch' for the parts
    maker 'Robert Bosch', 'Jupiter' in 'a Jupiter analyst' for 'Jupiter Research'), or the
    name of an event without its sponsor ('Great Ireland Run' for 'Bupa Great Ireland Run').

    Never an ordinary word ('Royal'), a place the article names ('Europe' in 'Lycos Europe',
    'Manchester' beside 'Manchester City'), or part of another name of the article too."""
    entity = af.entity(answer)
    words = answer.split()
    if entity is None or len(words) < 2 or entity.kind == "person":
        return set()
    label = entity.label.rstrip("?")
    owner = next((n + 1 for n, w in enumerate(words[:-1]) if w.endswith(("'s", "s'"))), 0)
    # 'BBC Films' Dirty War': the owner's name is not the film's ('BBC' is a wrong answer)
    fronts = {" ".join(words[:n]) for n in range(1, len(words))} if not owner else set()
    backs = {" ".join(words[n:]) for n in range(max(1, owner), len(words))}
    out = set()
    for part in fronts | backs:
        if not part[:1].isupper() or _ordinary(af, part) or part.split()[0].lower() in _JOINS:
            continue
        other = af.entity(part)
        place = other is not None and other.label.rstrip("?") in _PLACES and label not in _PLACES
        holders = [k for k in af.entities if k != part and f" {part} " in f" {k} "]
        if place or holders != [answer]:
            continue
        same = other is not None and other.label.rstrip("?") == label
        sponsorless = entity.kind == "event" and part in backs and " " in part
        if same or sponsorless or _used_alone(af.article.text, part, answer):
            out.add(part)
    return out


_JOINS = frozenset("of and for the on in at de".split())
_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _used_alone(text: str, part: str, whole: str) -> bool:
    """Does the article write ``part`` somewhere other than inside ``whole``?"""
    alone = len(re.findall(rf"\b{re.escape(part)}\b", text))
    return alone > len(re.findall(rf"\b{re.escape(whole)}\b", text))


def article_names(af: ArticleFacts) -> set[str]:
    """Every name the article uses (entity keys and the forms they were written in)."""
    return {a for e in af.entities.values() for a in {e.key, *e.aliases}}


def acronym_partners(af: ArticleFacts, answer: str) -> set[str]:
    """'GM' for 'General Motors' and back, as the article itself pairs them."""
    out = {long for abbr, long in af.acronyms.items() if abbr == answer}
    return out | {abbr for abbr, long in af.acronyms.items() if long == answer}


def _corporate_cut(answer: str) -> str | None:
    words = answer.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in _CORPORATE else None


def _usable_short(af: ArticleFacts, short: str, names: set[str]) -> bool:
    """A short form stands for the name only where the article calls it that and the short
    form is no ordinary word ('General', 'Open', 'National Grid' -> 'National')."""
    return short in names and not _ordinary(af, short)


def _ordinary(af: ArticleFacts, short: str) -> bool:
    """A one-word fragment the build also uses as a plain word ('General', 'Open'); a
    capitalised phrase of several words is a name ('Reserve Bank')."""
    return " " not in short and short.lower() in af.plain


#: Head words a name is normally said without, whatever the article does: 'Labour' for the
#: Labour Party, 'Chelsea' for Chelsea FC (even when the rest is an ordinary word: 'Green').
_PARTY_HEADS = ("Football Club", "Party", "FC", "AFC")
#: Head words dropped in speech ('Napier' for Napier University) unless the rest is an
#: ordinary word ('Open University') or names another thing of the article ('Edinburgh').
_INSTITUTION_HEADS = ("University", "College")
#: Head words a name is said without only where the article does so itself ('Hoover Dam' is
#: not 'Hoover'): the article must use the short form as a name.
_ARTICLE_HEADS = (
    "Church",
    "Cathedral",
    "Chapel",
    "Hospital",
    "Stadium",
    "Airport",
    "Museum",
    "Gallery",
    "Theatre",
    "Institute",
    "School",
    "Academy",
    "Foundation",
    "Festival",
    "Club",
)
#: Heads that name the same thing: 'Athens Games' is 'Athens Olympics'.
_SAME_HEADS = (("Games", "Olympics", "Olympic Games"),)


def short_forms(af: ArticleFacts, name: str, names: set[str]) -> set[str]:
    """The name without a generic head word where that is safe (rules by head above), without
    its 'of ...' where the article uses the rest as a name ('Reserve Bank'), and with a
    same-meaning head the article also uses ('Athens Games' -> 'Athens Olympics')."""
    out: set[str] = set()
    head = next((h for h in _HEADS if name.endswith(" " + h)), None)
    short = name[: -len(head) - 1].strip() if head else ""
    if head and len(short) > 2 and short[:1].isupper() and _safe_short(af, short, head, names):
        out.add(short)
    owner = name.split(" of ")[0]  # 'Reserve Bank of Australia' -> 'Reserve Bank', if used
    if owner != name and _usable_short(af, owner, names):
        out.add(owner)
    for group in _SAME_HEADS:
        for same in group:
            if name == same or name.endswith(" " + same):
                stem = name[: -len(same)]  # 'Athens Games' -> 'Athens Olympics', 'Olympics'
                bare = {h for h in group if h != name and h != "Games"}  # not 'Games' alone
                out |= {stem + h for h in group if h != same} | bare
    return out


_HEADS = (*_PARTY_HEADS, *_INSTITUTION_HEADS, *_ARTICLE_HEADS)


def _safe_short(af: ArticleFacts, short: str, head: str, names: set[str]) -> bool:
    if head in _PARTY_HEADS:
        return True
    if head in _INSTITUTION_HEADS:
        other = af.entity(short)
        return not _ordinary(af, short) and (other is None or other.kind is None)
    return _usable_short(af, short, names)


#: Words a company's name is often said without.
_CORPORATE = frozenset(
    "Motors Group plc Plc PLC Inc Ltd Limited Corp Corporation Holdings Co Company AG SA NV "
    "GmbH LLC Laboratories Labs Computers Electronics Industries Technologies Pharmaceuticals".split()
)


#: Heads of places' names people leave out ('Belmarsh', 'Heathrow', 'Wembley').
_PLACE_HEADS = frozenset(
    "Prison Airport Stadium Hospital Station Square Police Constabulary Line Route Bridge "
    "Tunnel Railway Market Bay".split()
)  # 'Gloucestershire Police': 'chief constable of Gloucestershire'; 'the Waverley Line'
#: Kinds of court people leave out of a court's name.
_COURT_HEADS = ("Magistrates Court", "Magistrates' Court", "Crown Court", "County Court")
#: Parties' everyday names in news English ('Tory leader Michael Howard').
PARTY_NAMES = {
    "Conservative Party": ("Conservatives", "Tories", "Tory Party", "Tory"),
    "Conservatives": ("Conservative Party", "Tories", "Tory Party", "Tory"),
    "Liberal Democrats": ("Lib Dems", "Liberal Democrat Party"),
    "Labour Party": ("Labour",),
    "Republican Party": ("Republicans", "GOP"),
    "Democratic Party": ("Democrats",),
}
#: Last words of two-word club names that name no club alone ('Manchester United').
_CLUB_COMMON = frozenset(
    "United City Town County Athletic Rovers Wanderers Albion Rangers Celtic Hotspur "
    "Wednesday Alexandra Argyle Orient".split()
)
#: Words a firm's full name adds to the name it goes by ('Jupiter Research', 'Vestey Group').
_ORG_TAILS = frozenset(
    "Research Group Holdings International Associates Partners Inc Ltd plc Corporation Corp "
    "Company Co Limited".split()
)
#: Heads of awards people leave out ('the Booker', 'People's Choice').
_PRIZE_HEADS = frozenset({"Awards", "Award", "Prize", "Prizes"})
#: Heads of laws and treaties people leave out ('Sarbanes-Oxley', 'Kyoto').
_DOCUMENT_HEADS = frozenset("Act Bill Treaty Protocol Accord Convention".split())
#: Places written short inside names ('LA Times', 'NY Yankees').
_PHRASES = {"Los Angeles": "LA", "New York": "NY"}
#: Corporate words nobody types: dropping one leaves the name people use.
_LEGAL_FORMS = frozenset(
    "plc Plc PLC Inc Ltd Limited Corp Corporation Holdings AG SA NV GmbH LLC Laboratories Labs "
    "Computers Electronics Industries Technologies Pharmaceuticals Group".split()
)
#: Bodies a committee or council is named after, often left out ('the Public Accounts Committee').
_PARENT_BODIES = frozenset("Commons Lords Senate House Congressional Parliamentary UN EU".split())
#: Prefixes of ships' and clubs' names people leave out ('Chatham', 'Milan', 'Porto').
_NAME_PREFIXES = frozenset("HMS USS RMS HMAS MV SS AC AS FC SC CF SV RC CD VfB VfL TSV".split())


#: Abbreviations in names and the words they stand for.
_SPELLED_OUT = {
    "Bros": "Brothers",
    "Bros.": "Brothers",
    "&": "and",
    "Co": "Company",
    "Corp": "Corporation",
    "Intl": "International",
    "Univ": "University",
    "Assoc": "Association",
    "Dept": "Department",
    "LA": "Los Angeles",
    "NY": "New York",
    "St": "Saint",
    "Utd": "United",
    "Lib": "Liberal",
    "Dems": "Democrats",
    "Dem": "Democrat",
}


_PARTICLES = frozenset("de da di del della der van von le la du dos das ter ten bin al".split())


def surname(name: str) -> str:
    """'Robert De Niro' -> 'De Niro', 'Rafael van der Vaart' -> 'van der Vaart', 'Tony Blair'
    -> 'Blair'."""
    words = name.split()
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def fuller_names(af: ArticleFacts, word: str, entity: Entity | None) -> set[str]:
    """The article's longer names of the same label that contain a name ('Sharon' -> 'Sharon
    Osbourne', 'El Guerrouj' -> 'Hicham El Guerrouj'): right answers too, or a sign the
    shorter name is ambiguous. Places are left alone: 'Madrid' the city is not 'Real Madrid'."""
    if not word or entity is None or entity.label in ("GPE", "LOC", "FAC"):
        return set()
    inner = f" {word} "
    return {
        k
        for k, e in af.entities.items()
        if len(k) > len(word)
        and inner in f" {k} "
        and e.label.rstrip("?") == entity.label.rstrip("?")
    }
