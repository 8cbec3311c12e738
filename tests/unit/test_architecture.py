"""Dependency rules from STYLE.md, checked in a clean interpreter so they stay true."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE = [
    "quiz.bank",
    "quiz.ingest",
    "quiz.facts.model",
    "quiz.generate.candidate",
    "quiz.game",
    "quiz.store",
    "quiz.export",
    "quiz.cli",
]


def imported_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return {name.split(".")[0] for name in out.stdout.split()}


@pytest.mark.parametrize("module", CORE)
def test_core_never_imports_textual_or_spacy(module: str) -> None:
    loaded = imported_after(f"import {module}")
    assert "textual" not in loaded
    assert "spacy" not in loaded


def test_cli_entry_point_stays_light() -> None:
    loaded = imported_after("from quiz.cli import cli")
    assert not {"spacy", "textual", "trafilatura", "openpyxl", "genanki"} & loaded
