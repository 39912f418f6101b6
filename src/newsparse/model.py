"""The typed, immutable result of parsing: :class:`Article` and its parts.

Every class is an attrs frozen class.  :meth:`Article.to_dict` returns exactly
the schema of SPEC.md plus ``segments`` (the lossless audit trail).
"""

from __future__ import annotations

import datetime as _dt
import json
import operator
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal, TypeVar, get_args, overload

import attrs

Role = Literal["headline", "standfirst", "byline", "dateline", "caption", "body", "related", "boilerplate"]
BodyKind = Literal["paragraph", "subheading", "list_item", "quote"]
BoilerplateKind = Literal[
    "share", "navigation", "comments", "newsletter", "advertisement", "cookie", "paywall", "footer", "other"
]

#: Roles a segment can have, in SPEC.md order.
ROLES: tuple[str, ...] = ("headline", "standfirst", "byline", "dateline", "caption", "body", "related", "boilerplate")


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen
class Segment:
    """One piece of the input with the role decided for it.

    ``span`` is ``(start, end)`` into the caller's original string (or the
    decoded string, for bytes input); ``text`` is that slice with white space
    folded.  ``kind`` refines the role (``paragraph``, ``share``, ``credit``,
    ``heading``, ...); ``rule`` names the rule that decided it.
    """

    role: str
    kind: str | None
    text: str
    span: tuple[int, int]
    rule: str

    def to_dict(self) -> dict[str, Any]:
        """The segment as plain JSON-ready data."""
        return {"role": self.role, "kind": self.kind, "text": self.text, "span": list(self.span), "rule": self.rule}


class Segments(Sequence[Segment]):
    """An article's segments, in input order, stored by column.

    A big page has hundreds of thousands of segments; as objects they would
    take several times the page's size in memory.  This sequence keeps their
    texts, their spans in two integer arrays and their decisions (role, kind,
    rule) as small codes, and makes a :class:`Segment` when one is read.  It
    is immutable and behaves like a tuple of segments (indexing, slicing,
    iteration, ``len``, ``==`` with another ``Segments`` or a tuple).
    """

    __slots__ = ("_codes", "_decisions", "_ends", "_starts", "_texts")

    def __init__(self, segments: Iterable[Segment] = ()) -> None:
        builder = SegmentsBuilder()
        for seg in segments:
            builder.append(seg.role, seg.kind, seg.text, seg.span[0], seg.span[1], seg.rule)
        self._adopt(builder)

    def _adopt(self, builder: SegmentsBuilder) -> None:
        self._texts, self._starts, self._ends = builder.texts, builder.starts, builder.ends
        self._codes, self._decisions = builder.codes, list(builder.decisions)

    def __len__(self) -> int:
        return len(self._texts)

    @overload
    def __getitem__(self, index: int) -> Segment: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[Segment, ...]: ...

    def __getitem__(self, index: int | slice) -> Segment | tuple[Segment, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        role, kind, rule = self._decisions[self._codes[index]]
        return Segment(role, kind, self._texts[index], (self._starts[index], self._ends[index]), rule)

    def __iter__(self) -> Iterator[Segment]:
        decisions = self._decisions
        for code, text, start, end in zip(self._codes, self._texts, self._starts, self._ends):
            role, kind, rule = decisions[code]
            yield Segment(role, kind, text, (start, end), rule)

    def _rows(self) -> Iterator[tuple[tuple[str, str | None, str], str, int, int]]:
        decisions = self._decisions
        return zip((decisions[c] for c in self._codes), self._texts, self._starts, self._ends)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Segments):
            return len(self) == len(other) and all(a == b for a, b in zip(self._rows(), other._rows()))
        if isinstance(other, tuple):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((len(self), tuple(self._texts), self._starts.tobytes(), self._ends.tobytes()))

    def __repr__(self) -> str:
        return f"Segments({len(self)} segments)"

    def to_dicts(self) -> list[dict[str, Any]]:
        """Every segment as :meth:`Segment.to_dict` gives it (without making Segment objects)."""
        return [
            {"role": role, "kind": kind, "text": text, "span": [start, end], "rule": rule}
            for (role, kind, rule), text, start, end in self._rows()
        ]

    def texts(self) -> Sequence[str]:
        """The segments' texts, in order."""
        return self._texts

    def decisions(self) -> list[tuple[str, str | None, str]]:
        """The segments' ``(role, kind, rule)``, in order."""
        decisions = self._decisions
        return [decisions[c] for c in self._codes]

    def replaced(self, index: int, segment: Segment) -> Segments:
        """A copy with the segment at *index* replaced by *segment*."""
        builder = SegmentsBuilder()
        builder.texts, builder.starts, builder.ends = list(self._texts), array("q", self._starts), array("q", self._ends)
        builder.codes, builder.decisions = array("I", self._codes), {d: i for i, d in enumerate(self._decisions)}
        builder.codes[index] = builder.code(segment.role, segment.kind, segment.rule)
        builder.texts[index] = segment.text
        builder.starts[index], builder.ends[index] = segment.span
        return builder.build()


