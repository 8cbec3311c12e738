"""The engine and store stay free of Textual and the NLP stack (checked in a fresh interpreter)."""

import subprocess
import sys


def test_engine_and_store_do_not_import_textual_or_spacy() -> None:
    code = (
        "import sys, quiz.game, quiz.store, quiz.game.sample;"
        "bad = [m for m in ('textual', 'spacy') if m in sys.modules];"
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
