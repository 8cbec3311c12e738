"""The numbers of a session report: an overview per team and a table per question."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.classroom import ClassSession, TeamAnswer, standings
from quiz.classroom.state import QuestionState

LETTERS = "ABCD"


@dataclass(frozen=True, slots=True)
class OverviewRow:
    """One team's line of the overview."""

    place: int
    team: str
    correct: int
    incorrect: int
    score: int
    accuracy: float
    """0.0-1.0."""
    answers: tuple[str, ...]
    """Per reported question: ``"B (right)"``, ``"C (wrong)"``, ``"none"`` or ``""`` (not asked)."""


@dataclass(frozen=True, slots=True)
class QuestionRow:
    """One team's answer to one question."""

    team: str
    answer: str
    """``"B: Ariane 5"`` or ``"none"``."""
    correct: bool
    seconds: float | None
    points: int


@dataclass(frozen=True, slots=True)
class QuestionReport:
    """One question of the session."""

    number: int
    """1-based position in the session."""
    prompt: str
    correct_answer: str
    skipped: bool
    rows: tuple[QuestionRow, ...]

    @property
    def percent_correct(self) -> float:
        """Share of teams that were right, 0-100 (0 when nobody was scored)."""
        if not self.rows:
            return 0.0
        return 100.0 * sum(r.correct for r in self.rows) / len(self.rows)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a report file shows."""

    session_id: int
    bank: str
    mode: str
    started_at: str
    finished: bool
    overview: tuple[OverviewRow, ...]
    questions: tuple[QuestionReport, ...]


def build_report(
    session: ClassSession, *, session_id: int, started_at: str = "", finished: bool = True
) -> Report:
    """The report of ``session`` (questions that were revealed or skipped, every team)."""
    answers = session.answers()
    shown = [s for s in session.states if s.revealed]
    questions = tuple(_question(state, answers) for state in shown)
    overview = tuple(_overview(session, answers, shown))
    config = session.config
    return Report(session_id, config.bank, config.mode, started_at, finished, overview, questions)


def choice_label(state: QuestionState, given: str | None) -> str:
    """``"B: Ariane 5"`` for a choice (letter by its tile), ``"none"`` for no answer."""
    if given is None:
        return "none"
    choices = state.question.choices
    return f"{LETTERS[choices.index(given)]}: {given}" if given in choices else given


def _question(state: QuestionState, answers: list[TeamAnswer]) -> QuestionReport:
    mine = [a for a in answers if a.position == state.position]
    rows = tuple(
        QuestionRow(a.team, choice_label(state, a.given), a.correct, a.elapsed, a.points)
        for a in mine
    )
    question = state.question
    answer = choice_label(state, question.answer)
    return QuestionReport(state.position + 1, question.prompt, answer, state.skipped, rows)


def _overview(
    session: ClassSession, answers: list[TeamAnswer], shown: list[QuestionState]
) -> list[OverviewRow]:
    cells = {(a.team, a.position): _cell(a, session) for a in answers}
    rows = []
    for row in standings(answers, session.teams):
        per_question = tuple(cells.get((row.team, s.position), "") for s in shown)
        rows.append(
            OverviewRow(row.place, row.team, row.correct, row.incorrect, row.score,
                        row.accuracy, per_question)
        )  # fmt: skip
    return rows


def _cell(answer: TeamAnswer, session: ClassSession) -> str:
    if answer.given is None:
        return "none"
    state = session.states[answer.position]
    letter = choice_label(state, answer.given).split(":")[0]
    return f"{letter} ({'right' if answer.correct else 'wrong'})"
