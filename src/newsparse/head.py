"""What stands above the body: the headline, the standfirst and a byline without a marker word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Sequence

from newsparse.byline import joined_names, signs_as_newsroom
from newsparse.captions import UNCLAIMED_CREDIT
from newsparse.features import (
    CLOSING_QUOTES,
    GOOD,
    NAME_PARTICLES,
    NEAR,
    caseless,
    is_name_like,
    opens_with_wire_dateline,
    unspaced,
)
from newsparse.html import Hints
from newsparse.lines import doubled_half
from newsparse.normalize import LOWER, UPPER, title_key
from newsparse.rules import Lexicon
from newsparse.rules import structure as S
from newsparse.tags import TIME_RULES, Context, Tag

HANDLES = re.compile(r"@\w+")


def _is_menu_item(i: int, ctx: Context, tags: list[Tag]) -> bool:
    """A very short line between other very short lines (or first, above one): a menu
    entry, or the site's name at the top of a page."""
    def short(j: int) -> bool:
        if j == -1:
            return True  # the start of the text
        return 0 <= j < len(tags) and (tags[j].role == "boilerplate" or tags[j].role == "text" and ctx.feats[j].words <= 3)
    return ctx.feats[i].words <= 3 and short(i - 1) and short(i + 1)


#: Weights of the headline features (see :func:`headline_features`), fitted by coordinate ascent
#: on the dev corpora's article views (features that earned no weight were dropped); ``near_stamp``
#: and ``quoted`` refitted on the page views too, where a whole page's menus and link lists stand
#: between the top and the headline, and a byline or date beside a line says most.
HEADLINE_WEIGHTS: dict[str, float] = {
    "base": 3.0,
    "length": 0.6,
    "one_word": -1.05,
    "few_words": -0.05,
    "menu_item": -3.0,
    "upper": -0.75,
    "ends_colon": -2.0,
    "ends_period": -1.0,
    "sentences": -1.15,
    "separators": -2.6,
    "digits": -3.0,
    "near_stamp": 2.0,
    "distance": -0.5,
    "prose_follows": 0.25,
    "gap_before": -0.25,
    "from_top": -2.0,
    "title_case": -0.1,
    "quoted": 0.5,
    # a quotation with its speaker after it ("“We have to ...,” the chairman said"): a
    # pull quote or a deck, not the title (set by hand: it fixes a zyte page, changes no traf one)
    "attributed": -1.0,
    # the line is longer than a title-like line of five words or more right above it: the
    # deck under its title (set by hand: -1.5 to -3 gains on both halves of each traf view,
    # no zyte page moves)
    "deck_under_title": -2.0,
    # the line shares two words (of four letters or more) with the first lines of the body, as a
    # title does with its lede (set by hand: gains on both halves of the page views of both
    # corpora, and of the traf article view as a whole)
    "lede_words": 0.5,
    # from HTML only: the line is an <h1> or marked itemprop=headline
    "h1": 4.0,
    # from HTML only: the line equals a headline in the page's metadata
    "meta_title": 4.0,
    # another candidate repeats the line (see _echoed): set by hand, below the fitted
    # weights' noise, where it fixes pages on both corpora and changes no zyte page
    "echoed": 0.5,
}


_OPENERS = "\"“„«»‘'¿¡(#"
#: A comma beside a closing quotation mark: the quotation is followed by who said it.
_ATTRIBUTION = re.compile(r",\s?[\"”“»‘’']|[\"”“»’']\s?,")


#: What a line quoting a title ends with, and the longest such line read as a comments heading.
_CLOSING_QUOTES = frozenset(CLOSING_QUOTES)
_MAX_ECHO_LINE = 300


def echoed_titles(texts: Sequence[str], lex: Lexicon) -> list[str]:
    """The titles comments headings quote, as a blog names its post under it
    (``5 thoughts on “Title”``, ``Ein Gedanke zu „Title“``), by :func:`title_key`."""
    echo = lex.title_echo
    out = []
    for text in texts:
        if text and text[-1] in _CLOSING_QUOTES and len(text) <= _MAX_ECHO_LINE:
            m = echo.match(text)
            if m is not None:
                out.append(title_key(m.group("title")))
    return out