class SegmentsBuilder:
    """Collects segments column by column and makes :class:`Segments` (used while assembling)."""

    __slots__ = ("codes", "decisions", "ends", "starts", "texts")

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.starts = array("q")
        self.ends = array("q")
        self.codes = array("I")
        self.decisions: dict[tuple[str, str | None, str], int] = {}

    def code(self, role: str, kind: str | None, rule: str) -> int:
        """The code of a decision, given one the first time it is seen."""
        return self.decisions.setdefault((role, kind, rule), len(self.decisions))

    def append(self, role: str, kind: str | None, text: str, start: int, end: int, rule: str) -> None:
        """Add a segment at the end."""
        self.codes.append(self.code(role, kind, rule))
        self.texts.append(text)
        self.starts.append(start)
        self.ends.append(end)

    def build(self) -> Segments:
        """The segments collected so far (the builder must not be used after)."""
        segments = Segments.__new__(Segments)
        segments._adopt(self)
        return segments


_Class = TypeVar("_Class", bound=type)


def _pickled_by_call(cls: _Class) -> _Class:
    """Make *cls* (an attrs class) pickle as a call of the class with its fields: a
    third of the time of attrs' own state, which batch workers pay for every
    block of every article they send back."""
    fields = operator.attrgetter(*(a.name for a in attrs.fields(cls)))

    def __reduce__(self: Any) -> tuple[type[Any], tuple[Any, ...]]:
        return type(self), fields(self)

    cls.__reduce__ = __reduce__  # type: ignore[assignment]
    return cls


def _segments(value: Iterable[Segment]) -> Segments:
    return value if isinstance(value, Segments) else Segments(value)


@_pickled_by_call
@attrs.frozen
class Byline:
    """Who wrote the article: the line as written, the authors and the wire agencies."""

    text: str
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        """The byline per SPEC.md."""
        return {"text": self.text, "authors": list(self.authors), "agencies": list(self.agencies)}


@_pickled_by_call
@attrs.frozen
class Caption:
    """An image or video caption with its credit split off; either may be ``None``."""

    text: str | None
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The caption per SPEC.md."""
        return {"text": self.text, "credit": self.credit}


@_pickled_by_call
@attrs.frozen
class BodyBlock:
    """One block of the article body: a paragraph, subheading, list item or quote."""

    kind: BodyKind
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The block per SPEC.md."""
        return {"kind": self.kind, "text": self.text}


@_pickled_by_call
@attrs.frozen
class RelatedBlock:
    """A related-articles block: its heading (or ``None``) and the linked titles."""

    heading: str | None
    items: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        """The block per SPEC.md."""
        return {"heading": self.heading, "items": list(self.items)}


