"""quiz.net is UI-free: the server, client and host logic never import Textual (or spaCy)."""

from __future__ import annotations

import subprocess
import sys


def test_net_core_imports_no_textual_or_spacy() -> None:
    code = (
        "import sys, quiz.net.server, quiz.net.client, quiz.net.record, quiz.net.game;"
        " print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    )
    modules = set(loaded.stdout.split())
    assert "websockets" in modules
    assert not {"textual", "spacy"} & modules
