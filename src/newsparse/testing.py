"""Hypothesis strategies that generate news articles and render them as raw text or HTML.

Use them to test a scraper built on newsparse, or newsparse itself:

>>> import newsparse
>>> from hypothesis import given, settings
>>> from newsparse.testing import rendered_articles
>>> @settings(max_examples=20, deadline=None)
... @given(rendered_articles())
... def test_my_pipeline(page):
...     result = newsparse.parse(page.text)  # (your pipeline here)
...     assert result.headline == page.article.headline
>>> test_my_pipeline()

:func:`articles` draws the structure (a :class:`GeneratedArticle`);
:func:`render_text` lays it out the way scrapers see pages, with real-world
noise chosen by :class:`Noise`: glued widget labels, a caption shown twice,
non-breaking and zero-width spaces, CRLF line ends, a menu before the article
and a link list after it, the page's scripts and styles kept, every text node
on a line of its own (a paragraph split at its links).  :func:`render_html` lays it out as a page's HTML
with the furniture chosen by :class:`HtmlNoise` (navigation, share bar,
figures, asides, comments, scripts, metadata).  Requires the ``hypothesis``
package (the ``test`` extra).
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import json
from typing import TypeVar

import attrs
from hypothesis import strategies as st

from newsparse.model import BodyBlock, Caption, RelatedBlock

__all__ = [
    "GeneratedArticle",
    "HtmlNoise",
    "Noise",
    "RenderedArticle",
    "RenderedHtmlArticle",
    "articles",
    "headlines",
    "html_noise",
    "noise",
    "paragraphs",
    "person_names",
    "render_html",
    "render_text",
    "rendered_articles",
    "rendered_html_articles",
    "sentences",
]

_FIRST = ("Maria", "Tom", "Anna", "James", "Priya", "Lena", "Omar", "Sofia", "Daniel", "Yuki", "Carlos", "Grace")
_LAST = ("Lindqvist", "Okafor", "Fischer", "Raman", "Moreau", "Novak", "Hughes", "Tanaka", "Silva", "Brennan")
_NOUNS = (
    "council", "minister", "company", "river", "harbour", "school", "hospital", "railway", "museum", "court",
    "union", "festival", "market", "bridge", "village", "police", "budget", "report", "team", "airport",
)
_ADJECTIVES = ("new", "old", "local", "national", "small", "large", "northern", "public", "private", "early")
_VERBS = ("approved", "rejected", "opened", "closed", "delayed", "announced", "reviewed", "funded", "blocked", "planned")
_PLACES = ("the city", "the region", "the capital", "the coast", "the valley", "the north", "the old town")
_TIMES = ("on Monday", "on Tuesday", "last week", "this year", "in March", "after a long debate", "for the first time")
_HEAD_VERBS = ("approves", "rejects", "opens", "delays", "announces", "reviews", "funds", "blocks", "plans")
_RELATED_HEADINGS = ("You might also like", "Read more", "Most popular", "Related articles", "More stories")
_MENU = ("Home", "News", "World", "Business", "Sport", "Arts/Culture", "Sign in")
_FOOTER = ("About us", "Contact us", "Privacy Policy", "Terms of Use")
_SHARE_RUN = ("Facebook", "Twitter", "WhatsApp", "Email")
_COMMENT = (
    "Harbourwatcher says:",
    "The council should have done this years ago, and the whole town has been waiting for it since the storm.",
    "Reply",
)
#: The comments :attr:`Noise.comment_thread` renders.
_THREAD = (
    "harbourfan",
    "2 days ago at 07:52 am",
    "I think the ferry should have come back a year ago, but it is good to see the town finally doing something about it.",
    "Rating: 36 Votes",
    "islander42",
    "2 days ago at 07:47 am",
    "We waited two years for this and the fare has not even gone up, which is more than I expected from the council.",
    "Rating: 25 Votes",
)
_AGENCIES = ("AP", "Reuters", "AFP")
_SUBHEADINGS = ("What happens next", "Why it matters", "Reaction in the region", "The background")


def person_names() -> st.SearchStrategy[str]:
    """A first and a last name."""
    return st.builds(lambda f, s: f"{f} {s}", st.sampled_from(_FIRST), st.sampled_from(_LAST))


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One plain news sentence, ending with a full stop."""
    adj, noun = draw(st.sampled_from(_ADJECTIVES)), draw(st.sampled_from(_NOUNS))
    verb, obj = draw(st.sampled_from(_VERBS)), draw(st.sampled_from(_NOUNS))
    place, time = draw(st.sampled_from(_PLACES)), draw(st.sampled_from(_TIMES))
    tail = draw(
        st.sampled_from(
            (
                "and said that the decision would be reviewed again before the end of the year",
                "which was the first such plan in more than a decade",
                "although several members said they had not been consulted about it",
                "after residents had asked for the change for many years",
            )
        )
    )
    return f"The {adj} {noun} in {place} {verb} the plan for the {obj} {time}, {tail}."


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """Two to four sentences."""
    return " ".join(draw(st.lists(sentences(), min_size=2, max_size=4)))


