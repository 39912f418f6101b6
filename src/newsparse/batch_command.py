"""``newsparse batch INPUT... -o OUT.jsonl``: parse folders, JSON Lines and WARC files on every core.

One JSON object per page is written to OUT, in input order: the page's
``source`` (file path, ``path:line`` or ``path#record``), the fields passed
through from its input, and ``article`` (SPEC.md's schema) or ``error``.
A run that is interrupted can go on with ``--resume``: the pages already in
OUT are skipped, none is written twice.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import attrs

from newsparse.batch import Failure, article_record, ordered_map
from newsparse.cli import byte_count
from newsparse.errors import DEFAULT_MAX_SIZE
from newsparse.sources import MissingExtra, Page, read_inputs


@attrs.frozen
class Options:
    """What each worker needs to turn a page into its output line."""

    segments: bool = False
    max_size: int | None = DEFAULT_MAX_SIZE


def page_record(page: Page, options: Options) -> tuple[str, bool]:
    """The output line of *page* (its source, passed-through fields, and the
    article or the error), and whether it failed."""
    page = page.read(options.max_size)
    record: dict[str, Any] = {"source": page.source, **page.extra}
    if page.error is not None or page.data is None:
        record["error"] = page.error or "no data"
    else:
        parsed = article_record(page.data, page.kind, url=page.url, max_size=options.max_size,
                                segments=options.segments)
        record.update(parsed if "error" in parsed else {"article": parsed})
    line = json.dumps(record, ensure_ascii=False)
    if not line.isascii():
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (a JSON Lines record can hold "\ud800"): escaped
            line = json.dumps(record)
    return line, "error" in record


def _page_line(item: tuple[Page, Options]) -> tuple[str, bool]:
    return page_record(*item)


class Progress:
    """Pages done, pages per second and errors, on one line of a terminal (nothing elsewhere)."""

    def __init__(self, stream: IO[str], enabled: bool) -> None:
        self.stream, self.enabled = stream, enabled
        self.start = self.shown = time.monotonic()
        self.done = self.errors = 0

    def step(self, failed: bool) -> None:
        """One more page done."""
        self.done += 1
        self.errors += failed
        now = time.monotonic()
        if self.enabled and now - self.shown >= 0.2:
            self.shown = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.done / max(now - self.start, 1e-9)
        self.stream.write(f"\r{self.done:,} pages  {rate:,.1f} pages/s  {self.errors:,} errors ")
        self.stream.flush()

    def close(self) -> None:
        """The final count, and the end of the progress line."""
        if self.enabled:
            self._show(time.monotonic())
            self.stream.write("\n")
            self.stream.flush()


class CannotResume(Exception):
    """The output file is not the output of these inputs."""


def _done_so_far(out: Path) -> tuple[int, str | None]:
    """How many complete records *out* holds and the last one's source; a partly
    written last line (from an interrupt) is cut off."""
    count, last, keep = 0, None, 0
    with open(out, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            count += 1
            keep += len(line)
            last = line
    with open(out, "r+b") as fh:
        fh.truncate(keep)
    if last is None:
        return 0, None
    try:
        return count, json.loads(last)["source"]
    except (ValueError, KeyError, TypeError):
        raise CannotResume(f"{out} does not look like newsparse batch output; not resuming") from None


def _skip(pages: Iterator[Page], count: int, last_source: str | None) -> Iterator[Page]:
    """*pages* after the first *count*, checking that the last skipped one is *last_source*."""
    page = None
    for _ in range(count):
        page = next(pages, None)
        if page is None:
            break
    if count and (page is None or page.source != last_source):
        raise CannotResume(
            "the output does not match these inputs "
            f"(record {count} is {last_source!r}, input {count} is {page.source if page else 'missing'!r}); not resuming"
        )
    return pages


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``newsparse batch``."""
    p = argparse.ArgumentParser(
        prog="newsparse batch",
        description="Parse many pages on every core into one JSON Lines file, in input order.",
        epilog="Inputs: folders (their .txt and .html files, sub-folders too), JSON Lines files (.jsonl, "
        "optionally .gz) whose records hold the page in a field, and WARC files (.warc, .warc.gz; HTML "
        "responses; needs the warc extra). Each output line holds the page's source, the input's other "
        "fields, and 'article' or 'error'. A page that fails is recorded and the batch goes on.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="folders, .jsonl or .warc files")
    p.add_argument("-o", "--output", required=True, metavar="OUT.jsonl", help="the JSON Lines file to write")
    p.add_argument("--workers", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="processes to parse on (default: every core)")
    p.add_argument("--format", choices=("json",), default="json", help="output format (one JSON object per line)")
    p.add_argument("--text-field", default="text", metavar="NAME", help="JSON Lines field holding raw text (text)")
    p.add_argument("--html-field", default="html", metavar="NAME", help="JSON Lines field holding HTML (html)")
    p.add_argument("--url-field", default="url", metavar="NAME",
                   help="JSON Lines field holding the page's address, read as evidence (url)")
    p.add_argument("--segments", action="store_true", help="also write every segment (role, span, rule)")
    p.add_argument("--max-size", type=byte_count, default=DEFAULT_MAX_SIZE, metavar="N",
                   help=f"largest page accepted, in bytes (default {DEFAULT_MAX_SIZE:,}; 0 for no limit)")
    again = p.add_mutually_exclusive_group()
    again.add_argument("--resume", action="store_true", help="go on after the pages already in OUT")
    again.add_argument("--force", action="store_true", help="overwrite OUT if it exists")
    return p


def main(argv: Sequence[str]) -> int:
    """Run ``newsparse batch``; the exit status is 0 unless the run could not start (2: a missing input, an
    output that exists, a missing extra) or was interrupted (130)."""
    args = build_parser().parse_args(argv)
    if args.workers < 1:
        print("newsparse batch: --workers must be at least 1", file=sys.stderr)
        return 2
    missing = [name for name in args.inputs if not Path(name).exists()]
    if missing:  # (a typo is reported before any work, as the main command does)
        print(f"newsparse batch: no such input: {', '.join(missing)}", file=sys.stderr)
        return 2
    out = Path(args.output)
    exists = out.exists() and out.stat().st_size > 0
    if exists and not (args.resume or args.force):
        print(f"newsparse batch: {out} exists; --resume to go on after its pages, --force to overwrite",
              file=sys.stderr)
        return 2
    try:
        done, last_source = _done_so_far(out) if exists and args.resume else (0, None)
    except CannotResume as e:
        print(f"newsparse batch: {e}", file=sys.stderr)
        return 2
    options = Options(args.segments, args.max_size or None)
    pages = read_inputs(args.inputs, text_field=args.text_field, html_field=args.html_field, url_field=args.url_field,
                        max_size=options.max_size)
    sources: deque[str] = deque()

    def items() -> Iterator[tuple[Page, Options]]:
        for page in _skip(pages, done, last_source):
            sources.append(page.source)
            yield page, options

    progress = Progress(sys.stderr, sys.stderr.isatty())
    try:
        with open(out, "a" if args.resume else "w", encoding="utf-8") as sink:
            for result in ordered_map(_page_line, items(), workers=args.workers):
                source = sources.popleft()
                if isinstance(result, Failure):  # the page ended its worker process
                    result = json.dumps({"source": source, "error": f"{result.error}: {result.message}"}), True
                line, failed = result
                sink.write(line + "\n")
                progress.step(failed)
    except (MissingExtra, CannotResume) as e:
        progress.close()
        print(f"newsparse batch: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        progress.close()
        print(f"newsparse batch: interrupted after {done + progress.done:,} pages; run again with --resume "
              "to go on", file=sys.stderr)
        return 130
    progress.close()
    return 0
