#!/usr/bin/env python3
"""Accuracy with the page's address given (``url=``), which the referee does not pass.

    python benchmarks/url_evidence.py [--shared PATH] [--views article,page,html]

Scrapers know the address of each page they fetch. This parses every corpus
input of the chosen views twice, without and with its address (the ``url`` of
its gold record), and reports, with the referee's own measures
(``../shared/eval/score.py``), the share of headlines found on each corpus
(where the input shows the gold headline) and of traf dates, and how many
inputs each change made right and wrong; and zyte body F1 and traf snippet F1,
which the address must not lower.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--views", default="article,page,html")
    ap.add_argument("--list", action="store_true", help="list the inputs whose headline or date changed")
    args = ap.parse_args()
    if not (args.shared / "eval" / "score.py").exists():
        sys.exit(f"needs the shared corpus and referee: {args.shared} not found")
    sys.path.insert(0, str(args.shared / "eval"))
    import score  # the referee's measures

    print(f"{'view':8} {'corpus':6} {'measure':9} {'no url':>7} {'url':>7} {'fixed':>6} {'broken':>6}")
    for view in args.views.split(","):
        for corpus in ("zyte", "traf"):
            base = args.shared / "corpus" / corpus
            gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
            found: dict[str, list[tuple[bool, bool]]] = {"headline": [], "date": []}
            rows: tuple[list, list] = ([], [])  # zyte body counts, without and with the address
            snips = ([0, 0, 0, 0], [0, 0, 0, 0])  # traf snippet counts
            for doc_id, g in sorted(gold.items()):
                path = base / doc_id / ("page.html.gz" if view == "html" else f"{view}.txt")
                if not path.exists():
                    continue
                if view == "html":
                    data = gzip.decompress(path.read_bytes()).decode("utf-8")
                    run = newsparse.parse_html
                else:
                    data = path.read_text(encoding="utf-8")
                    run = newsparse.parse
                without, with_url = run(data), run(data, url=g.get("url") or None)
                for k, a in enumerate((without, with_url)):
                    if "body" in g:
                        rows[k].append(score.shingle_tp_fp_fn(g["body"], a.body_text))
                    if "with" in g:
                        body = f"{a.standfirst}\n{a.body_text}" if a.standfirst else a.body_text
                        for i, c in enumerate(score.snippet_counts(g, body)):
                            snips[k][i] += c
                gold_head = g.get("headline") if corpus == "zyte" else g.get("title")
                if gold_head and score.fold(gold_head) in score.fold(data):
                    pair = tuple(score.fold(a.headline) == score.fold(gold_head) for a in (without, with_url))
                    found["headline"].append(pair)  # type: ignore[arg-type]
                    if args.list and pair[0] != pair[1]:
                        print(f"  {'fixed' if pair[1] else 'broken'} headline {corpus}/{doc_id} {view}: "
                              f"{without.headline!r} -> {with_url.headline!r}")
                if corpus == "traf" and g.get("date"):
                    pair = tuple(str(a.published or "")[:10] == g["date"][:10] for a in (without, with_url))
                    found["date"].append(pair)  # type: ignore[arg-type]
                    if args.list and pair[0] != pair[1]:
                        print(f"  {'fixed' if pair[1] else 'broken'} date {corpus}/{doc_id} {view}: "
                              f"{without.published} -> {with_url.published}")
            if rows[0]:
                before, after = (score.body_scores(r)["body_f1"] for r in rows)
                print(f"{view:8} {corpus:6} {'body_f1':9} {before:7.3f} {after:7.3f}")
            if any(snips[0]):
                before, after = (_snip_f1(*s) for s in snips)
                print(f"{view:8} {corpus:6} {'snip_f1':9} {before:7.3f} {after:7.3f}")
            for measure, pairs in found.items():
                if not pairs:
                    continue
                before = sum(p[0] for p in pairs) / len(pairs)
                after = sum(p[1] for p in pairs) / len(pairs)
                fixed = sum(p[1] and not p[0] for p in pairs)
                broken = sum(p[0] and not p[1] for p in pairs)
                print(f"{view:8} {corpus:6} {measure:9} {before:7.3f} {after:7.3f} {fixed:6} {broken:6}")


def _snip_f1(tp: int, fn: int, fp: int, _tn: int) -> float:
    """The referee's snippet F1 from its counts (true and false positives, false negatives)."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


if __name__ == "__main__":
    main()
