"""Fixtures for the export tests: fixture banks, a renderer, and Node with gift-pegjs."""

from __future__ import annotations

import shutil
from collections.abc import Callable

import pytest
from export_factory import make_bank
from export_readers import GIFT_PEGJS

from quiz.bank.models import Bank
from quiz.export.base import ExportOptions, Rendered
from quiz.export.registry import get

RenderFn = Callable[..., Rendered]


@pytest.fixture
def bank() -> Bank:
    """The nasty fixture bank: every type, every special character, long text."""
    return make_bank()


@pytest.fixture
def render(bank: Bank) -> RenderFn:
    """``render("gift", category=...)``: the fixture bank in a format, with options."""

    def _render(name: str, source: Bank | None = None, **options: object) -> Rendered:
        return get(name).render(source or bank, ExportOptions(**options))  # type: ignore[arg-type]

    return _render


@pytest.fixture(scope="session")
def node() -> str:
    """The node binary, when Node and gift-pegjs are installed (else the test is skipped)."""
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed")
    if not (GIFT_PEGJS / "package.json").is_file():
        pytest.skip(
            "gift-pegjs is not installed: npm install --prefix tests/data/export/node "
            "gift-pegjs@1.0.2"
        )
    return found
