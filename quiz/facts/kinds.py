"""Fine kinds of named entities, so questions ask 'which country' and options match in kind.

spaCy's labels are coarse (GPE covers countries and cities; ORG covers firms, parties and
clubs). The kind refines them from the name itself: ISO country names (pycountry) and the
words organisations put in their names ("Party", "Bank", "University", "plc").
"""

from __future__ import annotations

import re
from functools import lru_cache

_COUNTRY_ALIASES = frozenset(
    "US USA America Britain UK England Scotland Wales Russia Iran Syria Vietnam Taiwan "
    "Bolivia Venezuela Tanzania Holland Laos Moldova Macedonia Palestine Congo".split()
)
_MULTI_ALIASES = frozenset(
    {
        "Northern Ireland",
        "South Korea",
        "North Korea",
        "Czech Republic",
        "Ivory Coast",
        "Great Britain",
        "United States",
        "United Kingdom",
    }
)

_ORG_WORDS: list[tuple[str, str]] = [
    (r"\b(Party|Democrats?|Republicans?|Conservatives?|Tories|Labour)\b", "party"),
    (r"\b(University|College|School|Institute|Academy)\b", "institution"),
    (r"\b(Bank|Reserve)\b", "bank"),
    (
        r"\b(Council|Commission|Committee|Agency|Authority|Office|Ministry|Department|Board|"
        r"Parliament|Assembly|Court|Tribunal|Service|Executive|Regulator|Senate|Congress)\b",
        "body",
    ),
    # Club and company words are the head, the name's last word: 'United Nations' is no club,
    # 'Media Centre' no company ('Sony Pictures Inc' may add a legal form).
    (r"\bFC\b|\b(United|City|Rovers|Athletic|Wanderers|Albion|Hotspur|Rangers|Celtic)$", "club"),
    (
        r"\b(Inc|Ltd|plc|Corp|Corporation|Group|Holdings|Motors|Airlines|Airways|Technologies|"
        r"Systems|Software|Records|Studios|Pictures|Entertainment|Telecom|Communications|"
        r"Networks|Media|Energy|Oil|Pharmaceuticals|Capital|Securities|Partners)"
        r"(?: (?:Inc|Ltd|plc|Corp|Group|Holdings))?$",
        "company",
    ),
]

#: The question phrase for each kind.
WH_BY_KIND = {
    "person": "who",
    "country": "which country",
    "place": "which place",
    "region": "which region",
    "party": "which party",
    "institution": "which institution",
    "bank": "which bank",
    "body": "which body",
    "club": "which club",
    "company": "which company",
    "organisation": "which organisation",
    "venue": "which venue",
    "event": "which event",
}


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import pycountry

    names: set[str] = set(_COUNTRY_ALIASES | _MULTI_ALIASES)
    for c in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.add(value)
    return frozenset(names)


@lru_cache(maxsize=65536)
def kind_of(name: str, label: str) -> str | None:
    """The fine kind of a name with spaCy ``label``; None when we cannot tell reliably."""
    if label == "PERSON":
        return "person"
    if label == "GPE":
        return "country" if name in _countries() else "place"
    if label == "LOC":  # Europe, the Atlantic: regions, not towns
        return "country" if name in _countries() else "region"
    if label == "FAC":
        return "venue"
    if label == "EVENT":
        return "event"
    if label == "ORG":
        for pattern, kind in _ORG_WORDS:
            if re.search(pattern, name):
                return kind
        return "organisation" if re.fullmatch(r"[A-Z][A-Z&]{1,6}", name) else None
    return None


_SAME_COUNTRY = [
    {"UK", "Britain", "Great Britain", "United Kingdom"},
    {"US", "USA", "America", "United States", "United States of America"},
    {"Holland", "Netherlands", "the Netherlands"},
    {"Russia", "Russian Federation"},
    {"Ireland", "Republic of Ireland", "Irish Republic"},
]


#: Capitals that news writes for their country's government ('Washington is thought to fear
#: ...'): a player may rightly answer with the country. General knowledge, not from any article.
CAPITALS = {
    "Washington": "US", "London": "UK", "Moscow": "Russia", "Beijing": "China",
    "Tokyo": "Japan", "Paris": "France", "Berlin": "Germany", "Rome": "Italy",
    "Madrid": "Spain", "Dublin": "Ireland", "Tehran": "Iran", "Pyongyang": "North Korea",
    "Seoul": "South Korea", "Delhi": "India", "New Delhi": "India", "Islamabad": "Pakistan",
    "Kabul": "Afghanistan", "Baghdad": "Iraq", "Damascus": "Syria", "Ankara": "Turkey",
    "Canberra": "Australia", "Ottawa": "Canada", "Athens": "Greece", "Kiev": "Ukraine",
    "Cairo": "Egypt", "Havana": "Cuba", "Caracas": "Venezuela", "Riyadh": "Saudi Arabia",
    "Tripoli": "Libya", "Khartoum": "Sudan", "Nairobi": "Kenya", "Harare": "Zimbabwe",
    "Pretoria": "South Africa", "Taipei": "Taiwan", "Brasilia": "Brazil",
    "Mexico City": "Mexico", "Buenos Aires": "Argentina", "Warsaw": "Poland",
    "Lisbon": "Portugal", "Vienna": "Austria", "Stockholm": "Sweden", "Oslo": "Norway",
    "Copenhagen": "Denmark", "Helsinki": "Finland", "Amsterdam": "Netherlands",
    "Bern": "Switzerland", "Tbilisi": "Georgia", "Minsk": "Belarus", "Jakarta": "Indonesia",
    "Manila": "Philippines", "Hanoi": "Vietnam", "Bangkok": "Thailand", "Beirut": "Lebanon",
}  # fmt: skip


#: Nationality words that do not start like their country's name ('Irish' / 'Ireland').
IRREGULAR_DEMONYMS = {
    "Irish": "Ireland",
    "Welsh": "Wales",
    "Scottish": "Scotland",
    "Scots": "Scotland",
    "English": "England",
    "British": "Britain",
    "French": "France",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Greek": "Greece",
    "Danish": "Denmark",
    "Swedish": "Sweden",
    "Finnish": "Finland",
    "Norwegian": "Norway",
    "Polish": "Poland",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Turkish": "Turkey",
    "Icelandic": "Iceland",
    "Filipino": "Philippines",
    "Thai": "Thailand",
    "Czech": "Czech Republic",
    "Kiwi": "New Zealand",
}


#: The shape of a nationality word ('Kenyan', 'Japanese', 'Polish').
_DEMONYM_SHAPE = re.compile(r"^[A-Z][a-z]+(?:an|ian|ish|ese|ch|i|man|men)$")


def is_demonym(word: str) -> bool:
    """'Spanish', 'Kenyan', 'Japanese': a word naming a country's people ('Search' is none)."""
    if word in IRREGULAR_DEMONYMS:
        return True
    return bool(_DEMONYM_SHAPE.match(word)) and any(
        c[:4] == word[:4] for c in _countries() if len(c) >= 4
    )


def country_names(name: str) -> set[str]:
    """Other names of the same country ("UK" -> "Britain", "United Kingdom", ...)."""
    return set(_country_names(name))


@lru_cache(maxsize=65536)
def _country_names(name: str) -> frozenset[str]:
    for group in _SAME_COUNTRY:
        if name in group:
            return frozenset(group - {name})
    import pycountry

    try:
        found = pycountry.countries.lookup(name)
    except LookupError:
        return frozenset()
    names = {getattr(found, a, None) for a in ("name", "common_name", "official_name")}
    return frozenset(n for n in names if n and n != name and "," not in n)
