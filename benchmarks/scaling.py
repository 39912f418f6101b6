#!/usr/bin/env python3
"""Time and peak memory of parse and parse_html at input sizes N, 2N and 4N.

    python benchmarks/scaling.py [--size MB] [--series NAME ...]

Each measurement runs in a fresh process (time: the best of three calls), so
peak memory (ru_maxrss, after the first call) belongs to that one call: it is reported as the growth over the process before the
call, divided by the input's size in UTF-8 bytes.  Linear time means a ratio
of about 2 per doubling; the hostile-input issue asks for at most 2.3, and
for peak memory at most 10 times a 50 MB page.
"""

from __future__ import annotations

import argparse
import json
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


#: name -> (parser, builder of an input of about n characters)
SERIES = {
    "realistic text": ("parse", _realistic_text),
    "one long line": ("parse", lambda n: "word " * (n // 5)),
    "one-character lines": ("parse", lambda n: "a\n" * (n // 2)),
    "widget lines": ("parse", lambda n: "Share this article\n" * (n // 19)),
    "digits": ("parse", lambda n: "1" * n),
    "By runs": ("parse", lambda n: "By " * (n // 3)),
    "punctuation": ("parse", lambda n: ".,;:!?-()[]" * (n // 11)),
    "realistic HTML": ("parse_html", _realistic_html),
    "HTML paragraphs": ("parse_html", lambda n: "<p>a</p>" * (n // 8)),
    "HTML deep nesting": ("parse_html", lambda n: "<div>" * (n // 11) + "x" + "</div>" * (n // 11)),
    "HTML garbage": ("parse_html", lambda n: "".join(chr(c) for c in range(1, 256)) * (n // 255)),
}

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {src!r})
sys.path.insert(0, {bench!r})
import newsparse, scaling
parser, build = scaling.SERIES[{name!r}]
data = build({n})
newsparse.parse("warm up"); newsparse.parse_html("<p>warm up</p>")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
secs = float("inf")
for run in range({repeat}):
    t0 = time.perf_counter()
    result = getattr(newsparse, parser)(data, max_size=None)
    secs = min(secs, time.perf_counter() - t0)
    del result
    if run == 0:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"secs": secs, "bytes": len(data.encode("utf-8", "surrogatepass")), "growth": (peak - before) * 1024}}))
"""


def measure(name: str, n: int, repeat: int = 3) -> dict[str, float]:
    """Run one series at size *n* in a fresh process: the best of *repeat* times, the first run's memory."""
    code = _CHILD.format(src=str(ROOT / "src"), bench=str(ROOT / "benchmarks"), name=name, n=n, repeat=repeat)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    result: dict[str, float] = json.loads(out)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", type=float, default=2.0, help="N, in millions of characters (default 2)")
    ap.add_argument("--series", nargs="*", default=list(SERIES), help="series to run (default: all)")
    args = ap.parse_args(argv)
    n = int(args.size * 1_000_000)
    print(f"{'series':<22} {'N s':>7} {'2N s':>7} {'4N s':>7} {'x/2N':>6} {'x/4N':>6} {'mem/input at 4N':>16}")
    worst = 0.0
    for name in args.series:
        runs = [measure(name, n * k) for k in (1, 2, 4)]
        secs = [r["secs"] for r in runs]
        r2, r4 = secs[1] / max(secs[0], 1e-9), secs[2] / max(secs[1], 1e-9)
        worst = max(worst, r2, r4)
        mem = runs[2]["growth"] / runs[2]["bytes"]
        print(f"{name:<22} {secs[0]:7.2f} {secs[1]:7.2f} {secs[2]:7.2f} {r2:6.2f} {r4:6.2f} {mem:15.1f}x", flush=True)
    print(f"largest time ratio per doubling: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
