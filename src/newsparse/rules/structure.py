"""HTML evidence as data: which tags, class/id tokens, ``itemprop`` and ARIA
roles mark what.

Class and id attributes are split into lower-case tokens at every character
that is not a letter or digit (``post-share_buttons`` gives ``post``,
``share``, ``buttons``); a token listed here sets its flag on the element and
everything inside it.  Flags are evidence, not verdicts: the classifier lets
long prose inside a ``share`` box stay text.
"""

from __future__ import annotations

# Structural flags (bits).
NAV = 1 << 0
FOOTER = 1 << 1
ASIDE = 1 << 2
FORM = 1 << 3
FIGURE = 1 << 4
FIGCAPTION = 1 << 5
BLOCKQUOTE = 1 << 6
ARTICLE = 1 << 7
HIDDEN = 1 << 8
SHARE = 1 << 9
RELATED = 1 << 10
NEWSLETTER = 1 << 11
ADVERTISEMENT = 1 << 12
CAPTION = 1 << 13
CREDIT = 1 << 14
BYLINE = 1 << 15
DATE = 1 << 16
COMMENTS = 1 << 17
COOKIE = 1 << 18
MENU = 1 << 19
SIDEBAR = 1 << 20
PAYWALL = 1 << 21
TAGS = 1 << 22
HEADLINE = 1 << 23
HEADER = 1 << 24
STANDFIRST = 1 << 25
#: the name of a byline's author (hCard's ``fn``): read apart, where it ends, inside a byline
AUTHOR_NAME = 1 << 26

#: Flags set by the element itself.
TAG_FLAGS: dict[str, int] = {
    "nav": NAV,
    "footer": FOOTER,
    "aside": ASIDE,
    "form": FORM,
    "button": FORM,
    "label": FORM,
    "figure": FIGURE,
    "figcaption": FIGCAPTION,
    "blockquote": BLOCKQUOTE,
    "article": ARTICLE,
    "main": ARTICLE,
    "time": DATE,
    "header": HEADER,
}

#: Flags set by a class or id token.
CLASS_FLAGS: dict[str, int] = {
    **dict.fromkeys(("share", "sharing", "sharebar", "social", "socials", "sharethis", "addthis", "shariff"), SHARE),
    **dict.fromkeys(
        ("related", "recommended", "recommendations", "recirculation", "outbrain", "taboola", "readmore", "morestories"),
        RELATED,
    ),
    **dict.fromkeys(("newsletter", "newsletters", "subscribe", "subscription", "signup"), NEWSLETTER),
    **dict.fromkeys(
        ("ad", "ads", "advert", "adverts", "advertisement", "advertising", "adsbygoogle", "sponsored", "promo", "dfp"),
        ADVERTISEMENT,
    ),
    **dict.fromkeys(("caption", "figcaption", "captions"), CAPTION),
    **dict.fromkeys(("credit", "credits", "copyright", "photographer", "license", "licence"), CREDIT),
    **dict.fromkeys(("byline", "author", "authors", "writer", "bylines"), BYLINE),
    "fn": AUTHOR_NAME,
    "authorname": BYLINE | AUTHOR_NAME,  # (an author's name, wherever it stands: "authorname-txt")
    **dict.fromkeys(("date", "dateline", "timestamp", "published", "pubdate", "datetime"), DATE),
    **dict.fromkeys(("comment", "comments", "disqus", "discussion", "respond"), COMMENTS),
    **dict.fromkeys(("cookie", "cookies", "consent", "gdpr", "cmp"), COOKIE),
    **dict.fromkeys(("nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "skip"), MENU),
    **dict.fromkeys(("footer",), FOOTER),
    **dict.fromkeys(("sidebar", "widget", "widgets", "rail"), SIDEBAR),
    **dict.fromkeys(("paywall",), PAYWALL),
    **dict.fromkeys(("tags", "tagcloud", "keywords", "topics", "terms"), TAGS),
    **dict.fromkeys(
        ("standfirst", "dek", "deck", "lede", "lead", "leadin", "intro", "teaser", "summary", "subtitle",
         "subheadline", "excerpt", "abstract", "strapline", "sapo", "chapo", "chapeau", "vorspann", "bajada",
         "entradilla", "occhiello", "sommario", "description"),
        STANDFIRST,
    ),
}

#: Class-name prefixes with which a page builder names every block it lays out
#: (``elementor-widget``, ``elementor-widget-container``, ``elementor-widget-heading``):
#: they say nothing of the block, so they are dropped before the class is split, and
#: only what follows names its kind (``elementor-widget-share-buttons``: ``share``).
BUILDER_CLASS_PREFIXES: tuple[str, ...] = ("elementor-widget",)

#: Flags set by an ``itemprop`` value (lower case).
ITEMPROP_FLAGS: dict[str, int] = {
    "articlebody": ARTICLE,
    "headline": HEADLINE,
    "author": BYLINE,
    "name": AUTHOR_NAME,  # (read as an author's name only inside a byline)
    "datepublished": DATE,
    "datemodified": DATE,
    "description": STANDFIRST,
    "alternativeheadline": STANDFIRST,
}

#: Flags set by a link type in a ``rel`` value (lower case): ``rel="author"`` marks a link to the
#: author's page, whose text is the author's name.
REL_FLAGS: dict[str, int] = {
    "author": BYLINE | AUTHOR_NAME,
}

#: Flags set by an ARIA ``role``.
ROLE_FLAGS: dict[str, int] = {
    "navigation": NAV,
    "contentinfo": FOOTER,
    "complementary": ASIDE,
    "main": ARTICLE,
    "search": FORM,
}

#: Flags that make a line that is not long prose boilerplate, in priority order,
#: with the boilerplate kind and the rule name.
BOILERPLATE_FLAGS: tuple[tuple[int, str, str], ...] = (
    (COOKIE, "cookie", "html.cookie"),
    (COMMENTS, "comments", "html.comments"),
    (NAV, "navigation", "html.nav"),
    (MENU, "navigation", "html.menu"),
    (SHARE, "share", "html.share"),
    (NEWSLETTER, "newsletter", "html.newsletter"),
    (PAYWALL, "paywall", "html.paywall"),
    (ADVERTISEMENT, "advertisement", "html.advertisement"),
    (FOOTER, "footer", "html.footer"),
    (TAGS, "navigation", "html.tags"),
    (FORM, "other", "html.form"),
    (SIDEBAR, "other", "html.sidebar"),
    (ASIDE, "other", "html.aside"),
)

#: Flags that point at the article rather than at furniture: kept even on a
#: frame that holds most of the page's prose.
POSITIVE = ARTICLE | HEADLINE | BLOCKQUOTE | HEADER | STANDFIRST

#: Flags of page furniture: menus, footers, sidebars, tag lists, share and comment boxes.
#: Class tokens of an embedded post (``social-media-embed``, ``twitter-tweet``): quoted
#: content of the article, not a share widget, though its classes may say "social".
EMBED_TOKENS = frozenset(("embed", "embedded", "oembed", "tweet"))

FURNITURE = NAV | MENU | FOOTER | SIDEBAR | TAGS | SHARE | COMMENTS | RELATED | ASIDE

#: Flags that make even long prose boilerplate (comment threads, consent banners).
PROSE_BOILERPLATE = COOKIE | COMMENTS
