"""Turn classified lines into an :class:`~newsparse.model.Article`."""

from __future__ import annotations

import datetime as _dt
import itertools
import re

from newsparse.byline import parse_byline, unspaced_name
from newsparse.captions import strip_toggle
from newsparse.dates import DATED_PARAGRAPHS, DateFinder, Stamp
from newsparse.features import wire_dateline
from newsparse.lines import Lines
from newsparse.model import (
    Article,
    BodyBlock,
    Boilerplate,
    Byline,
    Caption,
    RelatedBlock,
    SegmentsBuilder,
)
from newsparse.normalize import fold
from newsparse.rules import Lexicon
from newsparse.tags import Tag, stamp_of


def _lede_byline(paragraph: str, lex: Lexicon, finder: DateFinder, language: str | None) -> Byline | None:
    """``WASHINGTON (Reuters) — ...``: the wire service that opens the first paragraph; or a byline
    a table's wire ledes open it with (``(서울=연합뉴스) 홍길동 기자 = ...``, ``新华社北京2月20日电（记者
    李四）``, ``【ワシントン＝山田太郎】``)."""
    found = wire_dateline(paragraph, lex.agencies)
    if found is not None:
        credit, agency = found
        return Byline(text=credit, authors=(agency,))
    for lede in lex.byline_ledes:
        found_lede = lede.match(paragraph)
        if found_lede is None:
            continue
        names = parse_byline(found_lede["names"], 0, lex, finder, language).authors
        if not names or not all(map(unspaced_name, names)):
            continue  # (names in a script without spaces inside them, as the ledes' languages write them)
        agency = (found_lede.groupdict().get("agency") or "").strip()
        agencies = (agency,) if agency.casefold() in lex.agencies else ()
        return Byline(text=found_lede[0].rstrip(" =").strip(), authors=names, agencies=agencies)
    return None


#: How many of the captions read last a caption is compared with for a copy cut short
#: (a slider shows a caption twice in a row; a bounded look back keeps assembling linear).
_RECENT_CAPTIONS = 3


def _without_media_label(title: str) -> str:
    """A related item's *title* without the label in capitals and square brackets that ends it
    (``China furious at Macron for Hong Kong protest jibe [INSIGHT]``, ``... [VIDEO]``)."""
    if title[-1:] != "]":
        return title
    m = _MEDIA_LABEL.search(title)
    return title[: m.start()] if m is not None and m[1].isupper() and m.start() > 0 else title


#: A label of one or two words in square brackets ending a title.
_MEDIA_LABEL = re.compile(r" \[(\w{2,12}(?: \w{2,12})?)\]\Z")


def _date_after(text: str, stamp: Stamp, finder: DateFinder, kind: str) -> _dt.date | None:
    """The date of *kind* that follows *stamp* on its line: an update's after the publication's
    (``Published 14 March 2024 08:15 | Updated 15 March 2024 10:30``), or the publication's after
    the update's, a word saying so before it (``Last updated 04 Jun 2020, originally created
    17 Jun 2019``); else ``None``."""
    rest = text[stamp.end :]
    second = finder.find(rest)
    if second is None or finder.kind(rest, second) != kind:
        return None
    if kind == "published" and not finder.lex.published_words_inline.search(rest, 0, second.start):
        return None
    return second.value


def _shown_before(text: str, captions: dict[str, list[str | None]], key: str) -> str:
    """The key of a caption among the last few read that shows *text* too, one copy cut
    short (``... Tuesday, Nov. 19, 2019. The Islanders``), else *key*."""
    for seen in itertools.islice(reversed(captions), _RECENT_CAPTIONS):
        shown = captions[seen][0]
        if shown and _one_cut_short(shown, text):
            return seen
    return key


#: The shortest copy of a caption cut short that is read as the caption (not a gallery's
#: captions that open alike: "Changing Font Size of Axis Text.", "... of x-Axis Text.").
_MIN_CUT_CAPTION = 40


def _one_cut_short(a: str, b: str) -> bool:
    """Is one of two captions the other cut short (its start, an ellipsis apart)?"""
    short, whole = (a, b) if len(a) <= len(b) else (b, a)
    short = short.rstrip(" .…")
    return len(short) >= _MIN_CUT_CAPTION and whole.startswith(short)


