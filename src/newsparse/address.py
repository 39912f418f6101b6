"""Evidence from a page's address (its URL): the day in its path and the words of its slug.

News sites put the day of publication in the path (``/2019/11/18/``,
``/story/2019-11-19/``, ``/20200428/``) and spell the headline in one of its
parts (``/so-lief-die-auktion-der-schaetzchen-von-st-johannes``).  Neither is
trusted on its own: the day is the article's date only when the page shows
none, and the slug only points at a line of the page that spells its words.
Nothing is fetched: the address is read as a string.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

import attrs

from newsparse.normalize import title_key
from newsparse.rules import common

#: Addresses are read up to this many characters (browsers and servers refuse longer ones).
MAX_URL = 8192

_DATES = [re.compile(p) for p in common.URL_DATES]
_EXTENSION = re.compile(r"\.[a-z0-9]{1,5}\Z", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+")
_DIGIT = re.compile(r"\d")
_TRANSLITERATE = str.maketrans(common.SLUG_TRANSLITERATIONS)


@attrs.frozen
class Address:
    """What a page's address says about the page."""

    #: the day in the address's path, when it holds a whole, valid date
    day: _dt.date | None = None
    #: the words of the slug: case folded, transliterated, without numbers and ids
    slug: tuple[str, ...] = ()


#: The address of a page whose address is not known.
NO_ADDRESS = Address()


def read_address(url: str | None) -> Address:
    """What *url* says: the day in its path and the words of its slug (an empty
    :class:`Address` for ``None``).  Any string is read; one that is no URL at all
    gives what its text holds.  Anything but ``str`` or ``None`` raises :class:`TypeError`."""
    if url is None:
        return NO_ADDRESS
    if not isinstance(url, str):
        raise TypeError(f"url must be a str or None, not {type(url).__name__}")
    url = url[:MAX_URL]
    try:
        path = urlsplit(url).path
    except ValueError:  # (a malformed host, "http://[::1")
        path = url
    path = unquote(path, errors="replace")
    return Address(_day(path), _slug(path))


def _day(path: str) -> _dt.date | None:
    """The first whole, valid date in *path*."""
    for pattern in _DATES:
        for m in pattern.finditer(path):
            try:
                return _dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
            except ValueError:
                continue  # (not a day: 2019/13/45)
    return None


#: A slug has at least this many words.
_MIN_SLUG_WORDS = 3


def _slug(path: str) -> tuple[str, ...]:
    """The words of the part of *path* that holds the most words (the last of equals)."""
    best: list[str] = []
    for part in path.split(";", 1)[0].split("/"):
        words = [w for w in _words(_EXTENSION.sub("", part)) if not _DIGIT.search(w)]
        if len(words) >= len(best):
            best = words
    return tuple(best) if len(best) >= _MIN_SLUG_WORDS else ()


def _words(text: str) -> list[str]:
    """The words of *text* as a slug spells them: case folded, umlauts written out
    (``ä`` as ``ae``), other accents dropped."""
    return _WORD.findall(_plain(text.casefold().translate(_TRANSLITERATE)))


def _plain(text: str) -> str:
    """*text* without accents (``é`` as ``e``)."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


#: A line the slug names spells at least this share of the slug's words...
_SLUG_SHARE = 0.75
#: ...and at least this share of its own words are the slug's (a paragraph holding them all is not named).
_LINE_SHARE = 0.5
#: Lines longer than this are not titles (not read word by word past the characters).
_MAX_TITLE_WORDS = 40
_MAX_TITLE_CHARS = 400


def slug_titles(address: Address, texts: Sequence[str]) -> list[str]:
    """The lines of *texts* that the address's slug spells best (the headline's
    candidates), as :func:`~newsparse.normalize.title_key` keys; none without a slug.

    A line is spelled by the slug when it holds most of the slug's words and the
    slug most of its own (numbers apart); of those, the lines holding the most of
    the slug's words are kept (a slug cut short spells a breadcrumb's short title
    as well as the headline: which is which is the headline finder's to judge)."""
    slug = frozenset(address.slug)
    if not slug:
        return []
    best, found = 0.0, []
    for text in texts:
        if len(text) > _MAX_TITLE_CHARS:
            continue
        words = _spellings(text)
        if not words or len(words) > _MAX_TITLE_WORDS:
            continue
        hits = [spelt if spelt in slug else plain for spelt, plain in words if spelt in slug or plain in slug]
        slug_share = len(slug.intersection(hits)) / len(slug)
        line_share = len(hits) / len(words)
        if slug_share < _SLUG_SHARE or line_share < _LINE_SHARE:
            continue
        if slug_share > best:
            best, found = slug_share, [text]
        elif slug_share == best:
            found.append(text)
    return [title_key(text) for text in found]


def _spellings(text: str) -> list[tuple[str, str]]:
    """The words of *text* without numbers, each as a slug may spell it: umlauts
    written out (``ae``) and dropped (``a``)."""
    spelt = _words(text)
    plain = _WORD.findall(_plain(text.casefold()))
    if len(plain) != len(spelt):
        plain = spelt
    return [(a, b) for a, b in zip(spelt, plain) if not _DIGIT.search(a)]
