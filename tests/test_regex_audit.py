"""Every regular expression in the package: no nested unbounded repeats, and each
survives its adversarial 100,000-character strings (times: benchmarks/regex_audit.py)."""

import re

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsparse import audit
from newsparse.normalize import LOWER, UPPER
from newsparse.rules import _dispatched, _fragment_entries, _words, lexicon, tables

PATTERNS = dict(audit.patterns())

#: Nested repeats that cannot backtrack: each repetition starts with a character
#: the inner repeat does not match, so there is one way to split the text.
PROVEN_LINEAR = {
    "lexicon.slash_credit": "each repetition starts with white space, which [\\w.,'-] excludes; at most 4",
}

#: Patterns in the ``regex`` module's own syntax (\p{..}), checked by reading:
#: no pattern here nests repeats or has an unbounded lookbehind.
REVIEWED = {"assemble._LEAD", "byline._CAPS_WORD", "lexicon.byline_titles"}


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
    assert audit.nested_unbounded_repeats(re.compile(r"(a+)+b"))
    assert audit.nested_unbounded_repeats(re.compile(r"(?:\w+\s?)*x"))
    assert not audit.nested_unbounded_repeats(re.compile(r"a+b*(?:cd){2,3}"))


_SAMPLE = ["a" * 100_000, "a " * 50_000, "aB" * 50_000, "1" * 100_000, "1. " * 33_334, "By " * 33_334, "(" * 100_000,
           " " * 100_000, "\xa0" * 100_000]


@pytest.mark.parametrize("name", sorted(n for n in PATTERNS if not n.startswith("lexicon.prefix[")))
def test_survives_adversarial_strings(name):
    pattern = PATTERNS[name]
    sample = [s.encode() for s in _SAMPLE] if isinstance(pattern.pattern, bytes) else _SAMPLE
    for text in sample + list(audit.adversarial_strings(pattern))[-8:]:
        pattern.search(text)
        pattern.match(text)


#: A pattern opening with a run of white space, unless the run must start where it
#: starts in the text: searched over a long run, it would be tried again from
#: every offset inside it, each time over the rest of the run (quadratic time).
_LEADING_RUN = re.compile(r"\A(?:\(\?:|\()*\\s[*+]")


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_leading_run_of_white_space_starts_where_the_run_starts(name):
    source = PATTERNS[name].pattern
    if isinstance(source, str):
        assert not _LEADING_RUN.match(source), f"{name}: open it with (?<!\\s)"


def test_prefix_patterns_are_anchored():
    for name, pattern in PATTERNS.items():
        if name.startswith("lexicon.prefix[") and not name.endswith("contains"):
            assert pattern.pattern.startswith("\\A"), name


# Patterns of words are compiled dispatched on their first character (fast on
# long lines); they must match exactly what the plain alternations they replace match.
_LEX = lexicon()
_MARKERS = [m for t in tables() for m in t.byline_markers]
_RELATIVE = [r for t in tables() for r in t.relative_time]
_GLUED = [m for t in tables() for m in t.glued_markers]
_PLAIN = {
    "byline_marker": re.compile(
        rf"(?:(?i:{_words(_MARKERS)})(?:\s*[:：]\s*|\s+|(?<=[:：])\s*)|(?i:{_words([m for m in _MARKERS if ' ' in m])})(?=[^\W\d_])"
        rf"|(?:{'|'.join(map(re.escape, _GLUED))})(?=[{UPPER}][{LOWER}]))"
        r"(?=[^\W\d_])"
    ),
    "byline_marker_any_case": re.compile(rf"(?<!\w)(?i:{_words(_MARKERS)})(?:\s*[:：]\s*|\s+|(?<=[:：])\s*)(?=\w)"),
    "month_names": re.compile(rf"(?i:\b(?:{_words(list(_LEX.months))})\b\.?)"),
    "updated_words": re.compile(rf"(?i:\b(?:{_words([w for t in tables() for w in t.updated_words])})\b\s*:?)"),
    "published_words_inline": re.compile(
        rf"(?i:\b(?:{_words([w for t in tables() for w in t.published_words if len(w) > 3])})\b)"
    ),
    "byline_titles": regex.compile(
        rf"(?:(?<=\p{{Ll}})(?=\p{{Lu}})|\b)(?i:{_words([w for t in tables() for w in t.byline_titles])})\b"
    ),
    "inline_credit": re.compile(
        rf"(?:(?:\s|\A)(?:(?:(?i:{'|'.join(sorted({m for t in tables() for m in t.credit_markers}, key=lambda m: (-len(m), m)))})"
        r"\s*[:：]\s*)|(?:©|Copyright\b)\s*)|(?<=[.!?])©\s*)(?=\S)"
    ),
}
_PIECES = st.sampled_from(
    [*_MARKERS, "By", "BY", "Von", "PAR", " ", "  ", ":", "\n", "Anna", "jane", "x", "1", "12", "5", "minutes",
     "Minuten", "ago", "AGO", "hours", "hier", "Yesterday", "today", "il y a", "vor", "hace", "an", "A", "one",
     "temu", "назад", "дня", "lalu", "yang", "é", "-", ".", "January", "jan", "Mai", "März", "Updated",
     "zuletzt aktualisiert", "Published", "veröffentlicht", "Staff Writer", "Reporter", "JamesStaff", "Photo",
     "Foto:", "Image credit", "©", "Copyright", "Bild", "：", "张三", "ByAlex", "作者"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
@example("post author:post author")
@example("By : Jane")
@example(".©post author")
@example("ByBy")  # a marker glued to a name (the table's glued markers)
@example("作者：张三")  # a full-width colon after the marker
@example("story and photos by：post author")  # and after a credit marker
def test_dispatched_markers_match_as_the_plain_alternation(text):
    for name, plain in _PLAIN.items():
        fast = getattr(_LEX, name)
        for start in range(len(text) + 1):
            a, b = fast.match(text, start), plain.match(text, start)
            assert (a and a.span()) == (b and b.span()), (name, text, start)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_dispatched_relative_time_finds_what_the_plain_alternation_finds(text):
    plain = re.compile(rf"(?i:\b(?:{'|'.join(_RELATIVE)})\b)")
    assert bool(_LEX.relative_time.search(text)) == bool(plain.search(text)), text


def test_dispatch_refuses_what_it_cannot_read():
    with pytest.raises(ValueError, match="cannot dispatch"):
        _fragment_entries([r"[ab]c"])
    with pytest.raises(ValueError, match="cannot dispatch"):
        _fragment_entries([r"a?b"])
    with pytest.raises(ValueError, match="one visible character"):
        _dispatched([(" ", "x")])
