"""Ingest speed over the shared corpora (clean wire stories and web pages): articles per second, median and p95 ms per article, for
extraction alone and for extraction plus loading into a fresh, migrated SQLite file (one
transaction per article, as `bilateral ingest` does).

Usage: python bench/bench_extract.py [--rounds N] [--load-rounds N] [FILE_OR_DIR ...]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy.orm import Session  # noqa: E402

from app.db.engine import create_db_engine  # noqa: E402
from app.db.migrate import upgrade  # noqa: E402
from app.ingest.extract import extract  # noqa: E402
from app.ingest.load import ArticleLoader  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEFAULT_CORPORA = [SHARED / "corpus", SHARED / "corpus-web"]


def _article_paths(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.glob("*.txt")) if p.is_dir() else [p])
    return out


def _summary(texts: list[str], rounds: int, samples: list[float], elapsed: float) -> dict[str, float]:
    samples.sort()
    return {
        "articles": float(len(texts)),
        "rounds": float(rounds),
        "articles_per_second": len(samples) / elapsed if elapsed else 0.0,
        "median_ms": statistics.median(samples),
        "p95_ms": samples[min(len(samples) - 1, int(0.95 * len(samples)))],
    }


def run_ingest_bench(paths: list[Path], rounds: int = 5) -> dict[str, float]:
    """Time extract + load + commit per article; each round loads every article into a new database."""
    texts = [p.read_text(encoding="utf-8") for p in paths]
    samples: list[float] = []
    elapsed = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        for round_number in range(rounds + 1):  # round 0 warms up
            url = f"sqlite:///{tmp}/bench-{round_number}.db"
            upgrade(url)
            engine = create_db_engine(url)
            started = time.perf_counter()
            for text in texts:
                t0 = time.perf_counter()
                with Session(engine) as session, session.begin():
                    ArticleLoader(session).load(text, extract(text))
                if round_number:
                    samples.append((time.perf_counter() - t0) * 1000)
            if round_number:
                elapsed += time.perf_counter() - started
            engine.dispose()
    return _summary(texts, rounds, samples, elapsed)


def run_extract_bench(paths: list[Path], rounds: int = 50) -> dict[str, float]:
    """Time `extract` alone on every article, `rounds` times; the first (warm-up) pass is not timed."""
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for t in texts:
        extract(t)
    samples: list[float] = []
    started = time.perf_counter()
    for _ in range(rounds):
        for t in texts:
            t0 = time.perf_counter()
            extract(t)
            samples.append((time.perf_counter() - t0) * 1000)
    return _summary(texts, rounds, samples, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", type=Path, default=DEFAULT_CORPORA)
    ap.add_argument("--rounds", type=int, default=50, help="rounds of extraction alone")
    ap.add_argument("--load-rounds", type=int, default=5, help="rounds of extraction plus loading")
    args = ap.parse_args(argv)
    paths = _article_paths(args.paths)
    if not paths:
        print("no articles found", file=sys.stderr)
        return 2
    r = run_extract_bench(paths, args.rounds)
    print(f"extract: {int(r['articles'])} articles x {int(r['rounds'])} rounds")
    print(f"  {r['articles_per_second']:.0f} articles/s  median {r['median_ms']:.2f} ms  p95 {r['p95_ms']:.2f} ms")
    r = run_ingest_bench(paths, args.load_rounds)
    print(f"extract + load on SQLite: {int(r['articles'])} articles x {int(r['rounds'])} rounds, one transaction each")
    print(f"  {r['articles_per_second']:.0f} articles/s  median {r['median_ms']:.2f} ms  p95 {r['p95_ms']:.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
