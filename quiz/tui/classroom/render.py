"""Rich text for the presenter screens (pure functions of the session, easy to test)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from quiz.classroom import ClassSession, Standing, TeamAnswer
from quiz.tui.widgets.tiles import LETTERS, SHAPES

PLACES = {1: "1st", 2: "2nd", 3: "3rd"}
#: The answer tiles' colours (as in quiz.tcss); shapes and letters carry the same meaning.
TILE_COLOURS = ("#c0182f", "#1261c0", "#9a6f00", "#1f7a0a")


def status_text(session: ClassSession) -> Text:
    """``Question 2 / 10`` plus whose turn it is (turns mode) and the recording order flag."""
    text = Text(f"Question {session.position + 1} / {len(session.states)}", style="bold")
    if session.state.turn:
        text.append("   Turn: ", style="bold")
        text.append(session.state.turn, style="bold reverse")
    if session.state.ordered:
        text.append("   order on: speed counts", style="italic")
    return text


def team_strip(session: ClassSession, typed: str = "") -> Text:
    """Numbered teams with ✓ once recorded (never the choice: no hints, no scores)."""
    text = Text()
    for number, team in enumerate(session.active, 1):
        done = session.state.entry_for(team) is not None
        text.append(f" {number} ", style="bold reverse")
        text.append(f" {team} {'✓' if done else '·'}  ", style="bold" if done else "")
    if typed:
        text.append(f"  team {typed} → press A-D", style="bold underline")
    return text


def choice_chart(session: ClassSession, answers: Sequence[TeamAnswer], width: int) -> Text:
    """One line per choice: tile shape and letter, a bar of how many teams chose it, who."""
    question = session.question
    bar_room = max((width - 36) // 2, 4)
    most = max((sum(a.given == c for a in answers) for c in question.choices), default=0) or 1
    text = Text()
    for index, choice in enumerate(question.choices):
        who = [a.team for a in answers if a.given == choice]
        right = choice == question.answer
        style = "bold reverse" if right else ""
        text.append(f"{'✔' if right else ' '} {SHAPES[index]} {LETTERS[index]} ", style="bold")
        text.append(f"{choice[:22]:<22} ", style=style)
        text.append("█" * round(bar_room * len(who) / most) or "", style=TILE_COLOURS[index])
        text.append(f" {len(who)}  {', '.join(who)}\n")
    missing = [a.team for a in answers if a.given is None]
    if missing:
        text.append(f"  no answer: {', '.join(missing)}\n", style="italic")
    return text


def points_text(answers: Sequence[TeamAnswer]) -> Text:
    """``Red +1,100 ✔  Blue +0 ✘`` for the question just revealed."""
    text = Text("Points: ", style="bold")
    for answer in answers:
        mark = "✔" if answer.correct else "✘"
        text.append(
            f"{answer.team} +{answer.points:,} {mark}   ", style="bold" if answer.correct else ""
        )
    return text


def board_text(rows: Sequence[Standing], *, width: int) -> Text:
    """Leaderboard lines: place, team, a score bar, score."""
    top = max((r.score for r in rows), default=0) or 1
    bar_room = max(width - 44, 4)
    text = Text()
    for row in rows:
        place = PLACES.get(row.place, f"{row.place}th")
        text.append(f" {place:>4}  ", style="bold")
        text.append(f"{row.team:<24} ", style="bold")
        text.append("█" * round(bar_room * row.score / top))
        text.append(f" {row.score:,}\n", style="bold")
    return text