@st.composite
def headlines(draw: st.DrawFn) -> str:
    """A headline: capitalised, no final full stop."""
    adj, noun = draw(st.sampled_from(_ADJECTIVES)), draw(st.sampled_from(_NOUNS))
    verb, obj = draw(st.sampled_from(_HEAD_VERBS)), draw(st.sampled_from(_NOUNS))
    place = draw(st.sampled_from(_PLACES))
    return f"{adj.capitalize()} {noun} {verb} {obj} plan for {place}"


@attrs.frozen
class GeneratedArticle:
    """The structure of a generated article: what parsing its text should recover."""

    headline: str
    standfirst: str | None
    byline_text: str
    authors: tuple[str, ...]
    agencies: tuple[str, ...]
    captions: tuple[Caption, ...]
    body: tuple[BodyBlock, ...]
    related: tuple[RelatedBlock, ...]
    published: _dt.date | None = None


@st.composite
def articles(draw: st.DrawFn) -> GeneratedArticle:
    """A generated article: headline, optional standfirst, byline, captions, body and related block."""
    authors = tuple(draw(st.lists(person_names(), min_size=1, max_size=2, unique=True)))
    agencies = tuple(draw(st.lists(st.sampled_from(_AGENCIES), max_size=1)))
    byline = "By " + " and ".join(authors) + (f" with {agencies[0]}" if agencies else "")
    captions = tuple(
        Caption(draw(headlines()) + " on " + draw(st.sampled_from(("Monday", "Friday", "Sunday"))), credit)
        for credit in draw(
            st.lists(st.builds(lambda a, n: f"{a} Photo/{n}", st.sampled_from(_AGENCIES), person_names()), max_size=1)
        )
    )
    body: list[BodyBlock] = [BodyBlock("paragraph", p) for p in draw(st.lists(paragraphs(), min_size=3, max_size=7))]
    if draw(st.booleans()) and len(body) >= 4:
        at = draw(st.integers(2, len(body) - 1))
        body.insert(at, BodyBlock("subheading", draw(st.sampled_from(_SUBHEADINGS))))
    related: tuple[RelatedBlock, ...] = ()
    if draw(st.booleans()):
        items = tuple(draw(st.lists(headlines(), min_size=2, max_size=5, unique=True)))
        related = (RelatedBlock(draw(st.sampled_from(_RELATED_HEADINGS)), items),)
    standfirst = draw(st.one_of(st.none(), sentences()))
    published = draw(st.one_of(st.none(), st.dates(_dt.date(2000, 1, 1), _dt.date(2030, 12, 31))))
    return GeneratedArticle(
        headline=draw(headlines()),
        standfirst=standfirst,
        byline_text=byline,
        authors=authors,
        agencies=agencies,
        captions=captions,
        body=tuple(body),
        related=related,
        published=published,
    )


@attrs.frozen
class Noise:
    """Which kinds of real-world noise :func:`render_text` adds."""

    glued_widgets: bool = False
    caption_twice: bool = False
    credit_below: bool = False
    nbsp: bool = False
    zero_width: bool = False
    crlf: bool = False
    menu: bool = False
    footer: bool = False
    #: the page's scripts and styles kept, as BeautifulSoup's ``get_text()`` keeps them:
    #: tracking code, CSS and the article's JSON-LD before the text, an ad loader after the body
    scripts: bool = False
    #: every text node on a line of its own, as ``get_text("\n")`` gives them: each paragraph's
    #: first sentence split at two links (``... the plan for the`` / ``market`` / ``last week`` / ``, after ...``)
    split_at_links: bool = False
    #: a share bar after the body whose labels are joined by single spaces, as a page's
    #: buttons give them (``Facebook Twitter WhatsApp Email``)
    share_run: bool = False
    #: the menu's labels written twice, for small and large screens (``NewsNews``)
    doubled_labels: bool = False
    #: a blog's comments after the related blocks, under a heading that quotes the title
    #: (``2 thoughts on “Title”``)
    comments: bool = False
    #: a thread of readers' comments right under the body, under a comments heading, each
    #: comment its reader's name, a relative time with the time of day (``2 days ago at 07:52 am``),
    #: its text and its votes
    comment_thread: bool = False
    #: the date in the blog's note under the post, not under the byline (``This entry was
    #: posted on Monday, March 4, 2024 at 10:30 am and is filed under News.``)
    post_note: bool = False
    #: the date only in a kicker over the headline, with the section's words after it
    #: (``04.03.2024 | Harbour news from the old town and the coast``), not in a stamp
    dated_kicker: bool = False
    #: a recipe under the article: :data:`RECIPE`, its ingredients and steps under their
    #: headings, one line each (the ingredients too short to score as prose)
    recipe: bool = False


