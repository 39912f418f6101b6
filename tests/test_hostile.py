"""The catalogue of hostile inputs: each returns an Article or a documented exception.

The sizes are those of the hostile-input issue; time and memory figures for
them live in ``benchmarks/scaling.py``, not here.
"""

import pytest
from conftest import EXAMPLES
from test_properties import assert_lossless

import newsparse

# ---------------------------------------------------------------- text

TEXT_CASES = {
    "empty": "",
    "blank": " \t\n\u00a0\u200b\n\r\n",
    "one 5 MB line": "word " * 1_000_000,
    "1,000,000 one-character lines": "a\n" * 1_000_000,
    "200,000 repeated widget lines": "Share this article\n" * 200_000,
    "1 MB of digits": "1" * 1_000_000,
    "1 MB of ©": "©" * 1_000_000,
    "1 MB of By": "By " * 333_334,
    "1 MB of punctuation": ".,;:!?-()[]" * 90_910,
    "camel glue": "aB" * 500_000,
    "colons": ":" * 1_000_000,
    "non-breaking spaces": " \u00a0" * 500_000 + "x",
    "dates": "12.12.2012 " * 100_000,
    "bylines": "By John Smith and Jane Doe\n" * 20_000,
    "captions": "A caption here\nA caption here Copyright AP Photo/X Y\n" * 10_000,
    "every newline kind": "a\rb\r\nc\x0bd\x0ce\x1cf\x1dg\x1eh\x85i\u2028j\u2029k\n" * 1_000,
    "lone surrogates": "Storm \ud800 hits \udfff coast\n" * 1_000,
    "NUL and control characters": "".join(chr(c) for c in range(32)) * 10_000,
    "bidi marks": "\u202eStorm\u202c \u200f coast \u2066x\u2069\n" * 10_000,
    "combining characters": "e" + "\u0301" * 100_000 + "\n" + "a\u0308\u0323 " * 50_000,
    "brackets": "()[]" * 250_000,
    "empty brackets caption": "Some caption ()\nSome caption ()\n" * 5_000,
    "unclosed JSON-LD blocks": '{"@context": [\n' * 100_000,
    "JSON-LD nested deep": '{"@context": ' + "[" * 200_000 + "\n",
    "a JSON-LD block of 2 MB": '{"@context": "x", "a": "' + "b" * 2_000_000 + '"}\n',
    "lines of code": "x = f(y);\n}\n" * 100_000,
    "comments that never close": "/* a\n" * 300_000,
    "a sentence split at links that never ends": ", x\n" * 3 + "aa bb cc\n" * 200_000,
}


@pytest.mark.parametrize("name", list(TEXT_CASES))
def test_hostile_text(name):
    text = TEXT_CASES[name]
    article = newsparse.parse(text)
    assert isinstance(article, newsparse.Article)
    assert_lossless(text, article)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe\x00\x00garbage",
        b"\x80\x81\x82" * 100_000,
        bytes(range(256)) * 4_000,
        b"\xef\xbb\xbf",
        b"\xed\xa0\x80 surrogate in UTF-8",
        b"ok \xc3",
    ],
)
def test_invalid_utf8_bytes(data):
    assert isinstance(newsparse.parse(data), newsparse.Article)
    assert isinstance(newsparse.parse_html(data), newsparse.Article)


def test_bytearray_and_memoryview():
    assert newsparse.parse(bytearray(b"Headline here\n")).segments
    assert newsparse.parse(memoryview(b"Headline here\n")).segments
    assert newsparse.parse_html(memoryview(b"<p>Headline here</p>")).segments


