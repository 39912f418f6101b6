"""Split text into line records and unglue widget labels.

A :class:`Line` is one non-blank piece of the input: usually a whole line,
or part of a line where a widget label is glued to other text
(``Share this articleNorth Korea slammed...``).  Lines carry their span into
the original string, so every later decision can point back at the source.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Container, Iterator

import attrs

from newsparse.normalize import BLANKS, INVISIBLE, LOWER, UPPER, fold
from newsparse.rules import KEY_EDGE, Lexicon, phrase_key

# A lower-case letter directly followed by an upper-case one ("articleComments"),
# in the Latin, Greek and Cyrillic scripts.
_GLUE = re.compile(rf"(?<=[{LOWER}])[{INVISIBLE}]*(?=[{UPPER}])")
# A cheap necessary condition for _GLUE: a pattern that starts with a character
# class is scanned much faster than one that starts with a lookbehind.
_GLUE_HINT = re.compile(rf"[{LOWER}][{UPPER}{INVISIBLE}]")
_MAX_LABEL = 60  # longest widget label considered when ungluing
#: Category of a piece split off as a caption label ("Image caption"), beside its kind.
CAPTION_LABEL = "caption_label"
_LABEL = frozenset({"other", CAPTION_LABEL})
_NONE: frozenset[str] = frozenset()
_MAX_PHRASE_LINE = 110  # longer lines are never a whole-line phrase


@attrs.define(slots=True, eq=False)
class Line:
    """One non-blank piece of input text.

    ``start``/``end`` index the original string; ``text`` is the folded text;
    ``gap`` is how many blank lines stand before it; ``source_line`` is the
    0-based number of the input line it comes from; ``categories`` are the
    lexicon categories of the whole piece (or of its first label, for a line
    of glued labels).
    """

    text: str
    start: int
    end: int
    source_line: int
    gap: int
    categories: frozenset[str]
    glued: bool = False


class Lines:
    """The lines of a page, stored by column: a big page has hundreds of
    thousands, and one object per line (with its integers) would take several
    times the page's size.  The columns are read directly by the rules
    (``lines.texts[i]``); ``lines[i]`` makes a :class:`Line` for one."""

    __slots__ = ("categories", "ends", "gaps", "glued", "source_lines", "starts", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.starts = array("q")
        self.ends = array("q")
        self.source_lines = array("q")
        self.gaps = array("q")
        self.categories: list[frozenset[str]] = []
        self.glued = bytearray()

    def append(
        self, text: str, start: int, end: int, source_line: int, gap: int, categories: frozenset[str], glued: bool = False
    ) -> None:
        """Add a line at the end."""
        self.texts.append(text)
        self.starts.append(start)
        self.ends.append(end)
        self.source_lines.append(source_line)
        self.gaps.append(gap)
        self.categories.append(categories)
        self.glued.append(glued)

    def __len__(self) -> int:
        return len(self.texts)

    def without(self, dropped: Container[int]) -> Lines:
        """These lines with those at the indices *dropped* left out (a line after dropped
        ones keeps the widest gap among them and its own)."""
        out = Lines()
        gap = 0
        for i in range(len(self.texts)):
            gap = max(gap, self.gaps[i])
            if i not in dropped:
                out.append_line(self, i, gap)
                gap = 0
        return out

    def append_line(self, lines: Lines, i: int, gap: int | None = None) -> None:
        """Add line *i* of *lines* at the end (with *gap* blank lines before it, if given)."""
        self.append(lines.texts[i], lines.starts[i], lines.ends[i], lines.source_lines[i],
                    lines.gaps[i] if gap is None else gap, lines.categories[i], bool(lines.glued[i]))

    def __getitem__(self, i: int) -> Line:
        return Line(
            self.texts[i], self.starts[i], self.ends[i], self.source_lines[i], self.gaps[i], self.categories[i],
            bool(self.glued[i]),
        )

    def __iter__(self) -> Iterator[Line]:
        return (self[i] for i in range(len(self)))


def _strip_span(raw: str, start: int) -> tuple[int, int]:
    """The span of *raw* (which starts at *start*) without edge blanks."""
    lo = len(raw) - len(raw.lstrip(BLANKS))
    hi = len(raw.rstrip(BLANKS))
    return start + lo, start + hi


def _glue_points(raw: str, lex: Lexicon) -> list[int]:
    """Offsets in *raw* where a widget label is glued to its neighbour."""
    points = []
    prev = 0
    n = len(raw)
    near_edges = _GLUE.finditer(raw, 0, _MAX_LABEL + 1) if n <= 2 * _MAX_LABEL else _edges(raw)
    for m in near_edges:
        p = m.end()
        head = raw[prev:p]
        if len(head) <= _MAX_LABEL and lex.categories(head):
            points.append(p)
            prev = p
        elif len(raw) - p <= _MAX_LABEL and lex.categories(raw[p:]):
            points.append(p)
            break
    return points


#: A run of blanks wider than one space (not a tab: table cells are tab-separated).
_WIDE_GAP = re.compile(r"[ \u00a0\u2007\u202f]{2,}")
#: Words in each label of a bar of widget labels set apart by wide gaps.
_BAR_LABEL_WORDS = 5


def _bar_categories(pieces: list[str], lex: Lexicon) -> frozenset[str]:
    """The categories of a bar of widget labels, the line's *pieces* (set apart by wide
    gaps: ``Rezept drucken  Bei Pinterest speichern``, ``FB  Tweet  More``, ``12 Daumen
    hoch  Antworten``; or by bars: ``Über uns | Autoren | Kontakt | AGB``): short pieces,
    at least half of them known labels (each most of its piece) and none of the others
    a sentence; the first label's categories."""
    if len(pieces) < 2 or any(len(p.split()) > _BAR_LABEL_WORDS for p in pieces):
        return _NONE
    found: list[frozenset[str]] = []
    for piece in pieces:
        key = phrase_key(piece)
        # (a label is most of its piece: "x = 1" is code, though its key "x" is a network)
        cats = lex.phrases.get(key, _NONE) if 2 * len(key) >= len(piece) else _NONE
        if cats:
            found.append(cats)
        elif piece.rstrip()[-1:] in ".!?":
            return _NONE  # a sentence, two spaces after it
    return found[0] if found and 2 * len(found) >= len(pieces) else _NONE