def headline_candidate(i: int, ctx: Context, tags: list[Tag]) -> bool:
    """Could line *i* be the headline at all?"""
    f, text = ctx.feats[i], ctx.lines.texts[i]
    if tags[i].role != "text" or f.bullet or f.words > 40 or f.chars > 250 or tags[i].rule == UNCLAIMED_CREDIT:
        return False  # (a line shaped like a credit is a credit or a menu's: "Arbeit/Beruf")
    if ctx.site_names and title_key(text) in ctx.site_names:
        return False  # the site's logo or name
    if text[-1] in ",;" or text[-1] == "." and (f.words > 25 or f.words >= _LEDE_WORDS and not _two_sentences(text)):
        return False  # (one long sentence with its full stop: the article's first, not its title)
    if opens_with_wire_dateline(text, ctx.lex.agencies):
        return False  # a wire story's first paragraph
    if text[0].isdigit() and _in_number_led_list(i, ctx, tags):
        return False  # a list's item: an ingredient ("65 g Margarine oder Butter"), a result
    if doubled_half(text) is not None:
        return False  # a label written twice (for small and large screens): a menu's, not the title
    if _CLOSING.get(text[0]) == text[-1] and text.find(text[-1]) == len(text) - 1:
        return False  # a whole line in brackets, an aside or a rating's label: "(Könnte besser sein)"
    if is_name_like(text) and text.split(None, 1)[0].casefold() in ctx.lex.given_names and _stamped(i, tags):
        return False  # a person's name beside a date: the byline (find_bare_byline), not the title
    if unspaced(text[0]):
        # (Chinese and Japanese write their words unspaced: short pieces set apart by
        # spaces are a menu's links, "时政 地方 法治 高层 人事")
        pieces = text.split()
        short = sum(len(p) <= _MENU_PIECE_CHARS for p in pieces)
        return len(pieces) < _MENU_PIECES or short < _MENU_SHORT_SHARE * len(pieces)
    # (a script without capitals but with spaces, Korean or Arabic, opens as a capital does)
    opens = text[0].isupper() or text[0].isdigit() or text[0] in _OPENERS or caseless(text[0]) or _camel_led(text)
    return (opens or _brand_led(text, ctx) and _stamped(i, tags)) and not _menu_line(text, f.words, ctx.lex)


def _menu_line(text: str, words: int, lex: Lexicon) -> bool:
    """Is *text*, of *words* words, a menu's or a share bar's labels in one line, or an address?"""
    if words <= _GLUED_LABEL_WORDS and _glued_labels(text.split(), lex):
        return True  # "Facebook Instagram Envelope Search"
    if words >= _MENU_RUN_WORDS and _menu_run(text, lex):
        return True
    if words >= _LABEL_REPEATS and _repeats_a_label(text):
        return True
    # an address ("The Wayback Machine - https://..."), or labels glued ("AméricaMéxicoVenezuela")
    return "://" in text or len(_GLUED_WORDS.findall(text)) >= _GLUED_LABELS


def _glued_labels(words: Sequence[str], lex: Lexicon) -> bool:
    """Are *words* widget labels glued in one line: all of them, or all but one beside three
    labels or more (``Previous Next``, ``Facebook Instagram Envelope Search``)?"""
    # (one word may be no label beside three labels or more: most lines are done at their first two words)
    unlabelled = 0
    for w in words:
        if not lex.categories(w):
            unlabelled += 1
            if unlabelled > 1 or len(words) < 4:
                return False
    return True


def _menu_run(text: str, lex: Lexicon) -> bool:
    """Is *text* a menu's entries in one line: every word capitalised and none a stopword
    (``Auto Design Interview Kosmetik Mode Persönlich Reisen Schmuck``; a title of as many
    words has its articles and prepositions)?"""
    words = text.split()
    return all(w[0].isupper() or not w[0].isalpha() for w in words) and not any(
        w.casefold().strip(",.:;!?") in lex.stop_index for w in words
    )


