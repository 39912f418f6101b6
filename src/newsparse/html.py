"""Parse HTML safely and linearise it into line records with structural hints.

The parser is lxml's (libxml2's) HTML parser, configured so that it never
loads anything: no network, no DTD, no external or custom entities (the HTML
parser only knows the predefined HTML entities).  The tree is walked
iteratively, so nesting depth costs no Python stack.

Linearising gives one :class:`~newsparse.lines.Line` per block of visible
text, in document order, plus a :class:`Hints` record per line: the block's
tag, the structural flags of its ancestors (``nav``, ``footer``, a ``share``
class...) and how much of its text is link text.  The classifier reads the
same lines as for plain text and uses the hints as extra evidence.
"""

from __future__ import annotations

import codecs
import itertools
import os
import re
from collections.abc import Mapping
from typing import Any, Protocol

import attrs
from lxml import etree

from newsparse.lines import Lines, heading_point, label_categories
from newsparse.normalize import decode_bom, fold, title_key
from newsparse.rules import Lexicon
from newsparse.rules import structure as S

_NONE: frozenset[str] = frozenset()

#: Elements whose content is not read as the page's text.
_SKIP = frozenset(
    ["script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video", "select", "option", "datalist", "textarea", "map", "area", "source", "track", "meta", "link", "base",
     # ruby annotations (a reading written over the text, 子<rt>こ</rt>ども): the text is read once
     "rt", "rp"]
)
#: Elements that start and end a line of text.
BLOCK_TAGS = frozenset(
    ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "button", "label"]
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
#: A page builder's prefix at the start of a class name (see :data:`~newsparse.rules.structure.BUILDER_CLASS_PREFIXES`).
_BUILDER_PREFIX = re.compile(rf"(?<![^\s])(?:{'|'.join(map(re.escape, S.BUILDER_CLASS_PREFIXES))})(?![a-z0-9])")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]{1,40})""", re.IGNORECASE
)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


#: Python's names for the encodings of the WHATWG Encoding Standard (what browsers
#: read), apart from UTF-16, which a page cannot declare in itself.  Another
#: declared codec (``utf-7``, ``unicode_escape``, ``rot13``, ``zlib``...) is ignored.
_WEB_ENCODINGS = frozenset(
    ["utf-8", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic", "cp874", "gbk", "gb18030", "big5", "big5hkscs", "euc_jp", "iso2022_jp", "shift_jis", "cp932", "euc_kr", "cp949"]
    + [f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)]
    + [f"cp125{n}" for n in range(9)]
)
#: Declared encodings browsers read as another (Latin-1 and ASCII as cp1252...).
_BROWSER_READS_AS = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "iso8859-9": "cp1254", "gb2312": "gbk", "iso8859-11": "cp874", "tis-620": "cp874"}


def decode_html(data: bytes) -> str:
    """Decode an HTML document: byte-order mark, then the declared charset, then UTF-8, then cp1252.

    A declaration the bytes disprove is not honoured: bytes that are valid UTF-8
    and hold multi-byte sequences are UTF-8 whatever the page declares (a
    template's stale ``charset=iso-8859-1``; text in another encoding is
    practically never valid UTF-8).
    """
    text = decode_bom(data)
    if text is not None:
        return text
    if not data.isascii():
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    declared = _META_CHARSET.search(data, 0, 4096)
    if declared is not None:
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
        except (LookupError, UnicodeDecodeError):
            name = ""
        # a page that declares Latin-1 is read as cp1252, as browsers do
        name = _BROWSER_READS_AS.get(name, name)
        if name in _WEB_ENCODINGS:
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


#: lxml's parser options: huge_tree lifts libxml2's 10 MB limit on one text node
#: (a big page would otherwise parse as empty); the HTML parser expands no custom
#: entities, and nothing is loaded from the network.
_OPTIONS: dict[str, Any] = {
    "no_network": True,
    "remove_comments": True,
    "remove_pis": True,
    "collect_ids": False,
    "default_doctype": False,
    "huge_tree": True,
    "recover": True,
}


_FEED = 1 << 16  # characters given to the parser at a time


#: A start tag with more attribute text than this loses its attributes before parsing:
#: libxml2 checks each attribute against all earlier ones, so tens of thousands
#: of attributes would take quadratic time.
_MAX_TAG = 32768
_LONG_TAG = re.compile(rf"<([A-Za-z][A-Za-z0-9:-]{{0,40}})[^<>]{{{_MAX_TAG},}}")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _utf8(html: str) -> bytes:
    """*html* encoded as the parser reads it, UTF-8, lone surrogates (which cannot
    be encoded) read as U+FFFD.  (lxml would encode a str itself: encoding it
    here once also finds the surrogates, several times faster than a search.)"""
    try:
        return html.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", html).encode("utf-8")


def _prepared(html: str) -> str:
    """*html* as the parser gets it: without an XML declaration (lxml refuses one
    in a str) and with over-long start tags cut."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if _holds_long_tag(html):
        html = _LONG_TAG.sub(r"<\1", html)
    return html


