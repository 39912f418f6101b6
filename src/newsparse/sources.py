"""Where ``newsparse batch`` reads pages from: folders, JSON Lines files and WARC files.

Each reader yields :class:`Page` records in a stable order (a folder's files
sorted by path, a file's lines or records as they stand). A line or record
that cannot be read is a page with an ``error`` instead of data, so it is
reported in its place and the batch goes on.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any, cast

import attrs

from newsparse.errors import InputTooLarge, describe_error
from newsparse.parse import Kind

#: File endings read from folders, and how.
FOLDER_KINDS: dict[str, Kind] = {".txt": "text", ".text": "text", ".html": "html", ".htm": "html", ".xhtml": "html"}


@attrs.frozen
class Page:
    """One input page: where it comes from, its data and what it is.

    ``source`` is the file's path, ``path:line`` for a JSON Lines record, or
    ``path#n`` for the *n*-th record of a WARC file.
    ``kind`` is ``"text"``, ``"html"`` or ``"auto"`` (decided by the data);
    ``extra`` holds the fields passed through to the output record (a JSON
    Lines record's other fields, a WARC record's address and date); ``url``
    is the page's address where the input gives one (a WARC record's target,
    a JSON Lines record's URL field), read as evidence when it is parsed.
    ``error`` is set, and ``data`` is ``None``, for an input that could not
    be read. A file of a folder is read where it is parsed (:meth:`read`), so
    a batch's workers read their own files.
    """

    source: str
    data: str | bytes | None
    kind: Kind = "auto"
    extra: Mapping[str, Any] = attrs.field(factory=dict)
    error: str | None = None
    #: the file to read the data from, when ``data`` is not given
    path: str | None = None
    #: the page's address, where the input gives one
    url: str | None = None

    def read(self, max_size: int | None = None) -> Page:
        """This page with its data read from :attr:`path`, or with the error
        that stopped it (a file over *max_size* bytes is not read)."""
        if self.data is not None or self.error is not None or self.path is None:
            return self
        try:
            path = Path(self.path)
            if max_size is not None and (size := path.stat().st_size) > max_size:
                return attrs.evolve(self, error=describe_error(InputTooLarge(size, max_size)))
            return attrs.evolve(self, data=path.read_bytes())
        except OSError as e:
            return attrs.evolve(self, error=describe_error(e))


class MissingExtra(ImportError):
    """Reading this input needs an optional dependency that is not installed."""


def read_inputs(
    paths: list[str],
    *,
    text_field: str = "text",
    html_field: str = "html",
    url_field: str = "url",
    max_size: int | None = None,
) -> Iterator[Page]:
    """The pages of every input path, in order: folders, ``.jsonl`` and ``.warc`` files (optionally gzipped).

    A WARC record whose page is over *max_size* bytes, or a JSON Lines record too
    long to hold such a page, is an error without being read into memory (a
    folder's file is checked where it is read)."""
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from read_folder(path)
        elif _suffix(path) in (".jsonl", ".ndjson"):
            yield from read_jsonl(path, text_field=text_field, html_field=html_field, url_field=url_field,
                                  max_size=max_size)
        elif _suffix(path) in (".warc", ".arc"):
            yield from read_warc(path, max_size=max_size)
        elif path.suffix.lower() in FOLDER_KINDS:
            yield _read_file(path, FOLDER_KINDS[path.suffix.lower()])
        else:
            yield Page(str(path), None, error=f"UnknownInput: {name} is not a folder, .jsonl, .warc or page file")


def _suffix(path: Path) -> str:
    """The suffix that says what a file holds, under a ``.gz``."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def _read_file(path: Path, kind: Kind) -> Page:
    """A page file, to be read where it is parsed."""
    return Page(str(path), None, kind, path=str(path))


def read_folder(folder: Path) -> Iterator[Page]:
    """Every ``.txt`` and ``.html`` file under *folder* (sub-folders too), sorted by path."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        found.extend(Path(root, f) for f in files if Path(f).suffix.lower() in FOLDER_KINDS)
    for path in sorted(found):
        yield _read_file(path, FOLDER_KINDS[path.suffix.lower()])


def _open(path: Path) -> IO[bytes]:
    if path.suffix.lower() == ".gz":
        return cast("IO[bytes]", gzip.open(path, "rb"))
    return open(path, "rb")


#: A JSON Lines record may be this many times the page size limit (JSON escapes
#: lengthen a page up to six times), plus this many bytes for its other fields.
_JSON_GROWTH, _JSON_FIELDS = 6, 1 << 20


def read_jsonl(
    path: Path,
    *,
    text_field: str = "text",
    html_field: str = "html",
    url_field: str = "url",
    max_size: int | None = None,
) -> Iterator[Page]:
    """One page per line of a JSON Lines file: HTML from *html_field*, else text
    from *text_field*, its address from *url_field* (a string, else none); the
    record's other fields (the address too) are passed through. A line too
    long to hold a page of *max_size* bytes is an error, and is not read into memory."""
    try:
        stream = _open(path)
    except OSError as e:
        yield Page(str(path), None, error=describe_error(e))
        return
    limit = max_size * _JSON_GROWTH + _JSON_FIELDS if max_size is not None else -1
    with stream:
        number = 0
        while True:
            try:
                line = stream.readline(limit + 1 if limit >= 0 else -1)
                too_long = 0 <= limit < len(line) and not line.endswith(b"\n")
                while too_long and (rest := stream.readline(_JSON_FIELDS)) and not rest.endswith(b"\n"):
                    pass  # (the rest of the line, skipped a piece at a time)
            except (OSError, EOFError) as e:  # a truncated gzip stream
                yield Page(f"{path}:{number + 1}", None, error=describe_error(e))
                return
            if not line:
                return
            number += 1
            if too_long:
                yield Page(f"{path}:{number}", None, error=f"InputTooLarge: the line is over {limit:,} bytes, too "
                           f"long for a page within the size limit of {max_size:,} bytes")
            elif line.strip():
                yield _json_page(f"{path}:{number}", line, text_field, html_field, url_field)


def _json_page(source: str, line: bytes, text_field: str, html_field: str, url_field: str = "url") -> Page:
    try:
        record = json.loads(line)
    except ValueError as e:
        return Page(source, None, error=describe_error(e))
    if not isinstance(record, dict):
        return Page(source, None, error=f"ValueError: a JSON object was expected, not {type(record).__name__}")
    html, text = record.pop(html_field, None), record.pop(text_field, None)
    url = record.get(url_field)
    url = url if isinstance(url, str) else None
    if isinstance(html, str):
        return Page(source, html, "html", record, url=url)
    if isinstance(text, str):
        return Page(source, text, "text", record, url=url)
    return Page(source, None, extra=record, error=f"KeyError: no string field {html_field!r} or {text_field!r}")


def read_warc(path: Path, *, max_size: int | None = None) -> Iterator[Page]:
    """The HTML response records of a WARC file (``warcio``, the ``warc`` extra).

    A record that cannot be read (a truncated file) is reported as a page with
    an error, and the file is read no further. A page over *max_size* bytes is
    reported too, without being read into memory."""
    try:
        from warcio.archiveiterator import ArchiveIterator
        from warcio.exceptions import ArchiveLoadFailed
    except ImportError:
        raise MissingExtra("reading WARC files needs warcio: pip install 'newsparse[warc]'") from None
    try:
        stream = open(path, "rb")  # noqa: SIM115  (closed below)
    except OSError as e:
        yield Page(str(path), None, error=describe_error(e))
        return
    with stream:
        records = ArchiveIterator(stream)
        number = 0
        while True:
            number += 1
            try:
                record = next(records, None)
                if record is None:
                    return
                page = _warc_page(f"{path}#{number}", record, max_size)
            except (ArchiveLoadFailed, OSError, EOFError, ValueError) as e:
                yield Page(f"{path}#{number}", None, error=describe_error(e))
                return
            if page is not None:
                yield page


def _warc_page(source: str, record: Any, max_size: int | None = None) -> Page | None:
    """A page for an HTML response record, else ``None``."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if "html" not in content_type:
        return None
    headers = record.rec_headers
    extra = {
        "url": headers.get_header("WARC-Target-URI"),
        "warc_date": headers.get_header("WARC-Date"),
        "warc_record_id": headers.get_header("WARC-Record-ID"),
    }
    if max_size is None:
        body = record.content_stream().read()
    else:
        body = record.content_stream().read(max_size + 1)  # (the rest is skipped as the file is read on)
        if len(body) > max_size:
            return Page(source, None, "html", extra, url=extra["url"],
                        error=f"InputTooLarge: the page is over the size limit of {max_size:,} bytes")
    missing = getattr(record.raw_stream, "limit", 0)  # bytes of the record's Content-Length never read
    if missing:
        raise EOFError(f"truncated record: {missing:,} bytes of its Content-Length missing")
    return Page(source, body, "html", extra, url=extra["url"])
