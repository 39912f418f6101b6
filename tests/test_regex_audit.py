"""Every regular expression in the package: no nested unbounded repeats, and each
survives its adversarial 100,000-character strings (times: benchmarks/regex_audit.py)."""

import pytest

from newsparse import audit

PATTERNS = dict(audit.patterns())

#: Nested repeats that cannot backtrack: each repetition starts with a character
#: the inner repeat does not match, so there is one way to split the text.
PROVEN_LINEAR = {
    "lexicon.slash_credit": "each repetition starts with white space, which [\\w.,'-] excludes; at most 4",
}

#: Patterns in the ``regex`` module's own syntax (\p{..}), checked by reading:
#: no pattern here nests repeats or has an unbounded lookbehind.
REVIEWED = {"assemble._BYLINE_CUT", "assemble._LEAD", "assemble._CAPS_WORD", "lexicon.byline_titles"}


def test_every_module_pattern_is_listed():
    assert "classify._TIME_ONLY" in PATTERNS and "lexicon.month_names" in PATTERNS
    assert any(name.startswith("lexicon.prefix[") for name in PATTERNS)
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_no_nested_unbounded_repeats(name):
    nested = audit.nested_unbounded_repeats(PATTERNS[name])
    if nested is None:
        assert name in REVIEWED, f"{name}: cannot be read by the standard parser; review it and list it"
    elif name not in PROVEN_LINEAR:
        assert not nested, f"{name} nests unbounded repeats: {nested}"


def test_the_checker_catches_nesting():
    import re

    assert audit.nested_unbounded_repeats(re.compile(r"(a+)+b"))
    assert audit.nested_unbounded_repeats(re.compile(r"(?:\w+\s?)*x"))
    assert not audit.nested_unbounded_repeats(re.compile(r"a+b*(?:cd){2,3}"))


_SAMPLE = ["a" * 100_000, "a " * 50_000, "aB" * 50_000, "1" * 100_000, "1. " * 33_334, "By " * 33_334, "(" * 100_000]


@pytest.mark.parametrize("name", sorted(n for n in PATTERNS if not n.startswith("lexicon.prefix[")))
def test_survives_adversarial_strings(name):
    pattern = PATTERNS[name]
    sample = [s.encode() for s in _SAMPLE] if isinstance(pattern.pattern, bytes) else _SAMPLE
    for text in sample + list(audit.adversarial_strings(pattern))[-8:]:
        pattern.search(text)
        pattern.match(text)


def test_prefix_patterns_are_anchored():
    for name, pattern in PATTERNS.items():
        if name.startswith("lexicon.prefix[") and not name.endswith("contains"):
            assert pattern.pattern.startswith("\\A"), name
