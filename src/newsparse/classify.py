"""Decide a role for every line: local rules first, then context.

Local rules look at one line at a time and are kept in :data:`LOCAL_RULES`,
an ordered registry of named functions (the first that answers wins).  The
context stage then finds captions, the article region (the best-scoring run
of lines, Pasternack & Roth's maximum subsequence), the headline, standfirst
and byline before it, the body inside it and related blocks around it.
Every decision carries the name of the rule that made it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import attrs

from newsparse.dates import DateFinder, Stamp
from newsparse.features import BAD, GOOD, NEAR, SHORT, Features, describe, is_name_like, language_of
from newsparse.features import WORD as _WORD
from newsparse.lines import Line
from newsparse.rules import Lexicon, common

#: Which boilerplate kind wins when a phrase belongs to several.
KIND_PRIORITY = ("share", "comments", "newsletter", "paywall", "cookie", "advertisement", "footer", "navigation", "other")

_COUNTER = re.compile(r"\A(?:\d{1,3}|(?:\w+\s+)?\d{1,3}\s*(?:/|of|von|de|di|sur|z)\s*/?\s*\d{1,3})\Z", re.IGNORECASE)
_HANDLE = re.compile(r"\A(?:@\w{2,30}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+|www\.\S+)\Z")


@attrs.define(slots=True, eq=False)
class Tag:
    """The decision for one line.

    ``role`` is a SPEC.md role, or a provisional one while context runs:
    ``text`` (not decided yet), ``relhead`` (a related-list heading, if items
    follow), ``credit`` (a credit line waiting for its caption).
    """

    role: str
    kind: str | None
    rule: str
    data: object = None


@attrs.define(slots=True, eq=False)
class Context:
    """What the rules see: the lines, their features and the lexicon."""

    lines: Sequence[Line]
    feats: Sequence[Features]
    lex: Lexicon
    dates: DateFinder
    language: str | None


LocalRule = Callable[[int, Context], "Tag | None"]


def _kind_of(categories: frozenset[str]) -> str:
    for kind in KIND_PRIORITY:
        if kind in categories:
            return kind
    return "other"


def rule_phrase(i: int, ctx: Context) -> Tag | None:
    """A whole line that is a known widget label, prompt or related heading."""
    cats = ctx.lines[i].categories
    if not cats:
        return None
    if "related" in cats:
        return Tag("relhead", _kind_of(cats - {"related"}), "phrase.related")
    kind = _kind_of(cats)
    return Tag("boilerplate", kind, f"phrase.{kind}")


def rule_counter(i: int, ctx: Context) -> Tag | None:
    """Gallery counters and lone numbers (``1/5``, ``Image 1 of 8``, ``3``)."""
    text = ctx.lines[i].text
    if len(text) <= 24 and _COUNTER.match(text):
        return Tag("boilerplate", "other", "counter")
    if len(text) <= 120 and _HANDLE.match(text):
        return Tag("boilerplate", "other", "handle")
    return None


def rule_prefix(i: int, ctx: Context) -> Tag | None:
    """A line opening with a furniture prompt (``Sign up for...``, ``We use cookies``)
    or crediting contributors (``Additional reporting by ...``)."""
    category = ctx.lex.prefix.match(ctx.lines[i].lower)
    if category is None:
        return None
    if category == "contributor":
        return Tag("boilerplate", "other", "contributor")
    if ctx.feats[i].words > 45:
        return None
    if category == "related":
        return Tag("relhead", "other", "prefix.related") if ctx.feats[i].words <= 6 else None
    return Tag("boilerplate", category, f"prefix.{category}")


def _bare_credit(text: str, ctx: Context) -> bool:
    """A short line that is only a photo credit (``Getty Images``, ``Reed Saxon/AP``)."""
    if not text or len(text) > 90 or text[-1] in ".?!:,;":
        return False
    if "/" in text:
        m = ctx.lex.slash_credit.match(text)
        return m is not None and text[0].isupper() and text.count(" ") <= 8
    folded = text.casefold()
    if folded.startswith(("courtesy ", "courtesy of ")) and text.count(" ") <= 6:
        return True
    if not folded.endswith(ctx.lex.photo_agencies):
        return False
    longest = next(a for a in ctx.lex.photo_agencies if folded.endswith(a))
    rest = text[: len(text) - len(longest)]
    if rest and rest[-1].isalnum():  # "Hostage swap" does not end with "AP"
        return False
    return len(rest) <= 45 and rest.count(" ") <= 7 and (not rest or rest[0].isupper())


_BRACKETS = {"(": ")", "[": "]"}


def _unbracket(text: str) -> str:
    """*text* without one pair of enclosing brackets: ``(Photo: AP)`` gives ``Photo: AP``."""
    if len(text) > 2 and _BRACKETS.get(text[0]) == text[-1]:
        return text[1:-1].strip()
    return text


def _all_capitalised(text: str) -> bool:
    words = [w for w in text.replace("/", " ").split() if w[0].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words)


#: A credit has at most this many words; a longer text after a marker is caption text.
_CREDIT_WORDS = 8


def rule_credit(i: int, ctx: Context) -> Tag | None:
    """A line that is only a photo credit, with or without a marker word.

    ``Image: Mourinho has agreed a deal...`` (a marker before a whole sentence)
    is caption text instead.
    """
    raw = ctx.lines[i].text
    text = _unbracket(raw)
    rest = strip_credit_markers(text, ctx.lex)
    if rest is None and len(text) < len(raw) and ctx.feats[i].words <= 6 and _all_capitalised(text.rstrip(".")):
        return Tag("credit", None, "credit.bracketed", text)  # "(Walt Disney Co.)" under a caption
    if rest is not None:
        if len(rest.split()) <= _CREDIT_WORDS:
            return Tag("credit", None, "credit.marker", rest)
        return Tag("caption", "text", "caption.after_marker", (rest, None))
    if _bare_credit(text, ctx):
        return Tag("credit", None, "credit.bare", text)
    return None


def rule_byline(i: int, ctx: Context) -> Tag | None:
    """``By Jane Doe``, ``Von Anna Muster, dpa``, ``Par Jean Dupont``."""
    line, f = ctx.lines[i], ctx.feats[i]
    if f.words > 16 or f.chars > 160:
        return None
    m = ctx.lex.byline_marker.match(line.text)
    if m is None or not line.text[m.end()].isupper():
        # "By" or "Autor:" alone, the name on the next line
        words = ctx.lex.byline_marker_words
        if f.words <= 2 and i + 1 < len(ctx.lines) and line.lower.rstrip(": ") in words:
            if ctx.feats[i + 1].words <= 6:
                return Tag("boilerplate", "other", "byline.marker_line")
        if i > 0 and f.words <= 6 and f.chars <= 60 and ctx.lines[i - 1].lower.rstrip(": ") in words:
            return Tag("byline", None, "byline.after_marker_line", 0)
        return None
    rest = line.text[m.end():]
    first = rest.split(maxsplit=2)
    if not first or (f.sentence and rest.endswith(".") and f.words > 8):
        return None
    return Tag("byline", None, "byline.marker", m.end())


_DATE_NOISE = re.compile(r"[\W\d_]+")
_DIGIT = re.compile(r"\d")
_HANDLES = re.compile(r"@\w+")
_TIME_ONLY = re.compile(r"(?:\w+\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+\w{2,4})?", re.IGNORECASE)
_FIELD_SEPARATORS = re.compile(r"\s[|/•·–—-]\s|[|•·]|,\s|\s{2,}")


def rule_dateline(i: int, ctx: Context) -> Tag | None:
    """A short line holding a date: ``Published on 22/09/2022 - 10:34``."""
    line, f = ctx.lines[i], ctx.feats[i]
    stamp = ctx.dates.find(line.text)
    if stamp is None:
        return None
    text = line.text
    rest = text[: stamp.start] + " " + text[stamp.end:]
    leftover = [w for w in _DATE_NOISE.split(rest) if w]
    # "October 19, 2019 by IWB", "Janic Cathomen, 01.12.2021": a byline with its date
    # "Posted on 3 May 2019 by jane", "Veröffentlicht am 12. Juni 2017 von gizzmo"
    for m in ctx.lex.byline_marker_any_case.finditer(text):
        if len(text[: m.start()].split()) <= 8:
            return Tag("byline", None, "byline.with_date", m.end())
    for field in _FIELD_SEPARATORS.split(rest):
        field = _name_field(_HANDLES.sub("", field), ctx.lex)
        if not field or _TIME_ONLY.fullmatch(field) or ctx.lex.month_names.fullmatch(field):
            continue
        if ctx.lex.published_words.match(field) or ctx.lex.updated_words.match(field):
            continue
        if is_name_like(field) and not ctx.lex.month_names.search(field):
            return Tag("byline", None, "byline.name_and_date", 0)
        break
    if len(leftover) > 5 or f.words > 14:
        return None
    kind = "updated" if ctx.lex.updated_words.search(text[: stamp.start + 1]) else "published"
    return Tag("dateline", kind, f"dateline.{kind}", stamp)


def _name_field(field: str, lex: Lexicon) -> str:
    """A field of a dated line with edge punctuation, numbers and stopwords removed."""
    words = field.strip(" :-–—|,/•·").split()
    while words and (words[-1].isdigit() or words[-1].casefold() in lex.stop_index):
        words.pop()
    while words and words[0].casefold() in lex.stop_index:
        words.pop(0)
    return " ".join(words)


def rule_relative_time(i: int, ctx: Context) -> Tag | None:
    """``13 hours ago`` or ``Monday 5:30PM`` alone on a line: a time without a date."""
    line, f = ctx.lines[i], ctx.feats[i]
    if ctx.lex.relative_time.search(line.text):
        return Tag("boilerplate", "other", "relative_time")
    if f.words <= 4 and _TIME_ONLY.fullmatch(line.text):
        return Tag("boilerplate", "other", "time_only")
    return None


@attrs.frozen
class LocalRuleEntry:
    """A named local rule, the longest line (in words) it can apply to, and
    whether it needs a digit in the line (so most lines skip it without a call)."""

    name: str
    max_words: int
    apply: LocalRule
    needs_digit: bool = False


#: Local rules, in the order they are tried; the first that answers wins.
LOCAL_RULES: list[LocalRuleEntry] = [
    LocalRuleEntry("phrase", 20, rule_phrase),
    LocalRuleEntry("counter", 6, rule_counter),
    LocalRuleEntry("prefix", 60, rule_prefix),
    LocalRuleEntry("byline", 16, rule_byline),
    LocalRuleEntry("credit", 16, rule_credit),
    LocalRuleEntry("dateline", 24, rule_dateline, needs_digit=True),
    LocalRuleEntry("relative_time", 5, rule_relative_time, needs_digit=True),
]


_TEXT_RULES = {c: f"text.{c}" for c in (GOOD, NEAR, SHORT, BAD)}


def local_tags(ctx: Context) -> list[Tag]:
    """Run :data:`LOCAL_RULES` over every line; undecided lines get role ``text``."""
    out = []
    rules = [(e.max_words, e.needs_digit, e.apply) for e in LOCAL_RULES]
    for i, f in enumerate(ctx.feats):
        words, digit = f.words, f.digit
        for max_words, needs_digit, apply in rules:
            if words <= max_words and (digit or not needs_digit):
                tag = apply(i, ctx)
                if tag is not None:
                    break
        else:
            tag = Tag("text", f.cls, _TEXT_RULES[f.cls])
        out.append(tag)
    return out


# ---------------------------------------------------------------- captions


def strip_credit_markers(text: str, lex: Lexicon) -> str | None:
    """*text* without its leading credit markers (``Copyright Photo: X`` gives ``X``).

    ``None`` when *text* does not start with a marker or has nothing after it.
    """
    found = False
    for _ in range(3):
        m = lex.credit_marker.match(text)
        if m is None or m.end() >= len(text):
            break
        text, found = text[m.end():].strip(" :|"), True
    return text if found and text else None


def _credit_part(text: str, ctx: Context) -> str | None:
    """*text* as a credit (markers stripped), or ``None`` if it is not one."""
    credit = strip_credit_markers(text, ctx.lex)
    if credit is not None:
        return credit
    if _bare_credit(text, ctx):
        return text
    return None


#: How far from the end of a caption line a credit may start.
_TRAILING_CREDIT_CHARS = 120


def _trailing_credit(text: str, ctx: Context) -> tuple[str, str] | None:
    """Split ``caption (Photo: Getty Images)`` or ``caption Copyright AP`` into text and credit."""
    if text[-1] in ")]":
        opener = "(" if text[-1] == ")" else "["
        k = text.rfind(opener)
        if k > 10:
            inner = text[k + 1 : -1].strip()
            credit = strip_credit_markers(inner, ctx.lex)
            if credit is None and _bare_credit(inner, ctx) and (inner.isupper() or "/" in inner or " " in inner):
                credit = inner
            if credit and len(credit.split()) <= _CREDIT_WORDS:
                return text[:k].strip(), credit
    if ":" in text or "©" in text or "opyright" in text:
        m = ctx.lex.inline_credit.search(text, max(0, len(text) - _TRAILING_CREDIT_CHARS))
        if m is not None and m.start() > 10:
            credit = strip_credit_markers(text[m.end():].strip(), ctx.lex) or text[m.end():].strip()
            if credit and len(credit.split()) <= _CREDIT_WORDS and not credit.endswith("."):
                return text[: m.start()].strip(), credit
    if " via " in text and text[-1] not in ".?!":
        head, _, credit = text.rpartition(" via ")
        if len(head) > 10 and 1 <= len(credit.split()) <= 3 and credit[0].isalpha():
            return head.strip(), credit  # "... scissor switch keyboard via iFixit"
    return None


def _caption_text_ok(i: int, ctx: Context, tags: list[Tag]) -> bool:
    f = ctx.feats[i]
    return tags[i].role == "text" and f.chars <= 400 and not f.bullet and f.words >= 2


def strip_toggle(text: str) -> str:
    """A caption without the expand toggle glued to its end (``... more``, ``[+]``)."""
    for toggle in common.TOGGLES:
        if text.endswith(" " + toggle):
            head = text[: -len(toggle)].rstrip()
            if head.endswith(("...", "…")):
                return head.rstrip(" .…")
            if head and head[-1] in ".!?”\"'’":
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
    if j > 0 and lines[j - 1].text == lines[j].text and tags[j - 1].role == "caption":
        tags[j] = Tag("caption", "credit", "caption.credit_twice", None)
        return
    # skip a credit shown twice and labels such as "Credit..." between caption and credit
    k = j - 1
    while k >= 0 and j - k <= 3 and (
        lines[k].text == lines[j].text or (tags[k].role == "boilerplate" and tags[k].kind == "other" and ctx.feats[k].words <= 2)
    ):
        k -= 1
    # across a blank line only when the credit is bracketed or the caption ends with a toggle
    gap_ok = lines[k + 1].gap == 0 or (
        lines[k + 1].gap == 1 and (lines[j].text[:1] in "([" or k >= 0 and strip_toggle(lines[k].text) != lines[k].text)
    )
    if k >= 0 and gap_ok and _caption_text_ok(k, ctx, tags):
        text = lines[k].text
        # the same caption shown twice above its credit (one copy may be cut short)
        if k > 0 and tags[k - 1].role == "text" and _same_caption(lines[k - 1].text, text):
            if not text.endswith(".") or lines[k - 1].text.endswith("."):
                text = lines[k - 1].text
            tags[k - 1] = Tag("caption", "repeat", "caption.credit_below", (text, None))
        tags[k] = Tag("caption", "text", "caption.credit_below", (text, credit))
        tags[j] = Tag("caption", "credit", "caption.credit_below", None)
        return
    # "Image copyright Getty Images" then "Image caption ...": the credit above its caption
    nxt = j + 1
    if nxt < len(lines) and lines[nxt].categories and lines[nxt].glued and nxt + 1 < len(lines):
        cap = nxt + 1
        labelled = tags[cap].role == "caption" and tags[cap].rule == "caption.labelled"
        if lines[cap].source_line == lines[nxt].source_line and (labelled or _caption_text_ok(cap, ctx, tags)):
            tags[cap] = Tag("caption", "text", "caption.credit_above", (lines[cap].text, credit))
            tags[j] = Tag("caption", "credit", "caption.credit_above", None)
            return
    tags[j] = Tag("caption", "credited", "caption.credit_only", (None, credit))


def find_captions(ctx: Context, tags: list[Tag]) -> None:
    """Captions: a line repeated with a credit, a line ending in a credit, a credit line, a labelled caption."""
    lines = ctx.lines
    n = len(lines)
    for i in range(n):
        if tags[i].role != "text":
            continue
        text = lines[i].text
        # the caption twice: alt text, then caption plus credit
        for j in (i + 1, i + 2):
            if j < n and tags[j].role == "text" and lines[j].text.startswith(text) and len(lines[j].text) > len(text):
                credit = _credit_part(lines[j].text[len(text):].strip(), ctx)
                if credit is not None:
                    tags[i] = Tag("caption", "repeat", "caption.repeated", (text, None))
                    tags[j] = Tag("caption", "credited", "caption.repeated", (text, credit))
                    break
        if tags[i].role != "text" or ctx.feats[i].words > 80:
            continue
        split = _trailing_credit(text, ctx)
        if split is not None:
            tags[i] = Tag("caption", "credited", "caption.trailing_credit", split)
        elif i > 0 and lines[i - 1].source_line == lines[i].source_line and lines[i - 1].categories and ctx.lex.caption_marker.match(lines[i - 1].text + " x"):
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
            f, text = ctx.feats[k], ctx.lines[k].text
            if not (text.endswith(".") or f.words >= 15):
                continue
        _pair_credit(j, ctx, tags)


# ---------------------------------------------------------------- region

_SCORE = {GOOD: 1.0, NEAR: 0.8, SHORT: -0.35, BAD: -0.6}
_ROLE_SCORE = {"boilerplate": -1.5, "relhead": -2.5, "caption": 0.0, "credit": 0.0, "byline": 0.0, "dateline": 0.0}
_BARRIER_KINDS = {"comments": -6.0, "newsletter": -2.5, "footer": -3.0, "cookie": -3.0}


def _score(tag: Tag, f: Features) -> float:
    if tag.role == "text":
        if f.cls == GOOD:
            return min(f.chars, 800) / 100.0
        return _SCORE[f.cls]
    if tag.role == "boilerplate":
        return _BARRIER_KINDS.get(tag.kind or "", -1.5)
    return _ROLE_SCORE.get(tag.role, 0.0)


def article_region(ctx: Context, tags: list[Tag]) -> tuple[int, int]:
    """The maximum-scoring contiguous run of lines ``[start, end)``."""
    best, best_lo, best_hi = 0.0, 0, 0
    run, lo = 0.0, 0
    for i, (tag, f) in enumerate(zip(tags, ctx.feats)):
        if run <= 0:
            run, lo = 0.0, i
        run += _score(tag, f)
        if run > best:
            best, best_lo, best_hi = run, lo, i + 1
    return best_lo, best_hi


# ---------------------------------------------------------------- head


def _is_menu_item(i: int, ctx: Context, tags: list[Tag]) -> bool:
    """A very short line between other very short lines: a menu entry."""
    def short(j: int) -> bool:
        return 0 <= j < len(tags) and (tags[j].role == "boilerplate" or tags[j].role == "text" and ctx.feats[j].words <= 3)
    return ctx.feats[i].words <= 3 and short(i - 1) and short(i + 1)


#: Weights of the headline features (see :func:`headline_features`), fitted by coordinate ascent
#: on the dev corpora's article views (features that earned no weight were dropped).
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
    "near_stamp": 0.8,
    "distance": -0.5,
    "prose_follows": 0.25,
    "gap_before": -0.25,
    "from_top": -2.0,
    "title_case": -0.1,
    "quoted": 1.0,
}

_OPENERS = "\"“„«‘'¿¡(#"


def headline_candidate(i: int, ctx: Context, tags: list[Tag]) -> bool:
    """Could line *i* be the headline at all?"""
    f, text = ctx.feats[i], ctx.lines[i].text
    if tags[i].role != "text" or f.bullet or f.words > 40 or f.chars > 250:
        return False
    if text[-1] in ",;" or text[-1] == "." and f.words > 25:
        return False
    return text[0].isupper() or text[0].isdigit() or text[0] in _OPENERS


def headline_features(i: int, ctx: Context, tags: list[Tag], first_body: int) -> dict[str, float]:
    """Named features of candidate line *i*; the headline score is their weighted sum."""
    f, text = ctx.feats[i], ctx.lines[i].text
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
        "gap_before": float(ctx.lines[i].gap > 0),
        "from_top": min(i, 20) / 20.0,
        "title_case": sum(w[:1].isupper() for w in words) / len(words) if words else 0.0,
        "quoted": float(text[0] in _OPENERS),
    }


def _headline_score(features: dict[str, float]) -> float:
    weights = HEADLINE_WEIGHTS
    return sum([weights[k] * v for k, v in features.items() if v])


def _first_body(ctx: Context, tags: list[Tag], lo: int, hi: int) -> int:
    """The first paragraph of real prose in the region (a good line, else a near one)."""
    feats = ctx.feats
    for i in range(lo, hi):
        if tags[i].role == "text" and feats[i].cls == GOOD:
            return i
    for i in range(lo, hi):
        if tags[i].role == "text" and feats[i].cls == NEAR and feats[i].chars >= 100:
            return i
    return lo


#: How many lines before the first paragraph the headline is looked for.
_HEADLINE_WINDOW = 60


def find_headline(ctx: Context, tags: list[Tag], first_body: int) -> int | None:
    """The title-like line before the body that scores best (earliest on ties)."""
    lo = max(0, first_body - _HEADLINE_WINDOW)
    cands = [i for i in range(lo, first_body) if headline_candidate(i, ctx, tags)]
    best, best_i = 0.0, None
    for i in cands:
        score = _headline_score(headline_features(i, ctx, tags, first_body))
        if score > best:
            best, best_i = score, i
    return best_i


def _is_furniture(tag: Tag) -> bool:
    return tag.role in ("byline", "dateline", "caption", "credit", "boilerplate", "relhead")


def find_standfirst(ctx: Context, tags: list[Tag], headline: int, body_start: int) -> int | None:
    """The summary set apart between headline and body.

    The first sentence-like line after the headline is the standfirst when
    page furniture (byline, date, caption, widgets) or a wider gap separates
    it from the next body line.
    """
    n = len(ctx.lines)
    for i in range(headline + 1, min(n, max(body_start, headline + 1) + 3)):
        tag, f = tags[i], ctx.feats[i]
        if tag.role != "text":
            continue
        if f.cls not in (GOOD, NEAR) or not f.sentence and f.words < 12:
            return None
        # what separates it from the next body-like line
        furniture = False
        for j in range(i + 1, min(n, i + 15)):
            tj = tags[j]
            if tj.role == "text" and ctx.feats[j].cls in (GOOD, NEAR):
                return i if (furniture or ctx.lines[j].gap >= 2) else None
            if _is_furniture(tj):
                furniture = True
        return None
    return None


def find_bare_byline(ctx: Context, tags: list[Tag], lo: int, hi: int) -> int | None:
    """A line that is only a name, next to a date or after the headline."""
    for i in range(lo, hi):
        text = _HANDLES.sub("", ctx.lines[i].text).split(" / ")[0].strip()
        if tags[i].role != "text" or not is_name_like(text):
            continue
        if any(w.casefold() in ctx.lex.stop_index for w in text.split()):
            continue
        around = [tags[j] for j in range(max(0, i - 2), min(len(tags), i + 3)) if j != i]
        stamped = any(t.role == "dateline" or t.rule in ("time_only", "handle", "relative_time") for t in around)
        known = text.split()[0].casefold() in ctx.lex.given_names
        if stamped or (known and not ctx.feats[i].upper and any(t.role in ("headline", "standfirst") for t in around)):
            return i
    return None


# ---------------------------------------------------------------- body and related


def _item_like(tag: Tag, f: Features, text: str) -> bool:
    """A linked title: a short line that does not end like a sentence (a question may)."""
    if tag.role != "text" or not 2 <= f.words <= 40 or f.chars > 260:
        return False
    if " " not in text:  # a slug or an encoded link, not a title
        return False
    return not text.endswith(".") or text.endswith(("...", "…")) or f.cls in (SHORT, BAD)


def mark_related(ctx: Context, tags: list[Tag], region: tuple[int, int]) -> None:
    """A related heading followed by title-like items becomes a related block."""
    n = len(tags)
    for i in range(n):
        if tags[i].role != "relhead":
            continue
        items = []
        j = i + 1
        while j < n:
            t, f = tags[j], ctx.feats[j]
            if t.role == "relhead" or (t.role == "boilerplate" and t.kind in ("comments", "newsletter", "footer", "cookie")):
                break
            if _item_like(t, f, ctx.lines[j].text):
                if is_name_like(ctx.lines[j].text) or ctx.lines[j].text.casefold() in ctx.lex.agencies:
                    tags[j] = Tag("boilerplate", "other", "related.credit")  # an item's author or agency
                else:
                    items.append(j)
            elif t.role == "text":
                break
            j += 1
        if items:
            tags[i] = Tag("related", "heading", "related.heading")
            for j in items:
                tags[j] = Tag("related", "item", "related.item", i)
        else:
            tags[i] = Tag("boilerplate", tags[i].kind or "other", "related.no_items")


#: A line inside the article (between its first and last paragraph) with this many words is body.
_INSIDE_MIN_WORDS = 3


def mark_body(ctx: Context, tags: list[Tag], region: tuple[int, int]) -> None:
    """Inside the region: paragraphs, subheadings and list items."""
    lo, hi = region
    feats = ctx.feats

    def _next_is_body(k: int) -> bool:
        return k + 1 < hi and tags[k + 1].role == "text" and feats[k + 1].cls in (GOOD, NEAR)

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

    prose = [i for i in range(lo, hi) if tags[i].role == "text" and feats[i].cls in (GOOD, NEAR)]
    first, last = (prose[0], prose[-1]) if prose else (hi, lo)
    for i in range(lo, hi):
        t, f = tags[i], feats[i]
        if t.role != "text":
            continue
        if f.cls in (GOOD, NEAR):
            tags[i] = Tag("body", "paragraph", f"body.{f.cls}")
        elif f.bullet and (_list_context(i) or body_near(i, -1) or body_near(i, 1)):
            tags[i] = Tag("body", "list_item", "body.bullet")
        elif f.cls == BAD and f.sentence and f.chars >= 100:
            tags[i] = Tag("body", "paragraph", "body.long_sentence")
        elif f.title and not f.sentence and f.words <= 20 and _next_is_body(i) and body_near(i, -1):
            tags[i] = Tag("body", "subheading", "body.subheading")
        elif f.sentence and f.words >= 3 and body_near(i, -1) and body_near(i, 1):
            tags[i] = Tag("body", "paragraph", "body.short_sentence")
        elif first < i < last and f.words >= _INSIDE_MIN_WORDS:
            tags[i] = Tag("body", "paragraph", "body.inside")


def classify(lines: Sequence[Line], lex: Lexicon, dates: DateFinder) -> tuple[list[Tag], str | None]:
    """Decide a :class:`Tag` for every line; also return the detected language."""
    toks = [_WORD.findall(line.lower) for line in lines]
    language = language_of(toks, lex.stop_index)
    stop = lex.stopwords.get(language or "", frozenset())
    feats = [describe(line, t, stop) for line, t in zip(lines, toks)]
    ctx = Context(lines, feats, lex, dates, language)
    tags = local_tags(ctx)
    find_captions(ctx, tags)
    pair_credits(ctx, tags, sentences_only=True)
    region = article_region(ctx, tags)
    lo, hi = region
    first_body = _first_body(ctx, tags, lo, hi)
    headline = find_headline(ctx, tags, first_body)
    if headline is not None:
        tags[headline] = Tag("headline", None, "headline.title_before_body")
        lo = max(lo, headline + 1) if headline >= lo else headline + 1
        sf = find_standfirst(ctx, tags, headline, first_body)
        if sf is not None:
            tags[sf] = Tag("standfirst", None, "standfirst.set_apart")
    else:
        lo = min(lo, first_body)
    pair_credits(ctx, tags)
    head_end = max(first_body, (headline or 0) + 1)
    bylines = [i for i in range(len(tags)) if tags[i].role == "byline"]
    if not bylines:
        b = find_bare_byline(ctx, tags, max(0, (headline if headline is not None else first_body) - 3), min(len(tags), head_end + 4))
        if b is not None:
            tags[b] = Tag("byline", None, "byline.bare_name", 0)
            bylines = [b]
    for extra in bylines[1:]:
        tags[extra] = Tag("boilerplate", "other", "byline.repeated")
    seen_date = {"published": False, "updated": False}
    for i, t in enumerate(tags):
        if t.role == "dateline":
            kind = t.kind or "published"
            if seen_date[kind] or (i >= hi + 3):
                tags[i] = Tag("boilerplate", "other", "dateline.extra")
            seen_date[kind] = True
    mark_related(ctx, tags, (lo, hi))
    mark_body(ctx, tags, (lo, hi))
    for i, t in enumerate(tags):
        if t.role == "text":
            nav = i < head_end and feats[i].words <= 6
            tags[i] = Tag("boilerplate", "navigation" if nav else "other", "leftover.before" if nav else "leftover")
        elif t.role == "relhead":
            tags[i] = Tag("boilerplate", t.kind or "other", "related.no_items")
        elif t.role == "credit":
            tags[i] = Tag("caption", "credited", "caption.credit_only", (None, t.data))
    return tags, language


def stamp_of(tag: Tag) -> Stamp | None:
    """The date a dateline tag carries."""
    return tag.data if isinstance(tag.data, Stamp) else None
