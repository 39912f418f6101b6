"""What a page says about itself: schema.org JSON-LD, OpenGraph and ``<meta>``
tags, ``<time datetime>`` and ``<title>``.

This is evidence, not truth: :func:`newsparse.parse.parse_html` checks titles
and names against the visible text before using them.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from newsparse.dates import DateFinder, Stamp
from newsparse.features import UNSPACED_LETTERS, is_name_like
from newsparse.html import Hints
from newsparse.model import Article, Byline
from newsparse.normalize import LOWER, UPPER, fold
from newsparse.rules import structure as S

#: schema.org types whose headline, author and dates describe the article.
_ARTICLE_TYPES = frozenset(
    ["article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting", "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle", "report", "webpage", "itempage"]
)
#: schema.org types of the work a page is about (a recipe, instructions) whose author and dates
#: are the page's, but whose name (a dish's, a task's) is no headline.
_WORK_TYPES = frozenset(["recipe", "howto"])
_READ_TYPES = _ARTICLE_TYPES | _WORK_TYPES
MAX_JSON = 1_000_000  # a larger script is no metadata block
_MAX_DEPTH = 20
_ISO_DATE = re.compile(r"\A\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_TITLE_SEPARATORS = re.compile(
    # (?<!\s): from where a run of white space starts, not from every offset inside it
    r"(?<!\s)\s+[|–—:·•»-]\s+"
    # Chinese and Japanese titles set no spaces around it: "标题_新华网", "标题！-新华网"
    rf"|(?<=[{UNSPACED_LETTERS}\uff01-\uff5e])[-_|｜](?=[{UNSPACED_LETTERS}])"
)

_PUBLISHED_META = (
    "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date",
    "dc.date", "dc.date.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "og:published_time",
    "citation_publication_date", "article.published", "published_time", "cxenseparse:recs:publishtime",
)
_MODIFIED_META = ("article:modified_time", "datemodified", "og:updated_time", "last-modified", "dc.date.modified")


@attrs.frozen
class PageMeta:
    """Metadata read from a page's head and JSON-LD."""

    #: headline candidates, best first: JSON-LD headline, og:title, itemprop, <title>, then the
    #: headline part of each (the longest part between title separators, site names left out)
    titles: tuple[str, ...] = ()
    #: author names from JSON-LD, ``itemprop=author`` and ``<meta name="author">``
    authors: tuple[str, ...] = ()
    published: _dt.date | None = None
    modified: _dt.date | None = None
    #: the publication's time is stated in UTC (``...T00:53Z``): the page's own day may be the one before or after
    published_in_utc: bool = False
    #: the site's own name (``og:site_name``): never the headline
    site_names: tuple[str, ...] = ()
    #: the page's summaries: JSON-LD ``description``, then ``og:description``, ``twitter:description``
    #: and ``<meta name="description">`` (a line equal to one, set apart under the headline, is the standfirst)
    descriptions: tuple[str, ...] = ()


#: ``<meta>`` keys that summarise the page.
_DESCRIPTION_META = ("og:description", "twitter:description", "description")

#: ``<meta>`` keys that name the site rather than the page (``application-name``
#: is left out: pages fill it with their own title as often as with the site's).
_SITE_NAME_META = ("og:site_name",)


def iso_date(value: str) -> _dt.date | None:
    """An ISO 8601 date or date-time at the start of *value* (local time kept, zone dropped)."""
    m = _ISO_DATE.match(value)
    if m is None:
        return None
    try:
        if m[4] is not None:
            return _dt.datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4]), int(m[5]))
        return _dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


#: The end of a date-time stated in UTC: ``Z``, ``+00:00``, ``GMT``.
_UTC_END = re.compile(r"(?:Z|[+-]00:?00|\s(?:GMT|UTC))\s*\Z", re.IGNORECASE)


def _first_date(values: Iterable[object]) -> tuple[_dt.date | None, bool]:
    """The first of *values* that reads as an ISO date (see :func:`iso_date`), and whether
    it is stated in UTC."""
    for value in values:
        if isinstance(value, str) and (day := iso_date(value)) is not None:
            return day, isinstance(day, _dt.datetime) and _UTC_END.search(value) is not None
    return None, False