_NOSCRIPT_OPEN = re.compile(r"<noscript\b[^<>]{0,2000}>", re.IGNORECASE)
_NOSCRIPT_CLOSE = re.compile(r"</noscript\s{0,100}>", re.IGNORECASE)


def _without_noscript_content(html: str) -> str:
    """*html* with each ``<noscript>`` element's content taken out.

    A browser with scripts on reads that content as plain text, up to
    ``</noscript>``; libxml2 parses it as markup, so an element left open in it
    (``<noscript><div id="nojs"></noscript>``) keeps the ``<noscript>`` open to
    the end of the page, and everything after it would be hidden.  (The content
    is invisible either way; spans are found in the original source.)
    """
    parts = []
    kept = 0
    while (opened := _NOSCRIPT_OPEN.search(html, kept)) is not None:
        closed = _NOSCRIPT_CLOSE.search(html, opened.end())
        if closed is None:
            break
        parts.append(html[kept : opened.end()])
        kept = closed.start()
    if not parts:
        return html
    parts.append(html[kept:])
    return "".join(parts)


def _holds_long_tag(html: str) -> bool:
    """Does *html* hold a start tag of :data:`_MAX_TAG` characters (what :data:`_LONG_TAG`
    finds): a ``<`` and a letter followed by that many characters without ``<`` or ``>``?

    A run of that many characters without ``>`` covers a whole window of half
    its size on a grid that ``str.find`` checks in C; only around such a window
    is the run measured and searched (the regular expression walks every tag in
    Python's engine: about a millisecond a page).
    """
    window = _MAX_TAG // 2
    at = 0
    while at + window <= len(html):
        if html.find(">", at, at + window) >= 0:
            at += window
            continue
        start = html.rfind(">", 0, at) + 1
        end = html.find(">", at)
        end = len(html) if end < 0 else end
        if end - start > _MAX_TAG:
            for part in html[start:end].split("<")[1:]:
                if len(part) > _MAX_TAG and part[:1].isascii() and part[:1].isalpha():
                    return True
        at = end + 1
    return False


class ElementObserver(Protocol):
    """Told of the elements it names as the document is read (:class:`newsparse.meta.MetaReader` is one)."""

    #: the tag names of the elements to be told of
    tags: frozenset[str]

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        """An element's start tag was read, with its attributes."""

    def end(self, tag: str, text: str | None) -> None:
        """An element was read to its end tag; *text* is what it holds when it
        holds only text (a ``<script>``, a ``<title>``), else ``None``."""


@attrs.define(slots=True, eq=False)
class Hints:
    """Structural evidence for one line from HTML."""

    #: the innermost block element holding the line (``p``, ``h2``, ``li``...)
    tag: str
    #: flags of the line's ancestors (see :mod:`newsparse.rules.structure`)
    flags: int
    #: share of the line's characters inside links
    link_share: float
    #: the block element the line is in, a node of the block tree
    node: int = 0