#: The recipe :attr:`Noise.recipe` renders under the article, as the body blocks it adds.
RECIPE = (
    BodyBlock("subheading", "Ingredients"),
    *(BodyBlock("list_item", x) for x in ("250 g flour", "2 eggs", "1 pinch of salt", "300 ml milk", "Butter")),
    BodyBlock("subheading", "Directions"),
    *(
        BodyBlock("paragraph", x)
        for x in (
            "Whisk the flour, the eggs and the salt in a large bowl.",
            "Add the milk a little at a time and stir until the batter is smooth.",
            "Melt some butter in a hot pan and bake the pancakes until golden.",
        )
    ),
)


_Flags = TypeVar("_Flags", bound=attrs.AttrsInstance)


def _any_flags(flags: type[_Flags]) -> st.SearchStrategy[_Flags]:
    """Instances of the attrs class *flags* with every boolean field drawn."""
    return st.builds(flags, **{f.name: st.booleans() for f in attrs.fields(flags)})


def noise() -> st.SearchStrategy[Noise]:
    """Any combination of :class:`Noise` flags."""
    return _any_flags(Noise)


def render_text(article: GeneratedArticle, how: Noise = Noise()) -> str:
    """Lay *article* out as the raw text a scraper gets, with the noise in *how*."""
    lines: list[str] = []
    if how.scripts:
        lines += [*_HEAD_SCRIPT, _json_ld(article), ""]
    if how.menu:
        lines += [*(f"{m}{m}" if how.doubled_labels else m for m in _MENU), ""]
    if article.published and how.dated_kicker:
        lines.append(f"{article.published:%d.%m.%Y} | Harbour news from the old town and the coast")
    lines += [article.headline, ""]
    if article.standfirst:
        lines += [article.standfirst, ""]
    lines.append(article.byline_text)
    if article.published and not how.post_note and not how.dated_kicker:
        lines.append(f"Published on {article.published:%d/%m/%Y} - 10:30")
    lines.append("Share this articleComments" if how.glued_widgets else "Share this article")
    lines.append("")
    for cap in article.captions:
        if how.caption_twice:
            lines.append(cap.text or "")
        if how.credit_below:
            lines += [cap.text or "", f"Photo: {cap.credit}", ""]
        else:
            lines += [f"{cap.text} Copyright {cap.credit}", ""]
    for block in article.body:
        lines += [*(_split_at_links(block.text) if how.split_at_links else [block.text]), ""]
    if how.recipe:
        lines += [*(block.text for block in RECIPE), ""]
    if article.published and how.post_note:
        lines += [_post_note(article.published), ""]
    if how.share_run:
        lines += [" ".join(_SHARE_RUN), ""]
    if how.comment_thread:
        lines += ["[ 2 comments ]", "Top Rated Comments", *_THREAD, ""]
    if how.scripts:
        lines += [*_AD_SCRIPT, ""]
    for rel in article.related:
        lines += [rel.heading or "", *rel.items, ""]
    if how.comments:
        lines += [f"2 thoughts on “{article.headline}”", "", *_COMMENT, ""]
    if how.footer:
        lines += [*_FOOTER, "© 2024 Example Media Ltd. All rights reserved."]

    def dress(line: str) -> str:
        if how.nbsp:
            line = line.replace(" the ", " the\u00a0", 1)
        if how.zero_width and line:
            line = line + "\u200b"
        return line

    newline = "\r\n" if how.crlf else "\n"
    return newline.join(dress(line) for line in lines) + newline


