"""Script text among a page's lines: a scraper that keeps the contents of
``<script>`` and ``<style>`` (BeautifulSoup's ``get_text()``, lxml's
``text_content()``) leaves JavaScript, CSS, JSON and markup in the text.

Found before the lines are classified: script lines are furniture, and the
JSON-LD among them is read as the page's metadata, evidence for the headline,
authors and dates as in :func:`~newsparse.parse.parse_html`.  The signatures
are data in :mod:`newsparse.rules.common`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Sequence

import attrs

from newsparse.meta import MAX_JSON, MetaReader, PageMeta, article_objects
from newsparse.rules import common
from newsparse.tags import Tag, shared_tag

_SCRIPT_LINE = re.compile("|".join(f"(?:{p})" for p in common.SCRIPT_LINES))
_STATEMENT = re.compile(common.SCRIPT_STATEMENT)
_CONTINUATION = re.compile("|".join(f"(?:{p})" for p in common.SCRIPT_CONTINUATIONS))
#: A bare tag on its own line (``<tr>``, ``</label>``, ``<br/>``).
_BARE_TAG = re.compile(r"</?[a-z][a-z0-9]*\s?/?>")
#: Where a line could be code at all: its first or last character, or an ``=`` (or ``function``).
_CODE_FIRST = frozenset('{}[]()"-/<.#*;,$_')
_CODE_LAST = frozenset("{}[](),;>")

#: A line at least this long with few spaces and many of ``{};()=`` is minified code.
_MINIFIED = 60
#: ... at most one space per this many characters, and one of those characters per this many.
_MINIFIED_SPACES = 12
_MINIFIED_MARKS = 15
#: A line of code alone among other lines is code only when it is this long (a lone
#: ``}`` or ``width: 100%;`` may be part of an article about code).
_ALONE = 60


@attrs.frozen
class Scripts:
    """The script lines of a page's text, found by :func:`find_scripts`."""

    #: the indices of the lines of code (JavaScript, CSS, markup, JSON)
    code: frozenset[int]
    #: the indices of the lines of JSON-LD blocks
    json_ld: frozenset[int]
    #: what the JSON-LD says about the article (``None`` without JSON-LD)
    meta: PageMeta | None

    def __contains__(self, line: object) -> bool:
        return line in self.code or line in self.json_ld


def find_scripts(texts: Sequence[str], source: str | None = None) -> Scripts | None:
    """The script lines among the lines *texts* (stripped), ``None`` when there are none.

    *source* is the text the lines were read from, if at hand: code always has a
    ``{``, ``}``, ``=`` or ``);`` somewhere, and most pages have none (found in a few scans).
    """
    whole = "\n".join(texts) if source is None else source
    if "{" not in whole and "}" not in whole and "=" not in whole and ");" not in whole:
        return None
    candidates = [k for k, text in enumerate(texts) if _may_be_code(text) or _few_spaces(text)]
    if not candidates:
        return None
    reader = MetaReader()
    json_ld = _json_ld_lines(texts, [k for k in candidates if texts[k][:1] in "{["], reader)
    code = _code_lines(texts, candidates, json_ld)
    if not code and not json_ld:
        return None
    return Scripts(frozenset(code), frozenset(json_ld), reader.result() if json_ld else None)


def script_tags(scripts: Scripts) -> dict[int, Tag]:
    """The decision for each line of *scripts*: furniture (JavaScript, CSS, template
    markup; JSON-LD, read as metadata)."""
    tags = dict.fromkeys(scripts.code, shared_tag("boilerplate", "other", "script.code"))
    tags.update(dict.fromkeys(scripts.json_ld, shared_tag("boilerplate", "other", "script.json_ld")))
    return tags


def is_code(text: str) -> bool:
    """Is the line *text* code by itself (see :data:`~newsparse.rules.common.SCRIPT_LINES`)?"""
    first, last = text[:1], text[-1:]
    if _may_be_code(text):
        if last == "{" or _SCRIPT_LINE.match(text):
            return True
        if last == ";" and _STATEMENT.search(text):
            return True
        if first == "<" and last == ">" and ("=" in text or _BARE_TAG.fullmatch(text)):
            return True  # a template's markup
    return _few_spaces(text) and _marks(text) * _MINIFIED_MARKS >= len(text)


def _may_be_code(text: str) -> bool:
    """Could *text* match a code signature at all?  (Most lines cannot: prose starts with
    a letter and ends with a full stop.)"""
    return text[:1] in _CODE_FIRST or text[-1:] in _CODE_LAST or "=" in text or text[:1] == "f"


def _few_spaces(text: str) -> bool:
    """Is *text* long with few spaces for its length, as minified code is?"""
    n = len(text)
    return n >= _MINIFIED and text.count(" ") * _MINIFIED_SPACES < n