#: The fewest words of a line looked at for a menu's entries.
_MENU_RUN_WORDS = 9


def _repeats_a_label(text: str) -> bool:
    """Does *text* repeat a word of four letters or more three times (``TV-Programm von heute
    TV-Programm von morgen TV-Programm von gestern``), or write each of its words twice
    (``Blog Blog Status Status Team Team``, labels for small and large screens)?  A menu's
    entries in one line, not a title."""
    words = text.casefold().split()
    if len(set(words)) > len(words) - _LABEL_REPEATS + 1:
        return False  # (too few words written again for either: most lines)
    if len(words) % 2 == 0 and words[0::2] == words[1::2]:
        return True
    counts = Counter(w for w in words if len(w) >= _REPEATED_WORD_CHARS)
    return bool(counts) and max(counts.values()) >= _LABEL_REPEATS


#: A word this long written this many times in a line makes it a menu's.
_REPEATED_WORD_CHARS = 4
_LABEL_REPEATS = 3


#: Three small letters glued to a capital after them: where two labels of a menu meet when
#: their elements render without a space (``AméricaMéxicoVenezuela``); a title writes a
#: brand's name so once or twice (``WordPress``; ``iPhone``, ``MacBook`` have fewer small
#: letters before the capital), a line of glued labels many times.  German's inner capital
#: I (``LehrerInnen``, ``SchülerIn``) glues nothing.
_GLUED_WORDS = re.compile(rf"(?<=[{LOWER}]{{2}})[{LOWER}](?=[{UPPER}])(?!In(?:nen)?\b)")
_GLUED_LABELS = 3


#: The most words of a line looked at for glued widget labels.
_GLUED_LABEL_WORDS = 8


def _brand_led(text: str, ctx: Context) -> bool:
    """Could *text* be a title opening with a name its owner writes in lower case
    (``creditshelf kooperiert mit finleap und plant Akquisition der Valendo GmbH``):
    a word that is no stopword, then at least :data:`_BRAND_LED_WORDS` words in all,
    :data:`_BRAND_LED_CAPITALS` of them capitalised?  (Such a line is a candidate only
    beside a stamp, where a title stands: elsewhere it is more likely a sentence's tail.)"""
    words = text.split()
    if len(words) < _BRAND_LED_WORDS or not words[0].isalpha() or words[0].casefold() in ctx.lex.stop_index:
        return False
    return sum(w[:1].isupper() for w in words[1:]) >= _BRAND_LED_CAPITALS


#: A title opening with a lower-case name has at least this many words, this many capitalised.
_BRAND_LED_WORDS = 4
_BRAND_LED_CAPITALS = 2


def _camel_led(text: str) -> bool:
    """Does *text* open with a name written with a capital inside it (``iMac``, ``eBay``),
    as a title may?"""
    first = text.split(None, 1)[0].rstrip(":,")
    return first.isalnum() and first[0].islower() and any(c.isupper() for c in first[1:])


#: The bracket that closes each opening one.
_CLOSING = {"(": ")", "[": "]"}


def _in_number_led_list(i: int, ctx: Context, tags: list[Tag]) -> bool:
    """Is the line above or under line *i*, with no blank line between, led by a number too
    (not a date: the title's stamp)?"""
    texts, gaps = ctx.lines.texts, ctx.lines.gaps

    def listed(j: int) -> bool:
        return texts[j][:1].isdigit() and tags[j].role != "dateline"

    above = i > 0 and gaps[i] == 0 and listed(i - 1)
    return above or (i + 1 < len(texts) and gaps[i + 1] == 0 and listed(i + 1))


#: A single sentence this long ending with a full stop is a lede, never the headline.
_LEDE_WORDS = 12
#: A full stop ends a sentence inside a line after a word ending in this many small
#: letters ("century. Now"), not after an abbreviation or initials ("U.S. Rep. Ilhan Omar").
_SENTENCE_END_LETTERS = 3


