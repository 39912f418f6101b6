"""The classifier's working state: a :class:`Tag` per line and the shared :class:`Context`."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import attrs

from newsparse.dates import DateFinder, Stamp
from newsparse.features import Features
from newsparse.html import NO_TITLES, Hints
from newsparse.lines import Lines
from newsparse.rules import Lexicon


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


#: The rule of the note under a blog post that says when it was posted (``This entry was
#: posted on ...``): its stamp outranks the page's other stamps, and the article region
#: scores it as the sentence it is.
POST_NOTE = "dateline.post_note"
#: The rules that find a time without a date (``13 hours ago``, ``Monday 5:30PM``).
TIME_RULES = frozenset(("relative_time", "time_only"))


@functools.cache
def shared_tag(role: str, kind: str | None, rule: str) -> Tag:
    """The one :class:`Tag` without data for *role*, *kind* and *rule*.

    A page has thousands of lines with the same decision; sharing the tag
    keeps memory flat.  Tags are never changed after they are made (a new
    decision replaces the tag), which is what makes sharing safe.
    """
    return Tag(role, kind, rule)


@attrs.define(slots=True, eq=False)
class Context:
    """What the rules see: the lines, their features and the lexicon."""

    lines: Lines
    feats: Sequence[Features]
    lex: Lexicon
    dates: DateFinder
    language: str | None
    #: structural evidence per line, for lines that come from HTML
    hints: Sequence[Hints] | None = None
    #: headlines from the page's metadata (:func:`~newsparse.normalize.title_key`), each with its
    #: rank (0 for the most trusted: JSON-LD, og:title, then ``<title>`` and the title parts)
    titles: Mapping[str, int] = NO_TITLES
    #: case-folded names of the site in the page's metadata (a logo line, never the headline)
    site_names: frozenset[str] = frozenset()
    #: from HTML, the parent of each block element (see :attr:`Hints.node`)
    tree: Sequence[int] = ()
    #: the lines that open with a wire story's dateline (``WASHINGTON (AP) — ...``)
    wire_ledes: tuple[int, ...] = ()
    #: the page's summaries in its metadata (:func:`~newsparse.normalize.title_key`)
    summaries: frozenset[str] = frozenset()


def stamp_of(tag: Tag) -> Stamp | None:
    """The date a dateline tag carries."""
    return tag.data if isinstance(tag.data, Stamp) else None
