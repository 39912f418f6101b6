"""parse_html: decoding, safe parsing, linearising, structural rules, metadata."""

import datetime as dt
import gc
import re
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_properties import assert_structure

import newsparse
import newsparse.html
from newsparse.html import decode_html, html_lines, linearise
from newsparse.meta import MetaReader
from newsparse.rules import lexicon
from newsparse.testing import HtmlNoise, render_html, rendered_html_articles

PARA = (
    "The city council approved a network of protected cycle lanes on Tuesday, after two years of "
    "consultation with residents, shop owners and the regional transport authority."
)
PARA2 = (
    "Work on the first stretch along the river will begin in the spring, and the council said the whole "
    "network should be finished before the end of next year if the budget allows it."
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


def rules_of(html: str) -> dict[str, str]:
    return {s.text: s.rule for s in newsparse.parse_html(html).segments}


# ---------------------------------------------------------------- input


def test_type_errors_name_the_type():
    with pytest.raises(TypeError, match="int"):
        newsparse.parse_html(3)  # type: ignore[arg-type]


@pytest.mark.parametrize("blank", ["", "   ", "<html></html>", "<!-- only a comment -->", b""])
def test_blank_gives_empty_article(blank):
    assert newsparse.parse_html(blank) == newsparse.Article()


def test_decoding_order():
    text = "Zürich"
    assert decode_html(b"\xef\xbb\xbf<p>" + text.encode() + b"</p>") == "<p>Zürich</p>"
    declared = b'<meta charset="iso-8859-1"><p>' + text.encode("latin-1") + b"</p>"
    assert "Zürich" in decode_html(declared)
    assert "Zürich" in decode_html(b"<p>" + text.encode("utf-8") + b"</p>")  # no declaration: UTF-8
    assert "Zürich" in decode_html(b"<p>" + text.encode("cp1252") + b"</p>")  # not UTF-8: cp1252
    assert "€" in decode_html(b'<meta charset="latin-1"><p>\x80</p>')  # Latin-1 read as cp1252
    # a wrong declaration falls back instead of failing
    assert "Zürich" in decode_html(b'<meta charset="no-such-codec"><p>' + text.encode() + b"</p>")
    for codec in ("rot13", "zlib", "unicode_escape", "utf-7"):  # codecs no browser reads a page with
        assert "Zürich" in decode_html(f'<meta charset="{codec}"><p>'.encode() + text.encode() + b"</p>")
    # bytes that are valid UTF-8 disprove a Latin-1 or a CJK declaration
    for codec in ("iso-8859-1", "windows-1252", "shift_jis", "koi8-r"):
        assert "Zürich" in decode_html(f'<meta charset="{codec}"><p>'.encode() + text.encode() + b"</p>")
    assert "Москва" in decode_html('<meta charset="koi8-r"><p>Москва</p>'.encode("koi8-r"))


@pytest.mark.parametrize("size", [100_000, 2_000_000])
def test_over_long_start_tag_is_cut_and_text_kept(size):
    attrs = " ".join(f"a{i}='x'" for i in range(10_000))  # over 32,768 characters
    filler = "<p>filler text</p>" * (size // 18)
    a = newsparse.parse_html(f"<div {attrs}><p>{PARA}</p></div>{filler}", max_size=None)
    assert any(s.text == PARA for s in a.segments)
    assert not newsparse.html._holds_long_tag("<p>short</p>" * 10_000)
    assert newsparse.html._holds_long_tag(f"<div {attrs}>x</div>")


def _long_tag_by_definition(html):
    """The definition :func:`newsparse.html._holds_long_tag` computes faster."""
    limit = newsparse.html._MAX_TAG
    return any(
        len(part) > limit and part[:1].isascii() and part[:1].isalpha()
        for piece in html.split(">") if len(piece) > limit for part in piece.split("<")[1:]
    )


@given(st.lists(st.sampled_from(["<", ">", "<a", "< b", "<1", "x" * 16_000, "x" * 16_384, "y" * 32_767, "z" * 32_768, "w" * 32_769]), max_size=8))
def test_long_tag_check_matches_its_definition(parts):
    html = "".join(parts)
    assert newsparse.html._holds_long_tag(html) == _long_tag_by_definition(html)


def test_bytes_and_str_agree():
    html = page(f"<article><h1>Cycle lanes approved for the old town</h1><p>{PARA}</p></article>")
    assert newsparse.parse_html(html.encode()).to_dict(segments=False) == newsparse.parse_html(html).to_dict(
        segments=False
    )


# ---------------------------------------------------------------- safety


def test_no_entity_expansion():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]><html><body><p>&lol3;</p></body></html>'
    )
    a = newsparse.parse_html(bomb)
    assert "lollol" not in " ".join(s.text for s in a.segments)