def _two_sentences(text: str) -> bool:
    """Does a full stop end a sentence inside *text* (a title of two sentences)?"""
    k = text.find(". ")
    while k >= 0:
        before = text[max(0, k - _SENTENCE_END_LETTERS) : k]
        if len(before) == _SENTENCE_END_LETTERS and before.isalpha() and before.islower():
            return True
        k = text.find(". ", k + 2)
    return False

#: In a script without capitals, a line of this many pieces set apart by spaces, most
#: of them (this share) of at most this many characters, is a menu.
_MENU_PIECES = 5
_MENU_PIECE_CHARS = 4
_MENU_SHORT_SHARE = 0.8


def headline_features(
    i: int, ctx: Context, tags: list[Tag], first_body: int, lede: frozenset[str], candidates: Container[int]
) -> dict[str, float]:
    """Named features of candidate line *i*; the headline score is their weighted sum.
    *lede* holds the words of the body's first lines (see :func:`lede_words`), *candidates*
    the lines that may be the headline (see :func:`headline_candidate`)."""
    f, text = ctx.feats[i], ctx.lines.texts[i]
    digits = sum(map(str.isdigit, text))
    n = len(tags)
    words = text.split()
    return {
        "base": 1.0,
        "length": min(f.words, 8) / 8.0,
        "one_word": float(f.words == 1),
        "few_words": float(2 <= f.words <= 3),
        "menu_item": float(_is_menu_item(i, ctx, tags)),
        "upper": float(f.upper),
        "ends_colon": float(text.endswith(":")),
        "ends_period": float(text.endswith(".")),
        "sentences": float(". " in text),
        "separators": float(" | " in text or text.count(" - ") + text.count(" – ") >= 2),
        "digits": float(digits * 5 > len(text) or (text[0].isdigit() and digits >= 4)),
        "near_stamp": float(any(tags[j].role in ("byline", "dateline") for j in range(max(0, i - 2), min(n, i + 5)))),
        "distance": min(first_body - i, 20) / 20.0,
        "prose_follows": float(i + 1 < n and tags[i + 1].role == "text" and ctx.feats[i + 1].cls in (GOOD, NEAR)),
        "gap_before": float(ctx.lines.gaps[i] > 0),
        "from_top": min(i, 20) / 20.0,
        "title_case": sum(w[:1].isupper() for w in words) / len(words) if words else 0.0,
        "quoted": float(text[0] in _OPENERS),
        "attributed": float(text[0] in _OPENERS and _ATTRIBUTION.search(text, 1) is not None),
        "deck_under_title": float(_under_a_title(i, ctx, candidates)),
        "lede_words": float(_tells_the_lede(i, ctx, tags, lede)),
        "h1": float(ctx.hints is not None and _marked_as_headline(ctx.hints[i])),
        "meta_title": float(bool(ctx.titles) and title_key(ctx.lines.texts[i]) in ctx.titles),
    }


#: Words of this many letters or more are compared between a title and its lede.
_LONG_WORD = re.compile(r"\w{4,}")
#: How many of them a title shares with the lede.
_SHARED_LEDE_WORDS = 2
#: How many lines from the first paragraph on are the lede.
_LEDE_LINES = 3


def _long_words(text: str) -> list[str]:
    """The case-folded words of *text* of four letters or more."""
    return _LONG_WORD.findall(text.casefold())


def _tells_the_lede(i: int, ctx: Context, tags: list[Tag], lede: frozenset[str]) -> bool:
    """Does line *i* share words with the *lede* as a title does (not as a caption does,
    right above its credit: ``... approves the plan`` / ``Photo: AP``)?"""
    if not lede or _above_its_credit(i, ctx, tags):
        return False
    return len(lede.intersection(_long_words(ctx.lines.texts[i]))) >= _SHARED_LEDE_WORDS


