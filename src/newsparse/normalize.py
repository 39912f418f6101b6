"""Decoding and white-space normalisation.

The pipeline never rewrites the caller's string: it reads lines from it and
folds each line's text with :func:`fold`, keeping spans into the original.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

#: Zero-width and other invisible characters dropped from text.
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
_NEEDS_WORK = re.compile(rf"[{INVISIBLE}\s]{{2,}}|[^\S ]|[{INVISIBLE}]|^\s|\s$")
_SPACE_RUN = re.compile(rf"[\s{INVISIBLE}]+")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> str:
    """Decode *data*: a byte-order mark decides the codec, else UTF-8.

    The mark itself is removed; invalid sequences become U+FFFD.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    return data.decode("utf-8", errors="replace")


def fold(raw: str) -> str:
    """*raw* with invisible characters removed, white space folded, and NFC.

    Runs of spaces, tabs and non-breaking spaces become one space; leading
    and trailing space is dropped.  Soft hyphens are invisible too.
    """
    if _NEEDS_WORK.search(raw):
        raw = _SPACE_RUN.sub(" ", raw).strip(" ")
        raw = _INVISIBLE_RE.sub("", raw)
    if not raw.isascii() and not unicodedata.is_normalized("NFC", raw):
        raw = unicodedata.normalize("NFC", raw)
    return raw


def is_blank(raw: str) -> bool:
    """True when *raw* has nothing but white space and invisible characters."""
    return not raw or raw.isspace() or not _SPACE_RUN.sub("", raw)
