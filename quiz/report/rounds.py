"""Reports for network games: the same Report as classroom sessions, built from stored rounds.

A ``quiz host`` game is a round with mode ``"host"``: its students are the round's players and
every answer is a stored row, so the overview and per-question tables come straight from the
database, with prompts and keys read back from the round's bank.
"""

from __future__ import annotations

from collections import defaultdict

from quiz.bank.models import Question
from quiz.report.build import LETTERS, OverviewRow, QuestionReport, QuestionRow, Report
from quiz.store.db import RoundInfo, StoredAnswer


def build_round_report(
    info: RoundInfo, answers: list[StoredAnswer], questions: dict[str, Question]
) -> Report:
    """The report of one stored round (``questions`` maps ids to the bank's questions)."""
    by_position: dict[int, list[StoredAnswer]] = defaultdict(list)
    for a in answers:
        by_position[a.position].append(a)
    reports = tuple(
        _question(pos, rows, questions.get(rows[0].question_id))
        for pos, rows in sorted(by_position.items())
    )
    players = sorted({a.player for a in answers} | set(filter(None, info.players.split(", "))))
    overview = _overview(players, answers, sorted(by_position), questions)
    return Report(info.id, info.bank, "host", info.started_at[:16].replace("T", " "),
                  info.finished, overview, reports)  # fmt: skip


def _label(question: Question | None, given: str | None) -> str:
    if given is None:
        return "none"
    if question is not None and given in question.choices:
        return f"{LETTERS[question.choices.index(given)]}: {given}"
    return given


def _question(pos: int, rows: list[StoredAnswer], q: Question | None) -> QuestionReport:
    table = tuple(
        QuestionRow(a.player, _label(q, a.given), a.correct, a.elapsed, a.points) for a in rows
    )
    prompt = q.prompt if q else rows[0].question_id
    key = _label(q, q.answer) if q else "?"
    return QuestionReport(pos + 1, prompt, key, False, table)


def _overview(
    players: list[str],
    answers: list[StoredAnswer],
    positions: list[int],
    questions: dict[str, Question],
) -> tuple[OverviewRow, ...]:
    totals = []
    for name in players:
        mine = {a.position: a for a in answers if a.player == name}
        right = sum(a.correct for a in mine.values())
        cells = tuple(_cell(mine.get(p), questions) for p in positions)
        score = sum(a.points for a in mine.values())
        totals.append((score, name, right, len(mine) - right, cells))
    totals.sort(key=lambda t: (-t[0], t[1]))
    rows, place = [], 0
    for i, (score, name, right, wrong, cells) in enumerate(totals):
        place = place if i and score == totals[i - 1][0] else i + 1
        asked = right + wrong
        rows.append(OverviewRow(place, name, right, wrong, score,
                                right / asked if asked else 0.0, cells))  # fmt: skip
    return tuple(rows)


def _cell(a: StoredAnswer | None, questions: dict[str, Question]) -> str:
    if a is None:
        return ""
    if a.given is None:
        return "none"
    letter = _label(questions.get(a.question_id), a.given).split(":")[0]
    return f"{letter} ({'right' if a.correct else 'wrong'})"