def _above_its_credit(i: int, ctx: Context, tags: list[Tag]) -> bool:
    """Is line *i* right above a credit line, or above its own copy that is (a caption
    shown twice)?"""
    texts, gaps = ctx.lines.texts, ctx.lines.gaps
    j = i + 1
    if j < len(tags) and gaps[j] == 0 and texts[j] == texts[i]:
        j += 1
    return j < len(tags) and gaps[j] == 0 and tags[j].role == "credit"


def lede_words(ctx: Context, first_body: int) -> frozenset[str]:
    """The words of four letters or more in the prose of the first lines of the body (not a
    short line among them, which may quote a menu's label)."""
    texts, feats = ctx.lines.texts, ctx.feats
    end = min(len(texts), first_body + _LEDE_LINES)
    return frozenset(w for j in range(first_body, end) if feats[j].cls in (GOOD, NEAR) for w in _long_words(texts[j]))


#: A title-like line at least this long above a longer one is the title over its deck.
_TITLE_OVER_DECK_WORDS = 5


def _under_a_title(i: int, ctx: Context, candidates: Container[int]) -> bool:
    """Is line *i* under a shorter title-like line of a few words or more (the title, the
    line *i* its deck: ``Lebenszeichen von Bavaria nach zwei Monaten Funkstille`` over
    ``Seit November ausgefallener Sender wieder aktiv – ...``)?"""
    if not i or not _TITLE_OVER_DECK_WORDS <= ctx.feats[i - 1].words < ctx.feats[i].words:
        return False
    return i - 1 in candidates


def _headline_score(features: dict[str, float]) -> float:
    weights = HEADLINE_WEIGHTS
    return sum([weights[k] * v for k, v in features.items() if v])


#: How many lines before the first paragraph the headline is looked for.
_HEADLINE_WINDOW = 60
#: The same for HTML, where menus are longer but the h1 and metadata point at the headline.
_HTML_HEADLINE_WINDOW = 200


def _marked_as_headline(hint: Hints) -> bool:
    """An ``<h1>``, or an element marked ``itemprop=headline``."""
    return hint.tag == "h1" or bool(hint.flags & S.HEADLINE)


#: What a list item equal to a metadata title scores (an ``<h1>`` scores 1, another title line 2),
#: and a hidden line equal to one (a share widget's copy: less than a shown line, more than an <h1>).
_LISTED_TITLE = 0.9
_HIDDEN_TITLE = 1.5
#: On a page with more than this many ``<h1>`` lines, each scores :data:`_MANY_H1` instead of 1.
_FEW_H1 = 3
_MANY_H1 = 0.5
#: How much less a line equal to a less trusted metadata title scores, per rank.
_RANK_STEP = 0.002


def _marked_headline(ctx: Context, tags: list[Tag]) -> int | None:
    """From HTML: the undecided line that equals a metadata headline and is an ``<h1>``,
    else one of the two (metadata first), the earliest on ties."""
    hints = ctx.hints
    if hints is None:
        return None
    # only an <h1> or a line equal to a title can score: both found in one pass each
    # (_marked_as_headline inline: this runs over every line of the page)
    headline_flag = S.HEADLINE
    marked = [i for i, hint in enumerate(hints) if hint.tag == "h1" or hint.flags & headline_flag]
    titles = ctx.titles
    ranks = {i: titles[key] for i, key in enumerate(map(title_key, ctx.lines.texts)) if key in titles} if titles else {}
    # an <h1> says less on a page that has many (headings of menus and boxes)
    h1 = 1.0 if len(marked) <= _FEW_H1 else _MANY_H1
    best, best_i = 0.0, None
    for i in sorted({*marked, *ranks}):
        t = tags[i]
        if not (t.role == "text" or t.role == "boilerplate" and t.rule.startswith("html.")) or ctx.feats[i].words > 40:
            continue  # undecided, or furniture only by the containers around it
        if ctx.lines.categories[i] or ctx.site_names and title_key(ctx.lines.texts[i]) in ctx.site_names:
            continue  # a known widget or menu label ("Navigation"), or the site's name
        hint = hints[i]
        rank = ranks.get(i)
        # a list item naming the page (a menu entry, a breadcrumb) counts less than an <h1>;
        # between lines equal to titles, the more trusted title wins
        # (a hidden copy, a share widget's title, counts less than a shown line)
        shown = _HIDDEN_TITLE if hint.flags & S.HIDDEN else _LISTED_TITLE if hint.tag == "li" else 2.0
        titled = 0.0 if rank is None else shown - _RANK_STEP * min(rank, 20)
        score = titled + h1 * _marked_as_headline(hint)
        if score > best:
            best, best_i = score, i
    return best_i


