"""Decide a role for every line: local rules first, then context.

Local rules look at one line at a time and are kept in :data:`LOCAL_RULES`,
an ordered registry of named functions (the first that answers wins).
:func:`classify` then runs the context stages, each in its own module:
:mod:`~newsparse.captions`, :mod:`~newsparse.body` (the article region, the
best-scoring run of lines after Pasternack & Roth's maximum subsequence,
related and body blocks) and :mod:`~newsparse.head` (headline, standfirst,
bylines without a marker).  Every decision carries the name of its rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Mapping, Sequence

import attrs

from newsparse.body import (
    article_region,
    fill_container,
    first_paragraph,
    mark_body,
    mark_comment_threads,
    mark_recipe,
    mark_related,
    region_to_the_end,
)
from newsparse.byline import (
    is_newsroom,
    name_and_title,
    name_with_agency_title,
    names_follow,
    opens_with_newsroom_or_agency,
    parse_byline,
    strip_trailing_labels,
)
from newsparse.captions import (
    CREDIT_WORDS,
    UNCLAIMED_CREDIT,
    UNDER_CAPTION,
    all_capitalised,
    find_captions,
    is_bare_credit,
    join_figure_parts,
    pair_credits,
    slashed_like_credit,
    slashed_menu,
    strip_credit_markers,
    trailing_credit,
    unbracket,
)
from newsparse.dates import DATED_PARAGRAPHS, MAX_DATED_TEXT, DateFinder, Stamp
from newsparse.features import (
    BAD,
    GOOD,
    NEAR,
    SHORT,
    Features,
    caseless,
    describe,
    is_name_like,
    languages_of,
    opens_with_wire_dateline,
)
from newsparse.features import WORD as _WORD
from newsparse.head import HANDLES, find_bare_byline, find_headline, find_standfirst
from newsparse.html import BLOCK_TAGS, NO_TITLES, Hints
from newsparse.lines import Lines
from newsparse.rules import DATE_MARK, Lexicon, common, phrase_key
from newsparse.rules import structure as S
from newsparse.tags import POST_NOTE, Context, Tag, shared_tag

#: Which boilerplate kind wins when a phrase belongs to several.
KIND_PRIORITY = ("share", "comments", "newsletter", "paywall", "cookie", "advertisement", "footer", "navigation", "other")


# (an e-mail address's domain as one run: "[\w-]+(?:\.[\w-]+)+" would nest repeats)
_HANDLE = re.compile(r"\A(?:@\w{2,30}|[\w.+-]+@[\w-]+\.[\w.-]*[\w-]|https?://\S+|www\.\S+)\Z")


LocalRule = Callable[[int, Context], "Tag | None"]


def _kind_of(categories: frozenset[str]) -> str:
    for kind in KIND_PRIORITY:
        if kind in categories:
            return kind
    return "other"


def rule_structure(i: int, ctx: Context) -> Tag | None:
    """HTML evidence: hidden text, and furniture containers (nav, footer, a share
    or comments box...) around a line that is not long prose."""
    if ctx.hints is None:
        return None
    hint, f = ctx.hints[i], ctx.feats[i]
    flags = hint.flags
    if not flags:
        return None
    if flags & S.HIDDEN:
        return Tag("boilerplate", "other", "html.hidden")
    if flags & S.RELATED and not flags & S.PROSE_BOILERPLATE:
        # a related box: its heading opens a related block, its links are decided as items
        if hint.tag in _HEADINGS and f.words <= 8:
            return Tag("relhead", "other", "html.related_heading")
        return None
    prose = f.cls == GOOD and hint.link_share < 0.5
    if prose and not flags & S.PROSE_BOILERPLATE:
        return None
    for flag, kind, rule in S.BOILERPLATE_FLAGS:
        if flags & flag:
            return shared_tag("boilerplate", kind, rule)
    if flags & (S.FIGCAPTION | S.CAPTION) and hint.tag not in _HEADINGS:
        if ctx.lines.categories[i]:
            return None  # a widget label in the caption's element ("Mehr erfahren", "Live")
        return _html_caption(i, ctx, hint)
    if flags & S.CREDIT and f.words <= 12:
        text = ctx.lines.texts[i]
        credit = strip_credit_markers(text, ctx.lex)
        if credit is None and (ctx.lex.byline_marker.match(text) is not None or ctx.lex.prefix.match(text.casefold()) == "contributor"):
            # the writer's or the translator's credit among the pictures' ("Text: Ursula Eggers",
            # "Übersetzt von Monica Seemann"): the rules for bylines and contributor lines decide
            return None
        return Tag("credit", None, "html.credit", credit or text)
    if flags & S.BYLINE and f.words <= 10 and not f.digit and not f.sentence:
        if ctx.lines.texts[i].casefold().rstrip(": ") in ctx.lex.byline_marker_words:
            return Tag("boilerplate", "other", "byline.marker_line")  # "By", the name in the next element
        if ctx.lines.categories[i]:
            return None  # a widget label in the byline's element ("Mehr", "Share")
        if ctx.lex.credit_marker.match(ctx.lines.texts[i]) is not None:
            return None  # a picture's or a video's credit in an author's element ("Video von Justin Amaral")
        return Tag("byline", None, "html.byline", 0)
    return None


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _html_caption(i: int, ctx: Context, hint: Hints) -> Tag:
    """A figure caption (line *i*, with its *hint*), its credit split off."""
    text = ctx.lines.texts[i]
    if hint.flags & S.CREDIT and hint.tag not in BLOCK_TAGS and ctx.feats[i].words <= CREDIT_WORDS:
        # the credit element that opened the caption's line, a line of its own (see html._Reader)
        bare = unbracket(text)
        return Tag("caption", "credited", "html.figcaption_credit", (None, strip_credit_markers(bare, ctx.lex) or bare))
    split = trailing_credit(text, ctx)
    if split is not None:
        return Tag("caption", "credited", "html.figcaption", split)
    bare = unbracket(text)
    credit = strip_credit_markers(bare, ctx.lex)
    if credit is not None and len(credit.split()) <= CREDIT_WORDS:
        return Tag("caption", "credited", "html.figcaption_credit", (None, credit))
    if ctx.feats[i].words <= 6 and is_bare_credit(bare, ctx):
        return Tag("caption", "credited", "html.figcaption_credit", (None, bare))
    return Tag("caption", "text", "html.figcaption", (text, None))


def rule_phrase(i: int, ctx: Context) -> Tag | None:
    """A whole line that is a known widget label, prompt or related heading."""
    cats = ctx.lines.categories[i]
    if not cats:
        return None
    if is_newsroom(ctx.lines.texts[i], ctx.lex) and (i and _marker_alone(ctx.lines.texts[i - 1], ctx.lex) or _holds_a_date(ctx, i - 1, i + 1)):
        return None  # "Von" / "Redaktion", "Redaktion" / "1. November 2023": the newsroom signs (see rule_byline, find_bare_byline)
    if "related" in cats:
        return Tag("relhead", _kind_of(cats - {"related"}), "phrase.related")
    kind = _kind_of(cats)
    return shared_tag("boilerplate", kind, f"phrase.{kind}")


#: Words in each step of a breadcrumb trail but the last (which may be the page's title).
_BREADCRUMB_STEP_WORDS = 5
_BREADCRUMB_LAST_WORDS = 12


#: A character every breadcrumb trail and post link holds (most lines hold none).
_BREADCRUMB_CHARS = re.compile(
    "["
    + re.escape(
        common.BREADCRUMB_MARKS
        + common.BREADCRUMB_SPACED_MARKS
        + "".join(a[0] for a in common.PREVIOUS_ARROWS)
        + "".join(a[-1] for a in common.NEXT_ARROWS)
    )
    + "]"
)


def rule_breadcrumb(i: int, ctx: Context) -> Tag | None:
    """A trail of short links (``Home » News » Politics``), or a link to the
    previous or next post (``« Older post``, ``Next post →``)."""
    text = ctx.lines.texts[i]
    if _BREADCRUMB_CHARS.search(text) is None:
        return None
    steps = ctx.lex.breadcrumb_separator.split(text)
    # a trail from the home page may have two steps ("Home » Unbefriedigt"), after a label ("Browse: Home » ...")
    # (not a German quotation: Top 10 »Pannonisch wohnen«)
    home = "navigation" in ctx.lex.categories(steps[0].rpartition(": ")[2]) and not ("»" in text and "«" in text)
    if len(steps) >= 3 or home and len(steps) == 2:
        *path, last = (len(step.split()) for step in steps)
        if all(0 < n <= _BREADCRUMB_STEP_WORDS for n in path) and last <= _BREADCRUMB_LAST_WORDS:
            return shared_tag("boilerplate", "navigation", "breadcrumb")
    if len(text) > 2 and not ("«" in text and "»" in text):  # « ... » is a French quotation
        # an arrow apart from the words, or a guillemet, at one end only
        opens = text.startswith(common.PREVIOUS_ARROWS) and (text[1] == " " or text[0] == "«")
        closes = text.endswith(common.NEXT_ARROWS) and (text[-2] == " " or text[-1] == "»")
        if opens != closes:
            return shared_tag("boilerplate", "navigation", "post_link")
    return None


def rule_counter(i: int, ctx: Context) -> Tag | None:
    """Gallery counters and lone numbers (``1/5``, ``Image 1 of 8``, ``3``)."""
    text = ctx.lines.texts[i]
    if not ctx.feats[i].digit and "@" not in text and not text.startswith(("http", "www.")):
        return None  # a counter holds a digit, a handle "@" or an address
    if len(text) <= 24 and ctx.lex.counter.match(text):
        return Tag("boilerplate", "other", "counter")
    if len(text) <= 120 and _HANDLE.match(text):
        return Tag("boilerplate", "other", "handle")
    return None


#: The longest line (in words) a furniture prompt opens; a consent banner's notice on
#: cookies runs longer (``This website uses cookies to improve your experience while ...``).
_PREFIX_WORDS = 45
_PREFIX_COOKIE_WORDS = 120


def rule_prefix(i: int, ctx: Context) -> Tag | None:
    """A line opening with a furniture prompt (``Sign up for...``, ``We use cookies``)
    or crediting contributors (``Additional reporting by ...``)."""
    category = ctx.lex.prefix.match(ctx.lines.texts[i].casefold())
    if category is None:
        return None
    if category == "contributor":
        return Tag("boilerplate", "other", "contributor")
    if ctx.feats[i].words > (_PREFIX_COOKIE_WORDS if category == "cookie" else _PREFIX_WORDS):
        return None
    if category == "related":
        return Tag("relhead", "other", "prefix.related") if ctx.feats[i].words <= 6 else None
    return Tag("boilerplate", category, f"prefix.{category}")


def rule_slashed_menu(i: int, ctx: Context) -> Tag | None:
    """A menu's links joined with slashes (``Impressum / Kontakt``), not a ``Name/Agency`` credit."""
    text = ctx.lines.texts[i]
    if "/" not in text:
        return None
    kind = slashed_menu(text, ctx.lex)
    return None if kind is None else shared_tag("boilerplate", kind, "menu.slashed")


