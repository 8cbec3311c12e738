"""How long `quiz build` takes compared with bare spaCy parsing of the same texts.

Both are measured in one run, on the same machine, with the same loaded pipeline, so the ratio is
meaningful even though the absolute times are not. The target is a ratio of at most 1.5.

    python benchmarks/bench_build.py [SOURCES...]     (default: ../shared/corpus, else seeds/)
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from quiz.facts.nlp import load_pipeline, parse
from quiz.generate.pipeline import BuildOptions, build_bank
from quiz.ingest import ingest_paths

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("QUIZ_BENCH_ROUNDS", "3"))


def default_sources() -> list[str]:
    corpus = ROOT.parent / "shared" / "corpus"
    return [str(corpus if corpus.is_dir() else ROOT / "seeds")]


def bare_parse(nlp, texts: list[str]) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    for _ in parse(nlp, texts):
        pass
    return time.perf_counter() - start


def full_build(nlp, sources: list[str]) -> tuple[float, int, int]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    articles = ingest_paths(sources).articles
    bank = build_bank(articles, BuildOptions(), nlp=nlp).bank
    return time.perf_counter() - start, len(articles), len(bank.questions)


def main() -> None:
    sources = sys.argv[1:] or default_sources()
    nlp = load_pipeline()
    articles = ingest_paths(sources).articles
    paragraphs = [p for a in articles for p in a.text.split("\n\n")]
    bare_parse(nlp, paragraphs[:200])  # warm-up
    parse_runs, build_runs = [], []
    for _ in range(ROUNDS):  # interleaved, best of each, so background load hits both alike
        parse_runs.append(bare_parse(nlp, paragraphs))
        build_s, n_articles, n_questions = full_build(nlp, sources)
        build_runs.append(build_s)
    parse_s, build_s = min(parse_runs), min(build_runs)
    print(f"sources: {' '.join(sources)}")
    print(f"articles: {n_articles}, questions: {n_questions}")
    print(f"best of {ROUNDS} interleaved runs each")
    print(f"bare spaCy parse (nlp.pipe over the same paragraphs): {parse_s:.2f} s")
    print(f"quiz build (ingest + parse + generate):               {build_s:.2f} s")
    print(f"ratio build / parse: {build_s / parse_s:.2f}  (target <= 1.5)")


if __name__ == "__main__":
    main()
