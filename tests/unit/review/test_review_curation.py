"""load_curated and friends: statuses, edits, rebuilds, orphans, validation messages, stats."""

from __future__ import annotations

from pathlib import Path

import pytest
from review_factory import make_bank, write_bank

from quiz.bank import Question, load_bank
from quiz.bank.curation import (
    check_fields,
    curate,
    editable_values,
    load_curated,
    make_edit,
    orphan_ids,
    review_stats,
)
from quiz.bank.review import Decision, QuestionFields, ReviewFile, save_review, sidecar_path
from quiz.errors import QuizError


def _decide(bank_path: Path, **decisions: Decision) -> None:
    save_review(ReviewFile(decisions=decisions), sidecar_path(bank_path))


def _ids(path: Path, **kwargs: bool) -> list[str]:
    return [q.id for q in load_curated(path, **kwargs).questions]


def test_without_a_sidecar_the_bank_is_used_as_built(bank_path: Path) -> None:
    assert load_curated(bank_path) == load_bank(bank_path)


def test_rejected_are_left_out_and_approved_only_keeps_approved(bank_path: Path) -> None:
    _decide(
        bank_path,
        **{
            "final-mc-scorer": Decision(status="approved"),
            "budget-mc-mayor": Decision(status="approved"),
            "final-tf-draw": Decision(status="rejected", reason="too easy"),
        },
    )
    every = [q.id for q in load_bank(bank_path).questions]
    assert _ids(bank_path) == [i for i in every if i != "final-tf-draw"]
    assert _ids(bank_path, approved_only=True) == ["final-mc-scorer", "budget-mc-mayor"]


def test_edits_are_applied_and_the_result_is_a_valid_question(bank_path: Path) -> None:
    edit = QuestionFields(
        prompt="Who scored Madrid's second goal?",
        choices=["Jude Bellingham", "Kylian Mbappe", "Luka Modric", "Rodrygo"],
        difficulty="hard",
        tags=["football"],
    )
    original = QuestionFields(prompt="Who scored the second goal against Real Sociedad?")
    _decide(bank_path, **{"final-mc-scorer": Decision(edit=edit, original=original)})
    question = load_curated(bank_path).questions[0]
    assert question.prompt == "Who scored Madrid's second goal?"
    assert question.choices[1] == "Kylian Mbappe"
    assert (question.difficulty, question.tags, question.answer) == (
        "hard",
        ["football"],
        "Jude Bellingham",
    )
    assert question.sources == load_bank(bank_path).questions[0].sources


def test_decisions_survive_a_rebuild_with_an_extra_article(tmp_path: Path) -> None:
    path = write_bank(tmp_path / "class.json")
    _decide(
        path,
        **{
            "budget-tf-hale": Decision(status="rejected"),
            "final-fb-city": Decision(
                status="approved",
                edit=QuestionFields(prompt="Where is the final? ____"),
                original=QuestionFields(prompt="The final will be played in ____ in April."),
            ),
        },
    )
    write_bank(path, with_space=True)  # rebuilt: same ids for old questions, plus new ones
    curated = load_curated(path)
    ids = [q.id for q in curated.questions]
    assert "budget-tf-hale" not in ids
    assert {"space-num-weight", "space-mc-engineer"} <= set(ids)
    assert next(q for q in curated.questions if q.id == "final-fb-city").prompt == (
        "Where is the final? ____"
    )
    assert _ids(path, approved_only=True) == ["final-fb-city"]


def test_orphans_are_found_and_do_not_break_loading(tmp_path: Path) -> None:
    path = write_bank(tmp_path / "class.json", without=("budget-mc-mayor",))
    review = ReviewFile(
        decisions={
            "budget-mc-mayor": Decision(status="rejected", reason="wrong"),
            "final-tf-draw": Decision(status="approved"),
        }
    )
    assert orphan_ids(load_bank(path), review) == ["budget-mc-mayor"]
    save_review(review, sidecar_path(path))
    assert "final-tf-draw" in _ids(path, approved_only=True)


def test_an_edit_that_no_longer_fits_is_a_clear_error(bank_path: Path) -> None:
    stale = QuestionFields(answer="Someone else")
    _decide(bank_path, **{"budget-mc-mayor": Decision(edit=stale, original=QuestionFields())})
    with pytest.raises(QuizError, match="budget-mc-mayor") as info:
        load_curated(bank_path)
    assert str(sidecar_path(bank_path)) in str(info.value)
    assert "quiz review" in str(info.value)


def test_a_corrupt_sidecar_is_a_quiz_error_naming_it(bank_path: Path) -> None:
    sidecar_path(bank_path).write_text('{"schema_version": 1, "decisions": [')
    with pytest.raises(QuizError, match=r"class\.review\.json"):
        load_curated(bank_path)


def _question(qid: str) -> Question:
    return next(q for q in make_bank().questions if q.id == qid)


@pytest.mark.parametrize(
    ("qid", "fields", "problem"),
    [
        ("final-mc-scorer", QuestionFields(answer="Pele"), "the key 'Pele' is not one of"),
        ("final-mc-scorer", QuestionFields(prompt="   "), "the prompt must not be empty"),
        (
            "final-mc-scorer",
            QuestionFields(choices=["Jude Bellingham", "Rodrygo", "rodrygo", "Modric"]),
            "choices must be unique",
        ),
        ("final-num-fans", QuestionFields(answer="lots"), "is not a number"),
        ("final-tf-draw", QuestionFields(answer="Maybe"), "not one of the choices"),
    ],
)
def test_check_fields_explains_what_to_fix(qid: str, fields: QuestionFields, problem: str) -> None:
    problems = check_fields(_question(qid), fields)
    assert any(problem in p for p in problems), problems


def test_check_fields_accepts_a_valid_edit() -> None:
    question = _question("final-mc-scorer")
    fields = editable_values(question).model_copy(update={"answer": "Rodrygo"})
    assert check_fields(question, fields) == []


def test_make_edit_keeps_only_changes_and_their_originals() -> None:
    question = _question("budget-fb-month")
    fields = editable_values(question).model_copy(update={"difficulty": "easy"})
    edit, original = make_edit(question, fields)
    assert edit.values() == {"difficulty": "easy"}
    assert original.values() == {"difficulty": "hard"}
    assert make_edit(question, editable_values(question))[0].values() == {}


def test_review_stats_counts_statuses_types_levels_and_articles() -> None:
    bank = make_bank()
    review = ReviewFile(
        decisions={
            "final-mc-scorer": Decision(status="approved"),
            "final-tf-draw": Decision(status="rejected"),
            "gone": Decision(status="approved"),
            "budget-fb-month": Decision(
                edit=QuestionFields(difficulty="easy"), original=QuestionFields(difficulty="hard")
            ),
        }
    )
    stats = review_stats(bank, review)
    assert (stats.total, stats.edited, stats.orphans) == (9, 1, 1)
    assert dict(stats.status) == {"approved": 1, "rejected": 1, "none": 7}
    assert stats.type["numeric"] == 2 and stats.type["quote_attribution"] == 1
    assert dict(stats.difficulty) == {"medium": 4, "easy": 4, "hard": 1}
    assert dict(stats.article) == {"Madrid reach the final": 5, "Council passes budget": 4}


def test_curate_leaves_articles_alone() -> None:
    bank = make_bank()
    review = ReviewFile(decisions={"final-mc-scorer": Decision(status="rejected")})
    assert curate(bank, review).articles == bank.articles
