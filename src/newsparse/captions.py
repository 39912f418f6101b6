"""Captions and their credits: repeated captions, credits inside or beside the caption line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse.lines import CAPTION_LABEL
from newsparse.rules import Lexicon, common
from newsparse.rules import structure as S
from newsparse.tags import Context, Tag

#: The kind of a provisional credit tag whose line only has a credit's shape (names joined
#: by a slash that name nobody known, ``Doug Mills/The New York Times``): a credit under a
#: caption's sentence only, as menus, shops and tables hold such lines too (``Arbeit/Beruf``).
UNDER_CAPTION = "under_caption"
#: The rule of such a line when no caption took it: undecided again, but never the headline.
UNCLAIMED_CREDIT = "text.unclaimed_credit"

#: Kinds of the links a menu joins with slashes; a photo credit names no such link
#: (though it may name a network: ``Screenshot/Twitter``).
_MENU_KINDS = ("navigation", "footer", "comments", "newsletter", "paywall", "cookie")
#: Words in each link of a menu joined with slashes.
_MENU_LINK_WORDS = 5


def slashed_menu(text: str, lex: Lexicon) -> str | None:
    """The kind of a menu's links joined with slashes (``Impressum / Kontakt``,
    ``Home / Horoskop / Sternzeichen``, ``Help/Support``): short capitalised links,
    the first a known menu link, no digits; ``None`` for any other line (``Reed Saxon/AP``,
    a path, ``October 12, 2018/0 Comments/by admin``, ``US $ 2.400 / Woche``)."""
    parts = [p.strip() for p in text.split("/")]
    if len(parts) < 2 or any(c.isdigit() for c in text):
        return None
    for part in parts:
        if not part or not part[0].isupper() or ":" in part or len(part.split()) > _MENU_LINK_WORDS:
            return None
    cats = lex.categories(parts[0])
    return next((kind for kind in _MENU_KINDS if kind in cats), None)


def is_bare_credit(text: str, ctx: Context) -> bool:
    """A short line that is only a photo credit (``Getty Images``, ``Reed Saxon/AP``)."""
    if not text or len(text) > 90 or text[-1] in ".?!:,;":
        return False
    if "/" in text:
        # a person or an agency on one side at least ("Reed Saxon/AP", "Amy K. Dragoo/AIMMEDIA"):
        # words joined by slashes are far more often a menu's, a table's or a shop's ("Arbeit/Beruf")
        if not slashed_like_credit(text, ctx.lex):
            return False
        parts = [p.strip() for p in text.split("/")]
        return any(_names_someone(p, ctx.lex) for p in parts) or _person_and_brand(parts)
    folded = text.casefold()
    if folded.startswith(("courtesy ", "courtesy of ")) and text.count(" ") <= 6:
        return True
    agency = _agency_ending(folded, ctx.lex)
    if agency is None:
        return False
    rest = text[: len(text) - len(agency)]
    return len(rest) <= 45 and rest.count(" ") <= 7 and (not rest or rest[0].isupper())


def _credit_shaped(text: str, ctx: Context) -> bool:
    """Is *text*, where a caption's credit stands (bracketed at its end, glued to its
    last sentence), a credit: a bare one or names joined by a slash (``Matt Stone/Boston Herald``)?"""
    return is_bare_credit(text, ctx) or slashed_like_credit(text, ctx.lex)


def slashed_like_credit(text: str, lex: Lexicon) -> bool:
    """Is *text* shaped like a credit of two names joined by a slash (``Jason Cipriani/ZDNet``,
    but also ``Arbeit/Beruf``): a few capitalised words before the slash, not a menu's links?"""
    if "/" not in text or not text[:1].isupper() or text.count(" ") > 8 or lex.slash_credit.match(text) is None:
        return False
    return slashed_menu(text, lex) is None  # "Impressum / Kontakt" is no "Name/Agency"


def _agency_ending(folded: str, lex: Lexicon) -> str | None:
    """The photo agency that case-folded *folded* ends with as a word ("... / AP"), if any
    ("Hostage swap" does not end with "AP")."""
    if not folded.endswith(lex.photo_agencies):
        return None
    longest = next(a for a in lex.photo_agencies if folded.endswith(a))
    before = len(folded) - len(longest)
    return longest if before == 0 or not folded[before - 1].isalnum() else None


