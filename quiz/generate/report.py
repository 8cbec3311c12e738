"""The rejection report: every candidate that did not make the bank, grouped by reason."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from quiz import atomic
from quiz.generate.candidate import Rejection


def render_report(rejections: list[Rejection]) -> str:
    """Markdown: a count per reason, then each rejected candidate under its reason."""
    groups: dict[str, list[Rejection]] = defaultdict(list)
    for r in rejections:
        groups[r.reason].append(r)
    order = sorted(groups, key=lambda k: (-len(groups[k]), k))
    lines = [
        "# Rejected candidates",
        "",
        f"{len(rejections)} candidates rejected.",
        "",
        "| reason | count |",
        "| --- | ---: |",
    ]
    lines += [f"| {reason} | {len(groups[reason])} |" for reason in order]
    for reason in order:
        lines += ["", f"## {reason}", ""]
        lines += [
            f"- `{r.article}` [{r.form}] {r.text.replace(chr(10), ' ')}" for r in groups[reason]
        ]
    return "\n".join(lines) + "\n"


def write_report(rejections: list[Rejection], path: str | Path) -> None:
    """Write the report atomically."""
    atomic.write_text(path, render_report(rejections))