def rule_credit(i: int, ctx: Context) -> Tag | None:
    """A line that is only a photo credit, with or without a marker word.

    ``Image: Mourinho has agreed a deal...`` (a marker before a whole sentence)
    is caption text instead.
    """
    raw = ctx.lines.texts[i]
    text = unbracket(raw)
    rest = strip_credit_markers(text, ctx.lex)
    if rest is None and len(text) < len(raw) and ctx.feats[i].words <= 6 and all_capitalised(text.rstrip(".")):
        return Tag("credit", None, "credit.bracketed", text)  # "(Walt Disney Co.)" under a caption
    if rest is not None:
        if len(rest.split()) <= CREDIT_WORDS:
            return Tag("credit", None, "credit.marker", rest)
        return Tag("caption", "text", "caption.after_marker", (rest, None))
    if ctx.hints is not None and ctx.hints[i].tag in _SECTION_HEADINGS:
        return None
    bare = is_bare_credit(text, ctx)
    if bare or 0 < len(text) <= _MAX_SLASHED and text[-1] not in ".?!:,;" and slashed_like_credit(text, ctx.lex):
        if ctx.dates.find(text) is not None:
            return None  # a name and its date ("Julia Steinhoff / Oktober 25 2023"): a byline's stamp
        return Tag("credit", None, "credit.bare", text) if bare else Tag("credit", UNDER_CAPTION, "credit.slashed", text)
    return None


#: The longest line of names joined by a slash read as a credit.
_MAX_SLASHED = 90


#: Heading elements that head a page's sections ("Purpose / Overview" is no credit);
#: pages set small print, picture credits among it, in <h5> and <h6>.
_SECTION_HEADINGS = frozenset(("h1", "h2", "h3", "h4"))


#: The most words of the line after a one-word menu item that makes it a menu too.
_MENU_NEIGHBOUR_WORDS = 3


#: A name's initial inside it ("Marwan H. Adwan").
_INITIAL = re.compile(r" [A-Z]\. ")


def _menu_item_after_marker(i: int, ctx: Context) -> bool:
    """Is line *i*, under a line that is a byline marker word, no name but a menu's item or a
    form's label: a stopword ("von" / "an"), a label or prompt (``ESTATUS: Publicado``,
    ``Suche...``), or one word that is no known given name with another short item under
    it (``Autoren`` / ``Podcast`` / ``Newsletter``: the menu links to the authors' page)?"""
    text, lex = ctx.lines.texts[i], ctx.lex
    if ":" in text or text.endswith(("...", "…")) or text.casefold() in lex.stop_index:
        return True
    if ctx.feats[i].digit or text.split()[0].casefold() in lex.given_names or i + 1 >= len(ctx.feats):
        return False
    if is_newsroom(text, lex):
        return False  # a newsroom signs with one word ("Von" / "Redaktion")
    if ctx.feats[i].words == 1:
        return _short_item(ctx.feats[i + 1])
    # a few words between short items, the marker's line among them: "Nur Titel durchsuchen" / "Von:" /
    # "Filter Suche" / "Catch more fish" (a search form's filters, a menu); not a name with an
    # initial ("Marwan H. Adwan": a paper's author list)
    if ctx.feats[i].words > _MENU_NEIGHBOUR_WORDS or _INITIAL.search(text) is not None:
        return False
    return i >= 2 and _short_item(ctx.feats[i - 2]) and _short_item(ctx.feats[i + 1])


def _short_item(f: Features) -> bool:
    """A menu's or a form's item: a few words, no digit, no sentence."""
    return f.words <= _MENU_NEIGHBOUR_WORDS and not f.digit and not f.sentence