def _objects(node: object, depth: int = 0) -> Iterator[dict[str, object]]:
    """Every JSON object in *node*, through lists and ``@graph`` (bounded depth)."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for item in node[:200]:
            yield from _objects(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        graph = node.get("@graph")
        if graph is not None:
            yield from _objects(graph, depth + 1)
        main = node.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _objects(main, depth + 1)


def _types(obj: dict[str, object]) -> set[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return {x.casefold() for x in items if isinstance(x, str)}


def _names(value: object) -> list[str]:
    """Person or organisation names in a JSON-LD ``author`` value."""
    out: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, str):
            name = item
        elif isinstance(item, dict):
            name = item.get("name")  # type: ignore[assignment]
            if not isinstance(name, str):
                continue
        else:
            continue
        name = fold(name)
        if name and not name.startswith(("http://", "https://")) and len(name) <= 80:
            out.append(name)
    return out


def _json_ld(text: str | None) -> Iterator[dict[str, object]]:
    """The article objects in the *text* of a ``<script type="application/ld+json">`` element."""
    if not text or len(text) > MAX_JSON:
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return
    yield from article_objects(data)


def article_objects(data: object) -> Iterator[dict[str, object]]:
    """The objects in parsed JSON-LD *data* that describe an article, or the work it is about
    (:data:`_WORK_TYPES`); an author given by reference (``"author": {"@id": "...#author"}``, as
    SEO plugins write a graph) comes with the object the graph holds under that ``@id``."""
    objects = list(_objects(data))
    by_id: dict[str, dict[str, object]] = {}
    for obj in objects:
        ref = obj.get("@id")
        if isinstance(ref, str):
            by_id.setdefault(ref, obj)
    for obj in objects:
        if _types(obj) & _READ_TYPES:
            author = obj.get("author")
            if by_id and author is not None:
                resolved = _referenced(author, by_id)
                if resolved is not author:
                    obj = {**obj, "author": resolved}
            yield obj


def _referenced(value: object, by_id: Mapping[str, dict[str, object]]) -> object:
    """*value* (an object or a list of them) with each bare reference, an object holding only an
    ``@id``, read as the object under that ``@id``."""
    if isinstance(value, list):
        items = [_referenced(item, by_id) for item in value[:20]]  # (no more names are read: _names)
        return items if any(a is not b for a, b in zip(items, value)) else value
    if isinstance(value, dict) and "name" not in value:
        ref = value.get("@id")
        if isinstance(ref, str) and ref in by_id:
            return by_id[ref]
    return value


def _signed_and_modified(
    obj: dict[str, object], authors: list[str], modified: _dt.date | None
) -> tuple[list[str], _dt.date | None]:
    """*authors* and *modified*, each that is unset taken from the JSON-LD object *obj*
    (its publication date is read with the other sources': see :meth:`MetaReader.result`)."""
    if not authors and "author" in obj:
        authors = _names(obj["author"])
    if modified is None and isinstance(obj.get("dateModified"), str):
        modified = iso_date(obj["dateModified"])  # type: ignore[arg-type]
    return authors, modified


def _title_parts(title: str, sites: frozenset[str] = frozenset()) -> list[str]:
    """``Headline | Site`` gives the whole title and its longest part, ``Headline``
    (the longest of the parts that are not one of the case-folded *sites*)."""
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p]
    if len(parts) < 2:
        return [title]
    named = [p for p in parts if p.casefold() not in sites] or parts
    return [title, max(named, key=len)]