@_pickled_by_call
@attrs.frozen
class Boilerplate:
    """Page furniture with its kind (``share``, ``navigation``, ``footer``...)."""

    kind: BoilerplateKind
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The item per SPEC.md."""
        return {"kind": self.kind, "text": self.text}


def _iso(value: _dt.date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.isoformat(timespec="minutes" if not value.second else "seconds")
    return value.isoformat()


@attrs.frozen
class Article:
    """A parsed news article.

    The fields follow SPEC.md.  ``segments`` tile the input: every non-blank
    character belongs to exactly one segment, which records its role, its
    source span and the rule that decided it.
    """

    headline: str | None = None
    standfirst: str | None = None
    byline: Byline | None = None
    #: When the page says the article was published (a ``datetime`` when it gives the time).
    #: A page that shows only an update's date (``Last updated ...``, ``Stand: ...``) gives
    #: ``updated`` and no ``published``: ``article.published or article.updated`` is a date either way.
    published: _dt.date | None = None
    #: When the page says the article was last updated.
    updated: _dt.date | None = None
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_tuple)
    body: tuple[BodyBlock, ...] = attrs.field(default=(), converter=_tuple)
    related: tuple[RelatedBlock, ...] = attrs.field(default=(), converter=_tuple)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_tuple)
    segments: Segments = attrs.field(factory=Segments, converter=_segments, repr=False)
    #: Language code of the stopword table that fit the text best, or ``None``.
    language: str | None = None

    @property
    def authors(self) -> tuple[str, ...]:
        """The byline's authors (empty without a byline)."""
        return self.byline.authors if self.byline else ()

    @property
    def agencies(self) -> tuple[str, ...]:
        """The byline's wire agencies (empty without a byline)."""
        return self.byline.agencies if self.byline else ()

    @property
    def body_text(self) -> str:
        """The body blocks' text joined by blank lines."""
        return "\n\n".join(b.text for b in self.body)

    def to_dict(self, *, segments: bool = True) -> dict[str, Any]:
        """The article as plain data: SPEC.md's schema, plus ``language`` and ``segments``."""
        out: dict[str, Any] = {
            "headline": self.headline,
            "standfirst": self.standfirst,
            "byline": self.byline.to_dict() if self.byline else None,
            "published": _iso(self.published),
            "updated": _iso(self.updated),
            "captions": [c.to_dict() for c in self.captions],
            "body": [b.to_dict() for b in self.body],
            "related": [r.to_dict() for r in self.related],
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "language": self.language,
        }
        if segments:
            out["segments"] = self.segments.to_dicts()
        return out

    def to_json(self, *, segments: bool = True, indent: int | None = 1) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(segments=segments), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The article whose :meth:`to_dict` gave *data* (with or without its
        segments): stored results read back as typed objects.  Keys it does not
        know are ignored; a field of the wrong shape raises :class:`ValueError`
        naming it, and *data* that is no mapping :class:`TypeError`."""
        if not isinstance(data, Mapping):
            raise TypeError(f"from_dict() takes a mapping, not {type(data).__name__}")
        byline = data.get("byline")
        if byline is not None:
            byline = Byline(
                _text(_mapping(byline, "byline"), "text", "byline"),
                _strings(byline, "authors", "byline"),
                _strings(byline, "agencies", "byline"),
            )
        return cls(
            headline=_optional_text(data, "headline", "article"),
            standfirst=_optional_text(data, "standfirst", "article"),
            byline=byline,
            published=_date(data, "published"),
            updated=_date(data, "updated"),
            captions=_items(data, "captions", lambda d, w: Caption(_optional_text(d, "text", w), _optional_text(d, "credit", w))),
            body=_items(data, "body", lambda d, w: BodyBlock(_kind(d, w, _BODY_KINDS), _text(d, "text", w))),
            related=_items(data, "related", lambda d, w: RelatedBlock(_optional_text(d, "heading", w), _strings(d, "items", w))),
            boilerplate=_items(data, "boilerplate", lambda d, w: Boilerplate(_kind(d, w, _BOILERPLATE_KINDS), _text(d, "text", w))),
            segments=_items(data, "segments", _segment),
            language=_optional_text(data, "language", "article"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """:meth:`from_dict` of a JSON string (what :meth:`to_json` and ``newsparse`` print)."""
        return cls.from_dict(json.loads(text))


_BODY_KINDS: frozenset[str] = frozenset(get_args(BodyKind))
_BOILERPLATE_KINDS: frozenset[str] = frozenset(get_args(BoilerplateKind))
_T = TypeVar("_T")


def _mapping(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ValueError(f"{where}: a mapping was expected, not {type(value).__name__}")  # noqa: TRY004  (bad data, as every shape error)
    return value


def _optional_text(data: Mapping[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise ValueError(f"{where}.{key}: a string or null was expected, not {type(value).__name__}")
    return value


def _text(data: Mapping[str, Any], key: str, where: str) -> str:
    value = _optional_text(data, key, where)
    if value is None:
        raise ValueError(f"{where}.{key}: a string was expected")
    return value


def _strings(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = data.get(key) or ()
    if isinstance(value, str) or not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"{where}.{key}: a list of strings was expected")
    return tuple(value)


def _kind(data: Mapping[str, Any], where: str, kinds: frozenset[str]) -> Any:
    kind = _text(data, "kind", where)
    if kind not in kinds:
        raise ValueError(f"{where}.kind: one of {', '.join(sorted(kinds))} was expected, not {kind!r}")
    return kind


def _items(data: Mapping[str, Any], key: str, make: Callable[[Mapping[str, Any], str], _T]) -> list[_T]:
    value = data.get(key) or ()
    if isinstance(value, (str, Mapping)) or not isinstance(value, Sequence):
        raise ValueError(f"{key}: a list was expected, not {type(value).__name__}")  # noqa: TRY004  (bad data)
    return [make(_mapping(item, f"{key}[{i}]"), f"{key}[{i}]") for i, item in enumerate(value)]


def _segment(data: Mapping[str, Any], where: str) -> Segment:
    span = data.get("span")
    if not (isinstance(span, Sequence) and len(span) == 2 and all(type(x) is int for x in span)):
        raise ValueError(f"{where}.span: two integers were expected")
    return Segment(_text(data, "role", where), _optional_text(data, "kind", where), _text(data, "text", where),
                   (span[0], span[1]), _text(data, "rule", where))


def _date(data: Mapping[str, Any], key: str) -> _dt.date | None:
    """A date (``2024-03-14``) or a date and time (``2024-03-14T08:15+01:00``) as :func:`_iso` writes them."""
    value = _optional_text(data, key, "article")
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value) if len(value) == 10 else _dt.datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"article.{key}: an ISO 8601 date was expected, not {value[:40]!r}") from None