def test_no_external_entity(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    xxe = (
        f'<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        "<html><body><p>&xxe;</p></body></html>"
    )
    a = newsparse.parse_html(xxe)
    assert "TOP-SECRET" not in a.to_json()


def test_deep_nesting_keeps_the_text_after_it():
    deep = "<div>" * 100_000 + "deep" + "</div>" * 100_000
    a = newsparse.parse_html(page(f"<h1>Cycle lanes approved for the old town</h1><p>{PARA}</p>{deep}"))
    assert a.headline == "Cycle lanes approved for the old town"


def test_elements_beyond_the_depth_limit_are_read_as_inline_text():
    limit = newsparse.html._MAX_DEPTH
    html = "<div>" * (3 * limit) + "<p>deep <script>hidden()</script>text</p>" + "</div>" * (3 * limit) + "<p>after</p>"
    doc = linearise(html)
    assert [b[0] for b in doc.blocks] == ["deep text", "after"]
    assert len(doc.tree) < 2 * limit  # (no record per element beyond the limit)


def test_truncated_markup():
    a = newsparse.parse_html(f"<html><body><article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2[:60]}")
    assert a.body[0].text == PARA


def test_big_text_node_is_kept():
    big = "word " * 3_000_000  # 15 MB in one text node: over libxml2's default limit
    a = newsparse.parse_html(page(f"<p>{big}</p><p>tail end</p>"))
    assert any(s.text == "tail end" for s in a.segments)


def test_what_was_read_is_not_left_to_the_garbage_collector():
    # lxml's parser and its target form a reference cycle: the reader must not keep the page's text in it
    gc.collect()
    gc.disable()
    try:
        newsparse.parse_html(page(f"<h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p>"))
        readers = [o for o in gc.get_objects() if isinstance(o, newsparse.html._Reader)]
    finally:
        gc.enable()
    assert all(not r.blocks and not r.frames and r.observer is None for r in readers)


# ---------------------------------------------------------------- linearising


def lines_of(html):
    return html_lines(linearise(html), html, lexicon())


def meta_of(html):
    reader = MetaReader()
    linearise(html, reader)
    return reader.result()


def test_blocks_become_lines_and_inline_markup_does_not():
    html = page(f"<div><p>{PARA[:40]}<a href='x'>linked words</a> and more</p><ul><li>one</li><li>two</li></ul></div>")
    lines, hints, _ = lines_of(html)
    assert [line.text for line in lines] == [PARA[:40] + "linked words and more", "one", "two"]
    assert [h.tag for h in hints] == ["p", "li", "li"]
    assert 0 < hints[0].link_share < 0.5 and hints[1].link_share == 0


def test_invisible_elements_are_skipped():
    html = page("<script>var x = 1;</script><style>p {}</style><template><p>t</p></template><p>shown</p>")
    lines, _, _ = lines_of(html)
    assert [line.text for line in lines] == ["shown"]


def test_spans_point_into_the_html():
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p></article>")
    for seg in newsparse.parse_html(html).segments:
        start, end = seg.span
        assert html[start:end].startswith(seg.text.split()[0])
        assert html[start:end].endswith(seg.text.split()[-1].rstrip("."))


def test_spans_found_after_a_long_head_and_long_scripts():
    script = "<script>var config = {" + "'key': 'value', " * 3000 + "};</script>"  # ~48,000 characters
    html = f"<html><head>{script}</head><body>{script}<article><h1>Cycle lanes approved</h1>{script}<p>{PARA}</p></article></body></html>"
    for seg in newsparse.parse_html(html).segments:
        start, end = seg.span
        assert html[start:end].startswith(seg.text.split()[0]) and html[start:end].endswith(seg.text.split()[-1].rstrip("."))


def _spans_hold_their_lines(html: str) -> None:
    """Every segment's span starts at one of its first words and ends with its last."""
    word = re.compile(r"[A-Z]?[a-z0-9]{2,}|[A-Z0-9]{3,}|[^\W\x00-\x7f]{2,}")
    for seg in newsparse.parse_html(html).segments:
        words = word.findall(seg.text)
        source = html[seg.span[0] : seg.span[1]]
        assert any(source.startswith(w) for w in words[:3]) and source.endswith(words[-1]), (seg.text, source)


def test_spans_of_lines_in_scripts_without_ascii_words():
    # Chinese, Russian, Arabic: the words looked for in the source are not only ASCII ones
    _spans_hold_their_lines(page(
        "<h1>武汉的声音：有英勇的你，才有英雄的城！</h1><p>越是到疫情防控最为吃劲的时候，越是需要汇聚信心与力量。</p>"
        "<p>Ветеран сборной Германии Лукаш Подольски принял решение.</p><p>قال الرئيس إن الحكومة ستعمل على خطة جديدة</p>"
    ))


def test_a_first_word_split_by_markup_does_not_lose_the_lines_after_it():
    # "<em>I</em>ch": the first word is not in the source as it reads; found in a later line,
    # it would carry the point past every line before that one
    lines = [f"Line {n} of the article: the council met again and talked about the harbour." for n in range(40)]
    html = page("<p><em>I</em><i>ch hoffe, dass ihr wisst, dass ihr richtig seid.</i></p>"
                + "".join(f"<p>{line}</p>" for line in lines) + "<p>Ich komme wieder, sagte sie.</p>")
    _spans_hold_their_lines(html)


def test_the_last_word_of_a_line_is_looked_for_near_it():
    # a page that writes its article twice (a hidden copy further on): the last word of a line
    # whose source hides it behind an entity is not taken from the copy, far off
    article = "".join(f"<p>Paragraph {n} tells of the harbour and its new bridge.</p>" for n in range(4))
    html = page(f"<p>The mayor said the plan was approved for the Br&#105;dge</p>{article}" + " " * 5000
                + '<div hidden><p>The mayor said the plan was approved for the Bridge</p></div>')
    *visible, hidden = newsparse.parse_html(html).segments
    assert visible[0].span[1] < html.index("<p>Paragraph 0") and hidden.rule == "html.hidden"
    _spans_hold_their_lines(page(article))
    for seg in visible[1:]:
        assert html[seg.span[0] : seg.span[1]] == seg.text.rstrip(".")


def test_locating_is_bounded_when_no_line_is_found():
    # every line's words hidden behind entities: each far search reads the rest
    # of the page, until the budget is spent
    html = "".join(f"<p>W&#111;rd{i} w&#111;rd</p>" for i in range(20_000))
    locator = newsparse.html._Locator(html)
    for _ in range(20_000):
        assert locator.span("Word") == (0, 0)
    assert locator.budget <= 0
    # the next words of a line whose first is not found spend the same budget
    locator = newsparse.html._Locator(html)
    for _ in range(20_000):
        assert locator.span("Word Word Word") == (0, 0)
    assert locator.budget <= 0


def test_lone_surrogates_do_not_lose_the_page():
    html = page("<p>Z\ud800rich and the rest of the line</p>")
    (seg,) = newsparse.parse_html(html).segments
    assert seg.text == "Z\ufffdrich and the rest of the line" and html[seg.span[0] : seg.span[1]].endswith("line")


def test_br_splits_lines():
    html = page("<p>first line<br>second line</p>")
    lines, _, _ = lines_of(html)
    assert [line.text for line in lines] == ["first line", "second line"]


# ---------------------------------------------------------------- structural rules


def test_furniture_containers():
    html = page(
        "<nav><a>Home</a> <a>World</a></nav>"
        f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>"
        '<div class="social-share"><a>Facebook</a></div>'
        f"<p>{PARA2}</p>"
        '<div class="newsletter-box">Get the morning briefing</div></article>'
        '<div id="comments"><p>Great news, finally something for cyclists in this town after all these years.</p></div>'
        "<footer><a>Imprint</a></footer>"
    )
    rules = rules_of(html)
    assert rules["Home World"] == "html.nav"
    assert rules["Facebook"] == "html.share"
    assert rules["Get the morning briefing"] == "html.newsletter"
    assert rules["Great news, finally something for cyclists in this town after all these years."] == "html.comments"
    assert rules["Imprint"] == "html.footer"
    assert [b.text for b in newsparse.parse_html(html).body] == [PARA, PARA2]


_CLASS_PIECES = st.sampled_from([*newsparse.html.S.CLASS_FLAGS, *newsparse.html.S.EMBED_TOKENS, "elementor-widget", "x", "Ü", "é", "wp"])
_CLASS_SEPARATORS = st.sampled_from([" ", "-", "_", "__", "--", ":", "\t", "1", "", "é", "ß"])


@given(st.lists(st.tuples(_CLASS_PIECES, _CLASS_SEPARATORS, st.booleans()), max_size=8))
def test_class_flags_read_as_the_tokens_say(pieces: list[tuple[str, str, bool]]) -> None:
    """A class value's flags are those of its tokens (split at what is no letter or digit,
    case folded), whether the value is ASCII or not: the reference is the plain reading."""
    value = "".join((p.upper() if up else p) + sep for p, sep, up in pieces)
    low = value.lower()
    if newsparse.html._BUILDER_PREFIX_START in low:
        low = newsparse.html._BUILDER_PREFIX.sub(" ", low)
    tokens = re.split(r"[^a-z0-9]+", low)
    expected = 0
    for token in tokens:
        expected |= newsparse.html.S.CLASS_FLAGS.get(token, 0)
    if expected & newsparse.html.S.SHARE and not newsparse.html.S.EMBED_TOKENS.isdisjoint(tokens):
        expected &= ~newsparse.html.S.SHARE
    assert newsparse.html._token_flags(value, {}) == expected


def _elementor(widget: str, inner: str) -> str:
    return (f'<div class="elementor-element elementor-widget elementor-widget-{widget}">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


def test_a_page_builders_block_names_are_no_sidebar():
    html = page(_elementor("heading", "<h1>Cycle lanes approved</h1>")
                + _elementor("heading", "<h2>By Maria Lindqvist</h2>")
                + _elementor("post-info", "<span>Published March 3, 2024</span>")
                + _elementor("theme-post-content", f"<p>{PARA}</p><p>{PARA2}</p>")
                + _elementor("share-buttons", "<a>Facebook</a>")
                + _elementor("sidebar", "<a>Weekly column</a>"))
    a = newsparse.parse_html(html)
    assert a.headline == "Cycle lanes approved"
    assert a.authors == ("Maria Lindqvist",)
    assert str(a.published) == "2024-03-03"
    assert [b.text for b in a.body] == [PARA, PARA2]
    rules = rules_of(html)
    assert rules["Facebook"] == "html.share"  # what follows the builder's prefix still names the block
    assert rules["Weekly column"] == "html.sidebar"


def test_a_posts_taxonomy_terms_are_a_tag_list():
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p>"
                '<div class="post-terms"><a>Transport</a>, <a>Old town</a></div></article>')
    assert rules_of(html)["Transport, Old town"] == "html.tags"


def test_prose_in_a_flagged_container_stays_text():
    html = page(f'<article><h1>Cycle lanes approved</h1><div class="share-wrapper"><p>{PARA}</p></div></article>')
    assert newsparse.parse_html(html).body[0].text == PARA


def test_page_wide_wrapper_flags_are_dropped():
    html = page(f'<form id="aspnetForm"><div class="sidebar-layout"><h1>Cycle lanes approved</h1>'
                f"<p>{PARA}</p><p>{PARA2}</p></div></form>")
    a = newsparse.parse_html(html)
    assert [b.text for b in a.body] == [PARA, PARA2]


def test_hidden_text_is_boilerplate():
    html = page(f'<h1>Cycle lanes approved</h1><p>{PARA}</p><div style="display: none">Hidden teaser text</div>'
                '<p hidden>Also hidden</p><span aria-hidden="true">Icon label</span>')
    rules = rules_of(html)
    assert rules["Hidden teaser text"] == rules["Also hidden"] == rules["Icon label"] == "html.hidden"


def test_writer_and_translator_among_credits():
    # a page's credits section names the writer and the translator beside the photographer:
    # the writer's line is the byline, the translator's a contributor line, the photographer's a credit
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p>"
                '<section class="article__credits"><div class="article__credits-item">Text: '
                '<span class="card__author">Ursula Eggers</span></div>'
                '<div class="article__credits-item">Übersetzt von Monica Seemann</div>'
                '<div class="article__credits-item">Fotos: Max Muster</div></section></article>')
    a = newsparse.parse_html(html)
    assert a.authors == ("Ursula Eggers",)
    assert a.byline is not None and a.byline.text == "Text: Ursula Eggers"
    rules = rules_of(html)
    assert rules["Übersetzt von Monica Seemann"] == "contributor"
    assert [c.credit for c in a.captions] == ["Max Muster"]