#: The flags of the class and id values read, kept across pages (a page repeats its classes, a site
#: its pages', a theme or framework its own: ``container``, ``row``), up to a bound (a value's flags
#: depend on the value alone: the cache only saves work).
_CLASS_FLAGS_CACHE: dict[str, int] = {}
_CLASS_FLAGS_CACHE_SIZE = 50_000
#: The longest value kept (the cache's memory stays under a few megabytes, whatever the pages).
_CACHED_VALUE_CHARS = 200


def _token_flags(words: str, cache: dict[str, int]) -> int:
    """Flags of a class/id attribute value (cached: pages repeat their classes)."""
    flags = cache.get(words)
    if flags is None:
        flags = 0
        low = words.lower()
        if _BUILDER_PREFIX_START in low:
            low = _BUILDER_PREFIX.sub(" ", low)
        if low.isascii():
            # (split in C: each byte that is no letter or digit made a space; the regular
            # expression's split took most of the time this function takes)
            ascii_tokens = low.encode("ascii").translate(_ASCII_TOKEN_BYTES).split()
            for ascii_token in _CLASS_TOKEN_BYTES.keys() & ascii_tokens:  # (most tokens name nothing)
                flags |= _CLASS_TOKEN_BYTES[ascii_token]
            embedded = not _EMBED_TOKEN_BYTES.isdisjoint(ascii_tokens)
        else:
            tokens = _CLASS_SPLIT.split(low)
            for token in _CLASS_TOKENS.intersection(tokens):
                flags |= S.CLASS_FLAGS[token]
            embedded = not S.EMBED_TOKENS.isdisjoint(tokens)
        if flags & S.SHARE and embedded:
            flags &= ~S.SHARE  # an embedded post, not a share bar
        if len(words) <= _CACHED_VALUE_CHARS:
            cache[words] = flags
    return flags


_CLASS_TOKENS = frozenset(S.CLASS_FLAGS)
#: :data:`~newsparse.rules.structure.CLASS_FLAGS` and the embeds' tokens as ASCII bytes, and the
#: table that makes each byte of a lower-case value that is no letter or digit (where
#: :data:`_CLASS_SPLIT` splits) a space.
_CLASS_TOKEN_BYTES: dict[bytes, int] = {token.encode("ascii"): flags for token, flags in S.CLASS_FLAGS.items()}
_EMBED_TOKEN_BYTES = frozenset(token.encode("ascii") for token in S.EMBED_TOKENS)
_ASCII_TOKEN_BYTES = bytes(b if chr(b) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for b in range(256))
#: What every page builder's prefix starts with: a class without it needs no search.
_BUILDER_PREFIX_START = os.path.commonprefix(S.BUILDER_CLASS_PREFIXES)


#: The attributes that give an element flags.
_FLAG_ATTRIBUTES = frozenset(["class", "id", "itemprop", "role", "rel", "hidden", "aria-hidden", "style"])


def _attribute_flags(attrib: Mapping[str, str], cache: dict[str, int]) -> int:
    """Flags an element's attributes give it: classes and ids, itemprop, role, rel, hiding."""
    flags = 0
    for name in _FLAG_ATTRIBUTES.intersection(attrib):  # (not the others: links, data, sizes...)
        value = attrib[name]
        if name == "class" or name == "id":
            known = cache.get(value)
            flags |= known if known is not None else _token_flags(value, cache)
        elif name == "itemprop":
            flags |= S.ITEMPROP_FLAGS.get(value.strip().lower(), 0)
        elif name == "role":
            flags |= S.ROLE_FLAGS.get(value.strip().lower(), 0)
        elif name == "rel":
            for link_type in value.lower().split():  # ("author", "nofollow noopener"...)
                flags |= S.REL_FLAGS.get(link_type, 0)
        elif name == "hidden" or name == "aria-hidden" and value == "true" or name == "style" and _DISPLAY_NONE.search(value):
            flags |= S.HIDDEN
    return flags


Block = tuple[str, str, int, float, int]