class MetaReader:
    """Collects :class:`PageMeta` while a document is read, element by element
    (an :class:`~newsparse.html.ElementObserver` for :func:`~newsparse.html.linearise`)."""

    #: the elements read
    tags = frozenset(["meta", "time", "script", "title"])

    def __init__(self) -> None:
        self.objects: list[dict[str, object]] = []  # JSON-LD article objects, in document order
        self.metas: dict[str, str] = {}  # <meta> key -> content, the first of each key
        self.time: str | None = None  # the first <time datetime> that reads as a date
        self.title: str | None = None  # the text of the first <title>
        self._titled = False
        self._script_type = ""  # the type of the last <script> begun

    def start(self, tag: str, attrib: Mapping[str, str]) -> None:
        """Read a ``<meta>`` or ``<time>`` element's attributes."""
        if tag == "meta":
            get = attrib.get
            key = (get("property") or get("name") or get("itemprop") or "").strip().lower()
            content = get("content")
            if key and content and key not in self.metas:
                self.metas[key] = content
        elif tag == "time" and self.time is None:
            value = attrib.get("datetime")
            if value and iso_date(value) is not None:
                self.time = value
        elif tag == "script":
            self._script_type = (attrib.get("type") or "").strip().lower()

    def end(self, tag: str, text: str | None) -> None:
        """Read a JSON-LD script or the first ``<title>``."""
        if tag == "script":
            if self._script_type == "application/ld+json":
                self.objects.extend(_json_ld(text))
        elif tag == "title" and not self._titled:
            self._titled = True
            self.title = text

    def result(self) -> PageMeta:
        """The metadata read: JSON-LD's article objects first, then ``<meta>`` tags, then the work the page
        is about (a recipe's JSON-LD), ``<time>`` and ``<title>``."""
        titles: list[str] = []
        descriptions: list[str] = []
        authors: list[str] = []
        modified: _dt.date | None = None
        articles: list[dict[str, object]] = []
        works: list[dict[str, object]] = []  # (objects of _WORK_TYPES)
        for obj in self.objects:
            (articles if _types(obj) & _ARTICLE_TYPES else works).append(obj)
        for obj in articles:
            headline = obj.get("headline")
            if not isinstance(headline, str) and not _types(obj) & {"webpage", "itempage"}:
                headline = obj.get("name")  # a web page's name is often the site's
            if isinstance(headline, str):
                titles.append(fold(headline))
            authors, modified = _signed_and_modified(obj, authors, modified)
            if isinstance(obj.get("description"), str):
                descriptions.append(fold(obj["description"]))  # type: ignore[arg-type]
        metas = self.metas
        for key in ("og:title", "twitter:title", "headline", "title"):
            if key in metas:
                titles.append(fold(metas[key]))
        descriptions += [fold(metas[key]) for key in _DESCRIPTION_META if key in metas]
        if not authors:
            for key in ("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"):
                value = metas.get(key)
                if value and not value.startswith(("http://", "https://")):
                    authors = [fold(v) for v in re.split(r"\s*[,;]\s*|\s+(?:and|und|et|y)\s+", value) if v.strip()]
                    break
        for key in _MODIFIED_META:
            if modified is None and key in metas:
                modified = iso_date(metas[key])
        # the work the page is about (a recipe, instructions: _WORK_TYPES) signs and dates it when
        # nothing else does; its name, a dish's or a task's, is no title
        for obj in works:
            authors, modified = _signed_and_modified(obj, authors, modified)
        published, in_utc = _first_date(
            [
                *(obj.get("datePublished") for obj in articles),
                *(metas.get(key) for key in _PUBLISHED_META),
                *(obj.get("datePublished") for obj in works),
                self.time,
            ]
        )
        site_names = tuple(dict.fromkeys(fold(metas[k]) for k in _SITE_NAME_META if metas.get(k, "").strip()))
        sites = frozenset(n.casefold() for n in site_names)
        if self.title:
            titles.append(fold(self.title))
        # each title, then the headline part of each ("Headline | Site" gives "Headline")
        titles += [part for title in titles for part in _title_parts(title, sites)[1:]]
        seen = dict.fromkeys(t for t in titles if t and t.casefold() not in sites)
        return PageMeta(
            tuple(seen),
            tuple(dict.fromkeys(a for a in authors if a)),
            published,
            modified,
            in_utc,
            site_names,
            tuple(dict.fromkeys(d for d in descriptions if d)),
        )


#: The most names the markup marks on a page that are taken for its authors.
_MAX_MARKED_AUTHORS = 3

#: A line this short that names a metadata author is taken as the byline.
_BYLINE_WORDS = 12