#: A page's tracking code and styles, as they stand in its text when its scripts are kept.
_HEAD_SCRIPT = (
    "window.dataLayer = window.dataLayer || [];",
    "function gtag(){dataLayer.push(arguments);}",
    "gtag('js', new Date());",
    "gtag('config', 'G-0000000000');",
    ".ad-slot { display: none; }",
    "body { margin: 0; }",
)
_AD_SCRIPT = (
    "(function() {",
    "var s = document.createElement('script');",
    "s.src = 'https://ads.example.com/loader.js';",
    "document.head.appendChild(s);",
    "})();",
)


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def _post_note(day: _dt.date) -> str:
    """A blog theme's note under the post saying when it was posted (English names, whatever the locale)."""
    return (
        f"This entry was posted on {_WEEKDAYS[day.weekday()]}, {_MONTHS[day.month - 1]} {day.day}, {day.year} "
        "at 10:30 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed."
    )


def _split_at_links(paragraph: str) -> list[str]:
    """*paragraph* as ``get_text("\\n")`` gives it when its first sentence links the
    plan's object and the time (see :func:`sentences`): the text nodes, one a line."""
    lead, comma, rest = paragraph.partition(", ")
    head, _, time = lead.partition(" plan for the ")
    obj, _, time = time.partition(" ")
    if not (comma and time):
        return [paragraph]
    return [f"{head} plan for the", obj, time, f", {rest}"]


def _json_ld(article: GeneratedArticle) -> str:
    """The article's schema.org JSON-LD, on one line."""
    data: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "author": [{"@type": "Person", "name": name} for name in article.authors],
    }
    if article.published:
        data["datePublished"] = article.published.isoformat()
    return json.dumps(data, ensure_ascii=False)


@attrs.frozen
class RenderedArticle:
    """A generated article and the raw text it was rendered as (the article with what the
    noise adds to it: a recipe's blocks in its body)."""

    article: GeneratedArticle
    text: str
    noise: Noise


@st.composite
def rendered_articles(draw: st.DrawFn, noise_strategy: st.SearchStrategy[Noise] | None = None) -> RenderedArticle:
    """A generated article rendered as raw text with drawn noise; the article is what
    parsing the text should give (a recipe the noise adds is part of its body)."""
    article = draw(articles())
    how = draw(noise_strategy if noise_strategy is not None else noise())
    text = render_text(article, how)
    if how.recipe:
        article = attrs.evolve(article, body=(*article.body, *RECIPE))
    return RenderedArticle(article, text, how)


@attrs.frozen
class HtmlNoise:
    """Which page furniture and markup habits :func:`render_html` adds."""

    nav: bool = False
    share_bar: bool = False
    aside: bool = False
    comments: bool = False
    scripts: bool = False
    metadata: bool = False
    #: the whole page inside one wrapper element (an ASP.NET ``<form>``)
    page_wrapper: bool = False
    #: links and emphasis inside paragraphs, entities for quotes and spaces
    inline_markup: bool = False
    footer: bool = False
    #: a figure's credit in its own element, above the caption's text (as the BBC's
    #: ``Image copyright ...`` over ``Image caption ...``)
    credit_first: bool = False
    #: the byline as a blog theme writes it: each name marked (hCard's ``fn``), and without
    #: agencies the post's category in an element right after it, no space between
    #: (``By Jane Doein Politics`` as the browser renders it)
    vcard_byline: bool = False
    #: the standfirst given as the page's description (``<meta name="description">``,
    #: ``og:description``) and shown in an ``<h2>`` of its own, not marked as a summary
    described_deck: bool = False


def html_noise() -> st.SearchStrategy[HtmlNoise]:
    """Any combination of :class:`HtmlNoise` flags."""
    return _any_flags(HtmlNoise)


def _esc(text: str) -> str:
    return _html.escape(text, quote=False)


def _inline(text: str, how: HtmlNoise) -> str:
    """A paragraph's HTML: escaped, with a link and an entity when *how* asks for markup."""
    out = _esc(text)
    if how.inline_markup:
        out = out.replace(" the ", " the&nbsp;", 1)
        words = out.split(" ")
        if len(words) > 6:
            words[3] = f'<a href="/topic/{len(words)}">{words[3]}</a>'
            words[5] = f"<em>{words[5]}</em>"
        out = " ".join(words)
    return out