@attrs.frozen
class Document:
    """A page read by :func:`linearise`."""

    #: ``(folded text, block tag, frame, link share, node)`` per block of visible text
    blocks: list[Block]
    #: ``(own flags, enclosing frame)`` per element that carries flags; frame 0 is the document
    frames: list[tuple[int, int]]
    #: the parent of each block element (node 0 is the document)
    tree: list[int]
    #: the author names the markup marks inside a byline (hCard's ``fn``: ``<span class="author
    #: vcard"><a class="url fn n">Jane Doe</a></span>``), in document order
    author_names: list[str] = attrs.field(factory=list)


_CAPTION_FLAGS = S.FIGCAPTION | S.CAPTION
#: Containers whose bylines are comments' or other articles' (not a sidebar or a widget: a
#: blog's template may hold its posts in one).
_OTHERS_BYLINES = S.COMMENTS | S.RELATED

#: Elements nested deeper than this are read as inline text (their tags neither
#: end lines nor flag them), as Chromium's parser stops nesting at 512: memory
#: for the open elements stays bounded whatever the nesting.
_MAX_DEPTH = 512


class _Reader:
    """The parser's target: told of each start tag, end tag and piece of text as
    libxml2 reads them, it gathers the blocks of a :class:`Document` (no tree is
    built, so memory holds the blocks, whatever the page's size or depth)."""

    __slots__ = (
        "author_names", "block_tag", "blocks", "cache", "chars", "deep", "frame", "frames", "hidden", "hidden_by",
        "hidden_elements", "inherited", "line", "link_chars", "links", "name_depth", "name_parts", "node", "observer", "parts",
        "runaway_noscript", "seen", "stack", "tree", "watch_text", "watched",
    )

    def __init__(self, observer: ElementObserver | None) -> None:
        self.observer = observer
        self.watched = observer.tags if observer is not None else _NONE
        self.blocks: list[Block] = []
        self.frames: list[tuple[int, int]] = [(0, 0)]
        self.inherited: list[int] = [0]  # per frame, the flags of the frames around it (its own apart)
        self.tree: list[int] = [0]
        self.stack: list[tuple[str, int, int]] = []  # (block tag, frame, node) around each open element
        self.block_tag, self.frame, self.node = "body", 0, 0
        self.links = 0  # depth inside <a>
        self.hidden = 0  # depth inside an invisible element (script, style, head...)
        self.hidden_by = ""  # the tag of that element
        self.hidden_elements = 0  # and how many elements it held
        self.runaway_noscript = False  # did a <noscript> hold far more than a fallback does?
        self.deep = 0  # depth beyond _MAX_DEPTH
        if len(_CLASS_FLAGS_CACHE) > _CLASS_FLAGS_CACHE_SIZE:
            _CLASS_FLAGS_CACHE.clear()
        self.cache = _CLASS_FLAGS_CACHE  # (shared by the pages read: sites repeat their classes, and builders theirs)
        self.watch_text: list[str] | None = None  # the text inside a watched element, until a child starts
        # the line being collected: its text pieces, link characters, all characters,
        # and the block tag, frame and node it started in
        self.parts: list[str] = []
        self.link_chars = self.chars = 0
        self.line = ("body", 0, 0)
        self.seen = False
        # the text of an author's name element being read (see Document.author_names), and its depth
        self.author_names: list[str] = []
        self.name_parts: list[str] | None = None
        self.name_depth = 0

    def data(self, text: str) -> None:
        """A piece of text: it joins the line being collected (unless it is the
        indentation before a line's first text)."""
        if self.watch_text is not None:
            self.watch_text.append(text)
        if self.hidden:
            return
        if self.name_parts is not None:
            self.name_parts.append(text)
        if self.parts:
            self.parts.append(text)
        elif not text or text.isspace():
            return
        else:
            self.line = (self.block_tag, self.frame, self.node)
            self.parts.append(text)
        self.chars += len(text)
        if self.links:
            self.link_chars += len(text)

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        """A start tag (libxml2's HTML parser gives tag names in lower case)."""
        self.seen = True
        self.watch_text = None
        if tag in self.watched:
            self.observer.start(tag, attrib)  # type: ignore[union-attr]
            self.watch_text = []
        if self.hidden:
            self.hidden += 1
            self.hidden_elements += 1
            return
        if self.deep or len(self.stack) >= _MAX_DEPTH:
            self.deep += 1  # (read as inline text: its tag neither ends a line nor flags it)
        else:
            self.stack.append((self.block_tag, self.frame, self.node))
        if tag in _SKIP:
            self.hidden, self.hidden_by, self.hidden_elements = 1, tag, 0
            return
        if self.deep:
            return
        own = 0
        if tag != "html" and tag != "body":
            own = S.TAG_FLAGS.get(tag, 0)
            if attrib:
                if len(attrib) == 1 and "class" in attrib:  # (most elements: a class alone, no call)
                    value = attrib["class"]
                    known = self.cache.get(value)
                    own |= known if known is not None else _token_flags(value, self.cache)
                elif not _FLAG_ATTRIBUTES.isdisjoint(attrib):
                    own |= _attribute_flags(attrib, self.cache)
            if own:
                parent = self.frame
                self.frames.append((own, parent))
                self.inherited.append(self.inherited[parent] | self.frames[parent][0])
                self.frame = len(self.frames) - 1
                if own & S.AUTHOR_NAME and self.name_parts is None and (own & S.BYLINE or self._in_byline()):
                    self.name_parts, self.name_depth = [], len(self.stack)
        if tag == "a":
            self.links += 1
        # a block element (or <br>) ends the line before it; a credit element opening a
        # caption's line is a line of its own (<span class="credit">© Name</span> Caption text)
        if tag in BLOCK_TAGS or own & S.CREDIT and not self.parts and self._in_caption():
            if self.parts:
                self._end_line()
            self.block_tag = tag
            self.tree.append(self.node)
            self.node = len(self.tree) - 1
        elif tag == "br" and self.parts:
            self._end_line()

    def end(self, tag: str) -> None:
        """An end tag (or the end of an element the parser closed by itself)."""
        if tag in self.watched:
            text = self.watch_text
            self.observer.end(tag, "".join(text) if text is not None else None)  # type: ignore[union-attr]
        self.watch_text = None
        if self.hidden:
            self.hidden -= 1
            if self.hidden:
                return
            if self.hidden_by == "noscript" and self.hidden_elements > _NOSCRIPT_ELEMENTS:
                self.runaway_noscript = True
            # the end of the invisible element itself: its tail is visible
        if self.deep:
            self.deep -= 1
            return
        if tag == "a":
            self.links -= 1
        if self.name_parts is not None and len(self.stack) == self.name_depth:
            name = fold("".join(self.name_parts))
            if name:
                self.author_names.append(name)
            self.name_parts = None
        # the line inside a block element ends with it (an element that made a node is one)
        if self.parts and self.stack and self.stack[-1][2] != self.node:
            self._end_line()
        if self.stack:  # (libxml2 reports balanced tags; an unmatched end would change nothing)
            self.block_tag, self.frame, self.node = self.stack.pop()

    def _in_byline(self) -> bool:
        """Is the element just started inside a byline, not a comment's nor a teaser's (its own
        frame apart)?"""
        around = self.inherited[self.frame] if self.frame else 0
        return bool(around & S.BYLINE) and not around & _OTHERS_BYLINES

    def _in_caption(self) -> bool:
        """Is the element just started inside a caption (its own frame apart)?"""
        return bool(self.inherited[self.frame] & _CAPTION_FLAGS) if self.frame else False

    def close(self) -> None:
        """The end of the document (the document is taken by :meth:`document`)."""

    def document(self) -> Document | None:
        """What was read, the last line ended; ``None`` if no element was read.

        The reader lets go of what it read and of the observer: lxml's parser
        and its target form a reference cycle, which only the garbage collector
        frees, and everything the reader still held would wait for it (and be
        traversed by each collection until then)."""
        if self.parts:
            self._end_line()
        doc = Document(self.blocks, self.frames, self.tree, self.author_names) if self.seen else None
        self.blocks, self.frames, self.tree, self.stack, self.author_names = [], [], [], [], []
        self.inherited = []
        self.observer, self.watched = None, _NONE
        return doc

    def _end_line(self) -> None:
        tag, frame, node = self.line
        text = fold("".join(self.parts))
        if text:
            self.blocks.append((text, tag, frame, self.link_chars / self.chars, node))
        self.parts = []
        self.link_chars = self.chars = 0