def test_author_of_a_pictures_licence_is_its_credit_not_the_byline():
    # a Creative Commons box under the picture names its author (class "author-name") above the byline
    licence = ('<div class="license-info"><span class="license-type"><a href="/cc">CC BY-ND 2.0</a></span>'
               '<span class="author-name"><a href="/file">Nenad Stojkovic</a></span></div>')
    html = page(f"<article><h1>Cycle lanes approved</h1><figure><img src=x>{licence}</figure>"
                f"<p>Autor Mark Newton:</p><p>{PARA}</p><p>{PARA2}</p></article>")
    a = newsparse.parse_html(html)
    assert a.authors == ("Mark Newton",)
    # (an image shown with only its credit: a caption without text)
    assert [s.role for s in a.segments if "Nenad Stojkovic" in s.text] == ["caption"]
    assert [c.text for c in a.captions] == [None] and "Nenad Stojkovic" in (a.captions[0].credit or "")


def test_a_videos_credit_in_an_authors_element_is_no_byline():
    # "Video von ..." in the author's class names who made an embedded video, not the article's writer
    html = page(f"<article><h1>Cycle lanes approved</h1><p>Von Sonia Meier</p><p>{PARA}</p>"
                '<div class="player"></div><span class="af-author">Video von <a href="/a/1">Justin Amaral</a></span>'
                f"<p>{PARA2}</p></article>")
    a = newsparse.parse_html(html)
    assert a.authors == ("Sonia Meier",)
    assert [s.role for s in a.segments if s.text == "Video von Justin Amaral"] == ["caption"]


def test_figcaption_with_credit():
    html = page(f"<article><h1>Cycle lanes approved</h1><figure><img src=x alt='Lanes'>"
                "<figcaption>The new lane on River Street. Photo: Jane Doe/Reuters</figcaption></figure>"
                f"<p>{PARA}</p></article>")
    a = newsparse.parse_html(html)
    assert [c.to_dict() for c in a.captions] == [{"text": "The new lane on River Street.", "credit": "Jane Doe/Reuters"}]
    # the text and the credit in two elements of the figure, either first, the credit inside the
    # caption's element or beside it: one caption; two figures side by side keep theirs
    text, credit = "The new lane on River Street.", "Photo: Jane Doe/Reuters"
    for inner in [
        f"<figcaption><p>{text}</p><p>{credit}</p></figcaption>",
        f"<figcaption><p>{credit}</p><p>{text}</p></figcaption>",
        f'<figcaption>{text}</figcaption><div class="credit">Jane Doe/Reuters</div>',
        f'<div class="credit">Jane Doe/Reuters</div><figcaption>{text}</figcaption>',
        # a credit element opening the caption's line, with or without a marker
        f'<figcaption><span class="credit">&copy; Jane Doe/Reuters</span> {text}</figcaption>',
        f'<div class="caption"><span class="caption__credit">Jane Doe/Reuters</span>{text}</div>',
    ]:
        html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><figure><img src=x>{inner}</figure>"
                    f"<p>{PARA2}</p></article>")
        a = newsparse.parse_html(html)
        assert [c.to_dict() for c in a.captions] == [{"text": "The new lane on River Street.", "credit": "Jane Doe/Reuters"}]
        assert [s.role for s in a.segments if "River Street" in s.text or "Jane Doe" in s.text] == ["caption", "caption"]
    figures = "".join(f"<figure><img src=x><figcaption>{part}</figcaption></figure>" for part in (text, credit))
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{figures}<p>{PARA2}</p></article>"))
    assert [(c.text, c.credit) for c in a.captions] == [("The new lane on River Street.", None), (None, "Jane Doe/Reuters")]


def test_a_caption_with_its_toggle_and_a_copy_cut_short_is_one_caption():
    # a slider shows the caption whole, with its credit and its "less" toggle, and again cut short
    cap = "The mayor opens the new bridge over the river in the old town on Monday morning."
    figures = (f"<figure><img src=x><figcaption>{cap} (AP Photo/Jane Roe) less</figcaption></figure>"
               f"<figure><img src=x><figcaption>{cap[:60]}</figcaption></figure>")
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{figures}<p>{PARA2}</p></article>"))
    assert a.captions == (newsparse.Caption(cap, "AP Photo/Jane Roe"),)
    # captions of a gallery that open alike are not copies of one another
    gallery = "".join(f"<figure><img src=x><figcaption>Changing the font size of {part}.</figcaption></figure>"
                      for part in ("the axis text", "the x-axis text", "the legend text"))
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{gallery}<p>{PARA2}</p></article>"))
    assert len(a.captions) == 3


