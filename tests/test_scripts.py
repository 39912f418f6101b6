"""Script text among a page's lines: JavaScript, CSS, JSON and markup that a scraper
kept (``get_text()``) are furniture, and the JSON-LD among them is evidence."""

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_html import PARA, PARA2
from test_properties import assert_lossless, assert_structure

import newsparse
from newsparse.scripts import find_scripts, is_code
from newsparse.testing import Noise, rendered_articles


@pytest.mark.parametrize(
    "line",
    [
        "window.dataLayer = window.dataLayer || [];",
        "gtag('config', 'UA-8194018-2');",
        "return cookieData;",
        "googletag.cmd.push(function() {",
        "});",
        "},",
        "background-color: #EDEDED;",
        ".ad-slot { display: none; }",
        '"name": "Chicago",',
        '{"@context":"https://schema.org","@type":"NewsArticle"}',
        "/* Function to detect opted out users */",
        "document.documentElement.classList.add(",
        "<!-- Google Tag Manager -->",
        '<div class="consent_manager-buttons-sitelinks">',
        "</label>",
        ".kIFRSx{-webkit-align-items:center;-webkit-box-align:center;display:-webkit-box;display:flex;}",
        "!function(e){var n=e.document;n.cookie='a=1';e.f=function(){return n};}(window);",
    ],
)
def test_code_lines(line):
    assert is_code(line)


@pytest.mark.parametrize(
    "line",
    [
        PARA,
        "Mosbacher: „Meine Vision wäre, dass wir die Mobilität nachhaltiger gestalten.“",
        '"Pure Leere": Marita Kramer verpasst Olympische Spiele in Peking',
        "Normalerweise leben Hummeln (Arbeiterinnen) etwa zwei Monate (",
        "Alles oder Nichts (Inhalt: Geschichte des nationalsozialistischen Deutschlands;",
        "<The Palace: Tale of Jang Noksu>",
        "Binge eating was linked to fasting in a study (",
        "März 2014 \u00a0(6)",
        "Share this article",
        "dict(t)  # {'company': 'Strangemachines', 'city': 'Amsterdam'}",
    ],
)
def test_prose_and_furniture_are_no_code(line):
    assert not is_code(line)


def test_code_alone_among_prose_is_not_taken():
    # a short line of code between paragraphs may belong to an article about code
    assert find_scripts([PARA, "}", PARA2]) is None
    found = find_scripts([PARA, "var a = b(c);", "}", PARA2])
    assert found is not None and found.code == {1, 2}


def test_continuations_join_the_code_beside_them():
    lines = [PARA, "var settings = {", '"galaxies",', "'stars',", "};", "Share this article"]
    found = find_scripts(lines)
    assert found is not None and found.code == {1, 2, 3, 4}
    lines = ["document.documentElement.classList.add(", "'jetpack-lazy-images-js-enabled'", ");", PARA]
    found = find_scripts(lines)
    assert found is not None and found.code == {0, 1, 2}


def test_a_comment_over_several_lines_is_code():
    lines = [PARA, "/*", "Theme Name: Harbour", "Template: riverside", "*/", ".ad { display: none; }", PARA2]
    found = find_scripts(lines)
    assert found is not None and found.code == {1, 2, 3, 4, 5}
    unclosed = [PARA, "/* Theme Name: Harbour", "Template: riverside", PARA2]
    assert find_scripts(unclosed) is None


def test_pretty_printed_json_ld_block_is_read():
    block = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cycle lanes approved",
                        "author": {"@type": "Person", "name": "Maria Lindqvist"}, "datePublished": "2024-03-05"},
                       indent=2).split("\n")
    found = find_scripts(["Home", *block, "Cycle lanes approved", PARA])
    assert found is not None
    assert found.json_ld == set(range(1, 1 + len(block)))
    assert found.meta is not None and found.meta.authors == ("Maria Lindqvist",)
    assert found.meta.published == dt.date(2024, 3, 5)


def test_leaked_scripts_are_furniture_and_json_ld_is_evidence():
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Cycle lanes approved",
                     "author": [{"@type": "Person", "name": "Maria Lindqvist"}], "datePublished": "2024-03-05T09:30:00Z"})
    lines = [
        "window.dataLayer = window.dataLayer || [];",
        "function gtag(){dataLayer.push(arguments);}",
        "gtag('js', new Date());",
        ld,
        "Home", "News", "Transport",
        "Cycle lanes approved",
        "Plans for the old town",
        "Maria Lindqvist",
        PARA, PARA2,
        "(function() {",
        "var s = document.createElement('script');",
        "document.head.appendChild(s);",
        "})();",
    ]
    text = "\n".join(lines)
    a = newsparse.parse(text)
    assert a.headline == "Cycle lanes approved"
    assert [b.text for b in a.body] == [PARA, PARA2]
    assert a.authors == ("Maria Lindqvist",)
    assert a.published == dt.datetime(2024, 3, 5, 9, 30)
    rules = {s.text: s.rule for s in a.segments}
    assert rules[ld] == "script.json_ld"
    assert rules["gtag('js', new Date());"] == rules["})();"] == "script.code"
    assert_lossless(text, a)


@given(rendered_articles(st.just(Noise(scripts=True, glued_widgets=True, menu=True, footer=True))))
def test_structure_is_recovered_with_the_scripts_kept(page):
    a = newsparse.parse(page.text)
    assert_structure(a, page.article)
    assert {rule for _, _, rule in a.segments.decisions() if rule.startswith("script.")} == {"script.code",
                                                                                            "script.json_ld"}


def test_the_page_is_read_as_if_its_scripts_were_not_there():
    ad = ["googletag.cmd.push(function() {", "googletag.display('div-gpt-ad-1');", "});"]
    lines = ["Home", "News", "Cycle lanes approved", *ad, "By Maria Lindqvist", *ad, PARA, *ad, PARA2, *ad,
             "You might also like", "Harbour ferry returns after repairs", "New bridge opens to cyclists"]
    a = newsparse.parse("\n".join(lines))
    assert a.headline == "Cycle lanes approved"
    assert a.authors == ("Maria Lindqvist",)
    assert [b.text for b in a.body] == [PARA, PARA2]
    assert [r.items for r in a.related] == [("Harbour ferry returns after repairs", "New bridge opens to cyclists")]


def test_lines_without_some_keep_the_widest_gap_before_each():
    from newsparse.lines import split_lines
    from newsparse.rules import lexicon

    lines = split_lines("a\n\n\nb\nc\n\nd\n", lexicon())
    kept = lines.without({1, 2})
    assert kept.texts == ["a", "d"]
    assert list(kept.gaps) == [0, 2]
    assert list(kept.starts) == [lines.starts[0], lines.starts[3]]
