"""ReviewSession: decisions saved at once, undo, read-only mode, filters, search and sort."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from review_factory import NOON

from quiz.bank.curation import EditError, editable_values, load_curated
from quiz.bank.review import QuestionFields, load_review, sidecar_path
from quiz.errors import QuizError
from quiz.tui.review.session import Filters, ReviewSession


@pytest.fixture
def session(bank_path: Path) -> ReviewSession:
    return ReviewSession.open(bank_path, clock=lambda: NOON)


def _stored(session: ReviewSession) -> dict[str, dict[str, object]]:
    return json.loads(session.sidecar.read_text())["decisions"]


def test_each_change_is_saved_at_once_with_the_injected_time(session: ReviewSession) -> None:
    session.approve("final-mc-scorer")
    session.reject("final-tf-draw", "  too easy ")
    assert _stored(session) == {
        "final-mc-scorer": {"status": "approved", "updated": "2024-05-01T12:00:00Z"},
        "final-tf-draw": {
            "status": "rejected",
            "reason": "too easy",
            "updated": "2024-05-01T12:00:00Z",
        },
    }
    assert session.counts()["approved"] == 1 and session.counts()["rejected"] == 1


def test_reset_clears_the_status_and_drops_empty_decisions(session: ReviewSession) -> None:
    session.reject("final-tf-draw", "no")
    session.reset("final-tf-draw")
    assert _stored(session) == {}
    assert session.row("final-tf-draw").status == "none"


def test_undo_walks_back_every_change(session: ReviewSession) -> None:
    session.approve("final-mc-scorer")
    session.reject("final-mc-scorer", "changed my mind")
    assert session.undo() == "final-mc-scorer"
    assert session.row("final-mc-scorer").status == "approved"
    assert session.undo() == "final-mc-scorer"
    assert _stored(session) == {}
    assert session.undo() is None and not session.can_undo


def test_edit_is_stored_with_its_original_and_reset_keeps_it(session: ReviewSession) -> None:
    qid = "budget-mc-mayor"
    fields = editable_values(session.row(qid).generated).model_copy(
        update={"prompt": "Who is the city's mayor?"}
    )
    session.approve(qid)
    session.edit(qid, fields)
    session.reset(qid)
    stored = _stored(session)[qid]
    assert stored["edit"] == {"prompt": "Who is the city's mayor?"}
    assert stored["original"] == {"prompt": "Who is the mayor?"}
    assert session.row(qid).question.prompt == "Who is the city's mayor?"
    assert load_curated(session.sidecar.with_name("class.json")).questions[6].prompt == (
        "Who is the city's mayor?"
    )


def test_undo_reverts_an_edit(session: ReviewSession) -> None:
    qid = "final-qa-believing"
    fields = editable_values(session.row(qid).generated).model_copy(update={"tags": ["quotes"]})
    session.edit(qid, fields)
    assert session.row(qid).question.tags == ["quotes"] and session.counts()["edited"] == 1
    assert session.undo() == qid
    assert session.row(qid).question.tags == [] and not session.row(qid).edited
    assert _stored(session) == {}


def test_editing_back_to_the_original_clears_the_edit(session: ReviewSession) -> None:
    qid = "final-fb-city"
    original = editable_values(session.row(qid).generated)
    session.edit(qid, original.model_copy(update={"explanation": "Seville hosts it."}))
    session.edit(qid, original)
    assert not session.row(qid).edited and _stored(session) == {}


def test_an_invalid_edit_is_refused_and_not_saved(session: ReviewSession) -> None:
    with pytest.raises(EditError, match="not one of the choices"):
        session.edit("final-mc-scorer", QuestionFields(answer="Pele"))
    assert not sidecar_path(session.sidecar.with_name("class.json")).exists()


def test_orphans_are_kept_when_the_session_saves(tmp_path: Path) -> None:
    from review_factory import write_bank

    path = write_bank(tmp_path / "class.json")
    ReviewSession.open(path).reject("budget-mc-mayor", "wrong mayor")
    write_bank(path, without=("budget-mc-mayor",))
    later = ReviewSession.open(path)
    assert later.orphans() == ["budget-mc-mayor"] and later.counts()["orphans"] == 1
    later.approve("final-mc-scorer")
    assert load_review(later.sidecar).decisions["budget-mc-mayor"].reason == "wrong mayor"


def test_corrupt_sidecar_read_only_or_fresh(bank_path: Path) -> None:
    sidecar = sidecar_path(bank_path)
    sidecar.write_text("garbage")
    with pytest.raises(QuizError, match=r"class\.review\.json"):
        ReviewSession.open(bank_path)
    read_only, backup = ReviewSession.open_despite_corruption(bank_path, fresh=False)
    assert backup is None and read_only.read_only
    with pytest.raises(QuizError, match="cannot be saved"):
        read_only.approve("final-mc-scorer")
    assert sidecar.read_text() == "garbage"
    fresh, backup = ReviewSession.open_despite_corruption(bank_path, fresh=True)
    assert backup is not None and backup.read_text() == "garbage"
    fresh.approve("final-mc-scorer")
    assert load_review(sidecar).decisions["final-mc-scorer"].status == "approved"


def _ids(session: ReviewSession, **kwargs: object) -> list[str]:
    return [r.question.id for r in session.rows(Filters(**kwargs))]  # type: ignore[arg-type]


def test_filters_by_status_type_level_article_and_tag(session: ReviewSession) -> None:
    session.approve("budget-fb-month")
    session.reject("final-num-fans")
    assert _ids(session, status="approved") == ["budget-fb-month"]
    assert _ids(session, status="none", article="final") == [
        "final-mc-scorer",
        "final-tf-draw",
        "final-qa-believing",
        "final-fb-city",
    ]
    assert _ids(session, type="numeric") == ["final-num-fans", "budget-num-total"]
    assert _ids(session, difficulty="hard") == ["final-num-fans", "budget-fb-month"]
    assert _ids(session, tag="numbers", status="rejected") == ["final-num-fans"]


def test_search_looks_in_prompts_answers_and_quotes(session: ReviewSession) -> None:
    assert _ids(session, search="seville") == ["final-fb-city"]  # the answer
    assert _ids(session, search="Opposition") == ["budget-tf-hale"]  # only in the quote
    assert _ids(session, search="mayor ana") == ["budget-mc-mayor"]  # every word must match
    assert _ids(session, search="nothing like this") == []


def test_sort_orders_and_reverses(session: ReviewSession) -> None:
    session.reject("budget-fb-month")
    assert _ids(session, sort="status")[-1] == "budget-fb-month"
    by_level = _ids(session, sort="difficulty", descending=True)
    assert by_level[:2] == ["budget-fb-month", "final-num-fans"]
    prompts = [r.question.prompt.casefold() for r in session.rows(Filters(sort="prompt"))]
    assert prompts == sorted(prompts)


def test_facets_list_the_filter_values(session: ReviewSession) -> None:
    facets = session.facets()
    assert facets["difficulty"] == ["easy", "medium", "hard"]
    assert facets["tag"] == ["numbers", "politics", "sport"]
    assert facets["article"] == ["final", "budget"]


def test_a_failed_save_is_a_quiz_error_and_changes_nothing(
    session: ReviewSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    import quiz.tui.review.session as module

    session.approve("final-mc-scorer")

    def disk_full(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module, "save_review", disk_full)
    with pytest.raises(QuizError, match=r"cannot save .*No space left"):
        session.reject("final-mc-scorer", "meh")
    with pytest.raises(QuizError):
        session.undo()
    assert session.row("final-mc-scorer").status == "approved"
    assert session.review.decisions["final-mc-scorer"].status == "approved"
    monkeypatch.undo()
    assert session.undo() == "final-mc-scorer" and not session.can_undo
    assert _stored(session) == {}
