"""The classroom model, reports and session store stay UI-free (reusable by a network host)."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.parametrize(
    "module", ["quiz.classroom", "quiz.classroom.persist", "quiz.report", "quiz.store.sessions"]
)
def test_classroom_core_never_imports_textual(module: str) -> None:
    code = f"import sys, {module}; print(' '.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    loaded = {name.split(".")[0] for name in out.stdout.split()}
    assert not {"textual", "spacy", "websockets"} & loaded
    assert "quiz" in loaded
