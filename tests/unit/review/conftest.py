"""Fixtures for the review unit tests: sample banks written to tmp_path."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from review_factory import write_bank


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    """The two-article sample bank, saved as tmp_path/class.json."""
    return write_bank(tmp_path / "class.json")
