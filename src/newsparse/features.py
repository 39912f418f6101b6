"""Cheap per-line facts the classifier decides from."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence

from newsparse.normalize import UPPER
from newsparse.rules import LANGUAGES

_PRIORITY = {code: k for k, code in enumerate(LANGUAGES)}

#: A word token.
WORD = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_SENTENCE_END = frozenset(".!?…;\"”»“'’)。！？」』）")
_OPENERS = frozenset("\"“”„«‘'([")
#: Quotation marks that may close a quotation (German writes „…“ and ‚…‘).
CLOSING_QUOTES = "\"”“»’‘'"
_BULLET_START = frozenset("•·◦▪▸►‣⁃*-–—")
_BULLET = re.compile(r"\A(?:[•·◦▪▸►‣⁃*]|[-–—](?=\s)|\d{1,2}[.)](?=\s))")
#: Lower-case words that may stand inside a name ("van", "de", "von").
NAME_PARTICLES = frozenset(["van", "von", "de", "da", "di", "del", "der", "den", "le", "la", "du", "bin", "al", "el", "dos", "das", "ter", "ten", "zu"])
#: Abbreviations that end a person's name.
NAME_SUFFIXES = frozenset(["jr.", "sr.", "jun.", "sen.", "snr.", "jnr.", "esq."])
_NAME_TOKEN = re.compile(r"\A(?:[^\W\d_][\w'’.-]*)\Z")

#: Text classes, jusText style: body-like, nearly body-like, short, or long but not prose.
GOOD, NEAR, SHORT, BAD = "good", "near", "short", "bad"


_B_SENTENCE, _B_TITLE, _B_UPPER, _B_BULLET, _B_DIGIT = 1, 2, 4, 8, 16


def _flag(bit: int, doc: str) -> property:
    """A read-only boolean property read from a :class:`Features` bit field."""

    def get(self: Features) -> bool:
        return bool(self._bits & bit)

    return property(get, doc=doc)


class Features:
    """Facts about one line's text.

    Kept in four slots (word count, character count, text class and a bit
    field of sentence, title, upper, bullet and digit), since a page has one
    per line: the flags are read from the bits.
    """

    __slots__ = ("_bits", "chars", "cls", "words")

    #: the text class: :data:`GOOD`, :data:`NEAR`, :data:`SHORT` or :data:`BAD`
    cls: str

    def __init__(self, words: int, chars: int, cls: str, bits: int) -> None:
        self.words, self.chars, self.cls, self._bits = words, chars, cls, bits

    sentence = _flag(_B_SENTENCE, "Ends like a sentence.")
    title = _flag(_B_TITLE, "Looks like a title: few words, no final full stop, starts upper case.")
    upper = _flag(_B_UPPER, "Written in capitals.")
    bullet = _flag(_B_BULLET, "Starts with a bullet or a list number.")
    digit = _flag(_B_DIGIT, "Holds a digit.")

    def with_class(self, cls: str) -> Features:
        """The same facts with text class *cls*."""
        return Features(self.words, self.chars, cls, self._bits)

    def __repr__(self) -> str:
        flags = [n for n in ("sentence", "title", "upper", "bullet", "digit") if getattr(self, n)]
        return f"Features(words={self.words}, chars={self.chars}, cls={self.cls!r}, {', '.join(flags)})"


def language_of(token_lists: Iterable[Sequence[str]], stop_index: Mapping[str, tuple[str, ...]]) -> str | None:
    """The language whose stopwords cover most tokens, or ``None`` when none fits.

    *token_lists* are the tokens of each line, in order; they are read only as
    far as the sample needs (so a lazy iterable keeps memory flat).
    *stop_index* maps a stopword to the languages it belongs to.
    """
    found = languages_of(token_lists, stop_index)
    return found[0] if found else None


def languages_of(token_lists: Iterable[Sequence[str]], stop_index: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The page's language (as :func:`language_of` finds it), then a second one
    when the page is written in two: a German article quoting English posts.

    A second language must have stopwords of its own (not the first's) for at
    least :data:`_SECOND_SHARE` of the first's stopword hits: related languages
    share many short words (German and Dutch ``in``, ``was``), which do not
    make a page bilingual.  No language fits: an empty tuple.
    """
    prose: list[str] = []  # prose lines say most about the language
    other: list[str] = []  # the rest, in case there is no prose at all
    for toks in token_lists:
        if len(toks) >= 5:
            prose += toks
            if len(prose) > _SAMPLE:
                break
        elif len(other) <= _SAMPLE:
            other += toks
    sample = prose or other
    total = len(sample)
    bag = Counter([w for w in sample if w in stop_index])  # (only stopwords are counted)
    counts: Counter[str] = Counter()
    hit_words = bag.keys()
    for word in hit_words:
        for code in stop_index[word]:
            counts[code] += bag[word]
    if not counts:
        return ()
    # most hits; a tie goes to the language listed first (not to hash order)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], _PRIORITY.get(item[0], len(_PRIORITY))))
    code, hits = ranked[0]
    if hits / total < 0.1:
        return ()
    if len(ranked) > 1:
        second = ranked[1][0]
        own = sum(bag[w] for w in hit_words if code not in stop_index[w] and second in stop_index[w])
        if own >= _SECOND_SHARE * hits:
            return code, second
    return (code,)


#: How many of the first language's stopword hits a second language needs of its own stopwords.
_SECOND_SHARE = 0.3

#: How many tokens the language is judged from.
_SAMPLE = 3000


