"""Causes found by review 42: page furniture asked as news, and initials used by the build."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from quiz.facts.model import ArticleFacts
from quiz.generate.pipeline import generate_questions
from quiz.ingest.reader import read_article
from tests.unit.generate.conftest import make_article

Facts = Callable[..., list[ArticleFacts]]


def test_a_refusal_to_comment_is_not_asked(facts_of: Facts) -> None:
    from quiz.generate.checks import usable_sentence

    af = facts_of(
        make_article(
            "Akamai declined to comment, saying it could not talk about customer websites. "
            "The Home Office said it could not comment on individual cases in London."
        )
    )[0]
    assert all("comment" in (usable_sentence(s.span) or "") for s in af.sentences)


def test_a_news_outlets_own_journalist_is_no_answer(facts_of: Facts) -> None:
    facts = facts_of(
        make_article(
            "Catholic groups in India have urged director Vinod Pande to withdraw his new film. "
            "The BBC's Zubair Ahmed in Mumbai says the film shows a priest in steamy scenes.",
            title="Church anger over Bollywood film",
        )
    )
    questions, rejected = generate_questions(facts, 12)
    assert all(q.answer != "Zubair Ahmed" for q in questions)
    assert any("journalist" in r.reason and "Mumbai" in r.text for r in rejected)


def test_the_writer_of_a_column_is_no_answer(tmp_path: Path) -> None:
    from quiz.facts.extract import extract_facts
    from quiz.facts.nlp import load_pipeline

    path = tmp_path / "column.txt"
    path.write_text(
        "A question of trust\n\n"
        "A major government department is without e-mail for a week, and technology analyst "
        "Bill Thompson wants to know what happened at the Department for Work and Pensions. "
        "The Department for Work and Pensions said its 100,000 staff lost e-mail on Monday.\n\n"
        "Bill Thompson is a regular commentator on the BBC World Service programme Go Digital.\n"
    )
    article = read_article(path, "column.txt")
    assert article.author == "Bill Thompson"
    questions, _ = generate_questions(extract_facts([article], load_pipeline()), 12)
    assert all("Thompson" not in q.answer for q in questions)


def test_initials_another_article_of_the_build_uses_are_accepted(facts_of: Facts) -> None:
    bank = (
        "The government is reiterating a 2.5% target for 2005, while the European Central Bank "
        "is making positive noises for the 12-nation eurozone as a whole."
    )
    other = "Analysts expect the ECB to hold interest rates at 2% in Frankfurt next month."
    facts = facts_of(
        make_article(bank, title="Mixed signals from French economy"),
        make_article(other, title="Eurozone rates on hold"),
    )
    questions, _ = generate_questions(facts, 12)
    ecb = [q for q in questions if q.answer == "European Central Bank"]
    assert ecb, "the bank is asked"
    assert "ECB" in ecb[0].accepted_answers


def test_an_event_in_a_persons_title_frames_no_report(facts_of: Facts) -> None:
    from quiz.generate.frame import event_of

    af = facts_of(
        make_article(
            "Kenya's athletics body has suspended two-time London Marathon runner-up Susan "
            "Chepkemei from all competition until the end of the year. "
            "Athletics Kenya said she had missed a training camp in Embu."
        )
    )[0]
    assert event_of(af) is None


def test_a_court_is_not_turned_round_into_nonsense() -> None:
    """Review 43: 'Court of High' and 'Arbitration for Sport Court' were accepted."""
    from quiz.generate.answers import alternatives

    assert "Court of High" not in alternatives("High Court", "institution")
    sport = alternatives("Court of Arbitration for Sport", "institution")
    assert "Arbitration for Sport Court" not in sport
    assert "Court of Appeal" in alternatives("Appeal Court", "institution")


def test_no_false_statement_swaps_in_someone_who_did_the_same(facts_of: Facts) -> None:
    """Review 43: 'had no option but to send Mikoliunas off' was keyed False, but he was
    sent off too."""
    from quiz.generate.swaps import colleague_swap

    af = facts_of(
        make_article(
            "Referee Hugh Dallas had no option but to send striker Dado Prso off at Ibrox. "
            "Hearts winger Saulius Mikoliunas was sent off by Hugh Dallas after the final whistle. "
            "Striker Nacho Novo scored twice for Rangers and striker Dado Prso missed a penalty. "
            "Hearts winger Saulius Mikoliunas and striker Nacho Novo will both play on Saturday. "
            "Hearts winger Saulius Mikoliunas joined the club from Lithuania in the summer of 2004."
        )
    )[0]
    mikoliunas = af.entities["Saulius Mikoliunas"]
    mikoliunas.role, mikoliunas.count = "outfield", 5  # the most mentioned colleague
    sent = af.sentences[0]
    prso = next(m for m in sent.mentions if m.key == "Dado Prso")
    assert colleague_swap(af, sent, prso) == "Nacho Novo"


def test_no_false_statement_swaps_in_the_headlines_subject(facts_of: Facts) -> None:
    from quiz.generate.swaps import colleague_swap

    af = facts_of(
        make_article(
            "Referee Hugh Dallas had no option but to send striker Dado Prso off at Ibrox. "
            "Striker Nacho Novo scored twice for Rangers and striker Dado Prso missed a penalty. "
            "Hearts winger Saulius Mikoliunas got a red card for barging a linesman.",
            title="SFA awaits report over Mikoliunas",
        )
    )[0]
    mikoliunas = af.entities["Saulius Mikoliunas"]
    mikoliunas.role, mikoliunas.count = "outfield", 5
    sent = af.sentences[0]
    prso = next(m for m in sent.mentions if m.key == "Dado Prso")
    assert colleague_swap(af, sent, prso) == "Nacho Novo"
