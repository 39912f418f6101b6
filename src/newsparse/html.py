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
import re
from collections.abc import Iterator

import attrs
from lxml import etree

from newsparse.lines import Line
from newsparse.normalize import BLANKS, decode_bom, fold
from newsparse.rules import Lexicon, phrase_key
from newsparse.rules import structure as S

_NONE: frozenset[str] = frozenset()

#: Elements whose content is never visible text.
_SKIP = frozenset(
    "script style noscript template head title svg math iframe object embed canvas audio video "
    "select option datalist textarea map area source track meta link base".split()
)
#: Elements that start and end a line of text.
_BLOCK = frozenset(
    "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section "
    "summary table tbody td tfoot th thead tr ul button label".split()
)
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.-]{1,40})""", re.IGNORECASE
)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Decode an HTML document: byte-order mark, then the declared charset, then UTF-8, then cp1252."""
    text = decode_bom(data)
    if text is not None:
        return text
    declared = _META_CHARSET.search(data, 0, 4096)
    if declared is not None:
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            codec = None
        if codec is not None and codec.name not in ("utf-16-le", "utf-16-be", "utf-16", "utf-32"):
            # a page that declares Latin-1 is read as cp1252, as browsers do
            name = "cp1252" if codec.name in ("latin-1", "iso8859-1", "ascii") else codec.name
            try:
                return data.decode(name)
            except UnicodeDecodeError:
                pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _parser() -> etree.HTMLParser:
    # huge_tree lifts libxml2's 10 MB limit on one text node (a big page would
    # otherwise parse as empty); the HTML parser expands no custom entities.
    return etree.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
        default_doctype=False,
        huge_tree=True,
        recover=True,
    )


def parse_document(html: str) -> etree._Element | None:
    """The document's root element, or ``None`` when there is no markup to read."""
    html = _XML_DECLARATION.sub("", html, count=1)
    if not html.strip():
        return None
    try:
        root = etree.fromstring(html, _parser())
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None
    return root


@attrs.define(slots=True, eq=False)
class Hints:
    """Structural evidence for one line from HTML."""

    #: the innermost block element holding the line (``p``, ``h2``, ``li``...)
    tag: str
    #: flags of the line's ancestors (see :mod:`newsparse.rules.structure`)
    flags: int
    #: share of the line's characters inside links
    link_share: float


def _class_flags(el: etree._Element, tag: str) -> int:
    flags = S.TAG_FLAGS.get(tag, 0)
    get = el.get
    if get("hidden") is not None or get("aria-hidden") == "true":
        flags |= S.HIDDEN
    style = get("style")
    if style and _DISPLAY_NONE.search(style):
        flags |= S.HIDDEN
    names = get("class")
    ident = get("id")
    prop = get("itemprop")
    if prop:
        flags |= S.ITEMPROP_FLAGS.get(prop.strip().lower(), 0)
    role = get("role")
    if role:
        flags |= S.ROLE_FLAGS.get(role.strip().lower(), 0)
    if names or ident:
        words = f"{names or ''} {ident or ''}".lower()
        for token in _CLASS_SPLIT.split(words):
            if token:
                flags |= S.CLASS_FLAGS.get(token, 0)
    return flags


@attrs.define(slots=True)
class _Block:
    """A line being collected."""

    parts: list[str] = attrs.Factory(list)
    link_chars: int = 0
    chars: int = 0
    tag: str = "body"
    flags: int = 0
    #: source line of the element the text is in (1-based, from libxml2)
    sourceline: int = 0