# A wire story's dateline opening its first paragraph: the place (maybe with its state or
# country; some write none), the credit in brackets, a dash ("ST. JOSEPH, Mich. (AP) — ...",
# "Hamburg (dpa/lno) – ...", "(Reuters) - ...")
_WIRE_DATELINE = re.compile(rf"\A(?:[{UPPER}][^()]{{0,40}}?\s)?\(([^()]{{2,30}})\)\s*[—–-]")


def wire_dateline(text: str, agencies: Container[str]) -> tuple[str, str] | None:
    """The credit as written and the wire service (one of *agencies*, case folded) of
    the dateline *text* opens with (``WASHINGTON (Reuters) - ``, ``Hamburg (dpa/lno) –``:
    ``("dpa/lno", "dpa")``), else ``None``."""
    if text[:1] != "(" and text.find(" (", 1, _WIRE_PLACE_REACH) < 0:
        return None  # (most lines: no bracket at the start or after a place)
    m = _WIRE_DATELINE.match(text)
    if m is None:
        return None
    agency = m[1].split("/")[0].strip()  # "dpa/lno"
    return (m[1], agency) if agency.casefold() in agencies else None


def opens_with_wire_dateline(text: str, agencies: Container[str]) -> bool:
    """Does *text* open with a wire story's dateline (see :func:`wire_dateline`)?"""
    return wire_dateline(text, agencies) is not None


#: Where the bracket after a wire story's place stands at the latest (the place is at most 40 characters).
_WIRE_PLACE_REACH = 43


_MAX_NAME = 150  # characters: five words of a name are never longer


def caseless(letter: str) -> bool:
    """Is *letter* a letter of a script without capitals (Chinese, Japanese, Arabic,
    Hebrew...), where no line opens upper case?"""
    return letter.isalpha() and letter.upper() == letter.lower()


#: The letters of the scripts that set no space between words (Chinese, Japanese), as the inside
#: of a character class: kana, CJK ideographs and their compatibility forms.
UNSPACED_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Hangul syllables, as the inside of a character class.
HANGUL = "\uac00-\ud7af"
#: :data:`UNSPACED_LETTERS` and :data:`HANGUL`: the scripts that set no space inside a name (Korean
#: spaces its words, not its names; Arabic and Hebrew are caseless too, but spaced).
UNSPACED_NAME_LETTERS = UNSPACED_LETTERS + HANGUL
_UNSPACED = re.compile(f"[{UNSPACED_LETTERS}]")


def unspaced(letter: str) -> bool:
    """Is *letter* one of :data:`UNSPACED_LETTERS` (Chinese, Japanese)?"""
    return _UNSPACED.match(letter) is not None


def is_name_like(text: str) -> bool:
    """Two to five capitalised words and nothing else: a person's name."""
    if len(text) > _MAX_NAME:
        return False
    parts = text.replace(",", " ").split()
    if not 2 <= len(parts) <= 5 or any(c.isdigit() for c in text):
        return False
    caps = 0
    for p in parts:
        if p.casefold() in NAME_PARTICLES:
            continue
        if not _NAME_TOKEN.match(p) or not p[0].isupper():
            return False
        caps += 1
    last = parts[-1]
    if last[-1] == "." and len(last) > 2 and "." not in last[:-1] and last.casefold() not in NAME_SUFFIXES:
        return False  # a name ends with a surname or an initial (or "Ph.D."), not an abbreviation: "Fútbol Int."
    return caps >= 2


#: Lines up to this long share equal features (a page repeats its short lines).
_SHARED_CHARS = 80


def describe(
    text: str,
    toks: list[str],
    stopwords: frozenset[str],
    words: int | None = None,
    shared: dict[tuple[int, int, str, int], Features] | None = None,
) -> Features:
    """Compute the :class:`Features` of a line's *text*: *toks* are its words (or
    those of its start, for a very long line, whose count *words* then gives).
    A short line's features come from *shared*, if given, where equal ones are
    already there (features are never changed once made)."""
    if words is None:
        words = len(toks)
    chars = len(text)
    stop = (sum(map(stopwords.__contains__, toks)) / len(toks)) if toks and stopwords else 0.0
    last = text[-1]
    sentence = last in _SENTENCE_END and not (last == "." and text.endswith("..."))
    upper = text[:80].isupper() and chars > 1
    first = text[0]
    title = (
        1 <= words <= 30
        and chars <= 220
        and last not in ".;,"
        and (first.isupper() or first.isdigit() or first in _OPENERS or caseless(first))
    )
    bullet = (first in _BULLET_START or first.isdigit()) and _BULLET.match(text) is not None
    if not stopwords:  # a language without a table: judge by length and punctuation
        dense = 3 if text[0] >= "\u3000" else 1  # CJK scripts pack a word into a character or two
        if sentence and chars * dense >= 150:
            cls = GOOD
        elif sentence and chars * dense >= 70:
            cls = NEAR
        else:
            cls = SHORT if chars * dense < 70 else BAD
    elif chars < 70:
        cls = NEAR if (sentence and words >= 6 and stop >= 0.2 and last != ")") else SHORT
    elif stop >= 0.28 and chars >= 150:
        cls = GOOD
    elif stop >= 0.2:
        cls = NEAR
    else:
        cls = BAD
    bits = _B_SENTENCE * sentence | _B_TITLE * title | _B_UPPER * upper | _B_BULLET * bullet
    if _DIGIT.search(text) is not None:
        bits |= _B_DIGIT
    if shared is None or chars > _SHARED_CHARS:
        return Features(words, chars, cls, bits)
    key = (words, chars, cls, bits)
    found = shared.get(key)
    if found is None:
        found = shared[key] = Features(words, chars, cls, bits)
    return found
