#!/usr/bin/env python3
"""Time and peak memory of parse and parse_html at input sizes N, 2N and 4N.

    python benchmarks/scaling.py [--size MCHARS] [--series NAME ...] [--rounds R] [--repeat K]

Each measurement runs in a fresh process, so peak memory (ru_maxrss, after
the first call) belongs to that one call: it is reported as the growth over
the process before the call, divided by the input's size in UTF-8 bytes.
Each size is measured in seven rounds (N, 2N, 4N in turn, each in a fresh
process, so the first call starts on a clean heap); a series whose N takes
under a second is called three times per process and the best call counts
(a shared machine's speed varies by a quarter from one call to the next).  The ratio per doubling is the
median over rounds of the ratio between sizes measured in the same round: on a
shared machine, whose speed drifts over minutes, a paired ratio cancels the
drift and the median drops the rounds a neighbour disturbed.  The ratio of
each size's best time is printed beside it, and the wall-clock ratios.  Linear time means a ratio
of about 2 per doubling; the hostile-input issue asks for at most 2.3, and for
peak memory at most 10 times a 50 MB page.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _realistic_text(n: int) -> str:
    page = (EXAMPLES / "whole-page.txt").read_text(encoding="utf-8") + "\n"
    return (page * (n // len(page) + 1))[:n]


def _realistic_html(n: int) -> str:
    html = (EXAMPLES / "library-reopens.html").read_text(encoding="utf-8")
    body = html[html.index("<body>") + 6 : html.index("</body>")]
    return html[: html.index("<body>") + 6] + body * (n // len(body) + 1) + "</body></html>"


#: name -> (parser, builder of an input of about n characters, N in millions of
#: characters: the slow-per-character series start smaller so a run stays short,
#: the fastest larger so their times are not lost in the noise; a series of one
#: long line starts at 8 M: below a few megabytes its strings fit the processor's
#: caches, and the first doubling out of them measured up to 3.5 per doubling)
SERIES = {
    "realistic text": ("parse", _realistic_text, 2.0),
    "one long line": ("parse", lambda n: "word " * (n // 5), 8.0),
    "one-character lines": ("parse", lambda n: "a\n" * (n // 2), 0.5),
    "widget lines": ("parse", lambda n: "Share this article\n" * (n // 19), 2.0),
    "digits": ("parse", lambda n: "1" * n, 2.0),
    "By runs": ("parse", lambda n: "By " * (n // 3), 8.0),
    "punctuation": ("parse", lambda n: ".,;:!?-()[]" * (n // 11), 8.0),
    "realistic HTML": ("parse_html", _realistic_html, 2.0),
    "HTML paragraphs": ("parse_html", lambda n: "<p>a</p>" * (n // 8), 1.0),
    "HTML noscript openers": ("parse_html", lambda n: "<noscript" * (n // 9) + "</noscript>", 8.0),
    # a <noscript> kept open over the page: read twice, the second time without its content
    "HTML runaway noscript": ("parse_html", lambda n: "<noscript><div></noscript>" + "<p>a</p>" * (n // 8), 1.0),
    "HTML deep nesting": ("parse_html", lambda n: "<div>" * (n // 11) + "x" + "</div>" * (n // 11), 8.0),
    "HTML garbage": ("parse_html", lambda n: "".join(chr(c) for c in range(1, 256)) * (n // 255), 8.0),
}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {src!r})
sys.path.insert(0, {bench!r})
import newsparse, scaling
parser, build, _ = scaling.SERIES[{name!r}]
data = build({n})
newsparse.parse("warm up"); newsparse.parse_html("<p>warm up</p>")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
secs = cpu = float("inf")
for run in range({repeat}):
    t0, c0 = time.perf_counter(), time.process_time()
    result = getattr(newsparse, parser)(data, max_size=None)
    secs, cpu = min(secs, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    del result
    if run == 0:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"secs": secs, "cpu": cpu, "bytes": len(data.encode("utf-8", "surrogatepass")), "growth": (peak - before) * 1024}}))
"""


def measure(name: str, n: int, repeat: int = 3) -> dict[str, float]:
    """Run one series at size *n* in a fresh process: the best of *repeat* times, the first run's memory."""
    code = _CHILD.format(src=str(ROOT / "src"), bench=str(ROOT / "benchmarks"), name=name, n=n, repeat=repeat)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


#: A series whose N takes less processor time than this (seconds) is called three times per process.
_QUICK = 1.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=float, help="N, in millions of characters (default: each series' own, 0.5 to 8)")
    ap.add_argument("--series", nargs="*", default=list(SERIES), help="series to run (default: all)")
    ap.add_argument("--rounds", type=int, default=7, help="fresh processes per size (default 7), the best counts")
    ap.add_argument(
        "--repeat", type=int, help="calls per process, the best counts (default: 3 where N takes under a second, else 1)"
    )
    args = ap.parse_args(argv)
    print(
        f"{'series':<22} {'N chars':>8} {'N cpu s':>8} {'2N':>7} {'4N':>7} {'x/2N':>6} {'x/4N':>6}"
        f" {'best x/2N':>10} {'x/4N':>6} {'wall x/2N':>10} {'x/4N':>6} {'mem/input at 4N':>16}"
    )
    worst = worst_best = worst_wall = 0.0
    for name in args.series:
        n = int((args.size or SERIES[name][2]) * 1_000_000)
        # rounds of N, 2N, 4N in turn, so a machine that speeds up or slows
        # down over the run affects every size alike
        repeat = args.repeat or (3 if measure(name, n, repeat=1)["cpu"] < _QUICK else 1)
        rounds = [[measure(name, n * k, repeat=repeat) for k in (1, 2, 4)] for _ in range(args.rounds)]
        runs = rounds[0]
        cpu = [min(r[i]["cpu"] for r in rounds) for i in range(3)]
        # the ratio per doubling: the median over rounds of the ratio within a
        # round (sizes measured a few seconds apart share the machine's state)
        r2, r4 = (statistics.median(r[i + 1]["cpu"] / max(r[i]["cpu"], 1e-9) for r in rounds) for i in (0, 1))
        w2, w4 = (statistics.median(r[i + 1]["secs"] / max(r[i]["secs"], 1e-9) for r in rounds) for i in (0, 1))
        # and the ratio of the best times of each size
        b2, b4 = cpu[1] / max(cpu[0], 1e-9), cpu[2] / max(cpu[1], 1e-9)
        worst, worst_best, worst_wall = max(worst, r2, r4), max(worst_best, b2, b4), max(worst_wall, w2, w4)
        mem = runs[2]["growth"] / runs[2]["bytes"]
        print(
            f"{name:<22} {n / 1e6:7.1f}M {cpu[0]:8.2f} {cpu[1]:7.2f} {cpu[2]:7.2f} {r2:6.2f} {r4:6.2f}"
            f" {b2:10.2f} {b4:6.2f} {w2:10.2f} {w4:6.2f} {mem:15.1f}x",
            flush=True,
        )
    print(
        f"largest time ratio per doubling: {worst:.2f} (processor time, median of paired rounds),"
        f" {worst_best:.2f} (ratio of best times), {worst_wall:.2f} (wall clock)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