def with_meta(
    article: Article, meta: PageMeta, hints: Sequence[Hints] | None, finder: DateFinder, marked_names: Sequence[str] = ()
) -> Article:
    """*article* completed with *meta* where the page's visible text bears it out.

    The metadata's publication date is taken (visible stamps are often partial
    or relative) unless the article shows another day and the metadata's day
    appears nowhere on the page outside comments and footer (a date shifted by a
    time zone, or stale; unless the page's date is the metadata's with day and
    month read the other way round) or the
    two are one instant in two time zones (the page's local time is kept);
    without one, a line the page marks as a date gives it; authors only when the visible text has none and
    shows the metadata's names (else the names the markup marks in a byline, *marked_names*); the line
    naming them becomes the byline.  A marked name ends an author's name that runs on into the next
    element's text (``Christian Spließin Allgemeines``: a name and a category glued).  *hints* are the
    segments' structural evidence from HTML, ``None`` for text (JSON-LD found among its lines).
    """
    changes: dict[str, object] = {}
    if meta.published is not None:
        shown = article.published
        same_day = shown is not None and _day(shown) == _day(meta.published)
        if shown is None or (
            not same_day
            and not _same_instant(shown, meta.published, meta.published_in_utc)
            and (_day_and_month_swapped(shown, meta.published) or _shown_anywhere(_day(meta.published), article, finder))
        ):
            changes["published"] = meta.published
        elif same_day and not isinstance(shown, _dt.datetime):
            changes["published"] = meta.published  # the same day, with its time
    elif article.published is None:
        found = _date_elsewhere(article, hints, finder)
        if found is not None:
            changes["published"] = found
    later = meta.modified is not None and meta.published is not None and _day(meta.modified) > _day(meta.published)
    if article.updated is None and later:
        changes["updated"] = meta.modified
    marked = tuple(dict.fromkeys(marked_names))
    # (more names than an article's byline has: the bylines of a list of teasers)
    authors = meta.authors or (marked if len(marked) <= _MAX_MARKED_AUTHORS else ())
    if not article.authors and authors:
        folded = {a: a.casefold() for a in authors}
        patterns: dict[str, re.Pattern[str]] = {}  # (made for a name only where it stands in a line at all)
        seen: set[str] = set()
        for text in article.segments.texts():
            low = text.casefold()
            for a in authors:
                if a not in seen and folded[a] in low:
                    if a not in patterns:
                        patterns[a] = _shown_name(a)
                    if patterns[a].search(text):
                        seen.add(a)
        names = [a for a in authors if a in seen]
        if names:
            changes.update(_meta_byline(article, names, patterns[names[0]], hints))
    elif article.byline is not None and (marked or meta.authors):
        ended = tuple(_ended_by(_ended_by(a, marked, glued=True), meta.authors, glued=False) for a in article.byline.authors)
        if ended != article.byline.authors:
            changes["byline"] = attrs.evolve(article.byline, authors=ended)
    return attrs.evolve(article, **changes) if changes else article  # type: ignore[arg-type]


#: Time zones are offset from UTC by whole quarter hours, at most 14 hours.
_MAX_ZONE_OFFSET = _dt.timedelta(hours=14)
_ZONE_STEP = 15 * 60


def _same_instant(shown: _dt.date, meta: _dt.date, meta_in_utc: bool = False) -> bool:
    """Could the page's visible date-time and the metadata's be one instant in two
    time zones (``November 8, 2023 at 11:30 p.m.`` on the page, ``2023-11-09T05:30Z``
    in the metadata), or the page's day (without a time) the day, in another zone, of
    an instant the metadata states in UTC (``3 May 2022`` on the page, ``2022-05-04T00:53Z``;
    a time the metadata states in the site's own zone dates the site's day)?  Then the
    page's own, local, time or day is kept."""
    if not isinstance(meta, _dt.datetime):
        return False
    if not isinstance(shown, _dt.datetime):
        near = {(meta - _MAX_ZONE_OFFSET).date(), (meta + _MAX_ZONE_OFFSET).date()}
        return meta_in_utc and shown != meta.date() and shown in near
    offset = abs(shown - meta)
    return offset <= _MAX_ZONE_OFFSET and offset.total_seconds() % _ZONE_STEP == 0


def _day_and_month_swapped(shown: _dt.date, meta: _dt.date) -> bool:
    """Is the page's date the metadata's read the other way round (``11/01/2021``, read
    day first as 11 January, for 1 November)?  A numeric date is ambiguous when both
    numbers could be the month; the metadata says which order the page writes."""
    return shown.year == meta.year and shown.month == meta.day and shown.day == meta.month


def _date_elsewhere(article: Article, hints: Sequence[Hints] | None, finder: DateFinder) -> _dt.date | None:
    """For a page without a date in its metadata or its article: a date the page
    marks as one (``<time>``, ``class="date"``), else the first publication stamp
    of another item (``dateline.extra``), else the first short dated line that is
    not part of the comments."""
    texts = article.segments.texts()
    for text, hint in zip(texts, hints or ()):
        if hint.flags & S.DATE:
            stamp = finder.find(text)
            if stamp is not None:
                return stamp.value
    decisions = article.segments.decisions()
    extra = next((k for k, (_, _, rule) in enumerate(decisions) if rule == "dateline.extra"), None)
    if extra is not None:
        stamp = finder.find(texts[extra])
        if stamp is not None:
            return stamp.value
    outside_comments = (text for text, (_, kind, _) in zip(texts, decisions) if kind != "comments")
    stamp = next(_stamps(outside_comments, finder, _DATED_LINE_ELSEWHERE), None)
    return stamp.value if stamp is not None else None