def rule_byline(i: int, ctx: Context) -> Tag | None:
    """``By Jane Doe``, ``Von Anna Muster, dpa``, ``Par Jean Dupont``."""
    text, f = ctx.lines.texts[i], ctx.feats[i]
    if f.words > 16 or f.chars > 160:
        return None
    m = ctx.lex.byline_marker.match(text, _after_bracketed_label(text))
    if m is None or not (text[m.end()].isupper() or caseless(text[m.end()]) or opens_with_newsroom_or_agency(text[m.end():], ctx.lex)):
        # "By" or "Autor:" alone, the name on the next line
        words = ctx.lex.byline_marker_words
        alone = f.words <= 2 and i + 1 < len(ctx.lines) and _marker_alone(text, ctx.lex)
        if alone and ctx.feats[i + 1].words <= 6:
            return Tag("boilerplate", "other", "byline.marker_line")
        if (
            i > 0 and f.words <= 6 and f.chars <= 60 and _marker_alone(ctx.lines.texts[i - 1], ctx.lex)
            and text.casefold().rstrip(": ") not in words  # ("Auteur :" above "Auteur(s) :": two labels, no name)
            and not _menu_item_after_marker(i, ctx)
        ):
            return Tag("byline", None, "byline.after_marker_line", 0)
        if m is not None and _user_name_beside_a_date(i, text[m.end():], ctx):
            return Tag("byline", None, "byline.user_name", m.end())
        if f.words <= _NAME_AND_AGENCY_WORDS and name_with_agency_title(text, ctx.lex):
            return Tag("byline", None, "byline.name_and_agency", 0)
        if f.words <= _NAME_AND_TITLE_WORDS and (caseless(text[0]) or text[0] in "[("):
            start = name_and_title(text, ctx.lex)  # "홍길동 기자", "(서울=연합뉴스) 홍길동 특파원"
            if start is not None:
                return Tag("byline", None, "byline.name_and_title", start)
        return None
    rest = text[m.end():]
    if f.sentence and rest.endswith(".") and f.words > 8:
        return None  # a sentence that happens to start with "By"
    marker = text[: m.end()].strip().casefold()
    if marker in ctx.lex.preposition_markers and len(rest.split()) > 1 and not names_follow(rest, ctx.lex):
        return None  # "Von Risiken und Nebenwirkungen": a title that starts with the preposition
    if text[m.end() - 1].isalpha() and not names_follow(rest, ctx.lex):
        return None  # a marker glued to what follows ("ByAlex Bozarjian") but no name: a word ("ByDesign")
    return Tag("byline", None, "byline.marker", m.end())


def _user_name_beside_a_date(i: int, rest: str, ctx: Context) -> bool:
    """Is *rest*, what follows a byline marker on line *i*, a user's name in small letters
    (``By oradmin``, a blog's account) with a date on the line above or below?"""
    if not _USER_NAME.fullmatch(rest) or rest.casefold() in ctx.lex.name_stopwords_for(ctx.language):
        return False
    return _holds_a_date(ctx, i - 1, i + 1)


#: A user's name: one word in small letters, maybe with digits, dots, hyphens or underscores.
_USER_NAME = re.compile(r"[a-z][a-z0-9._-]{1,30}")


def _holds_a_date(ctx: Context, *lines: int) -> bool:
    """Does one of *lines* (those of them on the page) hold a date?"""
    texts, feats = ctx.lines.texts, ctx.feats
    return any(feats[j].digit and ctx.dates.find(texts[j]) is not None for j in lines if 0 <= j < len(texts))


def _marker_alone(text: str, lex: Lexicon) -> bool:
    """Is *text* a byline marker alone (``By``, ``Autor:``), the name on the next line?"""
    return text.casefold().rstrip(": ") in lex.byline_marker_words


def _after_bracketed_label(text: str) -> int:
    """Where a line goes on after a label in lenticular brackets that opens it, as Chinese pages
    set a button before the byline (``【纠错】 责任编辑： 焦鹏``); 0 without one."""
    if text[:1] != "【":
        return 0
    close = text.find("】", 1, _BRACKETED_LABEL_CHARS)
    return 0 if close < 0 else len(text) - len(text[close + 1 :].lstrip(" "))


#: The longest label in lenticular brackets before a byline, its brackets included.
_BRACKETED_LABEL_CHARS = 12


#: The most words of a line that is a name and an agency's job title.
_NAME_AND_AGENCY_WORDS = 10
#: The most words of a line that is names and a job title after them, with what may surround them.
_NAME_AND_TITLE_WORDS = 8


_DATE_NOISE = re.compile(r"[\W\d_]+")


# anchored: searched without anchors, "\w+" before the time would make it quadratic
_TIME_ONLY = re.compile(r"\A(?:\w+\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+\w{2,4})?\Z", re.IGNORECASE)


_FIELD_SEPARATORS = re.compile(r"\s[|/•·–—-]\s|[|•·]|,\s|\s{2,}")


def rule_dateline(i: int, ctx: Context) -> Tag | None:
    """A short line holding a date: ``Published on 22/09/2022 - 10:34``."""
    text, f = ctx.lines.texts[i], ctx.feats[i]
    stamp = ctx.dates.find(text)
    if stamp is None:
        return None
    rest = text[: stamp.start] + " " + text[stamp.end:]
    # "October 19, 2019 by IWB", "Janic Cathomen, 01.12.2021": a byline with its date
    # "Posted on 3 May 2019 by jane", "Veröffentlicht am 12. Juni 2017 von gizzmo"
    stopwords = ctx.lex.name_stopwords_for(ctx.language)
    for m in ctx.lex.byline_marker_any_case.finditer(text):
        name = text[m.end():].split(maxsplit=1)[0]
        # the words before the marker, its date apart (a date shown twice, glued, is many words)
        before = text[: stamp.start] + " " + text[stamp.end : m.start()] if stamp.end <= m.start() else text[: m.start()]
        # a name, or a user name ("by oz"), not "provided by the registry"
        if len(before.split()) <= 8 and (name[0].isupper() or name.casefold() not in stopwords):
            marker = text[m.start() : m.end()].strip(" :").casefold()
            if marker in ctx.lex.preposition_markers and _sentence_before(before, ctx):
                continue  # the preposition in a sentence: "... ist mehr als die Vermeidung von Kohlendioxid"
            return Tag("byline", None, "byline.with_date", m.end())
    at = 0  # where the field starts in rest
    for raw in _FIELD_SEPARATORS.split(rest):
        field_start, at = at, at + len(raw)
        separator = _FIELD_SEPARATORS.match(rest, at)
        if separator is not None:
            at = separator.end()
        field = _name_field(HANDLES.sub("", raw), ctx.lex, stopwords)
        if not field or _TIME_ONLY.fullmatch(field) or ctx.lex.month_names.fullmatch(field):
            continue
        if raw.rstrip().endswith(":"):
            # the date's label ends the field: it is no part of a name ("Print Date:
            # 31.10.2023"), though a name may stand before it ("Sara Zinnecker Stand: ...")
            field = _name_field(field.rsplit(maxsplit=1)[0] if " " in field else "", ctx.lex, stopwords)
            if not field:
                continue
        if ctx.lex.published_words.match(field) or ctx.lex.updated_words.match(field):
            continue
        field = _before_stamp_label(strip_trailing_labels(field, ctx.lex), ctx.lex)
        if (is_name_like(field) or is_newsroom(field, ctx.lex)) and not ctx.lex.month_names.search(field):
            if _captioned_sentence(text, ctx):
                return None  # a caption with its credit: "Rep. Ilhan Omar speaks ... July 25, 2019.J. Scott Applewhite / AP"
            if text.endswith(":"):
                return None  # a quotation's source introducing it: "Benedikt XVI., Enzyklika ..., 25. Dezember 2005:"
            if stamp.start == 0 and _among_dated_labels(i, ctx):
                break  # a teaser's date and section ("02/05/2022 Medio Ambiente") among others': a stamp
            # the names are read from where this field stands in the line, when it follows
            # the date ("Updated on: November 19, 2019 / 10:07 AM / CBS News")
            name_at = field_start + max(0, raw.find(field))
            if name_at <= stamp.start:
                return Tag("byline", None, "byline.name_and_date", 0)
            return Tag("byline", None, "byline.name_and_date", name_at - 1 - stamp.start + stamp.end)
        break
    words = f.words
    # "Published: November 19, 2019 at 8:59 pm | Updated: November 19, 2019 at 10:16 pm":
    # an update's stamp is no more noise than the first
    second = ctx.dates.find(rest) if ctx.lex.updated_words.search(rest) else None
    if second is not None:
        words -= len(rest[second.start : second.end].split())
        rest = rest[: second.start] + " " + rest[second.end :]
    if words > 14 or _noise_words(rest, ctx.lex) > 5:
        return None
    kind = ctx.dates.kind(text, stamp)
    return Tag("dateline", kind, f"dateline.{kind}", stamp)