def assemble(
    text: str | None,
    lines: Lines,
    tags: list[Tag],
    lex: Lexicon,
    finder: DateFinder,
    language: str | None,
    *,
    stamp_elsewhere: bool = True,
) -> Article:
    """Build the :class:`Article` from *lines* and their *tags*.

    With *stamp_elsewhere*, an article without a date of its own takes the
    first publication stamp outside it (``dateline.extra``); parse_html sets it
    to False and asks the page's metadata first.

    *text* is the plain text the lines' spans point into, or ``None`` when
    they point into HTML (pieces of one line are then joined by a space).
    The segments share the lines' text objects.
    """
    segments = SegmentsBuilder()
    headline = standfirst = None
    byline = None
    published: _dt.date | None = None
    updated: _dt.date | None = None
    first_extra: Stamp | None = None
    captions: dict[str, list[str | None]] = {}
    body: list[BodyBlock] = []
    related: list[tuple[str | None, list[str]]] = []
    boiler: list[Boilerplate] = []
    merge_key: tuple[int, str, int] | None = None  # source line, kind and start of the last item
    for line_text, start, end, source_line, tag in zip(lines.texts, lines.starts, lines.ends, lines.source_lines, tags):
        segments.append(tag.role, tag.kind, line_text, start, end, tag.rule)
        role = tag.role
        if role == "body":
            body.append(BodyBlock(tag.kind, line_text))  # type: ignore[arg-type]
        elif role == "boilerplate":
            if first_extra is None and tag.rule == "dateline.extra":
                first_extra = stamp_of(tag)  # a publication stamp of another item, or outside the region
            kind = tag.kind or "other"
            if merge_key is not None and merge_key[:2] == (source_line, kind):
                # pieces of one input line with the same kind make one item
                joined = fold(text[merge_key[2]:end]) if text is not None else f"{boiler[-1].text} {line_text}"
                boiler[-1] = Boilerplate(kind, joined)  # type: ignore[arg-type]
            else:
                boiler.append(Boilerplate(kind, line_text))  # type: ignore[arg-type]
                merge_key = (source_line, kind, start)
        elif role == "headline" and headline is None:
            headline = line_text
        elif role == "standfirst" and standfirst is None:
            standfirst = line_text
        elif role == "byline" and byline is None:
            # (classify read it; a tag made elsewhere holds where its marker ends)
            if isinstance(tag.data, Byline):
                byline = tag.data
            else:
                byline = parse_byline(line_text, tag.data if isinstance(tag.data, int) else 0, lex, finder, language)
            stamp = finder.find(line_text) if published is None or updated is None else None
            if stamp is not None:
                # (its label may say the date is an update's: "Evgenia Karp Zuletzt geändert am 06.11.2023")
                if finder.kind(line_text, stamp) == "updated":
                    updated = updated or stamp.value
                else:
                    published = published or stamp.value
        elif role == "dateline":
            stamp = stamp_of(tag)
            if stamp is not None:
                if tag.kind == "updated":
                    updated = updated or stamp.value
                    published = published or _date_after(line_text, stamp, finder, "published")
                else:
                    published = published or stamp.value
                    updated = updated or _date_after(line_text, stamp, finder, "updated")
        elif role == "caption" and isinstance(tag.data, tuple):
            cap_text, credit = tag.data
            if cap_text:
                cap_text = strip_toggle(cap_text)
            key = cap_text or f"\x00{credit}"
            if key not in captions and cap_text:
                key = _shown_before(cap_text, captions, key)
            if key in captions:
                kept = captions[key]
                kept[1] = kept[1] or credit
                if cap_text and len(cap_text) > len(kept[0] or ""):
                    kept[0] = cap_text  # (the copy cut short gives way to the whole caption)
            else:
                captions[key] = [cap_text, credit]
        elif role == "related":
            if tag.kind == "heading":
                related.append((line_text, []))
            elif related:
                related[-1][1].append(_without_media_label(line_text))
    if byline is None and body:
        byline = _lede_byline(body[0].text, lex, finder, language)
    if published is None and body:
        published = next(filter(None, (finder.lead(block.text) for block in body[:DATED_PARAGRAPHS])), None)
    if published is None and first_extra is not None and stamp_elsewhere:
        published = first_extra.value
    return Article(
        headline=headline,
        standfirst=standfirst,
        byline=byline,
        published=published,
        updated=updated,
        captions=[Caption(t, c) for t, c in captions.values()],
        body=body,
        related=[RelatedBlock(h, items) for h, items in related],
        boilerplate=boiler,
        segments=segments.build(),
        language=language,
    )