def _stamps(texts: Iterable[str], finder: DateFinder, longest: int) -> Iterator[Stamp]:
    """The stamps of the lines of *texts* up to *longest* characters, in order."""
    for text in texts:
        if len(text) <= longest:
            stamp = finder.find(text)
            if stamp is not None:
                yield stamp


#: The longest line taken as a dated line when nothing else dates a page.
_DATED_LINE_ELSEWHERE = 120


def _shown_anywhere(day: _dt.date, article: Article, finder: DateFinder) -> bool:
    """Does any line of the page show *day*?  Not counting the comments (their own
    dates) and the footer (a copyright year, the site's last change)."""
    texts = article.segments.texts()
    decisions = article.segments.decisions()
    shown = (text for text, (_, kind, _) in zip(texts, decisions) if kind not in _NOT_THE_ARTICLES_DATE)
    return any(_day(stamp.value) == day for stamp in _stamps(shown, finder, _DATED_LINE))


#: Kinds of furniture whose dates say nothing of the article's.
_NOT_THE_ARTICLES_DATE = frozenset(("comments", "footer"))


#: Lines longer than this are not searched for a date the metadata gives.
_DATED_LINE = 300


def _day(value: _dt.date) -> _dt.date:
    return value.date() if isinstance(value, _dt.datetime) else value


def _ended_by(author: str, names: Sequence[str], *, glued: bool) -> str:
    """*author* cut where one of *names* it starts with ends: a name the markup marks, which may
    run on glued to the next element's text (*glued*: ``Christian Spließin Allgemeines`` gives
    ``Christian Spließ``), or the metadata's name of two words or more that goes on after a
    space (``Sarah Schnieder Reiterrevue International``, the site's name run on, gives ``Sarah
    Schnieder``); else as it is."""
    low = author.casefold()
    for name in names:
        n = len(name)
        if n >= len(author) or not low.startswith(name.casefold()):
            continue
        if glued:
            return name
        if " " in name and author[n] == " " and len(low) == len(author):
            return author[:n]
    return author


def _as_shown(name: str, line: str) -> str:
    """*name* as *line* shows it: a given name alone in the metadata ("Nils") with the
    surname the line gives it ("Eine Kolumne von Nils Pickert")."""
    if " " in name or not name.istitle():  # (an outlet in capitals, "RT", is no given name)
        return name
    m = re.search(rf"(?<!\w){re.escape(name)}\s+(\S+)", line)
    if m is None or not is_name_like(f"{name} {m[1]}"):
        return name
    return f"{name} {m[1]}"


#: An acronym (``RT``, ``AS``) names an outlet only in capitals, as written: at most this long.
_ACRONYM_CHARS = 4
_QUOTES = "\"'“”„«»‘’‚"


def _shown_name(name: str) -> re.Pattern[str]:
    """Where a line shows the metadata's author *name*: as words of its own, in any case, not
    inside another word (``Lynn`` in ``Heavenlynn Healthy``), though glued to a capital or a
    digit after it as elements render (``MoritzMeyer2019-01-07``); an acronym in capitals as
    written (``AS`` is no Portuguese ``as``)."""
    body = re.escape(name) if len(name) <= _ACRONYM_CHARS and name.isupper() else f"(?i:{re.escape(name)})"
    return re.compile(rf"(?<![{LOWER}{UPPER}]){body}(?![{LOWER}])")


def _meta_byline(
    article: Article, names: list[str], first: re.Pattern[str], hints: Sequence[Hints] | None
) -> dict[str, object]:
    """The byline for metadata *names*: the short line outside menus and footers
    (and not body) that shows the first (where *first* finds it), not in quotes (a
    magazine's title: ``Jeden Monat "selbst ist der Mann" erhalten``), if any."""
    key = names[0].casefold()
    for k, text in enumerate(article.segments.texts()):
        if hints is not None and hints[k].flags & S.FURNITURE or key not in text.casefold():
            continue
        seg = article.segments[k]
        if seg.role not in ("boilerplate", "byline"):
            continue
        m = first.search(text)
        if m is None or m.start() and m.end() < len(text) and text[m.start() - 1] in _QUOTES and text[m.end()] in _QUOTES:
            continue
        if len(seg.text.split()) <= _BYLINE_WORDS:
            segments = article.segments.replaced(k, attrs.evolve(seg, role="byline", kind=None, rule="meta.author"))
            boiler = [b for b in article.boilerplate if b.text != seg.text]
            shown = [_as_shown(name, seg.text) for name in names]
            return {"byline": Byline(seg.text, shown), "segments": segments, "boilerplate": boiler}
    return {"byline": Byline(", ".join(names), names)}