def find_headline(ctx: Context, tags: list[Tag], first_body: int) -> int | None:
    """The title-like line before the body that scores best (earliest on ties).

    The lines looked at are those shortly before the body, and the line right above the
    page's first byline however far above (a table of products between the byline and the
    body pushes the title out of reach).  From HTML, a line the page marks as its headline
    (``<h1>``, metadata) wins.
    """
    marked = _marked_headline(ctx, tags)
    if marked is not None:
        return marked
    lo = max(0, first_body - (_HEADLINE_WINDOW if ctx.hints is None else _HTML_HEADLINE_WINDOW))
    cands = [i for i in range(lo, first_body) if headline_candidate(i, ctx, tags)]
    if ctx.titles and lo:  # a line the metadata or the address names is a candidate however far above
        texts = ctx.lines.texts
        titled = [i for i in range(lo) if title_key(texts[i]) in ctx.titles and headline_candidate(i, ctx, tags)]
        cands = titled + cands
    above_byline = _above_first_byline(tags, first_body + 2)
    if above_byline is not None and above_byline < lo and above_byline not in cands and headline_candidate(above_byline, ctx, tags):
        cands = [above_byline, *cands]
    lede = lede_words(ctx, first_body) if cands else frozenset()
    cand_set = frozenset(cands)
    scores = [_headline_score(headline_features(i, ctx, tags, first_body, lede, cand_set)) for i in cands]
    # only a line within the echo's weight of the best can win by it: the others keep their score
    echo = HEADLINE_WEIGHTS["echoed"]
    top = max(scores, default=0.0)
    best, best_i = 0.0, None
    for i, score in zip(cands, scores):
        if score + echo >= top and _echoed(i, cands, ctx.lines.texts):
            score += echo
        if score > best:
            best, best_i = score, i
    # no line before the body could be the title (the body's first line opens the text): the line
    # right above a byline at the body's start is, unless it is a paragraph of prose
    if (
        best_i is None and not cands and above_byline is not None
        and ctx.feats[above_byline].cls != GOOD and headline_candidate(above_byline, ctx, tags)
    ):
        return above_byline
    return best_i


def _above_first_byline(tags: list[Tag], end: int) -> int | None:
    """The line right above the page's first byline (after its first line), when that
    byline stands before line *end*."""
    for i in range(1, min(end, len(tags))):
        if tags[i].role == "byline":
            return i - 1
    return None


#: A line repeated inside another must be at least this long to count as echoed.
_MIN_ECHOED = 6


def _echoed(i: int, cands: list[int], texts: Sequence[str]) -> bool:
    """Does another candidate repeat line *i* word for word, as a breadcrumb's last
    item, a caption or a rating line names the page's title?  Not as the part
    before or after a colon (``Paxlovid: Grünes Licht für ...``): a kicker or a
    section name inside the real headline."""
    text = texts[i]
    if len(text) < _MIN_ECHOED:
        return False
    for j in cands:
        other = texts[j]
        if len(other) <= len(text):
            continue
        at = other.find(text)
        while at >= 0:
            end = at + len(text)
            if not (
                at and other[at - 1].isalnum()
                or end < len(other) and (other[end].isalnum() or other[end] == ":")
                or other[max(0, at - 2) : at] == ": "
            ):
                return True
            at = other.find(text, at + 1)
    return False