#: A name's initials ("E. BARRENECHE", "J. I. DA SILVA"), a web address's domain ("WENN.com").
_INITIALS = re.compile(r"\A(?:[^\W\d_]\.\s?)+[^\W\d_]")
_DOMAIN = re.compile(r"\w\.(?:com|org|net|de|at|ch|fr|es|it|pl|nl|uk|io)\b", re.IGNORECASE)


def _person_and_brand(parts: list[str]) -> bool:
    """A name of two or three capitalised words and a brand's one word written with inner
    capitals (``Jason Cipriani/ZDNet``), in either order."""
    if len(parts) != 2:
        return False
    for person, brand in (parts, parts[::-1]):
        words = person.split()
        if 2 <= len(words) <= 3 and all(map(_title_word, words)) and _camel_word(brand):
            return True
    return False


def _title_word(word: str) -> bool:
    """A capitalised word (``Cipriani``) or an initial (``K.``)."""
    if len(word) == 2 and word[1] == ".":
        return word[0].isupper()
    return word.isalpha() and word[0].isupper() and word[1:].islower()


def _camel_word(word: str) -> bool:
    """A word with capitals inside it and small letters (``ZDNet``, ``DoSchu``, not ``FAQ``)."""
    return word.isalpha() and len(word) >= 3 and any(c.isupper() for c in word[1:]) and not word.isupper()


def _names_someone(part: str, lex: Lexicon) -> bool:
    """Does *part* of a slashed credit name an agency, a person (a known given name, or
    initials) or a web address?"""
    if not part:
        return False
    folded = part.casefold()
    if folded in lex.agencies or _agency_ending(folded, lex) is not None:
        return True
    words = part.split()
    if 2 <= len(words) <= 4 and words[0].casefold() in lex.given_names and all(w[:1].isupper() for w in words):
        return True
    return _INITIALS.match(part) is not None or _DOMAIN.search(part) is not None


_BRACKETS = {"(": ")", "[": "]"}


def unbracket(text: str) -> str:
    """*text* without one pair of enclosing brackets: ``(Photo: AP)`` gives ``Photo: AP``."""
    if len(text) > 2 and _BRACKETS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


