"""The article region (a maximum-scoring run of lines), related blocks and body blocks."""

from __future__ import annotations

import re

from newsparse.features import (
    BAD,
    CLOSING_QUOTES,
    GOOD,
    NEAR,
    SHORT,
    Features,
    is_name_like,
    unspaced,
)
from newsparse.html import Hints
from newsparse.rules import phrase_key
from newsparse.rules import structure as S
from newsparse.tags import POST_NOTE, TIME_RULES, Context, Tag, shared_tag

_SCORE = {GOOD: 1.0, NEAR: 0.8, SHORT: -0.35, BAD: -0.6}


#: A sentence this long is body even with few stopwords (a results roundup, a list of names).
_LONG_SENTENCE_CHARS = 100


def _long_sentence(f: Features) -> bool:
    """A long sentence with few stopwords (names, scores): body all the same."""
    return f.cls == BAD and f.sentence and f.chars >= _LONG_SENTENCE_CHARS


_ROLE_SCORE = {"boilerplate": -1.5, "relhead": -2.5, "caption": 0.0, "credit": 0.0, "byline": 0.0, "dateline": 0.0}


_BARRIER_KINDS = {"comments": -6.0, "newsletter": -2.5, "footer": -3.0, "cookie": -3.0}


def _score(tag: Tag, f: Features) -> float:
    if tag.role == "text" or tag.rule == POST_NOTE:  # (the note closes the post: it holds the region as prose would)
        if f.cls == GOOD:
            return min(f.chars, 800) / 100.0
        if f.cls == BAD and _long_sentence(f):  # (the class first: most lines skip the call)
            return _SCORE[NEAR]  # body, as mark_body reads it (body.long_sentence)
        return _SCORE[f.cls]
    if tag.role == "boilerplate":
        return _BARRIER_KINDS.get(tag.kind or "", _ROLE_SCORE["boilerplate"])
    return _ROLE_SCORE.get(tag.role, 0.0)


def _html_score(tag: Tag, f: Features, hint: Hints) -> float:
    """:func:`_score` with HTML evidence: link lists count against, the article element for."""
    if tag.role == "text":
        if hint.link_share >= 0.5 and f.cls != GOOD:
            return _LINKED_HEADING if hint.tag in _TEASER_HEADINGS else _SCORE[BAD]
        if hint.flags & S.ARTICLE:
            return _score(tag, f) + _IN_ARTICLE
    return _score(tag, f)


#: What a heading that is a link scores: the title of a teaser for another article.
_LINKED_HEADING = -3.0
_TEASER_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))

#: What a wire story's first paragraph adds to its score (see :func:`_wire_lede`): a short
#: wire story outscores a longer list of teasers above it (scores from 3 to 20 give the same
#: output on the dev inputs).
_WIRE_LEDE = 4.0

#: What a text line inside ``<article>``, ``<main>`` or ``itemprop=articleBody`` adds to its score.
_IN_ARTICLE = 0.3


def article_region(ctx: Context, tags: list[Tag]) -> tuple[int, int]:
    """The maximum-scoring contiguous run of lines ``[start, end)``."""
    best, best_lo, best_hi = 0.0, 0, 0
    run, lo = 0.0, 0
    hints = ctx.hints
    lede = _wire_lede(ctx, tags)
    for i, (tag, f) in enumerate(zip(tags, ctx.feats)):
        if run <= 0:
            run, lo = 0.0, i
        run += _score(tag, f) if hints is None else _html_score(tag, f, hints[i])
        if i == lede:
            run += _WIRE_LEDE
        if run > best:
            best, best_lo, best_hi = run, lo, i + 1
    return best_lo, best_hi