def _is_furniture(tag: Tag) -> bool:
    return tag.role in ("byline", "dateline", "caption", "credit", "boilerplate", "relhead")


#: At most this many words of a section label between the headline and the standfirst.
_LABEL_WORDS = 2


def find_standfirst(ctx: Context, tags: list[Tag], headline: int, body_start: int) -> int | None:
    """The summary set apart between headline and body.

    The first sentence-like line after the headline is the standfirst when
    page furniture (byline, date, caption, widgets) or a wider gap separates
    it from the next body line.
    """
    n = len(ctx.lines)
    hints = ctx.hints
    for i in range(headline + 1, min(n, max(body_start, headline + 1) + 3)):
        tag, f = tags[i], ctx.feats[i]
        if hints is not None and _summary_set_apart(i, ctx, tags):
            return i  # the page's summary in its metadata, set apart from the paragraphs
        if tag.role != "text":
            continue
        if hints is not None and hints[i].tag == "p" and not hints[i].flags & S.STANDFIRST:
            return None  # from HTML, a plain paragraph is body unless marked as a summary
        if hints is None and i == headline + 1 and f.words <= _LABEL_WORDS and not f.sentence and i + 1 < body_start:
            continue  # a section label under the headline, before the summary ("Editorial", "Analysis")
        if f.cls not in (GOOD, NEAR) or not f.sentence and f.words < 12:
            return None
        if opens_with_wire_dateline(ctx.lines.texts[i], ctx.lex.agencies):
            return None  # a wire story's first paragraph, not a summary
        # what separates it from the next body-like line
        furniture = False
        for j in range(i + 1, min(n, i + 15)):
            tj = tags[j]
            if tj.role == "text" and ctx.feats[j].cls in (GOOD, NEAR):
                return i if (furniture or ctx.lines.gaps[j] >= 2) else None
            if _is_furniture(tj):
                furniture = True
        return None
    return None


def _summary_set_apart(i: int, ctx: Context, tags: list[Tag]) -> bool:
    """From HTML: is line *i* the summary the page's metadata gives (its description), undecided or
    furniture only by its container, in an element of its own: a heading or a ``div``, not a
    paragraph nor an element like the paragraph after it (the article's first paragraph, which
    a description is as often copied from)?"""
    hints = ctx.hints
    if not ctx.summaries or hints is None or hints[i].tag == "p" or ctx.feats[i].words < _SUMMARY_WORDS:
        return False
    tag = tags[i]
    if not (tag.role == "text" or tag.role == "boilerplate" and tag.rule.startswith("html.")):
        return False
    if title_key(ctx.lines.texts[i]) not in ctx.summaries:
        return False
    after = next((j for j in range(i + 1, len(tags)) if tags[j].role == "text" and ctx.feats[j].cls in (GOOD, NEAR)), None)
    return after is None or hints[after].tag != hints[i].tag and hints[after].node != hints[i].node


#: The fewest words of a summary taken for the standfirst.
_SUMMARY_WORDS = 8


_MAX_BARE_BYLINE = 200  # characters of a line that may be a name alone (with a handle or a title)