def _marks(text: str) -> int:
    return text.count("{") + text.count("}") + text.count(";") + text.count("(") + text.count(")") + text.count("=")


def _code_lines(texts: Sequence[str], candidates: list[int], taken: set[int]) -> set[int]:
    """The lines of code: blocks of lines that are code by themselves, with the lines
    that continue code beside them (a list item, a selector); a block counts when it has
    two lines of code by themselves, or one long one (a lone ``}`` or ``width: 100%;``
    may be part of an article about code)."""
    strong = {k for k in candidates if k not in taken and is_code(texts[k])}
    strong |= taken  # (JSON-LD is code too, beside which other code counts)
    strong |= _comment_blocks(texts, candidates)
    block = set(strong)
    todo = sorted(strong)
    while todo:  # continuations join a block on either side, one after another
        k = todo.pop()
        for j in (k - 1, k + 1):
            if 0 <= j < len(texts) and j not in block and _CONTINUATION.search(texts[j]):
                block.add(j)
                todo.append(j)
    code: set[int] = set()
    run: list[int] = []
    for k in sorted(block):
        if run and k != run[-1] + 1:
            _keep_run(run, strong, texts, code)
            run = []
        run.append(k)
    _keep_run(run, strong, texts, code)
    return code - taken


def _comment_blocks(texts: Sequence[str], candidates: list[int]) -> set[int]:
    """The lines of comments in code that run over several lines (``/*`` on a line of
    its own, up to the line that holds ``*/``: a style sheet's header, a licence).  An
    opening without its close within :data:`_MAX_COMMENT_LINES` is no comment, nor is
    one inside those lines (each line is read once)."""
    inside: set[int] = set()
    read_to = -1
    for k in candidates:
        if k <= read_to or not texts[k].startswith("/*") or "*/" in texts[k]:
            continue
        end = min(len(texts), k + _MAX_COMMENT_LINES)
        close = next((j for j in range(k + 1, end) if "*/" in texts[j]), None)
        if close is None:
            read_to = end - 1
        else:
            inside.update(range(k, close + 1))
            read_to = close
    return inside


#: The most lines of a comment read as one.
_MAX_COMMENT_LINES = 200


def _keep_run(run: list[int], strong: set[int], texts: Sequence[str], code: set[int]) -> None:
    """Add the lines of *run*, consecutive lines of a block, to *code* if it counts."""
    own = [k for k in run if k in strong]
    if len(own) >= 2 or any(len(texts[k]) >= _ALONE for k in own):
        code.update(run)


#: Where a JSON-LD block starts: an object, or a list of them, whose first key is a
#: JSON-LD keyword (read from a candidate's first lines: a block may be pretty-printed).
_JSON_LD_START = re.compile(r'\A\[?\s*\{\s*"@(?:context|graph|type|id)"\s*:')
#: How many characters of a candidate's first lines the start is looked for in.
_JSON_LD_REACH = 200
#: How many blocks are read at most (each read may run to :data:`~newsparse.meta.MAX_JSON`).
_MAX_JSON_LD_BLOCKS = 16
#: Control characters in strings are allowed: a long line may have been cut in two.
_DECODER = json.JSONDecoder(strict=False)


def _json_ld_lines(texts: Sequence[str], starts: list[int], reader: MetaReader) -> set[int]:
    """The lines of the JSON-LD blocks among *texts*, looked for at the lines *starts*
    (those opening with ``{`` or ``[``), their article objects given to *reader*.  A
    block is a whole JSON value that starts a line with a JSON-LD keyword
    (``{"@context": ...``) and ends a line."""
    covered: set[int] = set()
    tried = 0
    for k in starts:
        if k in covered or not _JSON_LD_START.match("\n".join(t[:_JSON_LD_REACH] for t in texts[k : k + 3])):
            continue
        tried += 1
        if tried > _MAX_JSON_LD_BLOCKS:
            break
        end = _json_block(texts, k, reader)
        if end is not None:
            covered.update(range(k, end))
    return covered


def _json_block(texts: Sequence[str], start: int, reader: MetaReader) -> int | None:
    """Where the JSON value starting line *start* ends (the index of the line after it),
    its article objects given to *reader*; ``None`` unless it is whole, at most
    :data:`~newsparse.meta.MAX_JSON` characters long and ends its line."""
    pieces: list[str] = []
    size = 0
    for text in itertools.islice(texts, start, None):
        size += len(text) + 1
        if size > MAX_JSON:
            break
        pieces.append(text)
    joined = "\n".join(pieces)
    try:
        data, stop = _DECODER.raw_decode(joined)
    except (ValueError, RecursionError):
        return None
    line_end = joined.find("\n", stop)
    if joined[stop : None if line_end < 0 else line_end].strip():
        return None  # more than the JSON on its last line
    reader.objects.extend(article_objects(data))
    return start + joined.count("\n", 0, stop) + 1