def mark_comment_threads(ctx: Context, tags: list[Tag]) -> None:
    """A readers' comment thread under a comments heading (``[ 167 comments ]``, ``Top Rated
    Comments``) is boilerplate of kind ``comments``: from the heading, at least
    :data:`_THREAD_STAMPS` comments, each a time (``2 days ago at 07:52 am``) followed by
    prose, the first time within :data:`_THREAD_START` lines of the heading and each next
    within :data:`_THREAD_GAP` lines of the last, up to the last comment's end (the next
    furniture).  Their prose would otherwise join the article's body.  (A list of teasers,
    each a title and its time, holds no prose; an article's own stamps, one above the
    other, no comment between them.)"""
    n = len(tags)
    done = 0  # (where the last thread found ends)
    for i in [k for k, t in enumerate(tags) if t.kind == "comments" and t.role == "boilerplate"]:
        if i < done:
            continue
        stamps: list[int] = []
        prose_since = False  # (a comment's text since the last stamp)
        j = i + 1
        while j < n and j - (stamps[-1] if stamps else i) <= (_THREAD_GAP if stamps else _THREAD_START):
            t = tags[j]
            if t.role == "relhead" or t.role == "boilerplate" and t.kind in _THREAD_ENDS:
                break
            if t.rule in TIME_RULES:
                if stamps and not prose_since:
                    break  # two stamps with no comment between them
                stamps.append(j)
                prose_since = False
            elif t.role == "text" and ctx.feats[j].cls in _COMMENT_PROSE:
                prose_since = True
            j += 1
        if len(stamps) < _THREAD_STAMPS or not prose_since:
            continue
        end = stamps[-1] + 1  # the last comment: its text up to the next furniture
        while end < n and end - stamps[-1] <= _THREAD_GAP and tags[end].role == "text":
            end += 1
        for k in range(i + 1, end):
            if tags[k].role == "text" or tags[k].rule in TIME_RULES:
                tags[k] = shared_tag("boilerplate", "comments", "comments.thread")
        done = end


#: What a comment's text is, and the furniture that ends a thread.
_COMMENT_PROSE = frozenset((GOOD, NEAR))
_THREAD_ENDS = frozenset(("newsletter", "footer", "cookie", "paywall"))
#: How many comments make a thread; how many lines after the heading the first one's time stands
#: at most, and how many lines after each time the next one (a comment of a few paragraphs).
_THREAD_STAMPS = 2
_THREAD_START = 6
_THREAD_GAP = 12


def _wire_lede(ctx: Context, tags: list[Tag]) -> int | None:
    """The one line of the page that opens with a wire story's dateline (``ST. JOSEPH, Mich.
    (AP) — ...``): an article's first paragraph.  Several are the blurbs of a list of wire
    stories, none of them the article."""
    ledes = [i for i in ctx.wire_ledes if tags[i].role == "text"]
    return ledes[0] if len(ledes) == 1 else None


def region_to_the_end(tags: list[Tag], hi: int) -> int:
    """Where the region ends: at *hi*, or at the end of the input when nothing
    after *hi* is page furniture of a known kind (a widget, prompt, menu or
    related heading).  Such an input is an article container whose last part
    (a recipe's steps, a table of settings) scored low: its lines are judged
    as the rest of the article rather than dropped with the region."""
    for t in tags[hi:]:
        if t.role == "relhead" or t.role == "boilerplate" and t.kind != "other":
            return hi
    return len(tags)


def first_paragraph(ctx: Context, tags: list[Tag], lo: int, hi: int) -> int:
    """The first paragraph of real prose in the region (a good line, else a near one; not
    one in capitals, a blog's tagline over its posts)."""
    feats = ctx.feats
    for i in range(lo, hi):
        if tags[i].role == "text" and feats[i].cls == GOOD and not feats[i].upper:
            return i
    for i in range(lo, hi):
        if tags[i].role == "text" and feats[i].cls == NEAR and feats[i].chars >= 100:
            return i
    return lo


def _item_like(tag: Tag, f: Features, text: str) -> bool:
    """A linked title: a short line that does not end like a sentence (a question may)."""
    # (a title in a script that sets no spaces, Chinese or Japanese, is one run of letters)
    run = unspaced(text[0]) and " " not in text and f.chars >= _UNSPACED_TITLE_CHARS
    if tag.role != "text" or not (2 <= f.words <= 40 or run) or f.chars > 260:
        return False
    if " " not in text and not run:  # a slug or an encoded link, not a title
        return False
    # (a long one may end its last sentence inside a quotation: `... have been realized."`;
    # a teaser's title may be a quoted sentence: `... to Iran: "Any place you go, we will find you."`)
    if text[-1] in CLOSING_QUOTES and f.words >= _QUOTED_PROSE_WORDS:
        text = text.rstrip(CLOSING_QUOTES)
    return not text.endswith(".") or text.endswith(("...", "…")) or f.cls in (SHORT, BAD)