def _among_dated_labels(i: int, ctx: Context) -> bool:
    """Does line *i*, a date and a few words, stand among other short lines that open with a
    date, within :data:`_DATED_LABELS_REACH` lines (a list of teasers, each with its date and
    section: ``04/05/2022 Fútbol``, ``02/05/2022 Medio Ambiente``)?"""
    texts, feats, found = ctx.lines.texts, ctx.feats, 0
    for j in range(max(0, i - _DATED_LABELS_REACH), min(len(texts), i + _DATED_LABELS_REACH + 1)):
        if j != i and feats[j].digit and feats[j].words <= _DATED_LABEL_WORDS:
            stamp = ctx.dates.find(texts[j])
            if stamp is not None and stamp.start == 0:
                found += 1
                if found == _DATED_LABELS:
                    return True
    return False


#: How many other lines opening with a date, of at most this many words, within this many lines
#: of a dated name make it a teaser's label.
_DATED_LABELS = 2
_DATED_LABEL_WORDS = 6
_DATED_LABELS_REACH = 8


def _before_stamp_label(field: str, lex: Lexicon) -> str:
    """*field* without the date's label that ends it (``Evgenia Karp Zuletzt geändert am``,
    ``Jane Doe Last updated``: the name before it); the field as it is without one."""
    m = lex.updated_words.search(field) or lex.published_words_inline.search(field)
    if m is None or m.start() == 0 or len(field[m.start() :].split()) > _MAX_STAMP_LABEL_WORDS:
        return field
    return field[: m.start()].rstrip(" ,|-–—")


#: The most words of a date's label after a name.
_MAX_STAMP_LABEL_WORDS = 4


def _sentence_before(words: str, ctx: Context) -> bool:
    """Do *words*, before a preposition that may mark a byline (``von``), hold as many of
    the page's stopwords as a sentence does (``Nachhaltigkeit ist mehr als die Vermeidung``,
    not ``Veröffentlicht am``)?"""
    stop = ctx.lex.stopwords.get(ctx.language or "", frozenset())
    return sum(w.casefold() in stop for w in words.split()) >= _SENTENCE_STOPWORDS


#: How many stopwords before a preposition make the words before it a sentence.
_SENTENCE_STOPWORDS = 3


def _captioned_sentence(text: str, ctx: Context) -> bool:
    """Is *text* a sentence with a credit after it (a caption), not a byline whose fields
    credit the photo too (``Gunter Frank / 22.04.2020 / Foto: Achgut.com``)?"""
    split = trailing_credit(text, ctx)
    return split is not None and split[0].endswith((".", "!", "?")) and len(split[0].split()) >= _CAPTION_SENTENCE_WORDS


#: The fewest words of a caption's sentence before its credit.
_CAPTION_SENTENCE_WORDS = 6


def _may_hold_a_year(text: str) -> bool:
    """Could *text* hold a year written in full (a post note's date shows it)? A quick test
    that spares most lines with digits the note's pattern."""
    return "20" in text or "19" in text


def rule_post_note(i: int, ctx: Context) -> Tag | None:
    """The note under a blog post that says when it was posted, a sentence of its own
    (``This entry was posted on Wednesday, November 27th, 2019 at 3:21 pm and is filed
    under News.``, ``Dieser Eintrag wurde am ... veröffentlicht``): the post's stamp."""
    text = ctx.lines.texts[i]
    if len(text) > MAX_DATED_TEXT or not _may_hold_a_year(text) or ctx.lex.post_note_lead.search(text) is None:
        return None
    stamp = ctx.dates.find(text)
    if stamp is None:
        return None
    masked = text[: stamp.start] + DATE_MARK + text[stamp.end :]
    m = ctx.lex.post_note.search(masked)
    if m is None or not m.start() <= stamp.start < m.end():
        return None
    return Tag("dateline", "published", POST_NOTE, stamp)


def _noise_words(rest: str, lex: Lexicon) -> int:
    """How many words of a dated line without its stamps say something else: not widget
    labels ("12.11.2021 Drucken Teilen") nor the words that label a stamp ("Eingetragen
    am ..., aktualisiert am ...")."""
    return sum(
        1
        for w in _DATE_NOISE.split(rest)
        if w and not lex.categories(w) and lex.published_words.match(w) is None and lex.updated_words.match(w) is None
    )


def _name_field(field: str, lex: Lexicon, stopwords: Container[str]) -> str:
    """A field of a dated line with edge punctuation, numbers and *stopwords* removed."""
    words = field.strip(" :-–—|,/•·").split()
    while words and (words[-1].isdigit() or words[-1].casefold() in stopwords):
        words.pop()
    while words and words[0].casefold() in stopwords:
        words.pop(0)
    return " ".join(words)


def rule_relative_time(i: int, ctx: Context) -> Tag | None:
    """``13 hours ago`` or ``Monday 5:30PM`` alone on a line: a time without a date; or a
    relative time with the time of day after it (``2 days ago at 07:52 am``, a comment's header)."""
    text, f = ctx.lines.texts[i], ctx.feats[i]
    if f.words > _RELATIVE_WORDS and not (text[-1].isdigit() or text[-1] in "mM."):
        return None  # (a longer line must end with the time of day: most lines skip the searches)
    found = ctx.lex.relative_time.search(text) or ctx.lex.relative_count.search(text)
    if found is not None:
        if f.words <= _RELATIVE_WORDS or found.start() == 0 and _TIME_OF_DAY_AFTER.fullmatch(text, found.end()):
            return Tag("boilerplate", "other", "relative_time")
        return None
    if f.words <= 4 and _TIME_ONLY.fullmatch(text):
        return Tag("boilerplate", "other", "time_only")
    return None


#: The most words of a line holding a relative time anywhere (``Updated 13 hours ago``); a longer
#: one must be the relative time and the time of day.
_RELATIVE_WORDS = 5
#: The time of day after a relative time, with a word or two before it: `` at 07:52 am``, ``, 10:15``.
_TIME_OF_DAY_AFTER = re.compile(r"(?:,? [^\W\d_]{1,5}){0,2},? \d{1,2}[:.]\d\d(?: ?[ap]\.?m\.?)?\Z", re.IGNORECASE)


#: The longest note under a post that says when it was posted (its categories and tags listed).
_POST_NOTE_WORDS = 60


@attrs.frozen
class LocalRuleEntry:
    """A named local rule, the longest line (in words) it can apply to, and
    whether it needs a digit in the line (so most lines skip it without a call)."""

    name: str
    max_words: int
    apply: LocalRule
    needs_digit: bool = False
    #: runs only on lines that come from HTML
    html_only: bool = False


