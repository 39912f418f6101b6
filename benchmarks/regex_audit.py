#!/usr/bin/env python3
"""Time every regular expression in newsparse on its adversarial 100,000-character strings.

    python benchmarks/regex_audit.py [--limit-ms 50] [--top 15] [--jobs N]

For each pattern (see ``newsparse.audit.patterns``) the slowest ``search`` or
``match`` over its adversarial strings is reported; the run fails (exit 1)
when any pattern takes longer than the limit.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from newsparse import audit


def _worst(index: int) -> tuple[float, str, str]:
    """The slowest search or match of pattern number *index* over its adversarial strings."""
    name, pattern = list(audit.patterns())[index]
    worst, worst_kind = 0.0, ""
    for text in audit.adversarial_strings(pattern):
        for kind in ("search", "match"):
            t0 = time.perf_counter()
            getattr(pattern, kind)(text)
            dt = time.perf_counter() - t0
            if dt > worst:
                worst, worst_kind = dt, f"{kind} on {text[:12]!r}..."
    return worst * 1000, name, worst_kind


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit-ms", type=float, default=50.0)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--jobs", type=int, default=1, help="processes (default 1: timings undisturbed by each other)")
    args = ap.parse_args(argv)
    indexes = range(len(list(audit.patterns())))
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs) as pool:
            results = pool.map(_worst, indexes, chunksize=1)
    else:
        results = [_worst(i) for i in indexes]
    results.sort(reverse=True)
    print(f"{len(results)} patterns; slowest (ms):")
    for ms, name, how in results[: args.top]:
        print(f"{ms:9.2f}  {name:40s} {how}")
    over = [r for r in results if r[0] > args.limit_ms]
    print(f"over {args.limit_ms} ms: {len(over)}")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