def test_a_widget_label_in_a_figcaption_is_no_caption():
    teaser = "<figure><a href='/other'><img src=x alt='Bridge'></a><figcaption>Mehr erfahren</figcaption></figure>"
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{teaser}<p>{PARA2}</p></article>")
    a = newsparse.parse_html(html)
    assert a.captions == () and [(b.kind, b.text) for b in a.boilerplate] == [("other", "Mehr erfahren")]


def test_body_kinds_from_elements():
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><h2>What changes</h2><p>{PARA2}</p>"
                f"<blockquote><p>{PARA}</p></blockquote><ul><li>{PARA2}</li></ul></article>")
    kinds = [b.kind for b in newsparse.parse_html(html).body]
    assert kinds == ["paragraph", "subheading", "paragraph", "quote", "list_item"]


def test_byline_class_and_marker_element():
    html = page(f'<article><h1>Cycle lanes approved</h1><div class="article-byline"><span>By</span>'
                f'<div><a href="/a">Maria Lindqvist</a></div></div><p>{PARA}</p></article>')
    assert newsparse.parse_html(html).authors == ("Maria Lindqvist",)


def test_the_one_byline_in_furniture_is_the_byline():
    entry_footer = ('<footer class="entry-footer"><span class="byline"><span>Post author</span> By '
                    '<a href="/author/maria">Maria Lindqvist</a></span></footer>')
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p>{entry_footer}</article>")
    a = newsparse.parse_html(html)
    assert a.authors == ("Maria Lindqvist",)
    assert a.byline.text == "Post author By Maria Lindqvist"


def test_a_container_named_caption_holding_the_title_is_a_header_not_a_caption():
    # the theme names the overlay on the header's picture "caption": the title, the byline and the date
    header = ('<header><figure><img src="a.jpg" alt=""><div class="copyright">Strava</div></figure>'
              '<div class="caption"><h2 class="title">Cycle lanes approved</h2><ul class="author"><li>Maria Lindqvist</li>'
              '</ul><div class="date">Published 3 December 2019</div></div></header>')
    a = newsparse.parse_html(page(f"{header}<article><p>{PARA}</p><p>{PARA2}</p></article>"))
    assert a.headline == "Cycle lanes approved"
    assert a.authors == ("Maria Lindqvist",)
    assert "Maria Lindqvist" not in [c.text for c in a.captions]


def test_the_one_dated_byline_in_furniture_is_the_byline():
    # a marker and a name, a date under it, in the post's footer: no class marks it
    footer = "<footer><div>Author: Maria Lindqvist</div><div>Published: 03 December 2019</div></footer>"
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p>{footer}</article>")
    a = newsparse.parse_html(html)
    assert a.authors == ("Maria Lindqvist",)
    assert a.published == dt.date(2019, 12, 3)


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param('<footer><div class="author">By Tom Okafor</div><div class="author">By Anna Fischer</div></footer>',
                     id="several: teasers"),
        pytest.param('<aside><div class="author">By Tom Okafor</div></aside>', id="in an aside"),
        pytest.param("<footer><div>Author: Tom Okafor</div><div>Published: 03 December 2019</div>"
                     "<div>Author: Anna Fischer</div><div>Published: 04 December 2019</div></footer>",
                     id="several dated: teasers"),
        pytest.param("<footer><div>Author: Tom Okafor</div></footer>", id="unmarked and undated"),
    ],
)
def test_bylines_of_other_articles_in_furniture_are_no_byline(furniture):
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p></article>{furniture}")
    assert newsparse.parse_html(html).authors == ()


def test_widget_label_in_a_byline_element_is_no_author():
    html = page(f'<article><h1>Cycle lanes approved</h1><div class="author-box"><a href="/more">More</a></div>'
                f'<div class="byline">Maria Lindqvist</div><p>{PARA}</p></article>')
    assert newsparse.parse_html(html).authors == ("Maria Lindqvist",)


# ---------------------------------------------------------------- metadata


def test_metadata_read():
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", '
        '"name": "Example"}, {"@type": "NewsArticle", "headline": "Cycle lanes approved", '
        '"author": [{"@type": "Person", "name": "Maria Lindqvist"}], "datePublished": "2024-03-05T09:30:00+01:00",'
        ' "dateModified": "2024-03-06T10:00:00+01:00"}]}</script>'
        '<meta property="og:title" content="Cycle lanes approved for the old town">'
        "<title>Cycle lanes approved | Example News</title>"
    )
    meta = meta_of(page("<p>x</p>", head))
    assert meta.titles[:2] == ("Cycle lanes approved", "Cycle lanes approved for the old town")
    assert meta.authors == ("Maria Lindqvist",)
    assert meta.published == dt.datetime(2024, 3, 5, 9, 30)
    assert meta.modified == dt.datetime(2024, 3, 6, 10, 0)


def test_an_authorname_class_marks_the_name_in_a_dated_line():
    # the outlet, the date and the author's name render as one line; the class names the name
    line = ('<div class="attribution"><span class="provider">The Guardian</span> <span class="time">02/10/2020</span> '
            '<span class="authorname-txt"><span class="truncate">Anna Fazackerley</span></span></div>')
    html = page(f"<article><h1>Cycle lanes approved</h1>{line}<p>{PARA}</p><p>{PARA2}</p></article>")
    assert newsparse.parse_html(html).authors == ("Anna Fazackerley",)


def test_an_author_given_by_reference_in_a_json_ld_graph():
    # SEO plugins write the article's author as a reference to a Person node of the same graph
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
            '{"@type": "Article", "headline": "Cycle lanes approved", "author": {"@id": "https://example.org/#/person/1"}},'
            '{"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Maria Lindqvist"}]}</script>')
    assert meta_of(page("<p>x</p>", head)).authors == ("Maria Lindqvist",)
    # a list of references, one of them unknown
    listed = head.replace('"author": {"@id": "https://example.org/#/person/1"}',
                          '"author": [{"@id": "https://example.org/#/person/1"}, {"@id": "#nobody"}]')
    assert meta_of(page("<p>x</p>", listed)).authors == ("Maria Lindqvist",)
    html = page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>Maria Lindqvist</p></article>", head)
    assert newsparse.parse_html(html).authors == ("Maria Lindqvist",)


def test_a_recipes_metadata_dates_the_page_but_names_no_headline():
    recipe = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe", '
              '"name": "Lemon sheet cake", "author": {"@type": "Person", "name": "Maria Lindqvist"}, '
              '"datePublished": "2024-03-05T09:30:00+01:00"}</script>')
    meta = meta_of(page("<p>x</p>", recipe))
    assert meta.titles == () and meta.authors == ("Maria Lindqvist",)
    assert meta.published == dt.datetime(2024, 3, 5, 9, 30)
    # the article's own metadata comes first (wherever the recipe's stands)
    post = '<meta property="article:published_time" content="2024-03-04T08:00:00Z">'
    assert meta_of(page("<p>x</p>", recipe + post)).published == dt.datetime(2024, 3, 4, 8, 0)
    # and a how-to's the same
    howto = recipe.replace('"Recipe"', '"HowTo"')
    html = page(f"<article><h1>The juiciest lemon cake from the tray</h1><p>{PARA}</p><p>{PARA2}</p></article>", howto)
    a = newsparse.parse_html(html)
    assert a.published == dt.datetime(2024, 3, 5, 9, 30)
    assert a.headline == "The juiciest lemon cake from the tray"