#: Local rules, in the order they are tried; the first that answers wins.
LOCAL_RULES: list[LocalRuleEntry] = [
    LocalRuleEntry("structure", 10_000, rule_structure, html_only=True),
    # (before the phrases and prefixes: "This entry was posted in ..." without a date is a menu's)
    LocalRuleEntry("post_note", _POST_NOTE_WORDS, rule_post_note, needs_digit=True),
    LocalRuleEntry("phrase", 20, rule_phrase),
    LocalRuleEntry("counter", 6, rule_counter),
    LocalRuleEntry("breadcrumb", 20, rule_breadcrumb),
    LocalRuleEntry("prefix", _PREFIX_COOKIE_WORDS, rule_prefix),
    LocalRuleEntry("byline", 16, rule_byline),
    LocalRuleEntry("slashed_menu", 30, rule_slashed_menu),
    LocalRuleEntry("credit", 16, rule_credit),
    LocalRuleEntry("dateline", 24, rule_dateline, needs_digit=True),
    LocalRuleEntry("relative_time", _RELATIVE_WORDS + 4, rule_relative_time, needs_digit=True),
]


_TEXT_RULES = {c: f"text.{c}" for c in (GOOD, NEAR, SHORT, BAD)}


def local_tags(ctx: Context) -> list[Tag]:
    """Run :data:`LOCAL_RULES` over every line; undecided lines get role ``text``."""
    out = []
    html = ctx.hints is not None
    rules = [(e.max_words, e.needs_digit, e.apply) for e in LOCAL_RULES if html or not e.html_only]
    longest = max((max_words for max_words, _, _ in rules), default=-1)
    for i, f in enumerate(ctx.feats):
        words = f.words
        if words > longest:  # (long prose: no rule applies)
            out.append(shared_tag("text", f.cls, _TEXT_RULES[f.cls]))
            continue
        digit = f.digit
        for max_words, needs_digit, apply in rules:
            if words <= max_words and (digit or not needs_digit):
                tag = apply(i, ctx)
                if tag is not None:
                    break
        else:
            tag = shared_tag("text", f.cls, _TEXT_RULES[f.cls])
        out.append(tag)
    return out


def _settle_bylines(ctx: Context, tags: list[Tag], headline: int | None, start: int, head_end: int) -> bool:
    """Keep one byline: the first found, else a bare name near the headline (without one,
    near where the article starts, *start*); later ones are furniture.  Whether there is one."""
    bylines = [i for i, t in enumerate(tags) if t.role == "byline"]
    if not bylines:
        anchor = headline if headline is not None else start
        b = find_bare_byline(ctx, tags, max(0, anchor - 3), min(len(tags), head_end + 4))
        if b is not None:
            tags[b] = Tag("byline", None, "byline.bare_name", 0)
            bylines = [b]
        elif headline is not None and (found := _name_beside_stamp(ctx, tags, headline)) is not None:
            b, name_at = found
            tags[b] = Tag("byline", None, "byline.name_beside_stamp", name_at)
            bylines = [b]
    for extra in bylines[1:]:
        tags[extra] = Tag("boilerplate", "other", "byline.repeated")
    return bool(bylines)


def _name_beside_stamp(ctx: Context, tags: list[Tag], headline: int) -> tuple[int, int] | None:
    """The stamp within two lines under the headline whose line also names a person beside
    an outlet, set apart by its date or a bar (``The Guardian 02/10/2020 Anna Fazackerley``,
    ``The Guardian · Anna Fazackerley · 2 October 2020``: as portals credit what they
    syndicate), and where the name starts; the name is two or three words, the first a known
    given name, and the only one in the line."""
    texts = ctx.lines.texts
    for i in range(headline + 1, min(len(tags), headline + 1 + _STAMP_UNDER_HEADLINE)):
        if not _published_stamp(tags[i]):
            continue
        text, at, gaps = texts[i], 0, []
        while (stamp := ctx.dates.find(text[at:])) is not None:  # (a date shown twice: "3. April 20223. April 2022")
            gaps.append((at, at + stamp.start))
            at += stamp.end
        gaps.append((at, len(text)))
        names = [
            (piece.start() + len(piece[0]) - len(piece[0].lstrip()), piece[0].strip())
            for lo, hi in gaps
            for piece in _STAMP_FIELD.finditer(text, lo, hi)
            if _signing_name(piece[0].strip(), ctx.lex)
        ]
        if len(names) == 1:
            return i, names[0][0]
    return None


def _signing_name(text: str, lex: Lexicon, *, given_name_alone: bool = False) -> bool:
    """Is *text* a person's name of two or three words, the first a known given name (or, with
    *given_name_alone*, a known given name alone, as a blogger signs: ``Lars``)?"""
    if given_name_alone and text.isalpha() and text[0].isupper() and text.casefold() in lex.given_names:
        return True
    return 2 <= len(text.split()) <= _SIGNED_NAME_WORDS and "," not in text and is_name_like(text) and text.split(None, 1)[0].casefold() in lex.given_names


#: How many lines under the headline a stamp naming its author is looked for.
_STAMP_UNDER_HEADLINE = 2
#: A field of a stamp's line, between bars or bullets.
_STAMP_FIELD = re.compile(r"[^|•·]+")


def _byline_in_furniture(ctx: Context, tags: list[Tag]) -> None:
    """From HTML, for a page without a byline: the one line marked as a byline
    (``class="author"``), or dated (``Author: Jane Doe`` over ``Published: 03 December 2019``),
    that opens with a byline marker and stands in a share bar, an ad slot, a footer or a menu
    is the byline (themes put ``Post author By ...`` in the entry's footer, ``von Name``
    beside the post's navigation).  Several such lines are the teasers of other articles, and
    so is one in a related box or a sidebar."""
    hints, texts, marker = ctx.hints or (), ctx.lines.texts, ctx.lex.byline_marker
    found = None
    for i, hint in enumerate(hints):
        if hint.flags & _TEASER_FLAGS or tags[i].role != "boilerplate":
            continue
        if not tags[i].rule.startswith("html.") or ctx.feats[i].words > _BYLINE_IN_FURNITURE_WORDS:
            continue
        if marker.match(texts[i]) is None or not hint.flags & S.BYLINE and not _holds_a_date(ctx, i, i + 1):
            continue
        if found is not None:
            return
        found = i
    if found is not None:
        tags[found] = Tag("byline", None, "html.byline_in_furniture", 0)


def _signature(ctx: Context, tags: list[Tag], lo: int, hi: int) -> None:
    """For a page without a byline: the author's name signed under the article, next to
    a date or a contact (``Zuletzt geändert am 07.01.2020`` / ``Frank Boës``), is the
    byline; not near a comments heading or a reply button (a comment's header)."""
    end = min(len(tags), hi + _SIGNATURE_REACH)
    signed = bare = find_bare_byline(ctx, tags, max(lo, hi - 1), end)
    if signed is None:
        signed = _name_under_prose(ctx, tags, lo, end)
    if signed is None:
        return
    if any(tags[j].kind == "comments" for j in range(max(lo, hi - 1), min(len(tags), signed + _SIGNATURE_REACH + 1))):
        return  # a comment's header ("2 comments", "Reply" near it)
    tags[signed] = Tag("byline", None, "byline.signature" if bare is not None else "byline.signature_under_prose", 0)


#: How many lines after the article's region a signature is looked for.
_SIGNATURE_REACH = 3


def _name_under_prose(ctx: Context, tags: list[Tag], lo: int, hi: int) -> int | None:
    """The one line in the region that is a person's name alone (two or three words, the
    first a known given name, or a known given name alone, as a blogger signs) under a
    paragraph of prose, when it stands over a note (a line too short or too plain to be
    prose) or nothing: the author signing the article above notes or a source (``Claudia
    Duwe`` / ``Zum Weiterlesen: ...``).  Where two or more names stand under paragraphs
    (of prose or not), they head sections about people or sign comments and testimonials,
    and none signs the article."""
    texts, feats = ctx.lines.texts, ctx.feats
    found = None
    for i in range(max(lo, 1), hi):
        text = texts[i]
        if tags[i].role != "text" or feats[i].words > _SIGNED_NAME_WORDS or tags[i - 1].role != "text":
            continue
        if feats[i - 1].cls not in (GOOD, NEAR):
            continue
        if not _signing_name(text, ctx.lex, given_name_alone=True):
            continue
        if found is not None:
            return None
        found = i
    if found is None or feats[found - 1].cls != GOOD:
        return None
    if found + 1 < len(tags) and not (tags[found + 1].role == "text" and feats[found + 1].cls in (NEAR, SHORT)):
        return None  # (prose goes on: a section about that person; or a list: a table's cells, tags)
    return found