#: The fewest characters of a title set without spaces.
_UNSPACED_TITLE_CHARS = 6

#: A line of this many words whose quotation closes after a full stop ends like prose.
_QUOTED_PROSE_WORDS = 25


def mark_related(ctx: Context, tags: list[Tag], region: tuple[int, int]) -> None:
    """A related heading followed by title-like items becomes a related block."""
    n = len(tags)
    for i in range(n):
        if tags[i].role != "relhead":
            continue
        items: list[int] = []
        credits: list[int] = []
        j = i + 1
        topic = _topic_after(ctx, tags, i)
        if topic is not None:
            j = topic + 1  # "More On:" / "taliban": the topic's link, then the items
        while j < n:
            t, f = tags[j], ctx.feats[j]
            if t.role == "relhead" or (t.role == "boilerplate" and t.kind in ("comments", "newsletter", "footer", "cookie")):
                break
            if _item_like(t, f, ctx.lines.texts[j]):
                if is_name_like(ctx.lines.texts[j]) or ctx.lines.texts[j].casefold() in ctx.lex.agencies:
                    credits.append(j)  # an item's author or agency
                else:
                    items.append(j)
            elif t.role == "text":
                break
            j += 1
        if len(items) > 1 and _inline_in_prose(ctx, tags, i, j):
            # a label inline with its link ("Read more: Title", one line) where the article goes
            # on after the lines under it: they are the article's (subheadings, short paragraphs)
            items, credits = items[:1], []
        for k in credits:
            tags[k] = Tag("boilerplate", "other", "related.credit")
        if items and topic is not None:
            tags[topic] = Tag("boilerplate", "navigation", "related.topic")
        if items:
            tags[i] = Tag("related", "heading", "related.heading")
            for j in items:
                tags[j] = Tag("related", "item", "related.item", i)
        else:
            tags[i] = Tag("boilerplate", tags[i].kind or "other", "related.no_items")


def _topic_after(ctx: Context, tags: list[Tag], i: int) -> int | None:
    """The line under a related heading that ends with a colon (``More On:``) when it is the topic
    it names, a tag's link (``taliban``: a word or two in small letters), else ``None``."""
    k = i + 1
    if k >= len(tags) or not ctx.lines.texts[i].endswith(":") or tags[k].role != "text":
        return None
    text = ctx.lines.texts[k]
    return k if ctx.feats[k].words <= _TOPIC_WORDS and text.islower() and not ctx.feats[k].sentence else None


#: The most words of a topic's link under a related heading.
_TOPIC_WORDS = 2


def _inline_in_prose(ctx: Context, tags: list[Tag], i: int, stop: int) -> bool:
    """Is the related heading *i* inline with its first link (one source line), and
    does prose follow where its title-like lines end (at *stop*)?"""
    if not (ctx.lines.glued[i] and ctx.lines.source_lines[i + 1] == ctx.lines.source_lines[i]):
        return False
    return stop < len(tags) and tags[stop].role == "text" and ctx.feats[stop].cls in (GOOD, NEAR)


#: A line inside the article (between its first and last paragraph) with this many words is body.
_INSIDE_MIN_WORDS = 3


