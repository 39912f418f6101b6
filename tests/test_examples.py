"""The bundled examples parse as documented in the README."""

import datetime as dt

from conftest import EXAMPLES

import newsparse


def test_harbour_ferry():
    a = newsparse.parse((EXAMPLES / "harbour-ferry.txt").read_text(encoding="utf-8"))
    assert a.headline == "Harbour ferry service returns after two-year repair programme"
    assert a.standfirst.startswith("The restored vessels")
    assert a.authors == ("Maria Lindqvist", "Tom Okafor") and a.agencies == ("Reuters",)
    assert a.published == dt.datetime(2024, 3, 14, 8, 15)
    assert a.updated == dt.datetime(2024, 3, 14, 11, 2)
    assert [c.credit for c in a.captions] == ["Jonas Berg/Reuters"]
    assert [b.kind for b in a.body].count("subheading") == 1
    assert a.related[0].heading == "You might also like" and len(a.related[0].items) == 3
    assert {b.kind for b in a.boilerplate} == {"navigation", "share"}


def test_whole_page():
    a = newsparse.parse((EXAMPLES / "whole-page.txt").read_text(encoding="utf-8"))
    assert a.headline == "Astronomers map the coldest clouds in the outer galaxy"
    assert a.authors == ("Priya Raman",)
    assert a.published == dt.date(2023, 11, 12)
    assert len(a.body) == 6
    assert a.related[0].heading == "Most read"
    kinds = {b.kind for b in a.boilerplate}
    assert {"navigation", "advertisement", "newsletter", "footer", "other"} <= kinds


def test_library_page_html():
    a = newsparse.parse_html((EXAMPLES / "library-reopens.html").read_bytes())
    assert a.headline == "Central library reopens with a rooftop reading garden"
    assert a.standfirst.startswith("After eighteen months")
    assert a.authors == ("Lena Novak",)
    assert a.published == dt.datetime(2024, 5, 2, 7, 45)
    assert [c.credit for c in a.captions] == ["Daniel Brennan"]
    assert [b.kind for b in a.body] == ["paragraph", "paragraph", "subheading", "paragraph", "paragraph", "quote",
                                        "paragraph"]
    assert a.related[0].heading == "Related" and len(a.related[0].items) == 3
    kinds = {b.kind for b in a.boilerplate}
    assert {"navigation", "share", "advertisement", "comments", "newsletter", "footer"} <= kinds


def test_library_page_as_get_text_with_its_scripts():
    # the HTML example as BeautifulSoup's get_text("\n") gives it: its JSON-LD and style kept
    a = newsparse.parse((EXAMPLES / "get-text" / "library-reopens.txt").read_text(encoding="utf-8"))
    page = newsparse.parse_html((EXAMPLES / "library-reopens.html").read_bytes())
    assert a.headline == page.headline
    assert a.authors == ("Lena Novak",)
    assert a.published == page.published
    assert [b.text for b in a.body] == [b.text for b in page.body]
    assert {rule for _, _, rule in a.segments.decisions() if rule.startswith("script.")} == {"script.code",
                                                                                            "script.json_ld"}