#: The fewest pieces of a line set apart by bars (``A | B | C``) read as a bar of labels.
_MIN_BAR_LINKS = 3

#: Words in a run of widget labels set apart by single spaces, and in each of its labels.
_RUN_WORDS = 10
_RUN_LABEL_WORDS = 4
#: The longest line read as such a run.
MAX_RUN_CHARS = 90


def run_categories(text: str, lex: Lexicon) -> frozenset[str]:
    """The categories of a run of widget labels set apart by single spaces, as
    buttons' and links' text is joined (``Twitter Facebook WhatsApp Email``,
    ``Zurück Drucken``, ``Link zur Diskussion Zu Favoriten hinzufügen``): known
    labels and nothing else (numbers and marks such as ``|`` and ``&`` apart),
    not a sentence; the categories of the first label of the fewest that cover it."""
    if text[-1] in ".!?":
        return _NONE
    words = text.split()
    lead = words[0].casefold().strip(KEY_EDGE)
    if lead and lead not in lex.run_leads or len(words) > _RUN_WORDS:
        return _NONE  # (most lines stop here: their first word starts no label)
    vocabulary = lex.label_words
    keys = []
    for word in words:
        key = word.casefold().strip(KEY_EDGE)  # (a word's part of a phrase key)
        if key:  # (not a number or a mark between labels)
            if key not in vocabulary:
                return _NONE
            keys.append(key)
    n = len(keys)
    if n < 2 or all(len(key) < 2 for key in keys):
        return _NONE  # one word, or "x"s between numbers: a table's cells ("3,90 x x"), not the X network's button
    labels = lex.run_labels
    # fewest[i]: the fewest labels covering keys[i:] (none: more than there are words),
    # first[i]: the first one's categories
    none = n + 1
    fewest = [none] * n + [0]
    first = [_NONE] * (n + 1)
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, min(n, i + _RUN_LABEL_WORDS) + 1):
            if fewest[j] + 1 < fewest[i]:
                cats = labels.get(" ".join(keys[i:j]))
                if cats:
                    fewest[i], first[i] = fewest[j] + 1, cats
    return first[0] if fewest[0] < none else _NONE


#: The shortest line read as one text written twice.
_MIN_DOUBLED = 8