def mark_body(ctx: Context, tags: list[Tag], region: tuple[int, int]) -> None:
    """Inside the region: paragraphs, subheadings and list items."""
    lo, hi = region
    feats = ctx.feats

    def _next_is_body(k: int) -> bool:
        if not (k + 1 < hi and tags[k + 1].role == "text"):
            return False
        f = feats[k + 1]
        return f.cls in (GOOD, NEAR) or _long_sentence(f)

    def _list_context(k: int) -> bool:
        """A bullet next to other bullets."""
        return any(0 <= j < len(feats) and feats[j].bullet for j in (k - 1, k + 1))

    def body_near(k: int, step: int) -> bool:
        """Is the next line in direction *step* body-like (captions and furniture skipped)?"""
        k += step
        while lo <= k < hi:
            t = tags[k]
            if t.role == "body" or (t.role == "text" and feats[k].cls in (GOOD, NEAR)):
                return True
            if t.role not in ("caption", "boilerplate"):
                return False
            k += step
        return False

    def _prose_heading(k: int) -> bool:
        """A subheading whose small words make it read as prose: a title-like line of a few
        words, no sentence's end nor a colon, alone between paragraphs (not one of a list of
        such lines, nor a sentence going on in the next line)."""
        if not _heading_like(feats[k]) or ctx.lines.texts[k].endswith(":"):
            return False
        if not (_next_is_body(k) and body_near(k, -1)) or ctx.lines.texts[k + 1][0].islower():
            return False
        return not (_heading_like(feats[k - 1]) or _heading_like(feats[k + 1]))

    prose = [i for i in range(lo, hi) if tags[i].role == "text" and feats[i].cls in (GOOD, NEAR)]
    first, last = (prose[0], prose[-1]) if prose else (hi, lo)
    for i in range(lo, hi):
        t, f = tags[i], feats[i]
        if t.role != "text":
            continue
        if f.cls == NEAR and _prose_heading(i):
            tags[i] = shared_tag("body", "subheading", "body.prose_subheading")
        elif f.cls in (GOOD, NEAR):
            tags[i] = shared_tag("body", "paragraph", f"body.{f.cls}")
        elif f.bullet and (_list_context(i) or body_near(i, -1) or body_near(i, 1)):
            tags[i] = Tag("body", "list_item", "body.bullet")
        elif _long_sentence(f):
            tags[i] = Tag("body", "paragraph", "body.long_sentence")
        elif f.title and not f.sentence and f.words <= 20 and _next_is_body(i) and body_near(i, -1):
            tags[i] = Tag("body", "subheading", "body.subheading")
        elif f.sentence and f.words >= 3 and body_near(i, -1) and body_near(i, 1):
            tags[i] = Tag("body", "paragraph", "body.short_sentence")
        elif first < i < last and f.words >= _INSIDE_MIN_WORDS:
            tags[i] = Tag("body", "paragraph", "body.inside")


#: The most words of a subheading that reads like prose (``Indictments unsealed as head of
#: prison agency testified before Congress``).
_PROSE_HEADING_WORDS = 12


def _heading_like(f: Features) -> bool:
    """A title-like line of a few words with no sentence's end."""
    return f.title and not f.sentence and f.words <= _PROSE_HEADING_WORDS


#: How many lines under a recipe's ingredients heading its steps heading stands at most.
_RECIPE_LINES = 80
#: The most words of a recipe's heading (``Sposób przygotowania``, ``Étapes de préparation``).
_RECIPE_HEADING_WORDS = 3
#: The most words of a line ending with a colon that heads a group of ingredients (``Für den Teig:``).
_INGREDIENT_GROUP_WORDS = 6


def mark_recipe(ctx: Context, tags: list[Tag]) -> None:
    """A recipe's ingredients and steps are body wherever the region fell (an ingredient
    is too short to score as prose).  Under the last ingredients heading (``Zutaten``) before a
    steps heading (``Zubereitung``), a few dozen lines at most, each undecided line is an
    ingredient (one ending with a colon heads a group of them: ``Für den Teig:``); under
    the steps heading, the steps are the sentences up to the first other line after one
    (step numbers and what stands before the first step, such as ``Hide images``, apart)."""
    texts, feats, lex = ctx.lines.texts, ctx.feats, ctx.lex
    ingredients: int | None = None
    j = 0
    while j < len(tags):
        if feats[j].words <= _RECIPE_HEADING_WORDS and tags[j].role in ("text", "body"):
            key = phrase_key(texts[j])
            if key in lex.recipe_ingredients:
                ingredients = j
            elif key in lex.recipe_steps and ingredients is not None and j - ingredients <= _RECIPE_LINES:
                for k in (ingredients, j):
                    tags[k] = shared_tag("body", "subheading", "recipe.heading")
                for k in range(ingredients + 1, j):
                    # (undecided, or short lines between prose that the body took as paragraphs)
                    if tags[k].role == "text" or tags[k].rule == "body.inside":
                        tags[k] = _ingredient(texts[k], feats[k])
                j = _mark_steps(ctx, tags, j + 1)
                ingredients = None
                continue
        j += 1


