"""Every format on a large bank: every question accounted for, and byte-identical reruns."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable

import pytest
from export_factory import large_bank, make_bank
from export_readers import (
    GIFT_PEGJS,
    read_apkg,
    read_blooket,
    read_csv,
    read_gift,
    read_kahoot,
    read_markdown,
    read_moodle,
    read_qti,
    read_quizizz,
)

from quiz.bank.curation import load_curated
from quiz.bank.models import Bank
from quiz.export.base import ExportOptions
from quiz.export.registry import formats, get
from quiz.export.shorten import fit_text
from quiz.export.textutil import one_line
from quiz.paths import default_bank

#: 1,500 keeps the suite quick; QUIZ_EXPORT_LARGE=5000 runs the full-size check.
LARGE = int(os.environ.get("QUIZ_EXPORT_LARGE", "1500"))


PROMPT_AS_KEY: dict[str, Callable[[str], str | None]] = {
    "kahoot": lambda prompt: fit_text(prompt, 120),
    "quizizz": lambda prompt: prompt,
    "blooket": one_line,
}


@pytest.fixture(scope="module")
def big() -> Bank:
    return large_bank(LARGE)


def _keys(name: str, data: bytes) -> list[str]:
    """What each reader gives back as the question's key (id, or prompt where no id is kept)."""
    if name == "gift":
        node = shutil.which("node")
        if node is None or not GIFT_PEGJS.is_dir():
            pytest.skip("node or gift-pegjs missing")
        return [item.key for item in read_gift(data, node)]
    readers = {
        "csv": read_csv,
        "qti": read_qti,
        "anki": read_apkg,
        "kahoot": read_kahoot,
        "quizizz": read_quizizz,
        "blooket": read_blooket,
    }
    if name == "moodle-xml":
        return [item.key for item in read_moodle(data)[1]]
    if name == "json":
        return [q.id for q in Bank.model_validate_json(data).questions]
    if name == "markdown":
        texts = read_markdown(data)
        questions = texts[texts.index("Questions") : texts.index("Answer key")]
        return [t for t in questions if re.match(r"\d+\. ", t)]
    return [item.key for item in readers[name](data)]


@pytest.fixture(scope="module")
def shipped() -> Bank:
    """The shipped bank, loaded as ``quiz export`` loads it (skipped before it exists)."""
    path = default_bank()
    if not path.is_file():
        pytest.skip(f"no shipped bank at {path}")
    return load_curated(path)


@pytest.mark.parametrize("name", sorted(formats()))
def test_shipped_bank_every_question_accounted_for(name: str, shipped: Bank) -> None:
    _check_accounted(name, shipped, typed_skips_only=False)


@pytest.mark.parametrize("name", sorted(formats()))
def test_large_bank_every_question_accounted_for(name: str, big: Bank) -> None:
    _check_accounted(name, big, typed_skips_only=True)


def _check_accounted(name: str, big: Bank, *, typed_skips_only: bool) -> None:
    rendered = get(name).render(big, ExportOptions())
    ids = [q.id for q in big.questions]
    skipped = [s.question_id for s in rendered.skipped]
    assert sorted(rendered.exported + skipped) == sorted(ids)
    keys = _keys(name, rendered.data)
    assert len(keys) == len(rendered.exported)
    by_id = {q.id: q for q in big.questions}
    if name in PROMPT_AS_KEY:  # these templates keep prompts, not ids
        assert keys == [PROMPT_AS_KEY[name](by_id[i].prompt) for i in rendered.exported]
    elif name == "markdown":
        assert keys == [f"{n}. {by_id[i].prompt}" for n, i in enumerate(rendered.exported, 1)]
    else:
        assert keys == rendered.exported
    if name not in ("kahoot", "blooket"):
        assert skipped == []
    elif typed_skips_only:
        assert {by_id[i].type for i in skipped} == {"fill_blank", "numeric"}
    else:  # real prompts may be too long for Kahoot; every skip still has a reason
        assert all(s.reason for s in rendered.skipped)


@pytest.mark.parametrize("name", sorted(formats()))
def test_same_bank_and_flags_give_identical_bytes(name: str) -> None:
    options = ExportOptions(title="Week 1", category="News")
    first = get(name).render(make_bank(), options).data
    second = get(name).render(make_bank(), options).data
    assert first == second
