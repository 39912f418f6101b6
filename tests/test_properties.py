"""Property-based tests: generated articles come back; invariants hold on any text."""

import datetime as dt
import re

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.normalize import BLANKS, fold
from newsparse.testing import RECIPE, Noise, rendered_articles


@given(rendered_articles())
def test_structure_is_recovered(page):
    assert_structure(newsparse.parse(page.text), page.article, split_at_links=page.noise.split_at_links)


def assert_structure(a: newsparse.Article, g, *, split_at_links: bool = False) -> None:
    """Parsing recovered every part of the generated article *g* (from text split at its
    links, a line break before a comma reads as a space: ``on Monday , after``)."""
    assert a.headline == g.headline
    assert a.standfirst == g.standfirst
    assert a.authors == g.authors
    assert a.agencies == g.agencies
    if split_at_links:
        assert [(b.kind, re.sub(r" ([,.;:)])", r"\1", b.text)) for b in a.body] == [(b.kind, b.text) for b in g.body]
    else:
        assert a.body == g.body
    assert a.captions == g.captions
    assert a.related == g.related
    published = a.published.date() if isinstance(a.published, dt.datetime) else a.published
    assert published == g.published


@given(
    rendered_articles(
        st.just(
            Noise(
                glued_widgets=True, caption_twice=True, nbsp=True, menu=True, footer=True, share_run=True,
                doubled_labels=True, comments=True, post_note=True,
            )
        )
    )
)
def test_structure_is_recovered_with_all_noise(page):
    a = newsparse.parse(page.text)
    assert a.headline == page.article.headline
    assert a.body == page.article.body
    assert len(a.captions) == len(page.article.captions)
    published = a.published.date() if isinstance(a.published, dt.datetime) else a.published
    assert published == page.article.published  # (from the note under the post)
    furniture = [s for s in a.segments if s.role == "boilerplate"]
    heading = next(i for i, s in enumerate(furniture) if s.kind == "comments" and s.text.startswith("2 thoughts on"))
    # every widget is known for what it is; what is left over is the comment under its heading
    assert all(s.kind in ("navigation", "footer", "share", "paywall", "comments") for s in furniture[:heading])
    assert all(s.kind in ("footer", "comments", "other") for s in furniture[heading:])


@given(rendered_articles(st.builds(Noise, dated_kicker=st.just(True), menu=st.booleans(), nbsp=st.booleans(),
                                   glued_widgets=st.booleans(), footer=st.booleans())))
def test_the_date_comes_back_from_a_kicker_over_the_headline(page):
    # no stamp: the date opens the kicker line over the headline
    assert_structure(newsparse.parse(page.text), page.article)


@given(rendered_articles(st.builds(Noise, recipe=st.just(True), menu=st.booleans(), nbsp=st.booleans(),
                                   glued_widgets=st.booleans(), share_run=st.booleans(), footer=st.booleans())))
def test_a_recipe_under_the_article_is_body(page):
    # the ingredients, too short to score as prose, are body under their heading
    a = newsparse.parse(page.text)
    assert a.headline == page.article.headline
    assert a.body == page.article.body and a.body[-len(RECIPE):] == RECIPE


def assert_lossless(text: str, article: newsparse.Article) -> None:
    """Segments tile every non-blank character exactly once, and their spans hold their text."""
    covered = bytearray(len(text))
    last_end = 0
    for seg in article.segments:
        start, end = seg.span
        assert 0 <= start < end <= len(text)
        assert start >= last_end, "segments overlap or are out of order"
        last_end = end
        assert fold(text[start:end]) == seg.text
        assert seg.role in newsparse.model.ROLES and seg.rule
        covered[start:end] = b"\x01" * (end - start)
    missing = [i for i, ch in enumerate(text) if not covered[i] and ch not in BLANKS]
    assert not missing, f"characters outside every segment: {[text[i] for i in missing[:10]]}"


@given(rendered_articles())
def test_lossless_on_articles(page):
    assert_lossless(page.text, newsparse.parse(page.text))


NOISY_TEXT = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u00a0", "\u200b", " ", "©", "By ", "Share this article"]),
    ),
    max_size=60,
).map("".join)


@given(NOISY_TEXT)
def test_lossless_and_no_crash_on_any_text(text):
    assert_lossless(text, newsparse.parse(text))


@given(st.lists(st.sampled_from([
    "Share this articleComments", "By Jane Doe", "Getty Images", "You might also like", "Advertisement",
    "Published on 22/09/2022 - 10:34", "A short line", "", "Photo: AP", "1/5",
    "The council said on Monday that the plan would be reviewed again before the end of the year.",
]), max_size=60))
def test_lossless_on_furniture_soup(lines):
    text = "\n".join(lines)
    assert_lossless(text, newsparse.parse(text))


@given(st.binary(max_size=300))
def test_any_bytes(data):
    a = newsparse.parse(data)
    assert isinstance(a, newsparse.Article)


@given(NOISY_TEXT)
def test_deterministic(text):
    assert newsparse.parse(text) == newsparse.parse(text)


@given(rendered_articles(st.builds(Noise, comment_thread=st.just(True), menu=st.booleans(), nbsp=st.booleans(),
                                   glued_widgets=st.booleans(), share_run=st.booleans(), footer=st.booleans(),
                                   credit_below=st.booleans())))
def test_a_comment_thread_under_the_body_comes_back_as_comments(page):
    # the readers' comments, prose with a time over each, are furniture of kind comments, not body
    a = newsparse.parse(page.text)
    assert_structure(a, page.article)
    comments = {b.text for b in a.boilerplate if b.kind == "comments"}
    assert "harbourfan" in comments and "2 days ago at 07:47 am" in comments