def test_site_name_is_never_the_headline():
    head = ('<meta property="og:site_name" content="Cycling Weekly Magazine">'
            "<title>Lanes approved - Cycling Weekly Magazine</title>")
    meta = meta_of(page("<p>x</p>", head))
    assert meta.site_names == ("Cycling Weekly Magazine",)
    assert meta.titles == ("Lanes approved - Cycling Weekly Magazine", "Lanes approved")
    html = page(f"<div><h1>Cycling Weekly Magazine</h1></div><article><h1>Council approves the lanes</h1>"
                f"<p>{PARA}</p></article>", head)
    assert newsparse.parse_html(html).headline == "Council approves the lanes"


def test_site_name_after_the_headline_in_the_h1_is_split_off():
    head = '<meta property="og:title" content="Cycle lanes approved for the old town">'
    html = page(f"<article><h1>Cycle lanes approved for the old town | CITY.NEWS</h1><p>{PARA}</p></article>", head)
    a = newsparse.parse_html(html)
    assert a.headline == "Cycle lanes approved for the old town"
    assert "CITY.NEWS" in [s.text for s in a.segments]


def test_broken_json_ld_is_ignored():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    assert meta_of(page("<p>x</p>", head)).titles == ()


def test_metadata_dates_and_authors_used_when_the_page_shows_them():
    head = ('<meta property="article:published_time" content="2024-03-05T09:30:00Z">'
            '<meta name="author" content="Maria Lindqvist">')
    html = page(f"<article><h1>Cycle lanes approved</h1><div>Maria Lindqvist</div><p>{PARA}</p></article>", head)
    a = newsparse.parse_html(html)
    assert a.published == dt.datetime(2024, 3, 5, 9, 30)
    assert a.authors == ("Maria Lindqvist",)
    assert a.byline is not None and a.byline.text == "Maria Lindqvist"


def test_shown_date_wins_over_a_metadata_date_the_page_never_shows():
    # metadata in UTC, a day later than the date the page shows (16:37 UTC is 4 May in every zone:
    # no zone's day is the page's, see test_shown_local_day_wins_over_the_next_day_in_utc)
    head = '<meta property="article:published_time" content="2022-05-04T16:37:00Z">'
    body = f"<article><h1>Cycle lanes approved</h1><p>Published 3 May 2022</p><p>{PARA}</p></article>"
    assert newsparse.parse_html(page(body, head)).published == dt.date(2022, 5, 3)
    # the metadata's day shown elsewhere on the page (the first stamp was another item's)
    aside = '<aside><p>Also: 4 May 2022</p></aside>'
    assert newsparse.parse_html(page(body + aside, head)).published == dt.datetime(2022, 5, 4, 16, 37)
    # ... but not in a comment's stamp or the footer: those dates are not the article's
    comments = '<div class="comments"><p>Anna wrote on 4 May 2022: well done</p></div>'
    footer = "<footer><p>Last change: 4 May 2022</p></footer>"
    assert newsparse.parse_html(page(body + comments, head)).published == dt.date(2022, 5, 3)
    assert newsparse.parse_html(page(body + footer, head)).published == dt.date(2022, 5, 3)


def test_metadata_says_which_way_round_a_numeric_date_is_written():
    # "11/01/2021" is read day first (11 January); the metadata's 1 November is the same date month first
    head = '<meta property="article:published_time" content="2021-11-01T05:00:00">'
    body = f"<article><h1>Cycle lanes approved</h1><p>11/01/2021, 05:00</p><p>{PARA}</p></article>"
    assert newsparse.parse_html(page(body, head)).published == dt.datetime(2021, 11, 1, 5, 0)
    assert newsparse.parse_html(page(body)).published == dt.datetime(2021, 1, 11, 5, 0)


def test_shown_local_time_wins_over_the_same_instant_in_utc():
    # 23:30 in Minnesota is 05:30 the next day in UTC, a day the page shows elsewhere too
    head = '<meta property="article:published_time" content="2023-11-09T05:30:59Z">'
    stamp = "PUBLISHED: November 8, 2023 at 11:30 p.m."
    aside = "<aside><p>Also: November 9, 2023</p></aside>"
    body = f"<article><h1>Cycle lanes approved</h1><p>{stamp}</p><p>{PARA}</p></article>{aside}"
    assert newsparse.parse_html(page(body, head)).published == dt.datetime(2023, 11, 8, 23, 30)
    # not the same instant (the minutes differ): the metadata's, which the page shows, is taken
    other = body.replace("11:30 p.m.", "11:10 p.m.")
    assert newsparse.parse_html(page(other, head)).published == dt.datetime(2023, 11, 9, 5, 30)


@pytest.mark.parametrize(
    ("stated", "published"),
    [
        # 00:53 in UTC is the evening before in Buenos Aires: the page's day is kept
        ("2022-05-04T00:53:29.274Z", dt.date(2022, 5, 3)),
        ("2022-05-04T00:53:29+00:00", dt.date(2022, 5, 3)),
        # stated in the site's own zone, the time dates the site's day
        ("2022-05-04T00:53:29-03:00", dt.datetime(2022, 5, 4, 0, 53)),
    ],
)
def test_shown_local_day_wins_over_the_next_day_in_utc(stated, published):
    head = f'<meta property="article:published_time" content="{stated}">'
    aside = "<aside><p>Also: 4 May 2022</p></aside>"  # (the metadata's day shown elsewhere)
    body = f"<article><h1>Cycle lanes approved</h1><p>3 May 2022</p><p>{PARA}</p></article>{aside}"
    assert newsparse.parse_html(page(body, head)).published == published


def test_ruby_annotations_are_not_read_as_text():
    html = page(f"<article><h1><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの法律</h1><p>{PARA}</p></article>")
    assert newsparse.parse_html(html).headline == "子どもの法律"


def test_embedded_post_is_not_a_share_widget():
    tweet = "Yes this is real and the state spent nearly half a million dollars on the new campaign"
    embed = f'<div class="social-media-embed"><blockquote class="twitter-tweet"><p>{tweet}</p></blockquote></div>'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{embed}<p>{PARA2}</p></article>"))
    assert [(s.role, s.kind) for s in a.segments if s.text == tweet] == [("body", "quote")]
    share = '<div class="social-share"><p>Share this on your favourite network</p></div>'
    b = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{share}<p>{PARA2}</p></article>"))
    assert [s.role for s in b.segments if s.text.startswith("Share this")] == ["boilerplate"]


def test_a_run_of_share_links_in_a_paragraph_is_a_share_widget():
    bar = '<p><a href="#">Twitter</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Email</a></p>'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{bar}<p>{PARA2}</p></article>"))
    assert [(s.role, s.kind) for s in a.segments if s.text.startswith("Twitter")] == [("boilerplate", "share")]
    assert a.body_text == f"{PARA}\n\n{PARA2}"


