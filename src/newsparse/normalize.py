"""Decoding and white-space normalisation.

The pipeline never rewrites the caller's string: it reads lines from it and
folds each line's text with :func:`fold`, keeping spans into the original.
"""

from __future__ import annotations

import codecs
import unicodedata

#: Lower- and upper-case letters of the Latin, Greek and Cyrillic scripts, as the
#: inside of a character class (``re`` has no ``\p{Ll}``).
LOWER = "a-zß-öø-ÿāăąćčďēęěğīıłńňōőœřśşšťūůűźżžα-ωа-яё"
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĘĚĞĪİŁŃŇŌŐŒŘŚŞŠŤŪŮŰŹŻŽΑ-ΩА-ЯЁ"
#: Zero-width and other invisible characters, folded like white space.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u180e"
#: Every character :func:`fold` treats as white space.
BLANKS = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + INVISIBLE

#: A possible break inside a word, invisible unless the word breaks there.
SOFT_HYPHEN = "\u00ad"


def without_soft_hyphens(text: str) -> str:
    """*text* without its soft hyphens, hyphenation hints that are no letters of a word
    (``Mat\xadthi\xadas`` is ``Matthias``)."""
    return text.replace(SOFT_HYPHEN, "") if SOFT_HYPHEN in text else text


def title_key(text: str) -> str:
    """*text* as headlines are compared: case folded, soft hyphens dropped
    (``Mes\xadsen\xadger`` in an ``<h1>`` is ``Messenger`` in the metadata)."""
    return without_soft_hyphens(text).casefold()


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode_bom(data: bytes) -> str | None:
    """*data* decoded by its byte-order mark (the mark removed), or ``None`` without one."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    return None


def decode(data: bytes) -> str:
    """Decode *data*: a byte-order mark decides the codec, else UTF-8.

    The mark itself is removed; invalid sequences become U+FFFD.
    """
    text = decode_bom(data)
    return text if text is not None else data.decode("utf-8", errors="replace")


def fold(raw: str) -> str:
    """*raw* with white space folded and in NFC.

    Runs of spaces, tabs, non-breaking and zero-width spaces become one
    space; leading and trailing space is dropped.
    """
    if raw[:1] in BLANKS or raw[-1:] in BLANKS:
        raw = raw.strip(BLANKS)
    if raw.isprintable() and "  " not in raw:
        # no run of spaces and no other space character (NBSP, zero-width
        # and the like are not printable): only the normal form may change
        if raw.isascii() or unicodedata.is_normalized("NFC", raw):
            return raw
        return unicodedata.normalize("NFC", raw)
    if raw.isascii():
        return " ".join(raw.split())
    for c in INVISIBLE:
        if c in raw:
            raw = raw.replace(c, " ")
    raw = " ".join(raw.split())
    if not unicodedata.is_normalized("NFC", raw):
        raw = unicodedata.normalize("NFC", raw)
    return raw