#: The most words of a name signing under the article.
_SIGNED_NAME_WORDS = 3


#: Containers whose bylines are those of other articles.
_TEASER_FLAGS = S.RELATED | S.ASIDE | S.SIDEBAR | S.COMMENTS
#: The most words of a byline found in furniture.
_BYLINE_IN_FURNITURE_WORDS = 10


#: How many lines after the headline a labelled stamp ("Published: ...") is looked for.
_LABELLED_STAMP_REACH = 5


def _masthead_stamps(ctx: Context, tags: list[Tag], headline: int | None, head_end: int) -> list[int]:
    """The bare dates above the headline (the masthead's "Wednesday 19 February 2020",
    today's date when the page was read; a news ticker's times) when the headline has
    a stamp with its label just under it ("Publié sur 18/02/2020"), or a byline with its
    date in the head (``por Raúl Espina 4 mayo, 2022``)."""
    if headline is None:
        return []

    def published(i: int) -> bool:
        return tags[i].role == "dateline" and tags[i].kind != "updated"

    def labelled(i: int) -> bool:
        return ctx.lex.published_words.match(ctx.lines.texts[i]) is not None

    def dated_byline(i: int) -> bool:  # (in the head, not a post embedded in the body)
        return i < head_end and tags[i].role == "byline" and ctx.dates.find(ctx.lines.texts[i]) is not None

    under = range(headline + 1, min(len(tags), headline + 1 + _LABELLED_STAMP_REACH))
    if not any(published(i) and labelled(i) or dated_byline(i) for i in under):
        return []
    return [i for i in range(headline) if published(i) and not labelled(i)]


def _settle_datelines(ctx: Context, tags: list[Tag], region_end: int, headline: int | None, head_end: int) -> None:
    """Keep one published and the first updated stamp; stamps of other items are furniture,
    and so is a masthead's date when the headline has its own stamp under it.  The published
    stamp is a note under the post that says when it was posted (see :func:`rule_post_note`),
    wherever it stands, else the stamp nearest the headline (:func:`_stamp_beside`), else none
    when a date opens the first paragraphs (:func:`_lede_dated`), else the first under the
    headline in the article's region, else the first on the page."""
    for i in _masthead_stamps(ctx, tags, headline, head_end):
        tags[i] = Tag("boilerplate", "other", "dateline.masthead", tags[i].data)
    chosen = next((i for i, t in enumerate(tags) if t.rule == POST_NOTE), None)
    if chosen is None and headline is not None:
        chosen = _stamp_beside(tags, headline)
        if chosen is None and _lede_dated(ctx, tags, headline):
            chosen = _NO_STAMP  # the date opening the article's first paragraphs dates it (see assemble)
        if chosen is None:  # the first stamp in the article under its headline (the masthead's date above dates the page)
            chosen = next((i for i in range(headline + 1, min(len(tags), region_end + 3)) if _published_stamp(tags[i])), None)
    seen = {"published": False, "updated": False}
    dated = False
    for i, t in enumerate(tags):
        if t.role != "dateline":
            continue
        kind = t.kind or "published"
        if kind == "published" and chosen is not None:
            kept = i == chosen
        else:
            kept = not seen[kind] and i < region_end + 3
            seen[kind] = True
        if not kept:
            tags[i] = Tag("boilerplate", "other", "dateline.extra", t.data if kind == "published" else None)
        elif kind == "published":
            dated = True
    if not dated and headline is not None:
        opening = _stamp_opening_a_line(ctx, tags, headline)
        if opening is not None:
            i, stamp = opening
            tags[i] = Tag("dateline", "published", "dateline.opens_line", stamp)


#: How many lines from the headline its own stamp stands at most.
_HEAD_STAMP_REACH = 4


def _published_stamp(tag: Tag) -> bool:
    """Is *tag* a stamp saying when the article was published (not updated)?"""
    return tag.role == "dateline" and tag.kind != "updated"


#: The published stamp chosen when none is kept (no line is this one).
_NO_STAMP = -1


def _lede_dated(ctx: Context, tags: list[Tag], headline: int) -> bool:
    """Does one of the first paragraphs of prose under the headline (as many as
    :data:`~newsparse.dates.DATED_PARAGRAPHS`) open with a date (``31. Oktober 2023. Dragqueens sind ...``)?  Then it dates the article, not a stamp far
    from the headline (a masthead's date of the day the page was read)."""
    paragraphs = 0
    for i in range(headline + 1, min(len(tags), headline + 1 + _LEDE_DATE_REACH)):
        if tags[i].role == "text" and ctx.feats[i].cls in (GOOD, NEAR):
            if ctx.dates.lead(ctx.lines.texts[i]) is not None:
                return True
            paragraphs += 1
            if paragraphs == DATED_PARAGRAPHS:
                break
    return False


#: How many lines under the headline a date opening a paragraph is looked for.
_LEDE_DATE_REACH = 8


def _stamp_beside(tags: list[Tag], headline: int) -> int | None:
    """The published stamp nearest the headline, a few lines from it at most (it dates the
    article; one farther above dates a teaser or a sidebar's item), the one under it on ties."""
    best: int | None = None
    for i in range(max(0, headline - _HEAD_STAMP_REACH), min(len(tags), headline + _HEAD_STAMP_REACH + 1)):
        t = tags[i]
        # (lines are met top down: on a tie, the one under the headline is met last and wins)
        if _published_stamp(t) and (best is None or abs(i - headline) <= abs(best - headline)):
            best = i
    return best


#: How many lines from the headline a line that opens with a date stands at most, to date
#: an article no stamp dates (see :func:`_stamp_opening_a_line`).
_OPENING_STAMP_REACH = 2
#: The most words before the date of a line it opens (a weekday, a label: ``Nachricht | 30.10.2021``).
_WORDS_BEFORE_OPENING_DATE = 2
#: What ends a line that is a sentence (a paragraph opening with its date is no stamp).
_FULL_STOPS = frozenset(".!?")
#: The most words of such a line: a dated kicker or a line of tags, not a paragraph.
_OPENING_STAMP_WORDS = 20


def _stamp_opening_a_line(ctx: Context, tags: list[Tag], headline: int) -> tuple[int, Stamp] | None:
    """For an article no stamp dates: the nearest undecided line beside the headline that
    opens with a date and goes on with other words, too many for a dateline (a dated
    kicker, ``08.11.2021 | Online-Fachtag zum Intersex Day``; the date before the author
    and tags, ``6. November 2023 Octavius Azad, Bushido, Seitenhieb``), with its date;
    the line under the headline on ties."""
    lo, hi = max(0, headline - _OPENING_STAMP_REACH), min(len(tags), headline + _OPENING_STAMP_REACH + 1)
    for i in sorted(range(lo, hi), key=lambda k: (abs(k - headline), -k)):
        text = ctx.lines.texts[i]
        if tags[i].role != "text" or ctx.feats[i].words > _OPENING_STAMP_WORDS or text[-1] in _FULL_STOPS:
            continue
        stamp = ctx.dates.find(text)
        if stamp is not None and len(text[: stamp.start].split()) <= _WORDS_BEFORE_OPENING_DATE:
            return i, stamp
    return None