def linearise(html: str, observer: ElementObserver | None = None) -> Document | None:
    """Read *html* into its blocks of visible text, in document order, with the
    flag frames and the block tree; ``None`` when there is no markup to read.

    The parser is given the page a piece at a time and tells a :class:`_Reader`
    of each tag and text as it reads them: no tree is built, so memory holds
    the blocks, and nesting depth costs no stack.  *observer*, if given, is
    told of the elements it names (invisible ones included), in document order.
    """
    html = _prepared(html)
    if not html.strip():
        return None
    reader = _Reader(observer)
    if _read(html, reader):
        # a <noscript> kept open over the page hid everything after it: read the page
        # again with noscript content taken out (the observer was told of every
        # element the first time: it sees invisible ones too)
        reader.document()
        reader = _Reader(None)
        _read(_without_noscript_content(html), reader)
    return reader.document()


def _read(html: str, reader: _Reader) -> bool:
    """Feed *html* to a parser telling *reader*; did a ``<noscript>`` run away with the page?"""
    # (the stubs' ParserTarget also asks for comment(), which the parser never calls: it drops comments)
    parser = etree.HTMLParser(target=reader, encoding="utf-8", **_OPTIONS)  # type: ignore[arg-type]
    try:
        for at in range(0, len(html), _FEED):
            parser.feed(_utf8(html[at : at + _FEED]))
        parser.close()
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        pass  # (what was read so far stands)
    return reader.runaway_noscript or reader.hidden > 0 and reader.hidden_by == "noscript"