def test_data_table_in_the_article_is_body():
    rows = "".join(f"<tr><td>{k}</td><td>Driver number {k}</td><td>{5040 - k}</td></tr>" for k in range(1, 6))
    table = f"<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>{rows}</table>"
    a = newsparse.parse_html(page(f"<article><h1>Final standings</h1><p>{PARA}</p>{table}<p>{PARA2}</p></article>"
                                  "<footer><p>Privacy Policy</p></footer>"))
    cells = [s for s in a.segments if s.rule == "html.table_cell"]
    assert {"Pos.", "1", "5039"} <= {s.text for s in cells}
    assert all(s.role == "body" for s in cells)


def test_teasers_after_the_article_are_not_body():
    summary = ("Residents of the northern district have waited more than ten years for a new library, and on "
               "Tuesday the mayor announced that building work would start in the autumn of next year.")
    teasers = "".join(f'<div><h3><a href="/t{k}">Other story number {k} about the city</a></h3><p>{summary}</p></div>'
                      for k in range(3))
    a = newsparse.parse_html(page(f"<div><h1>Bridge plan reviewed</h1><p>{PARA}</p><p>{PARA}</p></div><div>{teasers}</div>"))
    assert [b.text for b in a.body] == [PARA, PARA]


def test_page_without_metadata_dated_by_a_line_elsewhere():
    article = f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p></article>"
    comments = '<div class="comments"><p>Anna, 2 June 2010</p></div>'
    aside = "<aside><p>Posted 19 May 2010</p></aside>"
    assert newsparse.parse_html(page(article + comments + aside)).published == dt.date(2010, 5, 19)
    assert newsparse.parse_html(page(article + comments)).published is None
    # with a metadata date, a stamp elsewhere is not taken over it
    head = '<meta property="article:published_time" content="2019-03-03T11:48:00">'
    assert newsparse.parse_html(page(article + aside, head)).published == dt.datetime(2019, 3, 3, 11, 48)


def test_metadata_author_not_shown_is_not_trusted():
    head = '<meta name="author" content="Somebody Else">'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p></article>", head))
    assert a.authors == ()


@pytest.mark.parametrize(
    ("meta", "line"),
    [
        ("Lynn", "Heavenlynn Healthy"),  # inside another word: the site's logo
        ("AS", "Etapa final em Cascavel"),  # an acronym in small letters: another word ("as")
    ],
)
def test_metadata_author_shown_only_inside_other_words_is_not_trusted(meta, line):
    head = f'<meta name="author" content="{meta}">'
    a = newsparse.parse_html(page(f"<article><p>{line}</p><h1>Cycle lanes approved</h1><p>{PARA}</p></article>", head))
    assert a.authors == ()
    assert [s.rule for s in a.segments if s.text == line] != ["meta.author"]


def test_metadata_author_quoted_in_a_line_is_not_its_byline():
    # the author the metadata names is the magazine, quoted in a subscription prompt
    head = '<meta name="author" content="Heimwerker Praxis">'
    prompt = 'Jeden Monat "Heimwerker Praxis" erhalten >>'
    body = f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{prompt}</p></article>"
    a = newsparse.parse_html(page(body, head))
    assert a.authors == ("Heimwerker Praxis",)  # (the page shows the name: the metadata is borne out)
    assert not [s for s in a.segments if s.role == "byline"]


@pytest.mark.parametrize(("meta", "authors"), [("Nils", ("Nils Pickert",)), ("RT", ("RT",))])
def test_metadata_given_name_takes_the_surname_the_page_shows(meta, authors):
    head = f'<meta name="author" content="{meta}">'
    line = f"<p class='kicker'>Eine Kolumne von {meta} Pickert</p>" if meta == "Nils" else "<p>RT Shop</p>"
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1>{line}<p>{PARA}</p></article>", head))
    assert a.authors == authors


_VCARD = '<span class="author vcard"><a class="url fn n" href="/author/cs/">{name}</a></span>'


def test_the_author_name_the_markup_marks_ends_a_name_glued_to_the_next_element():
    # a theme's adjacent inline elements without white space render glued: "Christian Spließin Allgemeines"
    meta = (f'<div class="entry-meta"><span class="byline"> von {_VCARD.format(name="Christian Spließ")}</span>'
            '<span class="cat-links">in <a href="/c/">Allgemeines</a></span></div>')
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1>{meta}<p>{PARA}</p><p>{PARA2}</p></article>"))
    assert a.authors == ("Christian Spließ",)


@pytest.mark.parametrize(("meta", "authors"), [("Sarah Schnieder", ("Sarah Schnieder",)), ("Sarah", ("Sarah Schnieder Reiterrevue",))])
def test_the_metadata_author_ends_a_name_the_site_name_runs_on(meta, authors):
    # "von Sarah Schnieder Reiterrevue": the site's name after the author's; the metadata's name of
    # two words or more ends it (a given name alone says too little)
    head = f'<meta name="author" content="{meta}">'
    line = "<p class='meta'>Veröffentlicht am 03.02.2022 von Sarah Schnieder Reiterrevue</p>"
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1>{line}<p>{PARA}</p><p>{PARA2}</p></article>", head))
    assert a.authors == authors


def test_the_author_name_the_markup_marks_is_the_author_when_the_text_names_none():
    meta = f'<div class="entry-meta">{_VCARD.format(name="Support Team")}</div>'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1>{meta}<p>{PARA}</p><p>{PARA2}</p></article>"))
    assert a.authors == ("Support Team",)
    # not a comment's author (hCard marks those too)
    comment = '<div class="comment-author vcard"><cite class="fn">Peter Miller</cite></div><p>Great post.</p>'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p></article>{comment}"))
    assert a.authors == ()
    doc = linearise(page(f"<p>{PARA}</p>{meta}{comment}"))
    assert doc is not None and doc.author_names == ["Support Team"]
    # schema.org microdata: a name inside an author
    meta = '<span itemprop="author" itemscope><span itemprop="name">Frank Boës</span></span>'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p>{meta}<p>{PARA2}</p></article>"))
    assert a.authors == ("Frank Boës",)


@pytest.mark.parametrize("cards", [1, 4])
def test_many_names_the_markup_marks_are_a_list_of_teasers_bylines(cards):
    names = ("Poppie Platt", "James Titcomb", "David Knowles", "Daniel Capurro")[:cards]
    html = "".join(f'<div class="card"><h2>Story {k}</h2><p>What the council decided, and what it means. <span '
                   f'itemprop="author"><span itemprop="name">{name}</span></span></p></div>' for k, name in enumerate(names))
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p></article>{html}"))
    assert a.authors == (names if cards == 1 else ())


def _og_title(title):
    return f'<meta property="og:title" content="{title}">'


_MENUS = "".join(f"<div><h1>{name}</h1><ul><li><a href='#'>One</a></li></ul></div>"
                 for name in ("Main menu", "Service menu", "Contact us", "Social media"))


