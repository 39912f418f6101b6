"""Every regular expression newsparse runs, and the strings built to attack them.

Used by the test suite (a static check that no pattern nests unbounded
repeats, and a run of every pattern over its adversarial strings) and by
``benchmarks/regex_audit.py`` (the time each pattern takes on them).
"""

from __future__ import annotations

import importlib
import itertools
import re
from collections.abc import Iterator
from typing import Any

import attrs
import regex

from newsparse.parse import _date_finder
from newsparse.rules import lexicon

__all__ = ["adversarial_strings", "nested_unbounded_repeats", "patterns"]

_MODULES = (
    "address", "assemble", "body", "byline", "captions", "classify", "cli", "dates", "features", "head", "html", "lines", "meta",
    "normalize", "parse", "rules", "scripts",
)
_PatternTypes = (re.Pattern, regex.Pattern)

#: Length of each adversarial string.
SIZE = 100_000
_OWN = 12  # characters of a pattern's own text made into runs


def patterns() -> Iterator[tuple[str, re.Pattern[Any] | regex.Pattern[Any]]]:
    """``(name, pattern)`` for every compiled pattern: module constants (one by one, or
    in a tuple or list), the merged
    lexicon's patterns (with the prefix index) and the date finder's."""
    for mod_name in _MODULES:
        mod = importlib.import_module(f"newsparse.{mod_name}")
        for name, value in sorted(vars(mod).items()):
            if isinstance(value, _PatternTypes):
                yield f"{mod_name}.{name}", value
            elif isinstance(value, (tuple, list)) and value and all(isinstance(v, _PatternTypes) for v in value):
                for i, pattern in enumerate(value):  # a table's patterns, compiled one by one
                    yield f"{mod_name}.{name}[{i}]", pattern
    lex = lexicon()
    for name in sorted(a.name for a in attrs.fields(type(lex))):
        value = getattr(lex, name)
        if isinstance(value, _PatternTypes):
            yield f"lexicon.{name}", value
    for word, pattern in sorted(lex.prefix.by_word.items()):
        yield f"lexicon.prefix[{word}]", pattern
    for key, pattern in sorted(lex.prefix.other.items()):
        yield f"lexicon.prefix.other[{key}]", pattern
    if lex.prefix.contains is not None:
        yield "lexicon.prefix.contains", lex.prefix.contains
    finder = _date_finder()
    for name in sorted(a.name for a in attrs.fields(type(finder))):
        value = getattr(finder, name)
        if isinstance(value, _PatternTypes):
            yield f"dates.{name}", value


_BASE_RUNS = (
    " ", "a", "A", "1", ".", ":", "-", "/", "©", "(", ")", "[", "\u00a0", "\u200b", "é", "\n", "\t", "<", ">",
    "aB", "a ", "A ", "1 ", "1.", "1/", "1:", "12:", "a.", "a:", "a-", "a/", "by ", "By ", "Photo: ", "©1",
    "(a", "a)", "@a", "http://", "www.", "a, ", "a & ", "Jan ", "1. Jan ", "12.12.", "2019", "20191", "a'",
    "\u0301", "ab\u0301", "x" * 40 + "\n",
)


def adversarial_strings(pattern: re.Pattern[Any] | regex.Pattern[Any]) -> Iterator[Any]:
    """Strings of :data:`SIZE` characters built to make *pattern* work hard: long runs of
    common characters and of the characters the pattern itself names, and near misses
    (the runs with a character the pattern does not expect at the end).  A bytes
    pattern gets the strings encoded as UTF-8."""
    source = pattern.pattern
    is_bytes = isinstance(source, bytes)
    if is_bytes:
        source = source.decode("latin-1")
    own = sorted({c for c in source if c.isalnum() or c in " .,:;-/()©@'&"})
    if len(own) > _OWN:  # an alternation of many words: a spread of its characters
        own = own[:: len(own) // _OWN + 1]
    runs = list(_BASE_RUNS) + own + [a + b for a, b in itertools.pairwise(own)]
    for run in dict.fromkeys(runs):
        text = run * (SIZE // len(run))
        for s in (text, text[:-1] + "\x00"):
            yield s.encode("utf-8") if is_bytes else s


_sre: Any = getattr(re, "_parser", None) or importlib.import_module("sre_parse")  # (sre_parse before 3.11)
_REPEATS = {getattr(_sre, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, n)}


def _walk(items: Any, repeated: bool, found: list[str]) -> None:
    """Collect in *found* the unbounded repeats met while *repeated* (inside a repeat of more than one)."""
    for op, av in items:
        if op in _REPEATS:
            _lo, hi, body = av
            if hi == _sre.MAXREPEAT and repeated:
                found.append(str(body)[:80])
            _walk(body, repeated or hi > 1, found)
        elif op == _sre.SUBPATTERN:
            _walk(av[-1], repeated, found)
        elif op == _sre.BRANCH:
            for branch in av[1]:
                _walk(branch, repeated, found)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _walk(av[1], repeated, found)


def nested_unbounded_repeats(pattern: re.Pattern[Any] | regex.Pattern[Any]) -> list[str] | None:
    """The unbounded repeats *pattern* nests inside other repeats (the shape that
    backtracks catastrophically), or ``None`` where the standard parser cannot
    read the pattern (``regex``-only syntax such as ``\\p{Lu}``)."""
    try:
        source = pattern.pattern
        tree = _sre.parse(source.decode("latin-1") if isinstance(source, bytes) else source, pattern.flags & 0xFF)
    except (re.error, ValueError, OverflowError):
        return None
    found: list[str] = []
    _walk(tree, False, found)
    return found