#: More elements than a ``<noscript>`` fallback holds (a tracking pixel, a notice): the
#: parser kept it open past its end tag, over the page.
_NOSCRIPT_ELEMENTS = 50


#: A line at least this long counts as prose when judging how much a frame holds.
_PROSE_CHARS = 120
#: A frame holding more than this share of the page's prose is a layout wrapper
#: (an ASP.NET page-wide <form>, ``class="has-sidebar"``): its furniture flags are dropped.
_WRAPPER_SHARE = 0.5


def _trusted_flags(lines: list[Block], frames: list[tuple[int, int]]) -> list[int]:
    """The flags each frame passes to its lines, wrappers' furniture flags dropped."""
    prose = [0] * len(frames)
    headed = bytearray(len(frames))  # (frames holding a heading)
    total = 0
    for text, tag, f, _share, _node in lines:
        n = len(text)
        if tag in _HEADER_HEADINGS:
            k = f
            while k and not headed[k]:
                headed[k] = 1
                k = frames[k][1]
        if n >= _PROSE_CHARS:
            total += n
            while f:
                prose[f] += n
                f = frames[f][1]
    limit = max(_PROSE_CHARS, total * _WRAPPER_SHARE)
    effective = [0] * len(frames)
    for f in range(1, len(frames)):  # a frame comes after the frame that encloses it
        own, parent = frames[f]
        if prose[f] > limit:
            own &= S.POSITIVE
        if headed[f]:
            own &= ~S.CAPTION  # a header's overlay named "caption" (the title, the byline, the date over the picture)
        effective[f] = effective[parent] | own
    return effective


#: Headings that make a container named a caption a header's overlay, not a picture's caption.
_HEADER_HEADINGS = frozenset(["h1", "h2"])


#: No metadata titles (see :func:`html_lines`).
NO_TITLES: Mapping[str, int] = {}


