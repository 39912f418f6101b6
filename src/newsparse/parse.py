"""The plain-text entry point: :func:`parse`."""

from __future__ import annotations

import functools

from newsparse.assemble import assemble
from newsparse.classify import classify
from newsparse.dates import DateFinder
from newsparse.lines import split_lines
from newsparse.model import Article
from newsparse.normalize import decode
from newsparse.rules import lexicon


@functools.cache
def _date_finder() -> DateFinder:
    return DateFinder.build(lexicon())


def parse(text: str | bytes) -> Article:
    """Parse the raw text of a news page into an :class:`Article`.

    *text* is a ``str``, or ``bytes`` decoded as UTF-8 (a byte-order mark is
    honoured, invalid sequences are replaced).  Blank input gives an empty
    Article.  Any other type raises :class:`TypeError`.
    """
    if isinstance(text, (bytes, bytearray, memoryview)):
        text = decode(bytes(text))
    elif not isinstance(text, str):
        raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
    lex = lexicon()
    finder = _date_finder()
    lines = split_lines(text, lex)
    if not lines:
        return Article()
    tags, language = classify(lines, lex, finder)
    return assemble(text, lines, tags, lex, finder, language)