_BODY_KIND_OF_TAG = {"h2": "subheading", "h3": "subheading", "h4": "subheading", "h5": "subheading", "h6": "subheading",
                     "li": "list_item", "dt": "list_item", "dd": "list_item"}


def _body_kinds_from_tags(tags: list[Tag], hints: Sequence[Hints]) -> None:
    """Body blocks from HTML take their kind from their element: a heading, a list item, a quote."""
    for i, t in enumerate(tags):
        if t.role != "body":
            continue
        h = hints[i]
        kind = "quote" if h.flags & S.BLOCKQUOTE else _BODY_KIND_OF_TAG.get(h.tag, "paragraph")
        if kind != t.kind:
            tags[i] = shared_tag("body", kind, f"html.{kind}")


def _release_unclaimed_credits(ctx: Context, tags: list[Tag]) -> None:
    """A line only shaped like a credit (see :data:`~newsparse.captions.UNDER_CAPTION`) that no
    caption's sentence above took is undecided again."""
    for i, t in enumerate(tags):
        if t.role == "credit" and t.kind == UNDER_CAPTION:
            tags[i] = shared_tag("text", ctx.feats[i].cls, UNCLAIMED_CREDIT)


def _settle_leftovers(ctx: Context, tags: list[Tag], head_end: int) -> None:
    """Whatever is still undecided becomes boilerplate (or a caption with only a credit): above
    the article's head, short lines are its menus (navigation); under it, a run of short lines
    is a list of links, a menu or the article's topics (``Hong Kong`` / ``Protest`` / ``Asia Pacific``)."""
    feats = ctx.feats
    listed = _link_list_lines(ctx, tags, head_end)
    for i, t in enumerate(tags):
        if t.role == "text":
            if i < head_end and feats[i].words <= 6:
                tags[i] = shared_tag("boilerplate", "navigation", "leftover.before")
            elif i in listed:
                tags[i] = shared_tag("boilerplate", "navigation", "leftover.list")
            else:
                tags[i] = shared_tag("boilerplate", "other", "leftover")
        elif t.role == "relhead":
            tags[i] = Tag("boilerplate", t.kind or "other", "related.no_items")
        elif t.role == "credit":
            tags[i] = Tag("caption", "credited", "caption.credit_only", (None, t.data))


def _link_list_lines(ctx: Context, tags: list[Tag], head_end: int) -> set[int]:
    """The undecided lines under the article's head in runs of at least :data:`_LIST_RUN`
    short ones (:data:`_LIST_ITEM_WORDS` words at most, no sentence's end), with no blank
    line between."""
    out: set[int] = set()
    run: list[int] = []
    feats, gaps = ctx.feats, ctx.lines.gaps
    for i in range(head_end, len(tags) + 1):
        short = i < len(tags) and tags[i].role == "text" and feats[i].words <= _LIST_ITEM_WORDS and not feats[i].sentence
        if short and run and gaps[i] == 0:
            run.append(i)
            continue
        if len(run) >= _LIST_RUN:
            out.update(run)
        run = [i] if short else []
    return out


#: A run of at least this many undecided lines of at most this many words is a list of links.
_LIST_RUN = 3
_LIST_ITEM_WORDS = 3


#: At most this many lines' token lists are kept from judging the language.
_KEPT_TOKEN_LISTS = 2000
#: Characters of a line tokenised for its language and its share of stopwords
#: (a line of megabytes would otherwise make a list of millions of words).
_TOKENISED = 10_000


def _tokens(text: str) -> list[str]:
    """The case-folded words of *text* (of its first :data:`_TOKENISED` characters)."""
    folded = text[:_TOKENISED].casefold() if len(text) > _TOKENISED else text.casefold()
    if folded.isascii():
        # (the same words, split in C: in ASCII a word character is a letter, a digit or "_")
        return folded.encode("ascii").translate(_ASCII_WORD_SPACES).decode("ascii").split()
    return _WORD.findall(folded)


#: Each ASCII character that is no word character made a space.
_ASCII_WORD_SPACES = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


def _word_count(text: str) -> int | None:
    """How many words *text* has, counted without a list where it is too long to tokenise
    (``None``: as many as its tokens)."""
    if len(text) <= _TOKENISED:
        return None
    # counted a chunk at a time in C: an ASCII chunk as the starts of runs of word
    # bytes, another by subn (whose list of pieces stays small); a word that runs
    # over the cut between two chunks is counted in both
    count = 0
    for at in range(0, len(text), _COUNT_CHUNK):
        chunk = text[at : at + _COUNT_CHUNK]
        if chunk.isascii():
            marks = chunk.encode("ascii").translate(_ASCII_WORD_MARKS)
            count += marks.count(b" w") + (marks[:1] == b"w")
        else:
            count += _WORD.subn("", chunk)[1]
        if at and _is_word_char(text[at - 1]) and _is_word_char(text[at]):
            count -= 1
    return count


_COUNT_CHUNK = 1 << 16


def _is_word_char(c: str) -> bool:
    """Whether *c* is matched by ``\\w`` (a Unicode letter or digit, or ``_``)."""
    return c.isalnum() or c == "_"


#: ASCII bytes to ``w`` for a word character, to a space for the rest.
_ASCII_WORD_MARKS = bytes(ord("w") if _is_word_char(chr(b)) else ord(" ") for b in range(256))


def classify(
    lines: Lines,
    lex: Lexicon,
    dates: DateFinder,
    hints: Sequence[Hints] | None = None,
    *,
    titles: Mapping[str, int] = NO_TITLES,
    site_names: frozenset[str] = frozenset(),
    tree: Sequence[int] = (),
    summaries: frozenset[str] = frozenset(),
) -> tuple[list[Tag], str | None]:
    """Decide a :class:`Tag` for every line; also return the detected language.

    The steps: features and local rules; captions with credits below a
    sentence; the article region; the headline and standfirst above the first
    paragraph (the body starts after the headline); the remaining credits; one
    byline and one stamp of each kind; related blocks and body blocks inside
    the region; the rest is boilerplate.  *hints*, for lines from HTML, add
    structural evidence to these steps; *titles* are the headlines the
    page's metadata gives (keys by :func:`~newsparse.normalize.title_key`, with their rank), a line equal to one is likely the headline, and
    *site_names* the site's names there, which never are; *tree*
    is the HTML block tree, whose article container gathers what the region missed.
    """
    # the token lists of the lines the language is judged from are kept for the
    # features; later lines are tokenised one at a time (a page's token lists
    # would be most of the memory parsing needs)
    sample: list[list[str]] = []

    def tokens() -> Iterator[list[str]]:
        for text in lines.texts:
            toks = _tokens(text)
            if len(sample) < _KEPT_TOKEN_LISTS:
                sample.append(toks)
            yield toks

    languages = languages_of(tokens(), lex.stop_index)
    language = languages[0] if languages else None
    stop = lex.stopwords.get(language or "", frozenset())
    if len(languages) > 1:  # a page in two languages: prose in either is prose
        stop = stop.union(*(lex.stopwords[code] for code in languages[1:]))
    kept = len(sample)
    shared: dict[tuple[int, int, str, int], Features] = {}
    feats = [
        describe(text, sample[k] if k < kept else _tokens(text), stop, _word_count(text), shared)
        for k, text in enumerate(lines.texts)
    ]
    shared.clear()
    sample.clear()  # (the lines beyond the sample were never kept)
    ledes = _wire_ledes(lines.texts, feats, lex)
    ctx = Context(lines, feats, lex, dates, language, hints, titles, site_names, tree, ledes, summaries)
    tags = local_tags(ctx)
    find_captions(ctx, tags)
    join_figure_parts(ctx, tags)
    pair_credits(ctx, tags, sentences_only=True)
    _release_unclaimed_credits(ctx, tags)
    mark_comment_threads(ctx, tags)
    lo, hi = article_region(ctx, tags)
    scored_end = hi  # (where the prose ends: a signature stands under it)
    if hints is None:  # (from HTML, the article container gathers what the region left)
        hi = region_to_the_end(tags, hi)
    first_body = first_paragraph(ctx, tags, lo, hi)
    headline = find_headline(ctx, tags, first_body)
    if headline is not None:
        tags[headline] = Tag("headline", None, "headline.title_before_body")
        if headline < hi:
            lo = headline + 1  # the body starts under the headline (what the region held above it is none)
        # (a headline under the region is a title repeated lower on the page: the region stands)
        standfirst = find_standfirst(ctx, tags, headline, first_body)
        if standfirst is not None:
            tags[standfirst] = Tag("standfirst", None, "standfirst.set_apart")
    else:
        lo = min(lo, first_body)
    pair_credits(ctx, tags)
    head_end = max(first_body, (headline or 0) + 1)
    if not _settle_bylines(ctx, tags, headline, min(lo, first_body), head_end):
        if hints is not None:
            _byline_in_furniture(ctx, tags)
        _signature(ctx, tags, lo, scored_end)
    _settle_datelines(ctx, tags, hi, headline, head_end)
    mark_related(ctx, tags, (lo, hi))
    mark_body(ctx, tags, (lo, hi))
    mark_recipe(ctx, tags)
    if hints is not None:
        fill_container(ctx, tags, head_end, headline + 1 if headline is not None else head_end)
        _body_kinds_from_tags(tags, hints)
    _read_byline(ctx, tags)
    _mark_author_boxes(ctx, tags)
    _settle_leftovers(ctx, tags, head_end)
    return tags, language


