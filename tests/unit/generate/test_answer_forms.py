"""Typed answers accept every right form (acronyms, dropped head words) and prompts explain
the article's own acronyms."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from quiz.facts.acronyms import acronym_map, acronym_tokens
from quiz.facts.model import ArticleFacts
from quiz.generate import cloze
from quiz.generate.acronyms import UNIVERSAL, explain_acronyms, known_acronyms
from quiz.generate.candidate import Candidate
from quiz.generate.pipeline import generate_questions
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def blank_on(af: ArticleFacts, index: int, text: str) -> Candidate | str | None:
    sent = af.sentences[index]
    return cloze.name_cloze(af, sent, next(m for m in sent.mentions if m.text == text))


def test_acronyms_are_read_from_the_three_ways_an_article_gives_them() -> None:
    text = (
        "Athletics Kenya (AK) suspended the runner. CNPC (China National Petroleum "
        "Corporation) bought a stake. General Motors will cut jobs, and GM said so on Monday."
    )
    found = acronym_map(text, ["General Motors"])
    assert found == {
        "AK": "Athletics Kenya",
        "CNPC": "China National Petroleum Corporation",
        "GM": "General Motors",
    }


def test_initials_skip_small_words_and_count_hyphenated_parts() -> None:
    text = "The Reserve Bank of Australia kept rates. The RBA said PSG and M&S were fine too."
    names = ["Reserve Bank of Australia", "Paris Saint-Germain", "Marks & Spencer"]
    assert acronym_map(text, names) == {
        "RBA": "Reserve Bank of Australia",
        "PSG": "Paris Saint-Germain",
        "M&S": "Marks & Spencer",
    }


def test_an_acronym_two_names_could_spell_is_left_out() -> None:
    text = "General Motors and Grupo Modelo both grew. GM said profits rose sharply this year."
    assert acronym_map(text, ["General Motors", "Grupo Modelo"]) == {}


def test_a_shouted_headline_is_no_acronym() -> None:
    assert acronym_tokens("KENYA LIFT BAN ON RUNNER\n\nThe AK chief said so.") == {"AK"}


def test_a_company_accepts_the_acronym_the_article_uses_but_never_a_fragment(
    facts_of: Facts,
) -> None:
    af = facts_of(
        make_article(
            "General Motors has confirmed that it will build a new car at its factory in Sweden. "
            "GM said the general mood among workers in the Swedish town was good."
        )
    )[0]
    made = blank_on(af, 0, "General Motors")
    assert isinstance(made, Candidate)
    assert "GM" in made.accepted
    assert "General" not in made.accepted


def test_an_acronym_key_accepts_the_long_name_the_article_spells_out(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "China National Petroleum Corporation (CNPC) is the state oil producer in Beijing. "
            "Analysts said Yukos would sue in London if CNPC became a shareholder in Yugansk."
        )
    )[0]
    made = blank_on(af, 1, "CNPC")
    assert isinstance(made, Candidate)
    assert "China National Petroleum Corporation" in made.accepted


def test_a_party_or_university_is_accepted_without_its_head_word(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Tony Blair gave a long speech at Napier University in Edinburgh on Friday. "
            "David Blunkett chaired the Labour Party nationally for many years."
        )
    )[0]
    napier = blank_on(af, 0, "Napier University")
    labour = blank_on(af, 1, "Labour Party")
    assert isinstance(napier, Candidate) and "Napier" in napier.accepted
    assert isinstance(labour, Candidate) and "Labour" in labour.accepted


def test_a_head_word_is_kept_when_the_rest_is_an_ordinary_word(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Prime Minister Tony Blair opened a campus for the Open University in Milton Keynes. "
            "The doors will be open to students from all over the country next year."
        )
    )[0]
    made = blank_on(af, 0, "Open University")
    assert isinstance(made, Candidate)
    assert "Open" not in made.accepted


def test_a_games_name_accepts_the_olympics_name_the_article_also_uses(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Kostas Kenteris missed drugs tests before the Athens Olympics in August. "
            "His lawyer said new evidence would clear the sprinter of wrongdoing at the Athens "
            "Games."
        )
    )[0]
    made = blank_on(af, 1, "Athens Games")
    assert isinstance(made, Candidate)
    assert "Athens Olympics" in made.accepted


def test_a_surname_alone_is_no_typed_key(facts_of: Facts) -> None:
    af = facts_of(
        make_article("Chief executive Parry joined Liverpool in July 1998 from the Premier League.")
    )[0]
    assert blank_on(af, 0, "Parry") == (
        "key is a surname alone: a player may rightly type a full name the article never gives"
    )


def test_a_prompt_acronym_is_written_out_from_the_article(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Athletics Kenya (AK) suspended the runner in January. AK chief Isaiah Kiplagat "
            "said the ban was lifted, and AK would pick her again."
        )
    )[0]
    core, why = explain_acronyms(af, af.sentences[1].text, frozenset())
    assert why is None
    assert core.startswith("Athletics Kenya (AK) chief Isaiah Kiplagat said")


def test_an_acronym_in_a_quotation_is_explained_in_square_brackets(facts_of: Facts) -> None:
    af = facts_of(make_article("Athletics Kenya (AK) suspended the runner in January."))[0]
    core, why = explain_acronyms(af, 'Kiplagat said: "AK has cleared her."', frozenset())
    assert (core, why) == ('Kiplagat said: "AK [Athletics Kenya] has cleared her."', None)


def test_an_acronym_the_article_never_explains_sinks_the_question(facts_of: Facts) -> None:
    af = facts_of(make_article("The AT virus spread quickly through e-mail on Monday."))[0]
    _, why = explain_acronyms(af, "Experts said AT tries to turn off the firewall.", frozenset())
    assert why == "acronym 'AT' that the article never explains"


def test_a_part_of_a_product_name_or_a_known_acronym_is_left_alone(facts_of: Facts) -> None:
    af = facts_of(make_article("General Motors will build the Cadillac BLS in Sweden."))[0]
    core = "The Cadillac BLS will not be sold in the US, the BBC said."
    assert explain_acronyms(af, core, UNIVERSAL) == (core, None)


def test_an_acronym_that_several_articles_use_counts_as_known(facts_of: Facts) -> None:
    texts = [
        "The IAAF banned the sprinter for two years on Monday.",
        "The IAAF said the sprinter would appeal against the ban.",
        "Officials at the IAAF met in Monaco to discuss the case.",
        "The AT virus spread quickly through e-mail on Monday.",
    ]
    facts = facts_of(*[make_article(t) for t in texts])
    known = known_acronyms(facts, frozenset({"AT", "IAAF"}))
    assert "IAAF" in known and "AT" not in known  # two letters: the lexicon is no evidence


def test_a_longer_acronym_in_the_model_vocabulary_counts_as_known(facts_of: Facts) -> None:
    facts = facts_of(make_article("Fans voted at the MTV awards and the AADC show on Monday."))
    assert known_acronyms(facts, frozenset({"MTV"})) == UNIVERSAL | {"MTV"}


def test_the_build_writes_out_an_acronym_in_the_prompt(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "Athletics Kenya (AK) suspended its best marathon runner for missing a training "
            "camp in Embu. AK chief Isaiah Kiplagat lifted the suspension of Susan Chepkemei "
            "on Friday after a meeting in Nairobi.",
            date=dt.date(2005, 2, 7),
        )
    )[0]
    questions, _ = generate_questions([af], 12)
    prompts = [q.prompt for q in questions]
    assert any("Athletics Kenya chief _____ lifted" in p for p in prompts)
    assert not any("AK chief" in p for p in prompts)


def test_a_written_out_name_takes_the_article_the_article_gives_it(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "The Consumer Electronics Show (CES) opened on Monday. Delegates at the CES said "
            "sales would grow."
        )
    )[0]
    core, _ = explain_acronyms(af, "Visitors attended CES in Las Vegas.", frozenset())
    assert core == "Visitors attended the Consumer Electronics Show in Las Vegas."
    core, _ = explain_acronyms(af, "CES opened in Las Vegas.", frozenset())
    assert core == "The Consumer Electronics Show opened in Las Vegas."


def test_an_acronym_in_brackets_after_its_name_explains_itself(facts_of: Facts) -> None:
    af = facts_of(make_article("Economists at PricewaterhouseCoopers said prices were high."))[0]
    core = "Economists at PricewaterhouseCoopers (PWC) warned house prices would fall."
    assert explain_acronyms(af, core, frozenset()) == (core, None)


def test_an_acronym_with_a_noun_saying_what_it_is_stays(facts_of: Facts) -> None:
    af = facts_of(make_article("The Kremlin said Russian state bank VEB lent the money."))[0]
    core = "The Kremlin said Russian state bank VEB lent the money to Rosneft."
    assert explain_acronyms(af, core, frozenset()) == (core, None)


def test_an_acronym_ending_a_longer_name_is_written_as_that_name(facts_of: Facts) -> None:
    af = facts_of(make_article("Nintendo has launched the Nintendo DS handheld in Europe."))[0]
    core, why = explain_acronyms(af, "Analysts said the DS would sell well.", frozenset())
    assert (core, why) == ("Analysts said the Nintendo DS would sell well.", None)


def test_a_code_inside_a_longer_token_is_no_acronym() -> None:
    assert acronym_tokens("The show CSI:NY and the virus Bagle.AT spread.") == set()


def test_a_written_out_modifier_takes_no_the(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "The Consumer Electronics Association (CEA) runs the show. New research by the CEA "
            "found growth."
        )
    )[0]
    core, _ = explain_acronyms(
        af, "Women buy most gadgets, according to CEA research.", frozenset()
    )
    assert core == "Women buy most gadgets, according to Consumer Electronics Association research."


def test_initials_before_a_name_are_no_acronym(facts_of: Facts) -> None:
    af = facts_of(make_article("Salman Rushdie and JM Coetzee won the Booker Prize."))[0]
    core = "Past winners such as JM Coetzee and the new VW Beetle, were praised."
    assert explain_acronyms(af, core, frozenset()) == (core, None)


def test_a_long_name_takes_the_kind_its_acronym_has(facts_of: Facts) -> None:
    af = facts_of(make_article("Athletics Kenya (AK) banned the runner. AK said so on Monday."))[0]
    entity = af.entity("Athletics Kenya")
    assert entity is not None and entity.kind == "organisation"


def test_a_name_of_a_place_accepts_the_shorter_name_the_article_uses(facts_of: Facts) -> None:
    af = facts_of(
        make_article(
            "The Reserve Bank of Australia lifted interest rates to 5.5% on Wednesday. "
            "Economists had expected the Reserve Bank to wait until the spring."
        )
    )[0]
    made = blank_on(af, 0, "Reserve Bank of Australia")
    assert isinstance(made, Candidate)
    assert "Reserve Bank" in made.accepted


def test_a_part_the_article_uses_alone_is_accepted_unless_it_is_a_place(facts_of: Facts) -> None:
    from quiz.generate.answers import accepted_forms

    text = (
        "Kelly Holmes won two golds at the Athens Olympics last summer. She said the Olympics "
        "had changed her life. Lycos Europe has made a screensaver. Lycos said the program was "
        "safe. Spam is sent across Europe. Manchester United beat Manchester City on Sunday. "
        "Fans in Manchester cheered."
    )
    [af] = facts_of(make_article(text))
    assert "Olympics" in accepted_forms(af, "Athens Olympics", "event")
    assert accepted_forms(af, "Lycos Europe", "company") >= {"Lycos"}
    assert "Europe" not in accepted_forms(af, "Lycos Europe", "company")
    assert "Manchester" not in accepted_forms(af, "Manchester United", "club")


def test_a_name_holding_the_acronym_is_not_what_it_stands_for() -> None:
    text = "BT said customers of BT Together will get free calls. BT wants more users."
    assert "BT" not in acronym_map(text, ["BT Together"])


def test_an_owner_before_a_title_is_no_answer_and_a_mistagged_surname_links(
    facts_of: Facts,
) -> None:
    from quiz.generate.answers import accepted_forms

    text = (
        "A US TV network is editing BBC Films' Dirty War to avoid showing a nude scene. "
        "The BBC said the drama had been shown in full in the UK. "
        "Jurors recommended that the man, Jeremy Jaynes, serve nine years in prison. "
        "Prosecutors had asked for 15 years in jail for Jaynes."
    )
    [af] = facts_of(make_article(text))
    forms = accepted_forms(af, "BBC Films' Dirty War", "name")
    assert "BBC" not in forms and "BBC Films" not in forms
    last = af.sentences[-1]
    assert [m.key for m in last.mentions if m.text == "Jaynes"] == ["Jeremy Jaynes"]


def test_a_surname_tagged_as_a_nationality_may_link_to_a_person() -> None:
    from quiz.facts.entities import _mistagged_surname
    from quiz.facts.model import Mention

    assert _mistagged_surname(Mention(0, 6, "Jaynes", "NORP"))
    assert not _mistagged_surname(Mention(0, 6, "Madrid", "GPE"))
    assert not _mistagged_surname(Mention(0, 7, "Italian", "NORP"))
    assert not _mistagged_surname(Mention(0, 7, "Chinese", "NORP"))


def test_a_name_the_tagger_cut_short_is_marked(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.tokens import Span

    from quiz.facts.extract import _runs_on

    doc = nlp("President Susilo Bambang Yudhoyono's government wants to curb subsidies.")
    assert _runs_on(Span(doc, 1, 3, label="PERSON"))  # 'Susilo Bambang' + 'Yudhoyono'
    doc = nlp("Kelly Holmes beat Maria Sharapova's Wimbledon triumph in the vote.")
    assert not _runs_on(Span(doc, 3, 5, label="PERSON"))
    assert not _runs_on(Span(doc, 0, 2, label="PERSON"))


def test_a_name_only_ever_cut_short_is_no_option(facts_of: Facts) -> None:
    text = (
        "The party had repaid £500,000 to former Tory Treasurer Lord Ashcroft after he said "
        "the party could not win. Michael Howard said the party was united."
    )
    [af] = facts_of(make_article(text))
    cut = [e for e in af.entities.values() if e.key.endswith("Lord")]
    assert cut and all(e.kind is None for e in cut)


def test_olympic_names_accept_one_another(facts_of: Facts) -> None:
    from quiz.generate.answers import accepted_forms

    text = "Kenteris faked a crash days before the start of the Athens Games in August."
    [af] = facts_of(make_article(text))
    forms = accepted_forms(af, "Athens Games", "event")
    assert {"Athens Olympics", "Olympics", "Olympic Games"} <= forms and "Games" not in forms


def test_a_nickname_or_nationality_after_the_is_no_typed_key(facts_of: Facts) -> None:
    text = (
        "Italian striker Christian Vieri scored twice for Milan on Sunday. "
        "Chelsea keeper Carlo Cudicini was sent off against Newcastle on Sunday. "
        "The Italian was sent off for bringing down Shola Ameobi in the final minute."
    )
    [af] = facts_of(make_article(text))
    entity = af.entity("Italian")
    assert entity is not None and entity.kind is None  # no club from 'Italian striker'
    sent = af.sentences[2]
    [italian] = [m for m in sent.mentions if m.text == "Italian"]
    assert not isinstance(cloze.name_cloze(af, sent, italian), Candidate)
