#!/usr/bin/env python3
"""Accuracy on text with the page's scripts kept, a view the referee does not have.

    python benchmarks/scripts_kept.py [--shared PATH] [--drop-scripts]

Scrapers that call BeautifulSoup's ``get_text("\\n")`` (or lxml's
``text_content()``) keep the contents of ``<script>`` and ``<style>``. This
builds that view from each corpus page's HTML (every text node on its own line,
comments left out; with ``--drop-scripts``, scripts and styles removed first, the
view's upper bound), parses it with :func:`newsparse.parse` and reports, with the
referee's own measures (``../shared/eval/score.py``): zyte body precision, recall
and F1, the share of headlines found on each corpus (where the text shows the
gold headline) and of traf dates.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

import newsparse
from newsparse.html import decode_html

ROOT = Path(__file__).resolve().parent.parent


def get_text_view(page: bytes, drop_scripts: bool) -> str:
    """The page's text as ``get_text("\\n", strip=True)`` gives it."""
    source = decode_html(page)
    if source.lstrip().startswith("<?xml"):  # (lxml takes no declaration with a str)
        source = source.split("?>", 1)[-1]
    tree = lxml_html.fromstring(source)
    doomed = list(tree.iter(etree.Comment))
    if drop_scripts:
        doomed += tree.xpath("//script|//style|//noscript")
    for element in doomed:
        if element.getparent() is not None:
            element.drop_tree()
    return "\n".join(s.strip() for s in tree.itertext() if s.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--drop-scripts", action="store_true", help="remove scripts and styles first (the upper bound)")
    args = ap.parse_args()
    if not (args.shared / "eval" / "score.py").exists():
        sys.exit(f"needs the shared corpus and referee: {args.shared} not found")
    sys.path.insert(0, str(args.shared / "eval"))
    import score  # the referee's measures

    rows, heads, dates = [], {"zyte": [], "traf": []}, []
    skipped = 0
    for corpus in ("zyte", "traf"):
        base = args.shared / "corpus" / corpus
        gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
        for doc_id, g in sorted(gold.items()):
            path = base / doc_id / "page.html.gz"
            if not path.exists():
                continue
            try:
                text = get_text_view(gzip.decompress(path.read_bytes()), args.drop_scripts)
            except (etree.ParserError, ValueError):
                skipped += 1  # (a page lxml's tree builder refuses)
                continue
            article = newsparse.parse(text)
            if corpus == "zyte" and "body" in g:
                rows.append(score.shingle_tp_fp_fn(g["body"], article.body_text))
            gold_head = g.get("headline") if corpus == "zyte" else g.get("title")
            if gold_head and score.fold(gold_head) in score.fold(text):
                heads[corpus].append(score.fold(article.headline) == score.fold(gold_head))
            if corpus == "traf" and g.get("date"):
                dates.append(str(article.published or "")[:10] == g["date"][:10])
    body = score.body_scores(rows)
    print(f"view: get_text, scripts {'dropped' if args.drop_scripts else 'kept'} ({skipped} pages skipped)")
    print(f"zyte body_f1 {body['body_f1']:.3f} body_p {body['body_p']:.3f} body_r {body['body_r']:.3f}")
    print("headline " + " ".join(f"{c} {sum(h) / len(h):.3f}" for c, h in heads.items() if h))
    print(f"traf date {sum(dates) / len(dates):.3f}")


if __name__ == "__main__":
    main()