@pytest.mark.parametrize(
    ("head", "before", "h1", "headline"),
    [
        pytest.param(_og_title("Cycle lanes approved for the old town"), "<header><h1>Example News</h1></header>",
                     "<h2>Cycle lanes approved for the old town</h2>", "Cycle lanes approved for the old town",
                     id="marked line over a logo h1"),
        pytest.param('<script type="application/ld+json">{"@type": "NewsArticle", "headline": '
                     '"08.11.2021 | Cycle lanes approved"}</script>', "<div>08.11.2021 | Cycle lanes approved</div>",
                     "<h1>Cycle lanes approved</h1>", "Cycle lanes approved",
                     id="headline part of a dated metadata title confirms the h1"),
        pytest.param(_og_title("Press releases"),
                     '<nav><ul><li><a href="/p">Press releases</a></li><li><a href="/e">Events</a></li></ul></nav>',
                     "<h1>Council approves the lanes</h1>", "Council approves the lanes",
                     id="menu entry naming the section loses to the h1"),
        pytest.param(_og_title("Remembering the victims"), f'{_MENUS}<ul class="crumbs"><li>Remembering the victims</li></ul>',
                     "<h1>Memorial day: remembering the victims of the war</h1>", "Remembering the victims",
                     id="an h1 says less on a page with many"),
        pytest.param(_og_title("Messengerdienste sind kein rechtsfreier Raum"), "<div><h1>Bundesamt</h1></div>",
                     "<h1>Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum</h1>",
                     "Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum",
                     id="soft hyphens do not hide a metadata title"),
        pytest.param('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Building a worm box at home"}'
                     "</script><title>Worm boxes for small balconies | Garden Weekly</title>", "",
                     "<h1>Worm boxes for small balconies</h1><h1>Building a worm box at home</h1>",
                     "Building a worm box at home", id="the more trusted of two titles wins"),
    ],
)
def test_headline_from_html(head, before, h1, headline):
    html = page(f"{before}<article>{h1}<p>{PARA}</p></article>", head)
    assert newsparse.parse_html(html).headline == headline


def test_kicker_in_the_h1_is_split_off():
    head = '<meta property="og:title" content="Cycle lanes approved for the old town">'
    html = page(f'<article><h1><span class="kicker">Transport</span> Cycle lanes approved for the old town</h1>'
                f"<p>{PARA}</p></article>", head)
    a = newsparse.parse_html(html)
    assert a.headline == "Cycle lanes approved for the old town"
    assert "Transport" in [s.text for s in a.segments]


@pytest.mark.parametrize(
    "h1",
    [
        pytest.param("Harbour Lights review – a quiet film that stays with you", id="a dash joins the title's two parts"),
        pytest.param("Harbour Lights review - a quiet film that stays with you", id="a spaced hyphen"),
        pytest.param("\u201cWe will rebuild\u201d: a quiet film that stays with you", id="a quotation before a colon"),
    ],
)
def test_a_shortened_metadata_title_does_not_split_the_h1(h1):
    head = '<meta property="og:title" content="a quiet film that stays with you">'
    a = newsparse.parse_html(page(f"<article><h1>{h1}</h1><p>{PARA}</p></article>", head))
    assert a.headline == h1


# ---------------------------------------------------------------- properties


@given(rendered_html_articles())
def test_structure_is_recovered_from_html(page):
    assert_structure(newsparse.parse_html(page.html), page.article)


@given(rendered_html_articles(st.builds(HtmlNoise, described_deck=st.just(True), nav=st.booleans(),
                                        metadata=st.booleans(), share_bar=st.booleans(), inline_markup=st.booleans())))
def test_the_described_deck_comes_back_as_the_standfirst(page):
    # the standfirst in an <h2> of its own, unmarked, is the page's description
    assert_structure(newsparse.parse_html(page.html), page.article)


@given(rendered_html_articles())
def test_every_span_holds_its_line_in_the_source(page):
    # a generated page writes every word as it reads: each line is found where it stands
    _spans_hold_their_lines(page.html)


@given(st.text(max_size=300))
def test_any_text_as_html_does_not_crash(text):
    a = newsparse.parse_html(text)
    assert isinstance(a, newsparse.Article)


@given(st.binary(max_size=300))
def test_any_bytes_as_html_does_not_crash(data):
    assert isinstance(newsparse.parse_html(data), newsparse.Article)


@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<a href='#'>", "</a>", "<br>", "text ",
                                 "<script>", "</script>", "&amp;", "&#x0;", "<h1>", "</h1>", "<li>", "<!--", "-->"]),
                max_size=60))
def test_tag_soup_does_not_crash_and_is_deterministic(parts):
    html = "".join(parts)
    assert newsparse.parse_html(html) == newsparse.parse_html(html)


def test_render_html_is_valid_for_every_noise():
    from hypothesis import find

    article = find(rendered_html_articles(st.just(HtmlNoise())), lambda p: bool(p.article.related)).article
    full = HtmlNoise(*[True] * len(attrs.fields(HtmlNoise)))
    assert newsparse.parse_html(render_html(article, full)).body == article.body


def _read_whole_and_in_pieces(html):
    """(document, metadata) read from *html* given to the parser whole and in small pieces."""
    out = []
    for feed in (len(html) + 1, 7):
        with mock.patch.object(newsparse.html, "_FEED", feed):
            reader = MetaReader()
            out.append((linearise(html, reader), reader.result()))
    return out


@given(rendered_html_articles())
def test_pages_read_in_pieces_read_as_pages_given_whole(page):
    whole, pieces = _read_whole_and_in_pieces(page.html)
    assert pieces == whole


@given(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<a href='#'>", "</a>", "<br>", "text ", "<head>",
                                 "<script>", "</script>", "&amp;", "<h1>", "</h1>", "<li>", "<!--", "-->", "<table>",
                                 "<td>", "<b>", "</i>", "<title>", "<meta name='author' content='Jo'>", "</body>"]),
                max_size=40))
def test_tag_soup_read_in_pieces_reads_as_given_whole(parts):
    whole, pieces = _read_whole_and_in_pieces("".join(parts))
    assert pieces == whole


def test_reading_across_feed_boundaries():
    html = page("".join(f"<p>Paragraph {i} with <b>bold</b> and <a href='x'>a link</a> text.</p>" for i in range(3000)))
    assert len(html) > 3 * newsparse.html._FEED
    doc = linearise(html)
    assert len(doc.blocks) == 3000
    assert doc.blocks[1234][0] == "Paragraph 1234 with bold and a link text."




def test_a_related_link_inline_in_the_article():
    third = (
        "Shops along the route asked for loading bays, and the council agreed to keep two of them on every "
        "street where the new lanes run past a row of shops."
    )
    html = page(
        "<article><h1>Council approves cycle lanes</h1>"
        f"<p>{PARA}</p><p>Read more: <a href='/other'>Bridge repairs to start in May</a></p>"
        f"<h2>What happens next</h2><p>{PARA2}</p><p>Read more: <a href='/more'>Buses to run every ten minutes</a></p>"
        f"<p>{third}</p></article>"
    )
    a = newsparse.parse_html(html)
    assert [(r.heading, list(r.items)) for r in a.related] == [
        ("Read more:", ["Bridge repairs to start in May"]),
        ("Read more:", ["Buses to run every ten minutes"]),
    ]
    # the link is one item: the subheading and the paragraphs after it are the article's
    assert [b.text for b in a.body] == [PARA, "What happens next", PARA2, third]