def find_bare_byline(ctx: Context, tags: list[Tag], lo: int, hi: int) -> int | None:
    """A line that is only a name, next to a date or after the headline: the first that opens
    with a known given name, else the first next to a date (a section's name beside the
    masthead's date, ``CFA Institute Talk``, is shaped like a name too); or an outlet signing
    under the headline (see :func:`_outlet_under_headline`)."""
    stopwords = ctx.lex.name_stopwords_for(ctx.language)
    unknown = None
    for i in range(lo, hi):
        if tags[i].role != "text" or ctx.feats[i].chars > _MAX_BARE_BYLINE:
            continue
        # (a signature may open with a dash: "- Nadja Podbregar"; a name may keep the bar that set
        # it apart from the date beside it: "ET Online|")
        text = HANDLES.sub("", ctx.lines.texts[i]).split(" / ")[0].strip().lstrip("-–— ").rstrip("|•· ")
        if _outlet_under_headline(i, text, ctx, tags):
            return i
        names = [text] if is_name_like(text) else joined_names(text, ctx.lex) or _name_before_title(text, ctx)
        words = [w for name in names for w in name.split()]
        if not words or any(w.casefold() in stopwords for w in _outside_particles(words)):
            continue
        if all(w.casefold().strip(",.") in ctx.lex.weekdays for w in words):
            continue  # "Tuesday, Wednesday, Friday": opening days, not names
        if _glued_labels(words, ctx.lex):
            continue  # widget labels glued in one line ("Previous Next", "Share Adjust Comment Print")
        around = [tags[j] for j in range(max(0, i - 2), min(len(tags), i + 3)) if j != i]
        stamped = _stamped(i, tags)
        known = text.split()[0].casefold() in ctx.lex.given_names
        if not known and ctx.language in ctx.lex.capitalised_nouns:
            continue  # "Aktuelle Produkte": a noun phrase as likely as a name
        if not known and ctx.feats[i].upper and i + 1 < len(tags) and tags[i + 1].role == "headline":
            continue  # "DUBAI AIRSHOW": a kicker in capitals over the headline
        if i > 0 and tags[i - 1].role == "text" and _name_and_agency(text, ctx):
            continue  # "Al Goldis, Associated Press" under a line of text: a photographer's credit
        if known and (stamped or not ctx.feats[i].upper and any(t.role in ("headline", "standfirst") for t in around)):
            return i
        if stamped and unknown is None:
            unknown = i
    return unknown


def _outlet_under_headline(i: int, text: str, ctx: Context, tags: list[Tag]) -> bool:
    """Is *text*, line *i*, an outlet signing next to a date: its newsroom within two lines under
    the headline (``Redaktion Polizeiticker Schweiz``, ``Staff``), or its domain right under it
    (``uncut-news.ch``; further down, a domain-shaped line is as often a file's name,
    ``pyproject.toml``)?"""
    if signs_as_newsroom(text, ctx.lex):
        near = any(tags[j].role == "headline" for j in range(max(0, i - 2), i))
    else:
        near = i > 0 and tags[i - 1].role == "headline" and _DOMAIN.fullmatch(text) is not None
    return near and _stamped(i, tags)


#: A site's domain name: ``uncut-news.ch``, ``www.example.com``.
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,62}){0,3}\.[a-z]{2,12}", re.IGNORECASE)


def _stamped(i: int, tags: list[Tag]) -> bool:
    """Is a date, a time or a handle within two lines of line *i*?"""
    around = (tags[j] for j in range(max(0, i - 2), min(len(tags), i + 3)) if j != i)
    return any(t.role == "dateline" or t.rule in TIME_RULES or t.rule == "handle" for t in around)


def _outside_particles(words: list[str]) -> list[str]:
    """*words* without the particles inside a name (``Christoph von Ritter``,
    ``Ursula von der Leyen``): stopwords of their language, but parts of the name."""
    return [w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and w.casefold() in NAME_PARTICLES)]


def _name_and_agency(text: str, ctx: Context) -> bool:
    """Is *text* a name of two words or more and a wire agency (``Al Goldis,
    Associated Press``; not an agency and a one-word place, ``Reuters, Washington``)?"""
    parts = [p.strip() for p in ctx.lex.name_joiner.split(text) if p.strip()]
    agencies = [p for p in parts if p.casefold() in ctx.lex.agencies]
    return bool(agencies) and any(" " in p for p in parts if p not in agencies)


def _name_before_title(text: str, ctx: Context) -> list[str]:
    """The name before a job title that ends *text* (``Richard Adams Education editor``,
    ``Jane Doe, Chief Political Correspondent``), else an empty list."""
    title = ctx.lex.byline_titles.search(text)
    if title is None:
        return []
    name = text[: title.start()].rstrip(" ,|-–—")
    return [name] if is_name_like(name) else []
