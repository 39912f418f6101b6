"""The entry points: :func:`parse` for plain text, :func:`parse_html` for HTML, and
:func:`parse_any` for either (HTML recognised by its opening markup)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Literal

from newsparse.assemble import assemble
from newsparse.classify import classify
from newsparse.dates import DateFinder
from newsparse.errors import DEFAULT_MAX_SIZE, InputTooLarge
from newsparse.html import decode_html, html_lines, linearise
from newsparse.lines import rejoin_sentences, split_lines
from newsparse.meta import MetaReader, PageMeta, with_meta
from newsparse.model import Article
from newsparse.normalize import decode, title_key
from newsparse.rules import lexicon
from newsparse.scripts import find_scripts, script_tags


@functools.cache
def _date_finder() -> DateFinder:
    return DateFinder.build(lexicon())


def _as_str(data: object, max_size: int | None, decoder: Callable[[bytes], str], caller: str) -> str:
    """*data* as ``str``: type and size checked, bytes decoded by *decoder*."""
    if max_size is not None and (not isinstance(max_size, int) or isinstance(max_size, bool)):
        raise TypeError(f"max_size must be an int or None, not {type(max_size).__name__}")
    if max_size is not None and max_size < 0:
        raise ValueError(f"max_size must not be negative, not {max_size}")
    if isinstance(data, (bytes, bytearray, memoryview)):
        size = data.nbytes if isinstance(data, memoryview) else len(data)
    elif isinstance(data, str):
        size = len(data)
    else:
        raise TypeError(f"{caller}() takes str or bytes, not {type(data).__name__}")
    if max_size is not None and size > max_size:
        raise InputTooLarge(size, max_size)
    return data if isinstance(data, str) else decoder(bytes(data))


def parse(text: str | bytes, *, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Parse the raw text of a news page into an :class:`Article`.

    *text* is a ``str``, or ``bytes`` decoded as UTF-8 (a byte-order mark is
    honoured, invalid sequences are replaced).  Blank input gives an empty
    Article.  Any other type raises :class:`TypeError`; input longer than
    *max_size* (characters, or bytes; ``None`` for no limit) raises
    :class:`~newsparse.errors.InputTooLarge`.
    """
    text = _as_str(text, max_size, decode, "parse")
    lex = lexicon()
    finder = _date_finder()
    lines = rejoin_sentences(split_lines(text, lex), text)
    if not lines:
        return Article()
    scripts = find_scripts(lines.texts, text)
    if scripts is None:
        tags, language = classify(lines, lex, finder)
        return assemble(text, lines, tags, lex, finder, language)
    # a scraper kept the page's scripts: their lines are furniture, no part of the page a
    # reader sees (the lines around them are classified without them); their JSON-LD is evidence
    meta = scripts.meta or PageMeta()
    visible = lines.without(scripts)
    titles = _title_ranks(meta)
    sites = frozenset(title_key(n) for n in meta.site_names)
    visible_tags, language = classify(visible, lex, finder, titles=titles, site_names=sites)
    marked = script_tags(scripts)
    rest = iter(visible_tags)
    tags = [marked[i] if i in marked else next(rest) for i in range(len(lines))]
    article = assemble(text, lines, tags, lex, finder, language)
    return article if scripts.meta is None else with_meta(article, scripts.meta, None, finder)


def _title_ranks(meta: PageMeta) -> dict[str, int]:
    """The metadata's titles by :func:`~newsparse.normalize.title_key`, each with its rank."""
    titles: dict[str, int] = {}
    for rank, title in enumerate(meta.titles):
        titles.setdefault(title_key(title), rank)
    return titles


def parse_html(html: str | bytes, *, url: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Parse a news page's HTML into an :class:`Article`.

    *html* is a ``str``, or ``bytes`` decoded by byte-order mark, then the
    charset the document declares (unless the bytes are valid UTF-8, which
    disproves it), then UTF-8, then cp1252.  Segment spans
    point into the (decoded) HTML.  Nothing is fetched or read: no network,
    no files, no DTDs, no entity definitions.  *url* is the page's address,
    kept for the evidence it gives (reserved; not yet used).
    Any other type raises :class:`TypeError`; input longer than *max_size*
    (characters, or bytes; ``None`` for no limit) raises
    :class:`~newsparse.errors.InputTooLarge`.
    """
    html = _as_str(html, max_size, decode_html, "parse_html")
    reader = MetaReader()
    doc = linearise(html, reader)
    if doc is None:
        return Article()
    lex = lexicon()
    finder = _date_finder()
    meta = reader.result()
    titles = _title_ranks(meta)
    lines, hints, tree = html_lines(doc, html, lex, titles)
    del doc
    if not lines:
        return Article()
    sites = frozenset(title_key(n) for n in meta.site_names)
    tags, language = classify(lines, lex, finder, hints, titles=titles, site_names=sites, tree=tree)
    article = assemble(None, lines, tags, lex, finder, language, stamp_elsewhere=False)
    return with_meta(article, meta, hints, finder)


#: What an input is: text, HTML, or ``auto`` (HTML when it starts with markup).
Kind = Literal["auto", "text", "html"]
KINDS: tuple[Kind, ...] = ("auto", "text", "html")

# Markup at the start of an input (after a byte-order mark and white space): a
# doctype, a comment, an XML declaration or one of the tags a page opens with.
_MARKUP_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*<(?:!doctype\s+html|!--|\?xml|html[\s>]|head[\s>]|body[\s>]|meta\s|div[\s>]|article[\s>])",
    re.IGNORECASE,
)


def looks_like_html(data: str | bytes) -> bool:
    """Does *data* start with HTML markup (a doctype, ``<html>``, ``<head>``...)?"""
    head = data[:1024]
    if isinstance(head, str):
        head = head.encode("utf-8", "replace")
    return _MARKUP_START.match(head) is not None


def check_kind(kind: object) -> None:
    """Raise :class:`ValueError` unless *kind* is one of :data:`KINDS`."""
    if kind not in KINDS:
        raise ValueError(f"kind must be 'auto', 'text' or 'html', not {kind!r}")


def parse_any(data: str | bytes, kind: Kind = "auto", *, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """:func:`~newsparse.parse_html` for HTML, :func:`~newsparse.parse` for text;
    with *kind* ``"auto"``, input that starts with markup is HTML."""
    if kind == "html" or (kind == "auto" and isinstance(data, (str, bytes)) and looks_like_html(data)):
        return parse_html(data, max_size=max_size)
    return parse(data, max_size=max_size)
