"""The entry points: :func:`parse` for plain text, :func:`parse_html` for HTML."""

from __future__ import annotations

import functools

from newsparse.assemble import assemble
from newsparse.classify import classify
from newsparse.dates import DateFinder
from newsparse.errors import DEFAULT_MAX_SIZE, InputTooLarge
from newsparse.html import decode_html, html_lines, parse_document
from newsparse.lines import split_lines
from newsparse.meta import read_meta, with_meta
from newsparse.model import Article
from newsparse.normalize import decode
from newsparse.rules import lexicon


@functools.cache
def _date_finder() -> DateFinder:
    return DateFinder.build(lexicon())


def _check_size(data: str | bytes | bytearray | memoryview, max_size: int | None) -> None:
    size = data.nbytes if isinstance(data, memoryview) else len(data)
    if max_size is not None and size > max_size:
        raise InputTooLarge(size, max_size)


def parse(text: str | bytes, *, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Parse the raw text of a news page into an :class:`Article`.

    *text* is a ``str``, or ``bytes`` decoded as UTF-8 (a byte-order mark is
    honoured, invalid sequences are replaced).  Blank input gives an empty
    Article.  Any other type raises :class:`TypeError`; input longer than
    *max_size* (characters, or bytes; ``None`` for no limit) raises
    :class:`~newsparse.errors.InputTooLarge`.
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        _check_size(text, max_size)
        text = decode(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    else:
        _check_size(text, max_size)
    lex = lexicon()
    finder = _date_finder()
    lines = split_lines(text, lex)
    if not lines:
        return Article()
    tags, language = classify(lines, lex, finder)
    return assemble(text, lines, tags, lex, finder, language)


def parse_html(html: str | bytes, *, url: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Parse a news page's HTML into an :class:`Article`.

    *html* is a ``str``, or ``bytes`` decoded by byte-order mark, then the
    charset the document declares, then UTF-8, then cp1252.  Segment spans
    point into the (decoded) HTML.  Nothing is fetched or read: no network,
    no files, no DTDs, no entity definitions.  *url* is the page's address,
    kept for the evidence it gives (reserved; not yet used).
    Any other type raises :class:`TypeError`; input longer than *max_size*
    (characters, or bytes; ``None`` for no limit) raises
    :class:`~newsparse.errors.InputTooLarge`.
    """
    if isinstance(html, (bytes, bytearray, memoryview)):
        _check_size(html, max_size)
        html = decode_html(bytes(html))
    elif not isinstance(html, str):
        raise TypeError(f"parse_html() takes str or bytes, not {type(html).__name__}")
    else:
        _check_size(html, max_size)
    root = parse_document(html)
    if root is None:
        return Article()
    lex = lexicon()
    finder = _date_finder()
    meta = read_meta(root)
    titles = frozenset(t.casefold() for t in meta.titles)
    lines, hints, tree = html_lines(root, html, lex, titles)
    del root  # the tree is read: let it go before classifying
    if not lines:
        return Article()
    tags, language = classify(lines, lex, finder, hints, titles=titles, tree=tree)
    article = assemble(None, lines, tags, lex, finder, language)
    return with_meta(article, meta, hints, finder)
