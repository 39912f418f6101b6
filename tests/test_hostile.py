"""Hostile input returns an Article (or a documented TypeError), never an unexpected exception.

Sizes are kept moderate so the suite stays fast; the scaling series lives in
``benchmarks/``.
"""

import pytest
from test_properties import assert_lossless

import newsparse

CASES = {
    "one long line": "word " * 100_000,
    "many one-character lines": "a\n" * 50_000,
    "repeated widget lines": "Share this article\n" * 20_000,
    "digits": "1" * 200_000,
    "copyright signs": "©" * 200_000,
    "By runs": "By " * 60_000,
    "punctuation": ".,;:!?-()[]" * 20_000,
    "camel glue": "aB" * 100_000,
    "colons": ":" * 200_000,
    "non-breaking spaces": " \u00a0" * 100_000 + "x",
    "dates": "12.12.2012 " * 20_000,
    "bylines": "By John Smith and Jane Doe\n" * 5_000,
    "captions": "A caption here\nA caption here Copyright AP Photo/X Y\n" * 2_000,
    "every newline kind": "a\rb\r\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u2029k\n",
    "lone surrogates": "Storm \ud800 hits \udfff coast\n" * 100,
    "control characters": "".join(chr(c) for c in range(32)) * 100,
    "bidi and combining": "\u202eStorm\u202c e\u0301\u0301\u0301 \u200f coast\n" * 500,
    "brackets": "()[]" * 50_000,
    "empty brackets caption": "Some caption ()\nSome caption ()\n" * 500,
}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_text(name):
    text = CASES[name]
    article = newsparse.parse(text)
    assert isinstance(article, newsparse.Article)
    assert_lossless(text, article)


@pytest.mark.parametrize("data", [b"\xff\xfe\x00\x00garbage", b"\x80\x81\x82" * 1000, bytes(range(256)) * 100, b"\xef\xbb\xbf"])
def test_hostile_bytes(data):
    assert isinstance(newsparse.parse(data), newsparse.Article)


def test_bytearray_and_memoryview():
    assert newsparse.parse(bytearray(b"Headline here\n")).segments
    assert newsparse.parse(memoryview(b"Headline here\n")).segments