def _byline_html(article: GeneratedArticle, how: HtmlNoise) -> str:
    """The byline's element (see :attr:`HtmlNoise.vcard_byline`)."""
    if not how.vcard_byline:
        return f'<div class="byline">{_esc(article.byline_text)}</div>'
    names = " and ".join(f'<span class="author vcard"><a class="url fn n" href="/author/{k}/">{_esc(a)}</a></span>'
                         for k, a in enumerate(article.authors))
    after = f" with {_esc(article.agencies[0])}" if article.agencies else '<span class="cat-links">in <a href="/c/">Politics</a></span>'
    return f'<div class="entry-meta"><span class="byline">By {names}</span>{after}</div>'


def render_html(article: GeneratedArticle, how: HtmlNoise = HtmlNoise()) -> str:
    """Lay *article* out as a news page's HTML, with the furniture in *how*."""
    head = [f"<title>{_esc(article.headline)} | Example News</title>", '<meta charset="utf-8">']
    if how.metadata:
        meta = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": article.headline,
                "author": [{"@type": "Person", "name": a} for a in article.authors]}
        if article.published:
            meta["datePublished"] = article.published.isoformat()
        head.append(f'<script type="application/ld+json">{json.dumps(meta)}</script>')
    if how.described_deck and article.standfirst:
        summary = _html.escape(article.standfirst)
        head += [f'<meta name="description" content="{summary}">', f'<meta property="og:description" content="{summary}">']
    if how.scripts:
        head.append("<style>body { font-family: serif }</style>")
    body: list[str] = []
    if how.nav:
        body.append('<nav class="main-menu"><ul>' + "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in _MENU)
                    + "</ul></nav>")
    body.append("<article>")
    body.append(f"<h1>{_esc(article.headline)}</h1>")
    if article.standfirst:
        deck = "<h2>{}</h2>" if how.described_deck else '<p class="standfirst">{}</p>'
        body.append(deck.format(_esc(article.standfirst)))
    body.append(_byline_html(article, how))
    if article.published:
        body.append(f'<time datetime="{article.published.isoformat()}">{article.published:%d %B %Y}</time>')
    if how.share_bar:
        body.append('<div class="share-tools"><a href="#">Facebook</a><a href="#">Twitter</a><a href="#">Email</a></div>')
    for cap in article.captions:
        if how.credit_first:
            caption = f"<span class=\"credit\">Photo: {_esc(cap.credit or '')}</span><p>{_esc(cap.text or '')}</p>"
        else:
            caption = f"{_esc(cap.text or '')} Photo: {_esc(cap.credit or '')}"
        body.append(f'<figure><img src="/photo.jpg" alt="{_html.escape(cap.text or "")}">'
                    f"<figcaption>{caption}</figcaption></figure>")
    if how.scripts:
        body.append("<script>window.dataLayer = [{'page': 'article'}]; if (a < b) { track(); }</script>")
    for block in article.body:
        if block.kind == "subheading":
            body.append(f"<h2>{_esc(block.text)}</h2>")
        else:
            body.append(f"<p>{_inline(block.text, how)}</p>")
    body.append("</article>")
    if how.aside or article.related:
        for rel in article.related:
            items = "".join(f'<li><a href="/a/{k}">{_esc(t)}</a></li>' for k, t in enumerate(rel.items))
            body.append(f'<aside class="related"><h3>{_esc(rel.heading or "")}</h3><ul>{items}</ul></aside>')
    if how.comments:
        body.append('<section id="comments"><h3>3 comments</h3><p>I think the council should have asked the '
                    "people who live here before deciding anything about this, as usual.</p></section>")
    if how.footer:
        body.append("<footer><ul>" + "".join(f"<li><a>{f}</a></li>" for f in _FOOTER)
                    + "</ul><p>&copy; 2024 Example Media Ltd. All rights reserved.</p></footer>")
    inner = "".join(body)
    if how.page_wrapper:
        inner = f'<form id="aspnetForm" method="post" action="./">{inner}</form>'
    return f"<!DOCTYPE html><html><head>{''.join(head)}</head><body>{inner}</body></html>"


@attrs.frozen
class RenderedHtmlArticle:
    """A generated article and the HTML it was rendered as."""

    article: GeneratedArticle
    html: str
    noise: HtmlNoise


@st.composite
def rendered_html_articles(
    draw: st.DrawFn, noise_strategy: st.SearchStrategy[HtmlNoise] | None = None
) -> RenderedHtmlArticle:
    """A generated article rendered as HTML with drawn furniture."""
    article = draw(articles())
    how = draw(noise_strategy if noise_strategy is not None else html_noise())
    return RenderedHtmlArticle(article, render_html(article, how), how)
