"""Command line: ``newsparse [FILE ...|-] [--html|--text] [--format json|text|markdown]``,
and ``newsparse batch INPUT... -o OUT.jsonl`` (see :mod:`newsparse.batch_command`)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsparse import __version__
from newsparse.errors import DEFAULT_MAX_SIZE, NewsparseError
from newsparse.model import Article
from newsparse.parse import looks_like_html, parse_any

__all__ = ["build_parser", "looks_like_html", "main", "to_markdown", "to_text"]


def to_text(article: Article) -> str:
    """A plain, readable rendering: headline, byline, dates, then the body."""
    out: list[str] = []
    if article.headline:
        out += [article.headline, "=" * min(len(article.headline), 78)]
    if article.standfirst:
        out.append(article.standfirst)
    if article.byline:
        out.append(article.byline.text)
    if article.published:
        out.append(f"Published: {article.published.isoformat()}")
    if article.updated:
        out.append(f"Updated: {article.updated.isoformat()}")
    out.append("")
    out.append(article.body_text)
    return "\n".join(out).strip() + "\n"


def to_markdown(article: Article) -> str:
    """A Markdown rendering of the article (headline, standfirst, body, captions, related)."""
    out: list[str] = []
    if article.headline:
        out.append(f"# {article.headline}\n")
    if article.standfirst:
        out.append(f"*{article.standfirst}*\n")
    meta = []
    if article.byline:
        meta.append(article.byline.text)
    if article.published:
        meta.append(article.published.isoformat())
    if meta:
        out.append(" · ".join(meta) + "\n")
    for block in article.body:
        if block.kind == "subheading":
            out.append(f"## {block.text}\n")
        elif block.kind == "list_item":
            out.append(f"- {block.text}")
        elif block.kind == "quote":
            out.append(f"> {block.text}\n")
        else:
            out.append(f"{block.text}\n")
    for cap in article.captions:
        parts = [p for p in (cap.text, f"({cap.credit})" if cap.credit else None) if p]
        out.append(f"\n*Image: {' '.join(parts)}*")
    for rel in article.related:
        out.append(f"\n### {rel.heading or 'Related'}\n")
        out.extend(f"- {item}" for item in rel.items)
    return "\n".join(out).strip() + "\n"


def _render(article: Article, fmt: str, many: bool) -> str:
    if fmt == "text":
        return to_text(article)
    if fmt == "markdown":
        return to_markdown(article)
    # one pretty object for one input; JSON Lines for several
    return article.to_json(indent=None if many else 1) + "\n"


def byte_count(value: str) -> int:
    """A ``--max-size`` value: a whole number of bytes, not negative."""
    try:
        size = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if size < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {size}")
    return size


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsparse`` command."""
    p = argparse.ArgumentParser(
        prog="newsparse",
        description="Parse the raw text or the HTML of news pages into headline, byline, captions, body, "
        "related blocks and boilerplate.",
        epilog="Input that starts with markup (<!DOCTYPE html>, <html>, ...) is read as HTML unless --text "
        "is given. With several files and --format json, one JSON object per line is printed (JSON Lines). "
        "To parse folders, JSON Lines or WARC files on every core: newsparse batch --help.",
    )
    p.add_argument(
        "files", nargs="*", metavar="FILE", help="text or HTML files to parse; '-' or none reads standard input"
    )
    kind = p.add_mutually_exclusive_group()
    kind.add_argument("--html", dest="kind", action="store_const", const="html", help="read the input as HTML")
    kind.add_argument("--text", dest="kind", action="store_const", const="text", help="read the input as plain text")
    p.add_argument("-f", "--format", choices=("json", "text", "markdown"), default="json", help="output format")
    p.add_argument(
        "--url", help="the page's address: its slug and the date in its path are evidence (one input only)"
    )
    p.add_argument(
        "--max-size",
        type=byte_count,
        default=DEFAULT_MAX_SIZE,
        metavar="N",
        help=f"largest input accepted, in bytes (default {DEFAULT_MAX_SIZE:,}; 0 for no limit)",
    )
    p.add_argument("--version", action="version", version=f"newsparse {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (2 when a file cannot be read,
    1 when an input is refused, as one over ``--max-size``)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["batch"]:
        from newsparse import batch_command

        return batch_command.main(argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    files = args.files or ["-"]
    if args.url is not None and len(files) > 1:
        parser.error("--url is the address of one page: give one input with it")
    status = 0
    many = len(files) > 1
    for name in files:
        try:
            if name == "-":
                data = sys.stdin.buffer.read()
            else:
                with open(name, "rb") as fh:
                    data = fh.read()
        except OSError as e:
            print(f"newsparse: cannot read {name}: {e.strerror or e}", file=sys.stderr)
            status = 2
            continue
        try:
            article = parse_any(data, args.kind or "auto", url=args.url, max_size=args.max_size or None)
        except NewsparseError as e:
            print(f"newsparse: {name}: {e}", file=sys.stderr)
            status = status or 1
            continue
        sys.stdout.write(_render(article, args.format, many))
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
