"""The entry points: :func:`parse` for plain text, :func:`parse_html` for HTML, and
:func:`parse_any` for either (HTML recognised by its opening markup)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from newsparse.address import Address, read_address, slug_titles
from newsparse.assemble import assemble
from newsparse.classify import classify
from newsparse.dates import DateFinder
from newsparse.errors import DEFAULT_MAX_SIZE, InputTooLarge
from newsparse.head import echoed_titles
from newsparse.html import decode_html, html_lines, linearise
from newsparse.lines import rejoin_sentences, split_lines
from newsparse.meta import MetaReader, PageMeta, with_meta
from newsparse.model import Article
from newsparse.normalize import decode, title_key
from newsparse.rules import Lexicon, lexicon
from newsparse.scripts import find_scripts, script_tags

#: The metadata of a text that holds none.
_NO_META = PageMeta()


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


def parse(text: str | bytes, *, url: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Parse the raw text of a news page into an :class:`Article`.

    *text* is a ``str``, or ``bytes`` decoded as UTF-8 (a byte-order mark is
    honoured, invalid sequences are replaced).  *url*, the page's address, is
    evidence too: a line its slug spells is likely the headline, and the day in
    its path is the date of a page that shows none (see :mod:`newsparse.address`).
    Blank input gives an empty Article.  Any other type of *text*, or a *url*
    that is not a ``str`` or ``None``, raises :class:`TypeError`; input longer
    than *max_size* (characters, or bytes; ``None`` for no limit) raises
    :class:`~newsparse.errors.InputTooLarge`.
    """
    text = _as_str(text, max_size, decode, "parse")
    address = read_address(url)
    lex = lexicon()
    finder = _date_finder()
    lines = rejoin_sentences(split_lines(text, lex), text)
    if not lines:
        return Article()
    scripts = find_scripts(lines.texts, text)
    if scripts is None:
        titles = _titles(_NO_META, address, lines.texts, lex)
        tags, language = classify(lines, lex, finder, titles=titles)
        return _dated_by(address, assemble(text, lines, tags, lex, finder, language))
    # a scraper kept the page's scripts: their lines are furniture, no part of the page a
    # reader sees (the lines around them are classified without them); their JSON-LD is evidence
    meta = scripts.meta or _NO_META
    visible = lines.without(scripts)
    titles = _titles(meta, address, visible.texts, lex)
    sites = frozenset(title_key(n) for n in meta.site_names)
    visible_tags, language = classify(visible, lex, finder, titles=titles, site_names=sites)
    marked = script_tags(scripts)
    rest = iter(visible_tags)
    tags = [marked[i] if i in marked else next(rest) for i in range(len(lines))]
    article = assemble(text, lines, tags, lex, finder, language)
    if scripts.meta is not None:
        article = with_meta(article, scripts.meta, None, finder)
    return _dated_by(address, article)


def _title_ranks(meta: PageMeta) -> dict[str, int]:
    """The metadata's titles by :func:`~newsparse.normalize.title_key`, each with its rank."""
    titles: dict[str, int] = {}
    for rank, title in enumerate(meta.titles):
        titles.setdefault(title_key(title), rank)
    return titles


def _titles(meta: PageMeta, address: Address, texts: Sequence[str], lex: Lexicon) -> dict[str, int]:
    """The metadata's titles with their ranks, then the lines of *texts* that the
    address's slug spells and the titles that comments headings quote, ranked after them."""
    titles = _title_ranks(meta)
    for key in (*slug_titles(address, texts), *echoed_titles(texts, lex)):
        titles.setdefault(key, len(meta.titles))
    return titles


def _dated_by(address: Address, article: Article) -> Article:
    """*article*, dated by the day in its address if it has no date of its own."""
    if article.published is None and address.day is not None:
        return attrs.evolve(article, published=address.day)
    return article


def parse_html(html: str | bytes, *, url: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE) -> Article:
    """Parse a news page's HTML into an :class:`Article`.

    *html* is a ``str``, or ``bytes`` decoded by byte-order mark, then the
    charset the document declares (unless the bytes are valid UTF-8, which
    disproves it), then UTF-8, then cp1252.  Segment spans
    point into the (decoded) HTML.  Nothing is fetched or read: no network,
    no files, no DTDs, no entity definitions.  *url*, the page's address, dates
    a page that shows no date (it is read as a string, never fetched; its slug is
    not used for the headline, which the page's ``<h1>`` and metadata name better).
    Any other type raises :class:`TypeError`; input longer than *max_size*
    (characters, or bytes; ``None`` for no limit) raises
    :class:`~newsparse.errors.InputTooLarge`.
    """
    html = _as_str(html, max_size, decode_html, "parse_html")
    address = read_address(url)
    reader = MetaReader()
    doc = linearise(html, reader)
    if doc is None:
        return Article()
    lex = lexicon()
    finder = _date_finder()
    meta = reader.result()
    titles = _title_ranks(meta)  # (not the slug's: the page's <h1> and metadata say more, and say it better)
    lines, hints, tree = html_lines(doc, html, lex, titles)
    marked_names = doc.author_names
    del doc
    if not lines:
        return Article()
    sites = frozenset(title_key(n) for n in meta.site_names)
    summaries = frozenset(title_key(d) for d in meta.descriptions)
    tags, language = classify(lines, lex, finder, hints, titles=titles, site_names=sites, tree=tree, summaries=summaries)
    article = assemble(None, lines, tags, lex, finder, language, stamp_elsewhere=False)
    return _dated_by(address, with_meta(article, meta, hints, finder, marked_names))


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


def parse_any(
    data: str | bytes, kind: Kind = "auto", *, url: str | None = None, max_size: int | None = DEFAULT_MAX_SIZE
) -> Article:
    """:func:`~newsparse.parse_html` for HTML, :func:`~newsparse.parse` for text;
    with *kind* ``"auto"``, input that starts with markup is HTML.  *url* is the page's address."""
    if kind == "html" or (kind == "auto" and isinstance(data, (str, bytes)) and looks_like_html(data)):
        return parse_html(data, url=url, max_size=max_size)
    return parse(data, url=url, max_size=max_size)
