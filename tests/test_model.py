"""The public model: types, immutability, the SPEC.md schema, errors."""

import datetime as dt
import json
import pickle

import attrs
import pytest
from conftest import EXAMPLES
from hypothesis import given

import newsparse
from newsparse import (
    Article,
    BodyBlock,
    Boilerplate,
    Byline,
    Caption,
    RelatedBlock,
    Segment,
    Segments,
)
from newsparse.testing import rendered_articles

SPEC_KEYS = {"headline", "standfirst", "byline", "published", "updated", "captions", "body", "related", "boilerplate"}

TEXT = """World
Storm closes the coastal road for two days
By Jane Doe with AP
Published on 03/02/2024 - 09:30

The storm that reached the coast on Friday closed the main road for two days, and crews worked through the night to clear fallen trees from it.

Officials said the road would reopen on Sunday if the wind dropped, but warned that more rain was expected during the week.
"""


def test_schema_keys_and_types():
    d = newsparse.parse(TEXT).to_dict()
    assert SPEC_KEYS <= set(d)
    assert d["headline"] == "Storm closes the coastal road for two days"
    assert d["byline"] == {"text": "By Jane Doe with AP", "authors": ["Jane Doe"], "agencies": ["AP"]}
    assert d["published"] == "2024-02-03T09:30"
    assert all(set(b) == {"kind", "text"} for b in d["body"])
    json.dumps(d)  # JSON-ready


def test_article_properties():
    a = newsparse.parse(TEXT)
    assert a.authors == ("Jane Doe",)
    assert a.agencies == ("AP",)
    assert a.published == dt.datetime(2024, 2, 3, 9, 30)
    assert a.body_text == "\n\n".join(b.text for b in a.body)
    assert len(a.body) == 2


def test_frozen():
    a = newsparse.parse(TEXT)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.headline = "x"  # type: ignore[misc]


def test_to_json_round_trip():
    a = newsparse.parse(TEXT)
    assert json.loads(a.to_json()) == a.to_dict()
    assert "segments" not in a.to_dict(segments=False)


def test_parts_to_dict():
    assert Byline("By A", ["A"], []).to_dict() == {"text": "By A", "authors": ["A"], "agencies": []}
    assert Caption(None, "Getty").to_dict() == {"text": None, "credit": "Getty"}
    assert BodyBlock("paragraph", "x").to_dict() == {"kind": "paragraph", "text": "x"}
    assert RelatedBlock("Read more", ["a"]).to_dict() == {"heading": "Read more", "items": ["a"]}
    assert Boilerplate("share", "Share").to_dict() == {"kind": "share", "text": "Share"}


@pytest.mark.parametrize("bad", [None, 3, 2.5, ["text"], {"a": 1}, object()])
def test_type_error_names_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        newsparse.parse(bad)


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t\n", "\u00a0\u200b\n", b"", b"\xef\xbb\xbf", b"  \r\n"])
def test_blank_gives_empty_article(blank):
    assert newsparse.parse(blank) == Article()


def test_bytes_decoding():
    assert newsparse.parse(b"\xef\xbb\xbfCaf\xc3\xa9 owners protest new rules\n").segments[0].text.startswith("Café")
    # invalid UTF-8 is replaced, never an error
    a = newsparse.parse(b"Headline \xff\xfe here\n")
    assert "\ufffd" in a.segments[0].text
    assert newsparse.parse("x".encode("utf-16")).segments[0].text == "x"


def test_segments_behave_as_a_tuple_of_segments():
    segs = [Segment("headline", None, "Title", (0, 5), "head.h"), Segment("body", "paragraph", "Text.", (7, 12), "r")]
    article = Article(segments=segs)
    assert isinstance(article.segments, Segments)
    assert len(article.segments) == 2 and article.segments[1] == segs[1] and article.segments[-1] == segs[1]
    assert list(article.segments) == segs and article.segments[:1] == (segs[0],)
    assert article.segments == Segments(segs) and article.segments == tuple(segs)
    assert article.segments != Segments(segs[:1]) and hash(article.segments) == hash(Segments(segs))
    assert article.segments.to_dicts() == [s.to_dict() for s in segs]
    assert pickle.loads(pickle.dumps(article)) == article
    changed = article.segments.replaced(0, Segment("byline", None, "Title", (0, 5), "meta.author"))
    assert changed[0].role == "byline" and article.segments[0].role == "headline" and changed[1] == segs[1]
    with pytest.raises(IndexError):
        article.segments[2]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_articles_pickle(protocol):
    # (parse_many's workers send articles back pickled)
    for path in sorted(EXAMPLES.glob("*.*[lt]")):
        data = path.read_text(encoding="utf-8")
        article = newsparse.parse_html(data) if path.suffix == ".html" else newsparse.parse(data)
        copy = pickle.loads(pickle.dumps(article, protocol=protocol))
        assert copy == article and copy.to_json() == article.to_json()
        assert type(copy.body[0]) is newsparse.BodyBlock and copy.byline == article.byline


# ---------------------------------------------------------------- reading results back


def test_from_dict_and_from_json_give_the_article_back():
    for article in (newsparse.parse(TEXT), newsparse.parse_html((EXAMPLES / "library-reopens.html").read_bytes())):
        assert Article.from_dict(article.to_dict()) == article
        assert Article.from_json(article.to_json()) == article
        assert Article.from_json(article.to_json().encode("utf-8")) == article
        without = Article.from_dict(article.to_dict(segments=False))
        assert len(without.segments) == 0 and attrs.evolve(without, segments=article.segments) == article


@given(rendered_articles())
def test_from_dict_round_trip_on_generated_articles(page):
    article = newsparse.parse(page.text)
    assert Article.from_dict(json.loads(json.dumps(article.to_dict()))) == article


def test_from_dict_reads_dates_and_times():
    data = {"published": "2024-03-14", "updated": "2024-03-14T11:02+01:00"}
    article = Article.from_dict(data)
    assert article.published == dt.date(2024, 3, 14) and not isinstance(article.published, dt.datetime)
    assert article.updated == dt.datetime(2024, 3, 14, 11, 2, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_from_dict_ignores_keys_it_does_not_know():
    assert Article.from_dict({"headline": "A", "source": "dump.jsonl:3"}) == Article(headline="A")


def test_from_dict_refuses_what_is_not_a_mapping():
    with pytest.raises(TypeError, match="list"):
        Article.from_dict([])


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"headline": 3}, "article.headline"),
        ({"byline": "Jane Doe"}, "byline"),
        ({"byline": {"text": "By Jane", "authors": "Jane"}}, "byline.authors"),
        ({"body": [{"kind": "chapter", "text": "x"}]}, "body[0].kind"),
        ({"body": {"kind": "paragraph"}}, "body"),
        ({"boilerplate": [{"kind": "share"}]}, "boilerplate[0].text"),
        ({"published": "14 March 2024"}, "article.published"),
        ({"segments": [{"role": "body", "kind": None, "text": "x", "span": [0], "rule": "r"}]}, "segments[0].span"),
        ({"related": [{"heading": None, "items": [1, 2]}]}, "related[0].items"),
    ],
)
def test_from_dict_names_the_field_of_the_wrong_shape(data, field):
    with pytest.raises(ValueError, match=field.replace("[", r"\[").replace("]", r"\]")):
        Article.from_dict(data)
