"""Per-language rule tables, merged into one compiled :class:`Lexicon`.

Each language module (``en``, ``de``, ...) defines ``TABLE``, a
:class:`~newsparse.rules.table.LanguageTable`.  :func:`lexicon` merges all
registered tables once and compiles one alternation per category, so a line
is looked up against every language in a single pass.  To add a language,
add a module and list it in :data:`LANGUAGES`.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping

import attrs
import regex

from newsparse.rules import common
from newsparse.rules.table import BOILERPLATE_KINDS, LanguageTable

__all__ = ["BOILERPLATE_KINDS", "LANGUAGES", "LanguageTable", "Lexicon", "lexicon", "phrase_key", "tables"]

#: Language modules merged into the lexicon, in priority order.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")

_KEY_STRIP = regex.compile(r"[\d\p{P}\p{S}\s]+")
_KEY_EDGE = regex.compile(r"\A[^\p{L}]+|[^\p{L}?]+\Z")


def phrase_key(text: str) -> str:
    """The lookup key of a line: case folded, without digits or edge punctuation.

    ``"[ 167 comments ]"`` and ``"Comments (12)"`` both give ``"comments"``.
    """
    key = text.casefold()
    if len(key) > 120:  # no whole-line phrase is that long
        return ""
    key = _KEY_EDGE.sub("", key)
    return " ".join(regex.sub(r"\d+", " ", key).split())


def _alternation(fragments: list[str]) -> str:
    # Longest first, so that a longer phrase wins over its own prefix.
    return "|".join(sorted(set(fragments), key=len, reverse=True))


def _words(phrases: list[str]) -> str:
    return _alternation([regex.escape(p).replace(r"\ ", r"\s+") for p in phrases])


@attrs.frozen
class Lexicon:
    """Every language table merged and compiled; built once by :func:`lexicon`."""

    tables: tuple[LanguageTable, ...]
    #: whole-line phrase -> categories (boilerplate kinds and ``"related"``)
    phrases: Mapping[str, frozenset[str]]
    #: matches at the start of a case-folded line; ``lastgroup`` is the category
    prefix: regex.Pattern[str]
    byline_marker: regex.Pattern[str]
    credit_marker: regex.Pattern[str]
    #: a credit marker standing inside a line, after caption text
    inline_credit: regex.Pattern[str]
    photo_agency: regex.Pattern[str]
    agencies: frozenset[str]
    name_joiner: regex.Pattern[str]
    byline_titles: regex.Pattern[str]
    months: Mapping[str, int]
    month_names: regex.Pattern[str]
    published_words: regex.Pattern[str]
    updated_words: regex.Pattern[str]
    relative_time: regex.Pattern[str]
    contributors: regex.Pattern[str]
    stopwords: Mapping[str, frozenset[str]]
    all_stopwords: frozenset[str]

    def categories(self, text: str) -> frozenset[str]:
        """Categories of the whole-line phrase *text* is, if any."""
        return self.phrases.get(phrase_key(text), frozenset())


def tables() -> tuple[LanguageTable, ...]:
    """The registered language tables, in :data:`LANGUAGES` order."""
    return tuple(importlib.import_module(f"newsparse.rules.{code}").TABLE for code in LANGUAGES)


@functools.cache
def lexicon() -> Lexicon:
    """Merge and compile every registered table (cached: built once)."""
    tabs = tables()
    phrases: dict[str, set[str]] = {}
    prefixes: dict[str, list[str]] = {}
    for t in tabs:
        for cat, items in t.lines.items():
            for p in items:
                phrases.setdefault(phrase_key(p), set()).add(cat)
        for cat, frags in t.prefixes.items():
            prefixes.setdefault(cat, []).extend(frags)
    prefix = "|".join(f"(?P<{cat}>{_alternation(fr)})" for cat, fr in prefixes.items())
    markers = [m for t in tabs for m in t.byline_markers]
    credit = [m for t in tabs for m in t.credit_markers]
    months = {k: v for t in reversed(tabs) for k, v in t.months.items()}
    agencies = frozenset(a.casefold() for a in common.AGENCIES)
    titles = [w for t in tabs for w in t.byline_titles]
    joiners = [w for t in tabs for w in t.name_joiners if w.isalpha()]
    credit_alt = _alternation(credit)
    return Lexicon(
        tables=tabs,
        phrases={k: frozenset(v) for k, v in phrases.items() if k},
        prefix=regex.compile(rf"(?:{prefix})", regex.V0),
        # "By Jane Doe", "Von Anna Muster", "Autor: ..."; names start upper case
        byline_marker=regex.compile(rf"(?i:{_words(markers)})(?:\s+|(?<=:)\s*)(?=[\p{{Lu}}\p{{Lt}}])"),
        credit_marker=regex.compile(
            rf"(?:(?i:{credit_alt})\s*(?::|\bby\b|(?=©))\s*(?:©\s*)?|(?:©|\(c\)|copyright\b)\s*(?i:by\s+)?)",
            regex.IGNORECASE,
        ),
        inline_credit=regex.compile(
            rf"(?:\s|\A)(?:(?:(?i:{credit_alt})\s*:\s*)|(?:©|Copyright\b)\s*)(?=\S)"
        ),
        photo_agency=regex.compile(
            rf"(?:\b(?:{_words(list(common.PHOTO_AGENCIES))})\b|\b[\p{{Lu}}][\p{{L}}.'-]+(?:\s+[\p{{Lu}}][\p{{L}}.'-]+){{0,3}}\s*/\s*\S)",
        ),
        agencies=agencies,
        name_joiner=regex.compile(rf"\s*(?:,|;|\||&|\s(?:{'|'.join(sorted(set(joiners)))})\s)\s*", regex.IGNORECASE),
        byline_titles=regex.compile(rf"(?i:\b(?:{_words(titles)})\b)"),
        months=months,
        month_names=regex.compile(rf"(?i:\b(?:{_alternation(list(months))})\b\.?)"),
        published_words=regex.compile(rf"(?i:\A(?:{_words([w for t in tabs for w in t.published_words])})\b\s*:?)"),
        updated_words=regex.compile(rf"(?i:\b(?:{_words([w for t in tabs for w in t.updated_words])})\b\s*:?)"),
        relative_time=regex.compile(rf"(?i:\b(?:{_alternation([r for t in tabs for r in t.relative_time])})\b)"),
        contributors=regex.compile(rf"(?i:\A(?:{_alternation([r for t in tabs for r in t.contributors])}))"),
        stopwords={t.code: t.stopwords for t in tabs},
        all_stopwords=frozenset().union(*(t.stopwords for t in tabs)),
    )
