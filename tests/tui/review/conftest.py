"""Fixtures for the review browser's Pilot tests: a sample bank and a frozen clock."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[2] / "unit" / "review"))

from review_factory import write_bank


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    """The two-article sample bank, saved as tmp_path/class.json."""
    return write_bank(tmp_path / "class.json")