def realistic_page(size: int) -> str:
    """A whole page of text about *size* characters long, repeating the bundled example."""
    page = (EXAMPLES / "whole-page.txt").read_text(encoding="utf-8") + "\n"
    return page * (size // len(page) + 1)


def realistic_html(size: int) -> str:
    """An HTML page about *size* characters long, repeating the bundled example's body."""
    html = (EXAMPLES / "library-reopens.html").read_text(encoding="utf-8")
    body = html[html.index("<body>") + 6 : html.index("</body>")]
    return html[: html.index("<body>") + 6] + body * (size // len(body) + 1) + "</body></html>"


def test_50_mb_realistic_page():
    text = realistic_page(50_000_000)
    article = newsparse.parse(text)
    assert article.body and len(article.segments) > 500_000
    assert article.segments[-1].span[1] == len(text.rstrip())


def test_50_mb_realistic_html():
    article = newsparse.parse_html(realistic_html(50_000_000))
    assert article.body and len(article.segments) > 200_000


# ---------------------------------------------------------------- HTML

HTML_CASES = {
    "entity expansion bomb": (
        '<?xml version="1.0"?><!DOCTYPE b [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>'
        "<html><body><p>&d;&d;&d;&d;</p></body></html>"
    ),
    "parameter entities": '<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><p>x</p>',
    "100,000-deep nesting": "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "<p>after</p>",
    "100,000-deep inline nesting": "<p>" + "<b>" * 100_000 + "bold" + "</b>" * 100_000 + "</p>",
    "unclosed tags": "<div><p><span><a href='x'>" * 20_000,
    "closing tags only": "</div></p></span>" * 50_000,
    "binary garbage": "".join(chr(c) for c in range(1, 256)) * 2_000,
    "a 5 MB text node": "<p>" + "word " * 1_000_000 + "</p>",
    "200,000 paragraphs": "<p>a</p>" * 200_000,
    "huge attribute": '<div class="' + "share " * 500_000 + '">text</div>',
    "many attributes": "<div " + " ".join(f"a{i}='x'" for i in range(50_000)) + ">text</div>",
    "broken JSON-LD": '<script type="application/ld+json">' + "[" * 100_000 + "</script><p>x</p>",
    "deep JSON-LD": '<script type="application/ld+json">' + '{"a":' * 5_000 + "1" + "}" * 5_000 + "</script>",
    "wrong charset": '<meta charset="utf-16"><p>Zürich</p>',
    "missing charset": "<p>Z\u00fcrich</p>",
    "non-text codec declared": '<meta charset="zlib"><p>Zürich</p>',
    "lone surrogates in a str": "<p>Z\ud800rich and \udfff more</p>",
    "CDATA and comments": "<p><![CDATA[x]]><!--" + "-" * 100_000 + "--></p>",
    "script never closed": "<script>" + "var a = 1;" * 100_000,
    "noscript never closed": "<noscript>" * 200_000 + "<p>after</p>",
    "noscript openers without their >": "<noscript" * 200_000 + "</noscript>",
    "noscript elements": "<noscript><div></noscript><p>x</p>" * 50_000,
    "nul bytes": "<p>a\x00b</p>" * 10_000,
}


@pytest.mark.parametrize("name", list(HTML_CASES))
def test_hostile_html(name):
    html = HTML_CASES[name]
    assert isinstance(newsparse.parse_html(html), newsparse.Article)
    assert isinstance(newsparse.parse_html(html.encode("utf-8", "surrogatepass")), newsparse.Article)


def test_external_entity_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    for doc in (
        f'<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file://{secret}">]><html><body><p>&xxe;</p></body></html>',
        f'<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "{secret}">]><html><body>&xxe;</body></html>',
        f'<html><body><iframe src="file://{secret}"></iframe><img src="file://{secret}"></body></html>',
    ):
        assert "TOP-SECRET" not in newsparse.parse_html(doc).to_json()


# ---------------------------------------------------------------- errors


@pytest.mark.parametrize("bad", [None, 3, 1.5, ["text"], {"text": 1}, object()])
def test_wrong_types_raise_type_error_naming_the_type(bad):
    for fn in (newsparse.parse, newsparse.parse_html):
        with pytest.raises(TypeError, match=type(bad).__name__):
            fn(bad)


def test_size_limit():
    with pytest.raises(newsparse.InputTooLarge) as info:
        newsparse.parse("x" * 101, max_size=100)
    assert info.value.size == 101 and info.value.limit == 100
    assert isinstance(info.value, newsparse.NewsparseError) and isinstance(info.value, ValueError)
    with pytest.raises(newsparse.InputTooLarge):
        newsparse.parse_html(b"<p>" + b"x" * 200 + b"</p>", max_size=100)
    assert newsparse.parse("x" * 101, max_size=None).segments
    assert newsparse.parse("x" * 100, max_size=100).segments
    assert newsparse.DEFAULT_MAX_SIZE >= 50_000_000  # the catalogue's 50 MB page fits by default


def test_size_limit_on_the_command_line(tmp_path, capsys):
    from newsparse.cli import main

    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    assert main([str(big), "--max-size", "100"]) == 1
    assert "exceeds the size limit" in capsys.readouterr().err
    assert main([str(big), "--max-size", "0"]) == 0


@pytest.mark.parametrize("bad", ["5", 1.5, True])
def test_max_size_of_a_wrong_type_raises_type_error(bad):
    for fn in (newsparse.parse, newsparse.parse_html):
        with pytest.raises(TypeError, match="max_size"):
            fn("text", max_size=bad)


def test_negative_max_size_raises_value_error():
    with pytest.raises(ValueError, match="negative"):
        newsparse.parse("text", max_size=-1)
