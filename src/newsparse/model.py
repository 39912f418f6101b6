"""The typed, immutable result of parsing: :class:`Article` and its parts.

Every class is an attrs frozen class.  :meth:`Article.to_dict` returns exactly
the schema of SPEC.md plus ``segments`` (the lossless audit trail).
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Literal

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


@attrs.frozen
class Byline:
    """Who wrote the article: the line as written, the authors and the wire agencies."""

    text: str
    authors: tuple[str, ...] = attrs.field(default=(), converter=_tuple)
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        """The byline per SPEC.md."""
        return {"text": self.text, "authors": list(self.authors), "agencies": list(self.agencies)}


@attrs.frozen
class Caption:
    """An image or video caption with its credit split off; either may be ``None``."""

    text: str | None
    credit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The caption per SPEC.md."""
        return {"text": self.text, "credit": self.credit}


@attrs.frozen
class BodyBlock:
    """One block of the article body: a paragraph, subheading, list item or quote."""

    kind: BodyKind
    text: str

    def to_dict(self) -> dict[str, Any]:
        """The block per SPEC.md."""
        return {"kind": self.kind, "text": self.text}


@attrs.frozen
class RelatedBlock:
    """A related-articles block: its heading (or ``None``) and the linked titles."""

    heading: str | None
    items: tuple[str, ...] = attrs.field(default=(), converter=_tuple)

    def to_dict(self) -> dict[str, Any]:
        """The block per SPEC.md."""
        return {"heading": self.heading, "items": list(self.items)}


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
    published: _dt.date | None = None
    updated: _dt.date | None = None
    captions: tuple[Caption, ...] = attrs.field(default=(), converter=_tuple)
    body: tuple[BodyBlock, ...] = attrs.field(default=(), converter=_tuple)
    related: tuple[RelatedBlock, ...] = attrs.field(default=(), converter=_tuple)
    boilerplate: tuple[Boilerplate, ...] = attrs.field(default=(), converter=_tuple)
    segments: tuple[Segment, ...] = attrs.field(default=(), converter=_tuple, repr=False)
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
            out["segments"] = [s.to_dict() for s in self.segments]
        return out

    def to_json(self, *, segments: bool = True, indent: int | None = 1) -> str:
        """:meth:`to_dict` as a JSON string (non-ASCII kept as is)."""
        return json.dumps(self.to_dict(segments=segments), ensure_ascii=False, indent=indent)