def _ingredient(text: str, f: Features) -> Tag:
    """The tag of a line among a recipe's ingredients: an ingredient, or the heading of a group of them."""
    if text.endswith(":") and f.words <= _INGREDIENT_GROUP_WORDS:
        return shared_tag("body", "subheading", "recipe.group")
    return shared_tag("body", "list_item", "recipe.ingredient")


def _mark_steps(ctx: Context, tags: list[Tag], start: int) -> int:
    """Mark the steps of a recipe from line *start* on (see :func:`mark_recipe`); where they end."""
    texts, feats = ctx.lines.texts, ctx.feats
    stepped = False
    k = start
    while k < len(tags):
        t, f = tags[k], feats[k]
        if t.role == "body" or t.rule == "counter":
            stepped = stepped or t.role == "body"
        elif t.role != "text":
            break  # furniture, a caption, a related block: the steps are over
        elif _STEP_NUMBER.fullmatch(texts[k]) is not None:
            pass  # (a step's number stays what it is)
        elif f.sentence or f.cls in (GOOD, NEAR):
            tags[k] = shared_tag("body", "paragraph", "recipe.step")
            stepped = True
        elif stepped:
            break
        k += 1
    return k


#: A step's number on a line of its own (``3``, ``3.``, ``Step 3``); anchored and bounded,
#: so no search is ever tried from more than one offset.
_STEP_NUMBER = re.compile(r"\A(?:[^\W\d_]{1,20} )?\d{1,2}[.):]?\Z")


#: The article container holds at least this share of the body's characters.
_CONTAINER_SHARE = 0.9


def _container(ctx: Context, tags: list[Tag]) -> int | None:
    """From HTML, the deepest block element that holds nearly all of the body text."""
    tree = ctx.tree
    hints = ctx.hints
    if not tree or hints is None:
        return None
    held: dict[int, int] = {}
    total = 0
    for i, t in enumerate(tags):
        if t.role != "body":
            continue
        n = ctx.feats[i].chars
        total += n
        node = hints[i].node
        while node:
            held[node] = held.get(node, 0) + n
            node = tree[node]
    if not total:
        return None
    best, depth = None, -1
    for node, n in held.items():
        if n >= total * _CONTAINER_SHARE:
            d, k = 0, node
            while k:
                d, k = d + 1, tree[k]
            if d > depth:
                best, depth = node, d
    return best


_CELLS = frozenset(("td", "th"))
#: What a local rule may have taken a table cell for (a number, a menu word) and still be content.
_CELL_KINDS = frozenset(("other", "navigation"))


def fill_container(ctx: Context, tags: list[Tag], head_end: int, below_headline: int) -> None:
    """From HTML: undecided text after the head (*head_end*) inside the article's
    container is body too (recipes, lists, short lines the region left out), and
    so are the cells of a data table below the headline (*below_headline*)."""
    container = _container(ctx, tags)
    hints = ctx.hints
    if container is None or hints is None:
        return
    tree = ctx.tree
    inside: dict[int, bool] = {0: False, container: True}

    def within(node: int) -> bool:
        path = []
        while node not in inside:
            path.append(node)
            node = tree[node]
        answer = inside[node]
        for k in path:
            inside[k] = answer
        return answer

    last = max((i for i, t in enumerate(tags) if t.role == "body"), default=-1)
    for i in range(below_headline, len(tags)):
        t, h = tags[i], hints[i]
        if h.tag in _CELLS and (t.role == "text" or t.role == "boilerplate" and t.kind in _CELL_KINDS) and within(h.node):
            # a data table in the article: its cells are content, numbers and labels too
            tags[i] = Tag("body", "paragraph", "html.table_cell")
        elif i < head_end:
            continue
        elif t.role == "text" and h.link_share < 0.5 and within(h.node):
            tags[i] = Tag("body", "paragraph", "html.in_container")
        elif i > last and t.role not in ("caption", "credit", "text"):
            if t.role == "related" and ctx.lines.glued[i]:
                continue  # a link inline in the article ("Read more: Title"): the article goes on
            if t.role == "dateline" or t.rule == "dateline.extra":
                continue  # a date in the article's container (an event's, "2018.04.05 ~ OPEN RUN"): it goes on
            break  # after the body, the first piece of furniture ends it