def _title_split(text: str, titles: Mapping[str, int]) -> tuple[int, bool]:
    """Where a headline that the metadata confirms meets a kicker or a site name
    in the same element, and whether the headline comes first: a kicker before it
    (``Interne Unterlagen im Netz Daten von Rheinmetall gehackt``) or a site name
    after a separator (``Was wir nicht hören wollen | FASSETTE.NET``); ``(0, False)`` for none.

    What stands before the title is no kicker when a dash joins it to the title
    (``Star Wars Jedi: Fallen Order review – shoots for the moon``: the metadata
    shortened a headline in two parts) or when it is a quotation (``"Pure Leere":
    Marita Kramer verpasst ...``): the element is one headline."""
    low = text.casefold()
    if len(low) != len(text) or low in titles:
        return 0, False
    for title in titles:
        if len(title) >= _MIN_TITLE and len(title) < len(low):
            if low.endswith(title):
                if _JOINED_TO_TITLE.search(text, 0, len(text) - len(title)):
                    return 0, False
                return len(text) - len(title), False
            if low.startswith(title) and _TITLE_SUFFIX.match(text, len(title)):
                return len(title), True
    return 0, False


#: What separates a headline from the site's name after it in one element (not a
#: dash: after one, a subtitle is as likely as a site name).
_TITLE_SUFFIX = re.compile(r"(?<!\s)\s+[|·•»]\s")  # (the lookbehind: one try per run of spaces)


_MIN_TITLE = 12

#: What before a title makes one headline with it: a spaced dash just before it
#: (``Review – ...``), or a whole quotation before a colon (``"Pure Leere": ...``).
_JOINED_TO_TITLE = re.compile(r"\s[-–—]\s*\Z|\A[\"“„«‘'][^\"“”„«»‘’']+[\"”“»’']\s*:\s*\Z")


def html_lines(
    doc: Document, html: str, lex: Lexicon, titles: Mapping[str, int] = NO_TITLES
) -> tuple[Lines, list[Hints], list[int]]:
    """The lines of the document *doc* read from *html*, with their hints, and the
    tree of block elements (each node's parent); spans point into *html*.  An
    ``<h1>`` that ends with one of the metadata *titles* (case folded) is split
    into its kicker and the title, one that starts with a title and goes on
    after a separator into the title and the site's name; a line opening with a
    related label (``Read more: Title``) into the label and the linked title."""
    flags = _trusted_flags(doc.blocks, doc.frames)
    lines = Lines()
    hints: list[Hints] = []
    locate = _Locator(html)
    for number, (text, tag, f, share, node) in enumerate(doc.blocks):
        cut, first = _title_split(text, titles) if tag == "h1" and titles else (0, False)
        if not cut:
            # a related link inside a paragraph ("Read more: Title"): its label apart, as from text
            # (most lines hold no colon or guillemet: no call)
            point = heading_point(text, lex) if ":" in text or "»" in text else None
            pieces = [text[: point[0]].rstrip(), text[point[0] :]] if point else [text]
        elif first:
            pieces = [text[:cut], text[cut:].strip(_KICKER_EDGE)]
        else:
            pieces = [text[:cut].strip(_KICKER_EDGE), text[cut:]]
        glued = len(pieces) > 1
        for piece in pieces:
            if not piece:
                continue
            start, end = locate.span(piece)
            # (a line equal to a metadata title is asked: a menu's label is no headline)
            decided = _decided_by_container(flags[f], tag) and not (titles and title_key(piece) in titles)
            cats = _NONE if decided else label_categories(piece, lex)
            lines.append(piece, start, end, number, 0, cats, glued=glued)
            hints.append(Hints(tag, flags[f], share, node))
    return lines, hints, doc.tree


_KICKER_EDGE = " :|-–—"


def _decided_by_container(flags: int, tag: str) -> bool:
    """Does the container alone decide what a line with these *flags* in a *tag* element is
    (hidden, or in a menu or footer, not in a related box there, and no headline), so that the
    phrases it may be are never asked for (a page's menus are half its lines)?"""
    return bool(flags & _DECIDING) and not flags & _UNDECIDING and tag != "h1"


#: Containers whose lines are furniture whatever their words (see :func:`classify.rule_structure`),
#: and flags that leave a line to its words there (a related box, the headline).
_DECIDING = S.NAV | S.MENU | S.FOOTER | S.HIDDEN
_UNDECIDING = S.RELATED | S.HEADLINE