def doubled_half(text: str) -> str | None:
    """The text a line repeats, glued or after a space, as a page writes a label
    twice for small and large screens (``Lire la suiteLire la suite``); else ``None``."""
    n = len(text)
    if n < _MIN_DOUBLED:
        return None
    half = n // 2
    second = half + n % 2  # (after the space between the two, if any)
    if text[second] != text[0] or text[-1] != text[half - 1]:
        return None  # (most lines: no need to compare the halves)
    if n % 2 == 0:
        return text[:half] if text[:half] == text[half:] else None
    return text[:half] if text[half] == " " and text[:half] == text[half + 1 :] else None


def label_categories(text: str, lex: Lexicon, raw: str | None = None) -> frozenset[str]:
    """The categories of the folded line *text* if it is furniture's labels and nothing
    else: a known phrase, a bar of labels set apart by wide gaps (read in *raw*, the line
    before folding joined its gaps), a run of labels set apart by single spaces, or a
    label written twice; none for any other line."""
    n = len(text)
    cats = lex.phrases.get(phrase_key(text), _NONE) if n <= _MAX_PHRASE_LINE else _NONE
    if not cats and raw is not None and len(raw) <= _MAX_PHRASE_LINE and _WIDE_GAP.search(raw):
        cats = _bar_categories(_WIDE_GAP.split(raw), lex)
    if not cats and n <= _MAX_PHRASE_LINE and " | " in text:
        pieces = text.split(" | ")  # (three links at least: "Title | Site" is a title)
        cats = _bar_categories(pieces, lex) if len(pieces) >= _MIN_BAR_LINKS else _NONE
    if not cats and n <= MAX_RUN_CHARS and " " in text:
        cats = run_categories(text, lex)
    # (each half ends with the same character: a test most lines fail, before the call)
    if not cats and _MIN_DOUBLED <= n <= 2 * _MAX_PHRASE_LINE and text[-1] == text[n // 2 - 1]:
        half = doubled_half(text)
        if half is not None:
            cats = label_categories(half, lex)
    return cats


def heading_point(raw: str, lex: Lexicon) -> list[int]:
    """Where a related heading ends inside a line: ``Read more: Title`` splits after the colon."""
    colon = raw.find(":", 0, 40)
    if colon < 0:
        colon = raw.find("»", 0, 40)  # "À lire aussi » Title"
    if colon < 3 or colon + 2 >= len(raw):
        return []
    if "related" not in lex.categories(raw[: colon + 1]):
        return []
    end = colon + 1
    while end < len(raw) and raw[end] in BLANKS:
        end += 1
    return [end]


def _edges(raw: str) -> list[re.Match[str]]:
    n = len(raw)
    return [*_GLUE.finditer(raw, 0, _MAX_LABEL + 1), *_GLUE.finditer(raw, n - _MAX_LABEL - 1, n)]


_CHUNK = 1 << 20  # characters split into lines at a time


def _line_iter(text: str) -> Iterator[str]:
    """``text.splitlines(keepends=True)``, a chunk at a time (no list of a whole big page).

    A chunk ends after a ``\n``, which is a line boundary whatever else is
    around it, so the lines are exactly those of the whole text.
    """
    pos, n = 0, len(text)
    while pos < n:
        cut = text.find("\n", pos + _CHUNK)
        end = n if cut < 0 else cut + 1
        yield from (text[pos:end] if pos or end < n else text).splitlines(keepends=True)
        pos = end


def split_lines(text: str, lex: Lexicon) -> Lines:
    """Split *text* into :class:`Lines`, ungluing widget labels.

    A line made only of glued labels (``Share this articleComments``) stays
    one record, with the categories of its first label, and so does a bar of
    labels set apart by wide gaps (``FB  Tweet  More``); a label glued to
    other text becomes a record of its own.
    """
    out = Lines()
    offset = 0
    gap = 0
    for number, raw in enumerate(_line_iter(text)):
        start = offset
        offset += len(raw)
        head_stripped = raw.lstrip(BLANKS)
        core = head_stripped.rstrip(BLANKS)
        if not core:
            gap += 1
            continue
        lo = start + len(raw) - len(head_stripped)
        hi = lo + len(core)
        if core.isascii() and core.isprintable() and "  " not in core:
            folded = core  # the common case: nothing to fold
        else:
            folded = fold(core)
        cats = label_categories(folded, lex, None if folded is core else core)
        points: list[int] = []
        labelled = False
        if not cats:
            n = len(core)
            if n > 3 and (
                _GLUE_HINT.search(core, 0, _MAX_LABEL + 2)
                or n > _MAX_LABEL and _GLUE_HINT.search(core, n - _MAX_LABEL - 2)
            ):
                points = _glue_points(core, lex)
            if not points:
                m = lex.caption_marker.match(core)
                if m is not None:  # "Image caption The mayor opens the bridge"
                    points, labelled = [m.end()], True
                elif ":" in core or "»" in core:
                    points = heading_point(core, lex)
        if not points:
            out.append(folded, lo, hi, number, gap, cats)
            gap = 0
            continue
        bounds = [lo, *(lo + p for p in points), hi]
        pieces = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
        piece_cats = [lex.categories(fold(text[a:b])) for a, b in pieces]
        if labelled:
            piece_cats[0] = piece_cats[0] | _LABEL
        if all(piece_cats):
            out.append(folded, lo, hi, number, gap, piece_cats[0], glued=True)
        else:
            for (a, b), c in zip(pieces, piece_cats):
                out.append(fold(text[a:b]), a, b, number, gap, c, glued=True)
                gap = 0
        gap = 0
    return out


#: What ends a piece that ends a sentence or a label: nothing joins it below.
_COMPLETE_END = frozenset('.!?:;…"”»“|')
#: What ends the last line of a sentence split at its links.
_SENTENCE_END = frozenset('.!?…"”»)')
#: What starts a piece of a sentence after a link (besides a lower-case letter).
_GOES_ON = frozenset(",.;:!?)]")
#: Punctuation that starts a line only after a link (``, the mayor said.``), and how many
#: such lines show that a text was split at its links.
_AFTER_A_LINK = frozenset(",.;:)")
_SPLIT_TEXT_LINES = 3
#: A sentence split at its links has at least this many words, its first piece this many.
_SPLIT_SENTENCE_WORDS = 8
_FIRST_PIECE_WORDS = 3


def rejoin_sentences(lines: Lines, text: str) -> Lines:
    """*lines* with the pieces of a sentence split at its links joined again.

    ``get_text("\\n")`` puts every text node on a line of its own, so a link in
    a paragraph splits it (``The council said`` / ``the plan`` / ``would cost
    more.``).  Such a text has lines that start with a comma or a full stop (the
    text after a link); without three of them nothing is joined.  A line of
    three words or more that ends mid-sentence, followed with no blank line by
    lines that go on in lower case or with punctuation (``, the mayor said.``),
    the last ending the sentence, are one line again: its span runs from the
    first piece to the last in *text*.  A known phrase (a widget label) never
    starts such a sentence.
    """
    texts, cats, gaps = lines.texts, lines.categories, lines.gaps
    # (text a browser laid out never starts a line with a comma: only text split at its
    # links does, so nothing is joined in text with fewer such lines)
    if sum(1 for t in texts if t[0] in _AFTER_A_LINK and t[:3] != "...") < _SPLIT_TEXT_LINES:
        return lines
    out = Lines()
    joined = False
    k = 0
    while k < len(texts):
        end, seen = _sentence_end(texts, cats, gaps, k)
        if end > k:
            start, stop = lines.starts[k], lines.ends[end]
            out.append(fold(text[start:stop]), start, stop, lines.source_lines[k], gaps[k], _NONE, bool(lines.glued[k]))
            joined = True
            k = end + 1
        else:
            # (no line up to the last one read can start a sentence to join either: each
            # would read the same pieces, with fewer words, to the same place)
            for i in range(k, seen + 1):
                out.append_line(lines, i)
            k = seen + 1
    return out if joined else lines


def _sentence_end(texts: list[str], cats: list[frozenset[str]], gaps: array[int], k: int) -> tuple[int, int]:
    """The last line of the sentence split at its links that starts at line *k* (*k* when
    none), and the last line read to find it."""
    head = texts[k]
    if not (head[-1].isalnum() or head[-1] == ",") or cats[k] or head.count(" ") + 1 < _FIRST_PIECE_WORDS:
        return k, k  # (it ends a sentence or a label, or it is code)
    words = head.count(" ") + 1
    j = k
    while j + 1 < len(texts) and not gaps[j + 1]:  # (a link's text may read as a label: "report")
        piece = texts[j + 1]
        if not (piece[0].islower() or piece[0] in _GOES_ON):
            break
        j += 1
        words += piece.count(" ") + 1
        if piece[-1] in _SENTENCE_END:
            return (j if words >= _SPLIT_SENTENCE_WORDS else k), j
        if piece[-1] in _COMPLETE_END:
            break
    return k, j
