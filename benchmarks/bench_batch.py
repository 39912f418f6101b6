#!/usr/bin/env python3
"""Batch throughput on 1 worker and on N, in the same run: ``newsparse batch`` and ``parse_many``.

    python benchmarks/bench_batch.py [--workers N] [--rounds R] [--shared PATH]

Inputs: the HTML and article-text pages of the shared corpus when
``../shared`` is present (else the bundled examples, repeated). For
``newsparse batch`` they are written as a folder of .html and .txt files and
parsed into a JSON Lines file; ``parse_many`` gets them as a list of strings
and its articles are consumed in order. Each round times one worker, then N
workers, on the same pages (pool start-up included: what a user's batch
pays), the order alternating from round to round; the report gives pages/s
and MB/s, the speed-up of each round, the median speed-up, and how many cores
the N workers kept busy. On a machine with N free cores both are close to N.
"""

from __future__ import annotations

import argparse
import gzip
import os
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsparse
from newsparse import batch_command


def pages(shared: Path) -> list[str]:
    """The corpus's HTML pages and article texts, or the examples when there is no corpus."""
    corpus = shared / "corpus"
    docs = [gzip.decompress(p.read_bytes()).decode("utf-8") for p in sorted(corpus.glob("*/*/page.html.gz"))]
    docs += [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*/*/article.txt"))]
    if not docs:
        examples = ROOT / "examples"
        docs = [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.*[lt]"))] * 200
    return docs


def timed_parse_many(docs: list[str], workers: int) -> float:
    """Seconds to parse *docs* with *workers* processes (results consumed, in order)."""
    t0 = time.perf_counter()
    for result in newsparse.parse_many(docs, workers=workers, errors="yield"):
        if isinstance(result, newsparse.Failure):
            raise SystemExit(f"unexpected failure: {result}")
    return time.perf_counter() - t0


def folder_of(docs: list[str], where: Path) -> Path:
    """*docs* as a folder of page files (HTML as .html, text as .txt)."""
    folder = where / "pages"
    folder.mkdir()
    for k, doc in enumerate(docs):
        suffix = ".html" if doc.lstrip()[:1] == "<" else ".txt"
        (folder / f"{k:06d}{suffix}").write_text(doc, encoding="utf-8")
    return folder


def timed_batch(folder: Path, out: Path, workers: int) -> float:
    """Seconds for ``newsparse batch FOLDER -o OUT --workers N`` (run in this process)."""
    t0 = time.perf_counter()
    status = batch_command.main([str(folder), "-o", str(out), "--force", "--workers", str(workers)])
    if status:
        raise SystemExit(f"newsparse batch exited with {status}")
    return time.perf_counter() - t0


def _cpu() -> float:
    """Processor seconds of this process and its finished children."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def report(name: str, run: Callable[[int], float], pages: int, size: float, workers: int, rounds: int) -> float:
    """Time *run* on 1 and on *workers* workers, *rounds* times; print and return the median speed-up.

    The order alternates (1 then N, N then 1) so that a drift of the machine's
    speed during the run falls on both sides; ``cores busy`` is processor time
    over wall time of the N-worker run (N for a perfect spread of the work)."""
    print(f"\n{name}")
    print(f"{'round':>5}  {'1 worker pages/s':>16}  {'MB/s':>6}  {f'{workers} workers pages/s':>17}  {'MB/s':>6}  "
          f"speed-up  cores busy")
    ups, busy = [], []
    for k in range(1, rounds + 1):
        times: dict[int, float] = {}
        for w in ((1, workers) if k % 2 else (workers, 1)):
            cpu = _cpu()
            times[w] = run(w)
            if w == workers:
                busy.append((_cpu() - cpu) / times[w])
        one, many = times[1], times[workers]
        ups.append(one / many)
        print(f"{k:>5}  {pages / one:>16.1f}  {size / one:>6.2f}  {pages / many:>17.1f}  {size / many:>6.2f}  "
              f"{one / many:>7.2f}x  {busy[-1]:>10.2f}")
    median = statistics.median(ups)
    print(f"median speed-up on {workers} workers: {median:.2f}x (median cores busy {statistics.median(busy):.2f})")
    return median


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=2, help="workers to compare with one (default 2)")
    ap.add_argument("--rounds", type=int, default=7, help="rounds of (1 worker, N workers) (default 7)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    docs = pages(args.shared)
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    newsparse.parse("warm up")  # (the rule tables: built once, inherited by forked workers)
    print(f"{len(docs)} pages, {size:.1f} MB; {os.cpu_count()} cores; workers: 1 and {args.workers}")
    with tempfile.TemporaryDirectory() as tmp:
        folder, out = folder_of(docs, Path(tmp)), Path(tmp) / "out.jsonl"
        report("newsparse batch (folder -> JSON Lines)", lambda w: timed_batch(folder, out, w), len(docs), size,
               args.workers, args.rounds)
    report("parse_many (list -> articles)", lambda w: timed_parse_many(docs, w), len(docs), size, args.workers,
           args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