def linearise(root: etree._Element) -> Iterator[tuple[str, Hints, int]]:
    """Yield ``(raw text, hints, source line)`` for every block of visible text, in order."""
    stack: list[tuple[str, int]] = []  # (block tag, flags) of open elements
    flags = 0
    block_tag = "body"
    links = 0  # depth inside <a>
    cur = _Block()

    def flush() -> Iterator[tuple[str, Hints, int]]:
        nonlocal cur
        if cur.parts:
            text = "".join(cur.parts)
            if text.strip(BLANKS):
                share = cur.link_chars / cur.chars if cur.chars else 0.0
                yield text, Hints(cur.tag, cur.flags, share), cur.sourceline
        cur = _Block(tag=block_tag, flags=flags)

    def add(text: str, line: int | None) -> None:
        if not cur.parts:
            cur.tag, cur.flags = block_tag, flags
            cur.sourceline = line or cur.sourceline
        cur.parts.append(text)
        n = len(text)
        cur.chars += n
        if links:
            cur.link_chars += n

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag
        if not isinstance(tag, str):  # an entity reference or other non-element node
            if event == "end" and el.tail:
                add(el.tail, None)
            continue
        tag = tag.lower()
        if event == "start":
            if tag in _SKIP:
                walker.skip_subtree()
                stack.append((tag, flags))
                continue
            own = _class_flags(el, tag) if tag not in ("html", "body") else 0
            stack.append((block_tag, flags))
            flags |= own
            if tag == "a":
                links += 1
            if tag in _BLOCK:
                yield from flush()
                block_tag = tag
                cur.tag, cur.flags = block_tag, flags
            elif tag == "br":
                yield from flush()
            if el.text:
                add(el.text, el.sourceline)
        else:
            if tag in _SKIP:
                stack.pop()
                if el.tail:
                    add(el.tail, None)
                continue
            if tag in _BLOCK:
                yield from flush()
            if tag == "a":
                links -= 1
            block_tag, flags = stack.pop()
            if tag in _BLOCK:
                cur.tag, cur.flags = block_tag, flags
            if el.tail:
                add(el.tail, None)
    yield from flush()


def html_lines(html: str, lex: Lexicon) -> tuple[list[Line], list[Hints]]:
    """The lines of visible text of *html* with their hints; spans point into *html*."""
    root = parse_document(html)
    if root is None:
        return [], []
    lines: list[Line] = []
    hints: list[Hints] = []
    locate = _Locator(html)
    for number, (raw, hint, sourceline) in enumerate(linearise(root)):
        text = fold(raw)
        if not text:
            continue
        start, end = locate.span(text, sourceline)
        cats = lex.phrases.get(phrase_key(text), _NONE) if len(text) <= 110 else _NONE
        lines.append(Line(text, start, end, number, 0, cats))
        hints.append(hint)
    return lines, hints


_WORDISH = re.compile(r"[A-Z]?[a-z0-9]{2,}|[A-Z0-9]{3,}")


class _Locator:
    """Find where a line's text stands in the HTML source, moving forward only.

    The span runs from the line's first to its last plain word as found in the
    source; where markup or entities hide them, it is the empty span at the
    point reached so far.  Searches are bounded, so locating is linear.
    """

    _WINDOW = 20000

    def __init__(self, source: str) -> None:
        self.source = source
        self.cursor = 0
        self.line_starts: list[int] | None = None

    def _line_start(self, sourceline: int) -> int:
        if self.line_starts is None:
            starts = [0]
            find = self.source.find
            i = find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self.line_starts = starts
        k = min(max(sourceline - 1, 0), len(self.line_starts) - 1)
        return self.line_starts[k]

    def span(self, text: str, sourceline: int) -> tuple[int, int]:
        source = self.source
        lo = max(self.cursor, self._line_start(sourceline)) if sourceline else self.cursor
        first = _WORDISH.search(text)
        if first is None:
            return self.cursor, self.cursor
        start = source.find(first.group(), lo, lo + self._WINDOW + len(text) * 4)
        if start < 0:
            return self.cursor, self.cursor
        end = start + len(first.group())
        last = None
        for last in _WORDISH.finditer(text, max(first.end(), len(text) - 40)):
            pass
        if last is not None:
            # markup and entities only lengthen the source: the last word stands
            # at least as far after the first as it does in the folded text
            at = start + last.start() - first.start()
            k = source.find(last.group(), at, at + self._WINDOW + len(text) * 4)
            if k >= 0:
                end = k + len(last.group())
        self.cursor = end
        return start, end