def test_a_headline_under_the_article_leaves_the_article_its_body():
    # the page's title marked again below the article (a footer's heading): the article above stays body
    html = page(
        f"<article><p>{PARA}</p><p>{PARA2}</p></article><div><h1>Council approves cycle lanes</h1></div>",
        head='<meta property="og:title" content="Council approves cycle lanes">',
    )
    a = newsparse.parse_html(html)
    assert a.headline == "Council approves cycle lanes"
    assert [b.text for b in a.body] == [PARA, PARA2]


def test_an_element_left_open_in_noscript_hides_nothing_after_it():
    # libxml2 keeps <noscript> open while an element inside it is: the page after it (here a menu
    # and the article, more elements than any fallback holds) had read as hidden
    menu = "<ul>" + "".join(f"<li><a href='/s{k}'>Section {k}</a></li>" for k in range(30)) + "</ul>"
    html = page(
        f'<noscript><div id="nojs"></noscript><nav>{menu}</nav>'
        f"<article><h1>Council approves cycle lanes</h1><p>{PARA}</p><p>{PARA2}</p></article>"
    )
    a = newsparse.parse_html(html)
    assert a.headline == "Council approves cycle lanes"
    assert [b.text for b in a.body] == [PARA, PARA2]


def test_a_noscript_fallback_is_read_once():
    html = page(f"<noscript><img src='/pixel.gif'></noscript><article><h1>Cycle lanes</h1><p>{PARA}</p></article>")
    with mock.patch.object(newsparse.html, "_without_noscript_content", side_effect=AssertionError):
        assert [b.text for b in newsparse.parse_html(html).body] == [PARA]


def test_a_date_in_the_article_container_does_not_end_the_article():
    """The short lines the article's container holds after its prose are body, and a date
    among them (an event's) does not end the article: what follows it in the container is
    body too, the footer after the container is not."""
    html = page(
        "<article><h1>The palace returns to the stage</h1>"
        f"<p>{PARA}</p><p>{PARA2}</p>"
        "<p>The Palace: Jang Noksu</p><p>2018.04.05 ~ OPEN RUN</p>"
        "<p>Tue – Sat 4PM (Closed on Sun &amp; Mon)</p><p>Viewing age of 48 months and above</p></article>"
        "<footer><p>Imprint</p><p>Privacy</p></footer>"
    )
    body = [b.text for b in newsparse.parse_html(html).body]
    assert body[-2:] == ["Tue – Sat 4PM (Closed on Sun & Mon)", "Viewing age of 48 months and above"]
    assert "Imprint" not in body


@given(st.text(st.sampled_from("aB9 é.-日Ü'"), max_size=40), st.integers(0, 45))
def test_last_word_is_the_last_word_found_from_pos(text: str, pos: int) -> None:
    """The last word of a line's tail, found from its last piece first, is the last word a
    scan of the whole tail finds."""
    last = None
    for last in newsparse.html._WORDISH.finditer(text, pos):
        pass
    expected = (last.start(), last.group()) if last is not None else None
    assert newsparse.html._last_word(text, pos) == expected


def test_a_chinese_titles_site_name_and_a_hidden_copy_of_the_title():
    """A Chinese page's <title> sets no spaces around the separator before the site's name
    (``标题！-新华网``): the headline part is a title too; the line showing it is the headline,
    not a hidden copy of the whole <title> (a share widget's)."""
    para = ("1月23日，武汉全面封闭离汉通道时，武汉三镇尚有900多万人口，其中不少人是满怀一年的期盼，"
            "千里迢迢、从四面八方回汉和亲人团聚。一个个普通的家庭，猝不及防地扎进了历史的大事件中。")
    html = page(
        '<div class="h-title">武汉的声音：有英勇的你，才有英雄的城！</div>'
        f"<p>{para}</p><p>{para}</p>"
        '<div style="display:none"><div class="share-title">武汉的声音：有英勇的你，才有英雄的城！-新华网</div></div>',
        head="<title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title>",
    )
    assert newsparse.parse_html(html).headline == "武汉的声音：有英勇的你，才有英雄的城！"
    from newsparse.meta import _title_parts

    assert _title_parts("标题的内容很长_新华网", frozenset())[1] == "标题的内容很长"
    assert _title_parts("Anti-war protest", frozenset()) == ["Anti-war protest"]


_DECK = "Protected lanes will run along the river and through the old town, the council said after a long debate."


@pytest.mark.parametrize(
    "deck_element",
    [f"<h2>{_DECK}</h2>", f'<div class="article__summary">{_DECK}</div>'],
)
def test_the_metadata_description_set_apart_is_the_standfirst(deck_element):
    head = f'<meta name="description" content="{_DECK}"><meta property="og:description" content="{_DECK}">'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1>{deck_element}<p>{PARA}</p><p>{PARA2}</p></article>", head))
    assert a.standfirst == _DECK
    assert a.body_text == f"{PARA}\n\n{PARA2}"


@pytest.mark.parametrize(
    "body",
    [
        # the description copied from the first paragraph: a paragraph, or an element like the next
        f"<p>{_DECK}</p><p>{PARA}</p><p>{PARA2}</p>",
        f"<div>{_DECK}</div><div>{PARA}</div><div>{PARA2}</div>",
    ],
)
def test_the_first_paragraph_copied_into_the_description_stays_body(body):
    head = f'<meta name="description" content="{_DECK}">'
    a = newsparse.parse_html(page(f"<article><h1>Cycle lanes approved</h1>{body}</article>", head))
    assert a.standfirst is None
    assert a.body_text.startswith(_DECK)


def test_the_json_ld_description_is_a_summary():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Cycle lanes approved", '
            f'"description": "{_DECK}"}}</script>')
    a = newsparse.parse_html(page(f"<h1>Cycle lanes approved</h1><h3>{_DECK}</h3><p>{PARA}</p><p>{PARA2}</p>", head))
    assert a.standfirst == _DECK


def test_a_link_to_the_authors_page_names_the_author():
    # rel="author" marks the link to the author's page (no marker, no class): its text is the author
    # (a user name, which no rule takes for a name by itself)
    bar = '<div class="top-bar"><a href="/author/jd/" title="Posts by jdoe42" rel="author">jdoe42</a></div>'
    a = newsparse.parse_html(page(f"<article>{bar}<h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p></article>"))
    assert a.authors == ("jdoe42",)
    plain = bar.replace('rel="author"', 'rel="nofollow"')
    a = newsparse.parse_html(page(f"<article>{plain}<h1>Cycle lanes approved</h1><p>{PARA}</p><p>{PARA2}</p></article>"))
    assert a.authors == ()


def test_the_class_flags_kept_across_pages_stay_bounded():
    # the flags of class values are kept from page to page, short values only, and the store is
    # emptied before a page once it holds more than its bound
    long_value = "x" * 300 + " share"
    html = page(f'<div class="{long_value}"><a>Facebook</a></div><div class="story-body"><p class="story-text">{PARA}</p></div>')
    with mock.patch.object(newsparse.html, "_CLASS_FLAGS_CACHE_SIZE", 1):
        newsparse.parse_html(html)
        assert long_value not in newsparse.html._CLASS_FLAGS_CACHE and "story-body" in newsparse.html._CLASS_FLAGS_CACHE
        newsparse.parse_html(page(f'<div class="other-{len(html)}"><p>{PARA}</p></div>'))
        assert "story-body" not in newsparse.html._CLASS_FLAGS_CACHE