#: A word looked for in the source: a run of ASCII letters and digits, or of two or more
#: other letters (Cyrillic, Arabic, Chinese...: a line in a script without ASCII words
#: is located too); one the source writes as entities is not found there.
_WORDISH = re.compile(r"[A-Z]?[a-z0-9]{2,}|[A-Z0-9]{3,}|[^\W\x00-\x7f]{2,}")


def _last_word(text: str, pos: int) -> tuple[int, str] | None:
    """Where the last of the words :data:`_WORDISH` finds in *text* from *pos* on starts, and
    the word.  A word never spans white space, so the last one stands in the line's last
    white-space-separated piece when that holds one and starts at *pos* or later: only that
    piece is searched (a regular expression scanning the whole tail took a tenth of the time
    locating lines takes)."""
    piece_at = max(text.rfind(" ", pos) + 1, pos)
    if piece_at > pos:
        found = None
        for found in _WORDISH.finditer(text, piece_at):
            pass
        if found is not None:
            return found.start(), found.group()
    found = None
    for found in _WORDISH.finditer(text, pos):
        pass
    return (found.start(), found.group()) if found is not None else None


class _Locator:
    """Find where a line's text stands in the HTML source, moving forward only.

    The span runs from the line's first to its last plain word as found in the
    source; where markup or entities hide them, it is the empty span at the
    point reached so far.  A word is looked for in a window after that point;
    past the window (a page whose head or scripts hold many kilobytes before
    the next text), the rest of the source is searched while a budget of a few
    times the source's length lasts, so locating stays linear.
    """

    _WINDOW = 20000
    #: how much markup a line's element may hold besides its text (links, emphasis): the
    #: last word is looked for no farther, lest another copy of it far on (a page that
    #: writes its article twice) carry the point past the lines that follow
    _IN_LINE = 2000
    #: how far on a line's first word may be found before its next words are looked for too,
    #: and how many of them
    _NEAR = 2000
    _MORE_WORDS = 2
    #: how many times the source's length searches past the window may read
    _FAR_BUDGET = 4

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0
        self.budget = self._FAR_BUDGET * len(source)

    def span(self, text: str) -> tuple[int, int]:
        """The span of *text*, the next line of the document, in the source."""
        source = self.source
        lo = self.cursor
        first = _WORDISH.search(text)
        if first is None:
            return lo, lo
        word = first.group()
        reach = lo + self._WINDOW + len(text) * 4
        start = source.find(word, lo, reach)
        if start < 0 or start - lo > self._NEAR:
            # markup may split the first word ("<em>I</em>ch hoffe"): found far on, it may be
            # another line's; the next words, found before it, tell where the line starts
            # (these searches spend the far budget: locating stays linear)
            limit = start if start >= 0 else reach
            for other in itertools.islice(_WORDISH.finditer(text, first.end()), self._MORE_WORDS):
                if self.budget <= 0:
                    break
                k = source.find(other.group(), lo, limit)
                self.budget -= (k if k >= 0 else min(limit, len(source))) - lo
                if k >= 0:
                    first, start = other, k
                    break
        if start < 0:
            start = self._far(word, reach)
            if start < 0:
                return lo, lo
        end = start + len(first.group())
        # (a line of one word ends with it: no search)
        last = _last_word(text, max(first.end(), len(text) - 40)) if first.end() < len(text) else None
        if last is not None:
            # markup and entities only lengthen the source: the last word stands
            # at least as far after the first as it does in the folded text
            at = start + last[0] - first.start()
            k = source.find(last[1], at, at + self._IN_LINE + len(text) * 3)
            if k >= 0:
                end = k + len(last[1])
            elif start >= reach:
                return lo, lo  # (found far off by its first word alone: not trusted)
        self.cursor = end
        return start, end

    def _far(self, word: str, at: int) -> int:
        """Where *word* stands after *at*, past the window, within the budget (else -1)."""
        if self.budget <= 0 or at >= len(self.source):
            return -1
        found = self.source.find(word, at, at + self.budget)
        self.budget -= (found if found >= 0 else min(len(self.source), at + self.budget)) - at
        return found