def all_capitalised(text: str) -> bool:
    words = [w for w in text.replace("/", " ").split() if w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


_FIRST_WORD = re.compile(r"[^\W\d_]+")
_SYMBOL_MARKERS = frozenset(common.COPYRIGHT_SIGNS + "(")  # "© AP", "(c) AP": markers that are no word

#: A credit has at most this many words; a longer text after a marker is caption text.
CREDIT_WORDS = 8


def strip_credit_markers(text: str, lex: Lexicon) -> str | None:
    """*text* without its leading credit markers (``Copyright Photo: X`` gives ``X``).

    ``None`` when *text* does not start with a marker or has nothing after it.
    """
    lead = lex.credit_lead_words
    if lead is not None and text[:1] not in _SYMBOL_MARKERS:
        first = _FIRST_WORD.match(text)
        if first is None or first.group().lower() not in lead:
            return None
    found = False
    for _ in range(3):
        m = lex.credit_marker.match(common.as_copyright_sign(text))  # (the same length: m's offsets hold)
        if m is None or m.end() >= len(text):
            break
        rest = text[m.end():]
        if not _MARKED.search(m.group()) and _no_name_after_word(rest, lex):
            break  # a marker word, no colon, then no name: "Copyright & Permissions", "Copyright / Rechte"
        text, found = rest.strip(" :|"), True
    return text if found and text else None


#: What in a credit's marker sets it apart from the name (a colon, an equals sign as in ``사진=연합뉴스``, a copyright sign).
_MARKED = re.compile(rf"[:=：{common.COPYRIGHT_SIGN}]|\(c\)", re.IGNORECASE)


def _no_name_after_word(rest: str, lex: Lexicon) -> bool:
    """Does *rest*, after a marker word without a colon, start with no name: a joining mark
    (``/ Rechte``, ``& Permissions``) or a small letter (``text``; an agency apart: ``dpa``)?"""
    first = rest[0]
    if first in "/&|+":
        return True
    # (a circled c, "ⓒ", is a small letter and a copyright sign)
    return first.islower() and first != "ⓒ" and _agency_ending(rest.strip().casefold(), lex) is None


def _credit_part(text: str, ctx: Context) -> str | None:
    """*text* as a credit (markers stripped), or ``None`` if it is not one."""
    credit = strip_credit_markers(text, ctx.lex)
    if credit is not None:
        return credit
    if is_bare_credit(text, ctx):
        return text
    return None


#: A credit after a caption's sentence that ends with its own full stop has at most this many words.
_DOTTED_CREDIT_WORDS = 4

#: How far from the end of a caption line a credit may start.
_TRAILING_CREDIT_CHARS = 120


# a sentence end with the credit glued to it: "2019.J. Scott Applewhite"
# (the match ends where the credit starts; no leading lookbehind, which is slow to scan)
_GLUED_AFTER_SENTENCE = re.compile(r"[a-z0-9][.!?](?=[A-Z])")


def trailing_credit(text: str, ctx: Context) -> tuple[str, str] | None:
    """Split ``caption (Photo: Getty Images)`` or ``caption Copyright AP`` into text and credit
    (an expand toggle after the credit apart: ``... (AP Photo/Jane Roe) less``)."""
    text = strip_toggle(text)
    # (the caption's full stop may follow the bracket: "... en el Congreso (Foto: Reuters).")
    close = len(text) - 2 if text.endswith((").", "].")) else len(text) - 1
    if text[close] in ")]":
        opener = "(" if text[close] == ")" else "["
        k = text.rfind(opener, 0, close)
        if k > 10:
            inner = text[k + 1 : close].strip()
            credit = strip_credit_markers(inner, ctx.lex)
            # (a bare name in brackets before a full stop is a citation: "(Quaas/Klein 2012).")
            bare_ok = close == len(text) - 1 and (inner.isupper() or "/" in inner or " " in inner)
            if credit is None and bare_ok and _credit_shaped(inner, ctx) and not _no_photo_credit(inner, ctx):
                credit = inner
            if credit and len(credit.split()) <= CREDIT_WORDS:
                return text[:k].strip(), credit
    if ":" in text or "=" in text or "opyright" in text or any(map(text.__contains__, common.COPYRIGHT_SIGNS)):
        m = ctx.lex.inline_credit.search(common.as_copyright_sign(text), max(0, len(text) - _TRAILING_CREDIT_CHARS))
        if m is not None and m.start() > 10:
            credit = strip_credit_markers(text[m.end():].strip(), ctx.lex) or text[m.end():].strip()
            if credit.endswith(".") and text[: m.start()].rstrip().endswith((".", "!", "?")):
                # a sentence's full stop, then a credit with its own: "Puerto de Montevideo. Foto: Archivo El País."
                # (a whole sentence after the marker is caption text: at most a few words)
                credit = credit[:-1] if len(credit.split()) <= _DOTTED_CREDIT_WORDS else ""
            if credit and len(credit.split()) <= CREDIT_WORDS and not credit.endswith("."):
                return text[: m.start()].strip(), credit
    glued = _GLUED_AFTER_SENTENCE.search(text, max(0, len(text) - 62))
    if glued is not None and glued.end() > 10 and _credit_shaped(text[glued.end():], ctx):
        return text[: glued.end()], text[glued.end():]  # "... on July 25, 2019.J. Scott Applewhite / AP file"
    if " via " in text and text[-1] not in ".?!":
        head, _, credit = text.rpartition(" via ")
        if len(head) > 10 and 1 <= len(credit.split()) <= 3 and credit[0].isalpha():
            return head.strip(), credit  # "... scissor switch keyboard via iFixit"
    return None


def _no_photo_credit(inner: str, ctx: Context) -> bool:
    """Is the bracket *inner*, shaped like a credit without a marker word, something else:
    the article's source note (``(FR mit dpa)``: an outlet with an agency), or a fact with
    its figure (``(DJK Blau-Weiß Annen / 1,92 Meter)``)?"""
    return ctx.lex.agency_joiner.search(inner) is not None or any(c.isdigit() for c in inner)


def _caption_text_ok(i: int, ctx: Context, tags: list[Tag]) -> bool:
    f = ctx.feats[i]
    return tags[i].role == "text" and f.chars <= 400 and not f.bullet and f.words >= 2 and _may_be_caption(i, ctx)


def _may_be_caption(i: int, ctx: Context) -> bool:
    """From HTML, a paragraph or heading is a caption only inside a figure or a caption box."""
    hints = ctx.hints
    if hints is None:
        return True
    h = hints[i]
    return h.tag not in _TEXT_BLOCKS or bool(h.flags & (S.FIGURE | S.FIGCAPTION | S.CAPTION))


_TEXT_BLOCKS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote"))


#: The endings of a line that closes with an expand toggle (one test finds most lines have none).
_TOGGLE_ENDINGS = tuple(" " + toggle for toggle in common.TOGGLES)


def strip_toggle(text: str) -> str:
    """A caption without the expand toggle glued to its end (``... more``, ``[+]``)."""
    if not text.endswith(_TOGGLE_ENDINGS):
        return text
    for ending in _TOGGLE_ENDINGS:
        if text.endswith(ending):
            head = text[: -len(ending)].rstrip()
            if head.endswith(("...", "…")):
                return head.rstrip(" .…")
            if head and head[-1] in ".!?”\"'’)":
                return head
    return text


def _same_caption(a: str, b: str) -> bool:
    """Two lines that show one caption: equal, or sharing a long start (one cut short)."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return short == long_ or (len(short) >= 30 and long_[: len(short) - 12] == short[: len(short) - 12])


def _pair_credit(j: int, ctx: Context, tags: list[Tag]) -> None:
    """Give the credit line *j* its caption: the line above, else a labelled caption below."""
    lines = ctx.lines
    credit = tags[j].data
    if j > 0 and lines.texts[j - 1] == lines.texts[j] and tags[j - 1].role == "caption":
        tags[j] = Tag("caption", "credit", "caption.credit_twice", None)
        return
    # skip a credit shown twice and labels such as "Credit..." between caption and credit
    k = j - 1
    while k >= 0 and j - k <= 3 and (
        lines.texts[k] == lines.texts[j] or (tags[k].role == "boilerplate" and tags[k].kind == "other" and ctx.feats[k].words <= 2)
    ):
        k -= 1
    # across a blank line only when the credit is bracketed or the caption ends with a toggle
    gap_ok = lines.gaps[k + 1] == 0 or (
        lines.gaps[k + 1] == 1 and (lines.texts[j][:1] in "([" or k >= 0 and strip_toggle(lines.texts[k]) != lines.texts[k])
    )
    if k >= 0 and gap_ok and _caption_text_ok(k, ctx, tags):
        text = lines.texts[k]
        # the same caption shown twice above its credit (one copy may be cut short)
        if k > 0 and tags[k - 1].role == "text" and _same_caption(lines.texts[k - 1], text):
            if not text.endswith(".") or lines.texts[k - 1].endswith("."):
                text = lines.texts[k - 1]
            tags[k - 1] = Tag("caption", "repeat", "caption.credit_below", (text, None))
        tags[k] = Tag("caption", "text", "caption.credit_below", (text, credit))
        tags[j] = Tag("caption", "credit", "caption.credit_below", None)
        return
    # "Image copyright Getty Images" then "Image caption ...": the credit above its caption
    nxt = j + 1
    if nxt + 1 < len(lines) and CAPTION_LABEL in lines.categories[nxt]:
        cap = nxt + 1
        labelled = tags[cap].role == "caption" and tags[cap].rule == "caption.labelled"
        if lines.source_lines[cap] == lines.source_lines[nxt] and (labelled or _caption_text_ok(cap, ctx, tags)):
            tags[cap] = Tag("caption", "text", "caption.credit_above", (lines.texts[cap], credit))
            tags[j] = Tag("caption", "credit", "caption.credit_above", None)
            return
    if tags[j].kind != UNDER_CAPTION:
        tags[j] = Tag("caption", "credited", "caption.credit_only", (None, credit))


def find_captions(ctx: Context, tags: list[Tag]) -> None:
    """Captions: a line repeated with a credit, a line ending in a credit, a credit line, a labelled caption."""
    lines = ctx.lines
    n = len(lines)
    for i in range(n):
        if tags[i].role != "text":
            continue
        text = lines.texts[i]
        # the caption twice: alt text, then caption plus credit
        for j in (i + 1, i + 2):
            if j < n and tags[j].role == "text" and lines.texts[j].startswith(text) and len(lines.texts[j]) > len(text):
                credit = _credit_part(lines.texts[j][len(text):].strip(), ctx)
                if credit is not None:
                    tags[i] = Tag("caption", "repeat", "caption.repeated", (text, None))
                    tags[j] = Tag("caption", "credited", "caption.repeated", (text, credit))
                    break
        if tags[i].role != "text" or ctx.feats[i].words > 80 or not _may_be_caption(i, ctx):
            continue
        split = trailing_credit(text, ctx)
        if split is not None:
            tags[i] = Tag("caption", "credited", "caption.trailing_credit", split)
        elif i > 0 and lines.source_lines[i - 1] == lines.source_lines[i] and CAPTION_LABEL in lines.categories[i - 1]:
            tags[i] = Tag("caption", "text", "caption.labelled", (text, None))


def pair_credits(ctx: Context, tags: list[Tag], *, sentences_only: bool = False) -> None:
    """Give every credit line its caption.

    With *sentences_only*, only credits below a sentence-like caption are
    paired; this runs before the headline is chosen, the rest after it.
    """
    for j in range(len(tags)):
        if tags[j].role != "credit":
            continue
        if sentences_only:
            k = j - 1
            while k >= 0 and tags[k].role == "boilerplate" and j - k <= 2:
                k -= 1
            if k < 0 or tags[k].role != "text":
                continue
            f, text = ctx.feats[k], ctx.lines.texts[k]
            if not (text.endswith(".") or f.words >= 15):
                continue
        _pair_credit(j, ctx, tags)


def join_figure_parts(ctx: Context, tags: list[Tag]) -> None:
    """From HTML: a caption's text and its credit in two elements of one figure
    (``<figcaption><p>The ferry at dawn.</p><p>Photo: X</p></figcaption>``, the credit
    first or last) are one caption; the credit's line keeps the role, without data."""
    hints, tree = ctx.hints, ctx.tree
    if hints is None:
        return
    for i in range(len(tags) - 1):
        first, second = tags[i], tags[i + 1]
        if first.role not in _PART_ROLES or second.role not in _PART_ROLES or first.role == second.role == "credit":
            continue
        a, b = _figure_part(first), _figure_part(second)
        if a is None or b is None or not _siblings(hints[i].node, hints[i + 1].node, tree):
            continue
        if a[0] and not a[1] and b[1] and not b[0]:
            text, credit, k = a[0], b[1], i  # the credit under the text
        elif b[0] and not b[1] and a[1] and not a[0]:
            text, credit, k = b[0], a[1], i + 1  # the credit above it
        else:
            continue
        tags[k] = Tag("caption", "credited", tags[k].rule, (text, credit))
        credit_line = i + i + 1 - k
        tags[credit_line] = Tag("caption", "credit", tags[credit_line].rule, None)


#: The rules of captions that an HTML figure's caption element gives.
_FIGURE_RULE = "html.figcaption"
_PART_ROLES = frozenset(("caption", "credit"))


def _figure_part(tag: Tag) -> tuple[str | None, str | None] | None:
    """``(text, credit)`` of a line from a figure's caption element, or ``(None, credit)``
    of a credit line beside it (``<figcaption>`` then ``<span class=credit>``); else ``None``."""
    if tag.role == "credit":
        return (None, tag.data) if isinstance(tag.data, str) else None
    if tag.rule.startswith(_FIGURE_RULE) and isinstance(tag.data, tuple):
        return tag.data
    return None


def _siblings(a: int, b: int, tree: Sequence[int]) -> bool:
    """Are block elements *a* and *b* one element, siblings, or parent and child?"""
    if a == b or not tree:
        return a == b
    return tree[a] == tree[b] or tree[a] == b or tree[b] == a