#: How many lines after an author box's label are about the author at most (a name, a
#: job title, the paragraph about them), and how many pieces of furniture (a handle) among them.
_AUTHOR_BOX_LINES = 3
_AUTHOR_BOX_FURNITURE = 3
#: A line of this many words after the label is the paragraph about the author, the box's last line.
_BIO_WORDS = 8


def _mark_author_boxes(ctx: Context, tags: list[Tag]) -> None:
    """The lines after an author box's label (``About the author``, ``Über die Autorin:``)
    are about the author: the name, job title and the paragraph about them, which had
    been read as body, a related item or left undecided, become boilerplate; the box
    ends with that paragraph, a long one or other furniture."""
    labels = ctx.lex.author_labels
    texts, feats, categories = ctx.lines.texts, ctx.feats, ctx.lines.categories
    for i, tag in enumerate(tags):
        # (a label is a whole-line phrase of kind "other": most lines are not, and skip the key)
        if tag.role != "boilerplate" or "other" not in categories[i] or phrase_key(texts[i]) not in labels:
            continue
        about = furniture = 0
        for j in range(i + 1, len(tags)):
            t = tags[j]
            if t.rule == "byline.author_bio":
                break  # the paragraph about the author, found by their name
            if t.role == "boilerplate" and t.kind == "other" and furniture < _AUTHOR_BOX_FURNITURE:
                furniture += 1  # the author's name or handle, already furniture
            elif t.role in _ABOUT_THE_AUTHOR_ROLES and feats[j].words <= _MAX_BIO_WORDS and about < _AUTHOR_BOX_LINES:
                tags[j] = shared_tag("boilerplate", "other", "byline.author_bio")
                about += 1
                if feats[j].words >= _BIO_WORDS:
                    break  # the paragraph about the author ends the box
            else:
                break


#: What a line about the author may have been taken for before its box's label was read.
_ABOUT_THE_AUTHOR_ROLES = frozenset(("body", "text", "related"))


def _wire_ledes(texts: Sequence[str], feats: list[Features], lex: Lexicon) -> tuple[int, ...]:
    """The lines that open with a wire story's dateline (``ST. JOSEPH, Mich. (AP) — Michigan
    health authorities are reporting...``): a story's first paragraph, made prose whatever
    share of stopwords its place names and capitals leave it."""
    agencies = lex.agencies
    # (a dateline holds a bracket: most lines skip the call)
    ledes = tuple(k for k, text in enumerate(texts) if "(" in text and opens_with_wire_dateline(text, agencies))
    for k in ledes:
        if feats[k].cls != GOOD:
            feats[k] = feats[k].with_class(GOOD)
    return ledes


#: The most words of a line about the author after the author's name (``Phil Helsel is a reporter for NBC News.``).
_MAX_BIO_WORDS = 80


def _about_the_author(heading: str, names: Container[str], lex: Lexicon) -> str | None:
    """The author's name (case folded) when the case-folded *heading* is an author box's, the
    byline's author after its word (``About Jane Doe``, ``Sobre Carlos Nadalim``); else ``None``."""
    for word in lex.about_author:
        if heading.startswith(word + " ") and heading[len(word) + 1 :] in names:
            return heading[len(word) + 1 :]
    return None


def _read_byline(ctx: Context, tags: list[Tag]) -> None:
    """Read the byline's names (kept in its tag, for the assembly) and mark what is
    about the author: their name alone on a line after it and the paragraph about them
    after that, and a short paragraph opening with their full name (``Jacob Wade is a
    personal finance expert ...``), are boilerplate, not a subheading and paragraphs."""
    at = next((i for i, t in enumerate(tags) if t.role == "byline"), None)
    if at is None:
        return
    tag, texts = tags[at], ctx.lines.texts
    byline = parse_byline(texts[at], tag.data if isinstance(tag.data, int) else 0, ctx.lex, ctx.dates, ctx.language)
    tags[at] = Tag(tag.role, tag.kind, tag.rule, byline)
    names = {name.casefold() for name in byline.authors}
    if not names:
        return
    full_names = tuple(sorted({name.lower() for name in byline.authors if " " in name}))
    last_body: int | None = None  # where the body ends, read once when an author box needs it
    for i in range(at + 1, len(tags)):
        if tags[i].role != "body":
            continue
        low = texts[i].casefold()
        # (the author's name alone, or after "About": the heading of a box about them)
        named = (low if low in names else _about_the_author(low, names, ctx.lex)) if tags[i].kind == "subheading" else None
        if named is not None:
            tags[i] = shared_tag("boilerplate", "other", "byline.author_box")
            if last_body is None:
                last_body = max((k for k, t in enumerate(tags) if t.role == "body"), default=-1)
            following = i + 1
            if (
                following < len(tags)
                and tags[following].role == "body"
                and ctx.feats[following].words <= _MAX_BIO_WORDS
                # about the author: it names them (first, under their name; anywhere, under "About"
                # and their name), or it is the last paragraph ("Als Content Marketing Managerin
                # betreue ich ...")
                and (
                    texts[following].casefold().startswith(low + " ")
                    or named != low and named in texts[following].casefold()
                    or following >= last_body
                )
            ):
                tags[following] = shared_tag("boilerplate", "other", "byline.author_bio")
        elif full_names and ctx.feats[i].words <= _MAX_BIO_WORDS and _opens_with_name(texts[i], full_names):
            tags[i] = shared_tag("boilerplate", "other", "byline.author_bio")


def _opens_with_name(text: str, names: tuple[str, ...]) -> bool:
    """Does *text* open with one of *names* (in lower case) and go on about them in lower
    case (``Jacob Wade is a ...``, ``Jane Doe, a reporter ...``; not ``Jane Doe Jr. ...``)?"""
    for name in names:
        after = text[len(name) : len(name) + 2]
        if text[: len(name)].lower() == name and (after == ", " or after[:1] == " " and after[1:].islower()):
            return True
    return False
