"""Article files and directories to cleaned Articles, with a report of what was skipped."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from quiz.bank.models import Article
from quiz.errors import QuizError
from quiz.ingest.decode import IngestError
from quiz.ingest.reader import SUFFIXES, read_article

__all__ = ["IngestError", "IngestResult", "ingest_paths", "list_article_files"]


@dataclass
class IngestResult:
    """Articles read (sorted by path) and the files skipped, each with a reason."""

    articles: list[Article] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def list_article_files(sources: list[str]) -> list[tuple[Path, str]]:
    """Expand files and directories (recursively) into (path, shown path) pairs, sorted."""
    found: list[tuple[Path, str]] = []
    for source in sources:
        path = Path(source)
        if not path.exists():
            raise QuizError(f"{source}: no such file or directory")
        if path.is_dir():
            found.extend((p, _shown(p)) for p in sorted(path.rglob("*")) if _is_article(p))
        else:
            found.append((path, _shown(path)))
    unique = {shown: (p, shown) for p, shown in found}
    return [unique[k] for k in sorted(unique)]


def _is_article(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in SUFFIXES and not path.name.startswith(".")


def _shown(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        rel = str(path)
    return Path(rel if not rel.startswith("..") else path.resolve()).as_posix()


def ingest_paths(sources: list[str]) -> IngestResult:
    """Read every article under ``sources``; bad files are skipped with a reason, not fatal."""
    result = IngestResult()
    seen: dict[str, str] = {}
    for path, shown in list_article_files(sources):
        try:
            article = read_article(path, shown)
        except IngestError as exc:
            result.skipped.append((shown, str(exc)))
            continue
        if article.id in seen:
            result.skipped.append((shown, f"same text as {seen[article.id]}"))
            continue
        seen[article.id] = shown
        result.articles.append(article)
    return result
