"""Per-language rule tables, merged into one compiled :class:`Lexicon`.

Each language module (``en``, ``de``, ...) defines ``TABLE``, a
:class:`~newsparse.rules.table.LanguageTable`.  :func:`lexicon` merges all
registered tables once and compiles one alternation per category, so a line
is looked up against every language in a single pass.  To add a language,
add a module and list it in :data:`LANGUAGES`.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Container, Iterator, Mapping
from typing import Any

import attrs
import regex

from newsparse.normalize import LOWER, UPPER, without_soft_hyphens
from newsparse.rules import common
from newsparse.rules.table import BOILERPLATE_KINDS, LanguageTable

__all__ = ["BOILERPLATE_KINDS", "DATE_MARK", "KEY_EDGE", "LANGUAGES", "LanguageTable", "Lexicon", "lexicon", "phrase_key", "tables"]

#: The longest title a comments heading quotes (see :attr:`Lexicon.title_echo`).
_MAX_ECHOED_TITLE = 250

#: Language modules merged into the lexicon, in priority order.
LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "id", "zh", "ja", "ko")

_MAX_PHRASE = 100
#: What stands for a line's date where :attr:`Lexicon.post_note` is searched.
DATE_MARK = "\x00"
#: Characters stripped from both ends of a phrase key (digits go everywhere).
KEY_EDGE = " \t0123456789!\"#$%&'()*+,-./:;<=>@[\\]^_`{|}~«»“”„‘’‚‹›–—…•·|®™¦§¶†‡°" + common.COPYRIGHT_SIGNS
_NO_DIGITS = str.maketrans("0123456789", "          ")


def phrase_key(text: str) -> str:
    """The lookup key of a line: case folded, without digits or edge punctuation.

    ``"[ 167 comments ]"`` and ``"Comments (12)"`` both give ``"comments"``.
    """
    if len(text) > _MAX_PHRASE:  # no whole-line phrase is that long
        return ""
    key = without_soft_hyphens(text).casefold().strip(KEY_EDGE)  # (a soft hyphen breaks no word: "Face\xadbook")
    if not key.replace(" ", "").isalpha():
        key = key.translate(_NO_DIGITS)
    return " ".join(key.split())


def _alternation(fragments: list[str]) -> str:
    # Longest first, so that a longer phrase wins over its own prefix; then
    # alphabetical, so the pattern does not depend on set (hash) order.
    return "|".join(_in_order(fragments))


def _words(phrases: list[str]) -> str:
    return _alternation([_phrase(p) for p in phrases])


def _phrase(text: str) -> str:
    """A literal phrase as a pattern: any run of white space between its words."""
    return str(regex.escape(text)).replace(r"\ ", r"\s+")


def _in_order(fragments: list[str]) -> list[str]:
    """*fragments* de-duplicated, longest first (then alphabetical)."""
    return sorted(set(fragments), key=lambda f: (-len(f), f))


def _dispatched(entries: list[tuple[str, str]], *, word_start: bool = False, glued_upper: bool = False) -> str:
    """An alternation of ``(lead, tail)`` entries, dispatched on the lead.

    *lead* is one literal character, *tail* a pattern matched case-insensitively
    after it.  The pattern opens with the class of every lead in both cases, so
    ``re`` scans in C for the characters a match can start with and tries the
    branches only where one stands; each branch then checks its own lead by a
    one-character lookbehind.  (A case-insensitive alternation of words is otherwise
    tried, word by word, at every offset, which is slow on long lines; writing each
    branch twice, after its lead in each case, searches as fast but is twice as long
    to compile, which the first page parsed pays.)  Within a lead the entries keep
    their order (their preference).  *word_start* requires no word character before
    the lead; *glued_upper* implies it, but lets an upper-case lead follow a
    lower-case letter (``Meg JamesStaff Writer``).
    """
    groups: dict[str, list[str]] = {}
    for lead, tail in entries:
        if len(lead) != 1 or lead.isspace():
            raise ValueError(f"a dispatched lead must be one visible character, not {lead!r}")
        groups.setdefault(lead.lower(), []).append(tail)
    leads: set[str] = set()
    branches = []
    for lead, tails in groups.items():
        variants = sorted({c for c in (lead, lead.upper(), lead.lower()) if len(c) == 1})
        leads.update(variants)
        which = re.escape(variants[0]) if len(variants) == 1 else f"[{''.join(map(re.escape, variants))}]"
        branches.append(f"(?<={which})(?i:{'|'.join(tails)})")
    # after the lead: the character before it is no word character (or, for an
    # upper-case lead, a lower-case letter)
    upper = "".join(re.escape(c) for c in sorted(leads) if c.isupper())
    if glued_upper and upper:
        guard = rf"(?:(?<!\w.)|(?<=[{LOWER}][{upper}]))"
    else:
        guard = r"(?<!\w.)" if word_start or glued_upper else ""
    return f"[{''.join(map(re.escape, sorted(leads)))}]{guard}(?:{'|'.join(branches)})"


def _phrase_entries(phrases: Mapping[str, str]) -> list[tuple[str, str]]:
    """Dispatch entries for literal phrases (phrase -> the pattern that must follow
    it): one entry per first character, its tail the rest of the phrases as a
    prefix tree, so a failing offset costs a few character tests.  Longer
    phrases are preferred over their own prefixes, as in :func:`_alternation`."""
    trees: dict[str, dict[str, Any]] = {}
    for phrase, after in phrases.items():
        node = trees.setdefault(phrase[0].lower(), {})
        for c in phrase[1:].lower():
            node = node.setdefault(c, {})
        node[""] = after
    return [(lead, _tree_pattern(tree)) for lead, tree in sorted(trees.items())]


def word_alternation(words: list[str]) -> str:
    """Literal *words* as one prefix-tree alternation, a longer word before its own
    prefix; lower case, so match it case-insensitively.  For use inside a pattern,
    where the engine reaches it after what precedes it matched (at the start of a
    search pattern, :func:`_dispatched_words` is faster)."""
    return f"(?:{'|'.join(re.escape(lead) + tail for lead, tail in _phrase_entries(dict.fromkeys(words, '')))})"


def _dispatched_words(words: list[str], after: str = "", *, glued_upper: bool = False) -> str:
    """Literal *words* (case-insensitive, each a whole word at its start), then *after*."""
    return _dispatched(_phrase_entries(dict.fromkeys(words, "")), word_start=True, glued_upper=glued_upper) + after


def _tree_pattern(tree: Mapping[str, Any]) -> str:
    branches = [(r"\s+" if c == " " else re.escape(c)) + _tree_pattern(child) for c, child in sorted(tree.items()) if c]
    if "" in tree:  # the phrase ends here: after its longer continuations
        branches.append(str(tree[""]))
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_LEAD_DIGITS = re.compile(r"\A\\d\{1,(\d+)\}")
_QUANTIFIER = frozenset("?*+{")


def _fragment_entries(fragments: list[str]) -> list[tuple[str, str]]:
    """Dispatch entries for regex *fragments* that start with a literal letter, a
    group of literal alternatives (``(?:an?|one) ...``) or a count ``\\d{1,N}``
    followed by a unit word.

    Raises ValueError for a fragment that starts otherwise: a table entry the
    dispatch cannot read fails when the lexicon is built, not on a page."""
    entries: list[tuple[str, str]] = []
    counted: dict[int, list[str]] = {}  # the rest of the fragments that start with a count, by its digits
    for frag in _in_order(fragments):
        digits = _LEAD_DIGITS.match(frag)
        group = _LEAD_GROUP.match(frag)
        if digits is not None:
            counted.setdefault(int(digits.group(1)), []).append(frag[digits.end():])
        elif group is not None and frag[group.end():][:1] not in _QUANTIFIER:
            for alt in group.group(1).split("|"):
                entries.extend(_fragment_entries([alt + frag[group.end():]]))
        elif frag[:1].isalpha() and frag[1:2] not in _QUANTIFIER:
            entries.append((frag[0], frag[1:]))
        else:
            raise ValueError(f"cannot dispatch {frag!r}: start it with a letter, (?:a|b) or \\d{{1,N}}")
    if counted:
        # the unit after a count is a word ("5 minutes", "5min"): checked once for every unit
        tail = "|".join(rf"\d{{0,{n - 1}}}(?=\s*[^\W\d_])(?:{'|'.join(rests)})" for n, rests in sorted(counted.items()))
        entries.extend((d, tail) for d in "0123456789")
    return entries


_LEAD_WORD = re.compile(r"[^\W\d_]+")
_SAFE_AFTER_WORD = frozenset(" :\\)|")  # a literal first word ends at one of these


_LEAD_GROUP = re.compile(r"\(\?:([^()\\]+)\)")


def _lead_words(fragment: str) -> tuple[str, ...] | None:
    """The literal first words a fragment can start with, or ``None`` if it has none."""
    g = _LEAD_GROUP.match(fragment)
    if g is not None:  # "(?:also|more) on": the alternatives' first words
        rest = fragment[g.end():]
        if rest and rest[0] not in _SAFE_AFTER_WORD:
            return None
        words: list[str] = []
        for alternative in g.group(1).split("|"):
            lead = _word_lead(alternative)
            if lead is None:
                return None
            words += lead
        return tuple(words)
    return _word_lead(fragment, group_after=True)


def _word_lead(fragment: str, group_after: bool = False) -> tuple[str, ...] | None:
    """The literal first words of *fragment* if it opens with a word (``tags?`` starts
    ``tag`` or ``tags``); ``None`` where the word may go on (``photo(?:graph)?``,
    ``e-?mail``).  With *group_after*, a group opening with a space may follow the word."""
    m = _LEAD_WORD.match(fragment)
    if m is None:
        return None
    word, rest = m.group(), fragment[m.end():]
    if rest[:1] == "?":
        return (word[:-1], word) if len(word) > 1 else None
    if rest and rest[0] not in _SAFE_AFTER_WORD and not (group_after and rest.startswith("(?: ")):
        return None
    return (word,)


def _lead_word_set(fragments: list[str]) -> frozenset[str] | None:
    """Every literal first word of *fragments*, or ``None`` if one has none."""
    words: set[str] = set()
    for frag in fragments:
        lead = _lead_words(frag)
        if lead is None:
            return None
        words.update(lead)
    return frozenset(words)


class CompiledOnDemand(Mapping[str, "re.Pattern[str]"]):
    """A mapping of keys to regular expressions, each compiled when first looked up
    (a page needs a few of the hundreds a prefix index holds, and compiling them
    all would be most of the time the first page takes)."""

    def __init__(self, sources: Mapping[str, str]) -> None:
        self._sources = dict(sources)
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, key: str) -> re.Pattern[str]:
        pattern = self._compiled.get(key)
        if pattern is None:
            pattern = self._compiled[key] = re.compile(self._sources[key])
        return pattern

    def get(self, key: str, default: re.Pattern[str] | None = None) -> re.Pattern[str] | None:  # type: ignore[override]
        """The pattern for *key*, else *default* (without the exception that
        :meth:`Mapping.get` raises and catches for a missing key: most lines miss)."""
        pattern = self._compiled.get(key)
        if pattern is None:
            if key not in self._sources:
                return default
            pattern = self[key]
        return pattern

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __contains__(self, key: object) -> bool:
        return key in self._sources


#: The dispatch key of every decimal digit (``\d`` matches any of them).
DIGIT_KEY = "0"
_ZERO_WIDTH = ("\\b", "\\A", "^")


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each grouping or alternation character (``(``, ``)``, ``|``) of *pattern* outside
    escapes and character classes, its index, and the group depth before it."""
    depth = 0
    for token in _STRUCTURE_TOKENS.finditer(pattern):
        c = token.group()
        if c in "()|":
            yield token.start(), c, depth
            depth += (c == "(") - (c == ")")


#: What :func:`_structure` steps over, in C: an escape, a character class (up to the first ``]``
#: after its first character: ``[]...]`` may open with one; an unclosed class runs to the end),
#: or a grouping or alternation character.
_STRUCTURE_TOKENS = re.compile(r"\\.|\[.[^\]]*\]|\[.*|[()|]", re.DOTALL)


def _group_end(fragment: str) -> int | None:
    """The index just past the ``)`` closing the group *fragment* opens with, or ``None``."""
    return next((k + 1 for k, c, depth in _structure(fragment) if c == ")" and depth == 1), None)


def _before_optional(fragment: str) -> str:
    """*fragment* up to its first optional top-level group (``this (?:entry|post) was``
    of ``this (?:entry|post) was (?:first )?posted``): what every match starts with."""
    start = 0
    for k, c, depth in _structure(fragment):
        if c == "(" and depth == 0:
            start = k
        elif c == ")" and depth == 1 and fragment[k + 1 : k + 2] == "?":
            return fragment[:start]
    return fragment


def _top_level_split(body: str) -> list[str]:
    """*body* split at its top-level ``|``."""
    cuts = [k for k, c, depth in _structure(body) if c == "|" and depth == 0]
    return [body[i + 1 : j] for i, j in zip([-1, *cuts], [*cuts, len(body)])]


def first_keys(fragment: str) -> frozenset[str] | None:
    """The dispatch keys (first characters, :data:`DIGIT_KEY` for any digit) that a
    match of *fragment* at the start of a case-folded line can begin with;
    ``None`` when it may begin with any character (or the fragment is not read).

    Reads the shapes of the tables' fragments: literal characters, escapes,
    ``\\d``, groups of alternatives, optional pieces and zero-width anchors.
    Anything else is ``None``, so the keys are never too few."""
    alternatives = _top_level_split(fragment)
    if len(alternatives) > 1:
        keys, empty = _union(alternatives)
        return None if keys is None or empty else frozenset(keys)
    for anchor in _ZERO_WIDTH:
        if fragment.startswith(anchor):
            return first_keys(fragment[len(anchor):])
    if not fragment:
        return None  # an empty match: any line
    if fragment.startswith("(?:"):
        end = _group_end(fragment)
        if end is None:
            return None
        keys, empty = _union(_top_level_split(fragment[3 : end - 1]))
        if keys is None:
            return None
        tail = _after_optional(fragment[end:])
        if tail is None and empty:  # the group may match nothing, whatever its quantifier
            tail = fragment[end:].lstrip("+")
    else:
        atom = _first_atom(fragment)
        if atom is None:
            return None  # a class with ranges, a dot, a space escape...: any character
        first, rest = atom
        keys, tail = set(first), _after_optional(rest)
    if tail is None:  # the first piece must match: the line starts with it
        return frozenset(keys)
    after = first_keys(tail)  # the first piece may match nothing: what follows may start the line
    return None if after is None else frozenset(keys | after)


def _first_atom(fragment: str) -> tuple[frozenset[str], str] | None:
    """The keys of the one character *fragment* opens with (a literal, an escape,
    ``\\d`` or a class of literal characters, ``[©ⓒⒸ]``) and the rest of it; ``None``
    for anything else."""
    if fragment.startswith("\\d"):
        return frozenset((DIGIT_KEY,)), fragment[2:]
    if fragment[0] == "\\" and len(fragment) > 1 and not fragment[1].isalnum():
        return frozenset(fragment[1]), fragment[2:]
    if fragment[0] == "[":
        end = fragment.find("]", 1)
        members = fragment[1:end]
        if end > 1 and all(c.isalnum() or c in _LITERAL_STARTS and c != "-" for c in members):  # (no range, escape or negation)
            return frozenset(DIGIT_KEY if c.isdecimal() else c for c in members), fragment[end + 1 :]
        return None
    if fragment[0].isalnum() or fragment[0] in _LITERAL_STARTS:
        return frozenset((DIGIT_KEY if fragment[0].isdecimal() else fragment[0],)), fragment[1:]
    return None


#: The punctuation the tables' fragments open with as a literal character.
_LITERAL_STARTS = "%@#&'’«»-:,;!\"<" + common.COPYRIGHT_SIGNS


def _union(alternatives: list[str]) -> tuple[set[str] | None, bool]:
    """The keys of all *alternatives* (``None`` if one may start with anything), and
    whether one of them is empty."""
    keys: set[str] = set()
    for alternative in alternatives:
        if alternative:
            alt = first_keys(alternative)
            if alt is None:
                return None, False
            keys |= alt
    return keys, "" in alternatives


def _after_optional(rest: str) -> str | None:
    """What follows the quantifier that makes the piece before *rest* optional
    (``?``, ``*``, ``{0,n}``), or ``None`` when no such quantifier opens *rest*."""
    if rest[:1] in ("?", "*"):
        return rest[1:]
    if rest.startswith("{0"):
        return rest[rest.find("}") + 1 :]
    return None


def line_key(folded: str) -> str:
    """The dispatch key of a case-folded line: its first character, any digit as :data:`DIGIT_KEY`."""
    first = folded[:1]
    return DIGIT_KEY if first.isdecimal() else first


@attrs.frozen
class PrefixIndex:
    """Start-of-line patterns indexed by their literal first word.

    A line is tried only against the patterns its first word can start, plus
    those that start with something else (a digit, a group, a symbol), so most
    lines cost one dictionary lookup instead of a long alternation.
    """

    by_word: Mapping[str, re.Pattern[str]]
    #: patterns of the fragments without a literal first word, by the line's
    #: :func:`line_key`: each holds only the fragments that can start with that
    #: key; those that can start with anything are under ``""``, tried for every line
    #: (not written into each key's pattern, which made most of their compiling)
    other: Mapping[str, re.Pattern[str]]
    #: phrases that make a line a contributor line wherever they stand
    contains: re.Pattern[str] | None = None
    #: each category's place in the order the fragments were given (the first wins)
    rank: Mapping[str, int] = attrs.field(factory=dict)

    @classmethod
    def build(cls, fragments: Mapping[str, list[str]], contains: tuple[str, ...] = ()) -> PrefixIndex:
        """Index *fragments* (category -> regex fragments)."""
        per_word: dict[str, dict[str, list[str]]] = {}
        rest: dict[str, list[str]] = {}
        for cat, frags in fragments.items():
            for frag in frags:
                words = _lead_words(frag)
                if words is None:
                    rest.setdefault(cat, []).append(frag)
                for w in words or ():
                    per_word.setdefault(w, {}).setdefault(cat, []).append(frag)
        order = list(fragments)

        def source(groups: Mapping[str, list[str]]) -> str:
            # anchored, so that a search (as in the regex audit) costs what a match costs
            alternatives = "|".join(f"(?P<{c}>{_alternation(groups[c])})" for c in order if c in groups)
            return rf"\A(?:{alternatives})"

        anywhere = re.compile("|".join(map(re.escape, contains))) if contains else None
        by_word = CompiledOnDemand({w: source(g) for w, g in per_word.items()})
        keyed = {frag: first_keys(frag) for frags in rest.values() for frag in frags}
        all_keys = sorted({k for keys in keyed.values() if keys is not None for k in keys})

        def under(key: str) -> dict[str, list[str]]:
            """The fragments (by category, in order) that can start with *key* ("": with anything)."""
            picked = {c: [f for f in frags if (key in (keyed[f] or ()) if key else keyed[f] is None)] for c, frags in rest.items()}
            return {c: frags for c, frags in picked.items() if frags}

        other = CompiledOnDemand({key: source(groups) for key in ["", *all_keys] if (groups := under(key))})
        return cls(by_word, other, anywhere, {c: k for k, c in enumerate(order)})

    def match(self, folded: str) -> str | None:
        """The category of the first pattern that matches case-folded *folded* at its start."""
        if self.contains is not None and self.contains.search(folded):
            return "contributor"
        folded = common.as_copyright_sign(folded)
        m = _LEAD_WORD.match(folded)
        pattern = self.by_word.get(m.group()) if m else None
        hit = pattern.match(folded) if pattern is not None else None
        if hit is not None:
            return hit.lastgroup
        other = self.other.get(line_key(folded))
        hit = other.match(folded) if other is not None else None
        any_start = self.other.get("")
        loose = any_start.match(folded) if any_start is not None else None
        if loose is not None and (hit is None or self.rank[loose.lastgroup or ""] < self.rank[hit.lastgroup or ""]):
            hit = loose  # (the category given first wins, as in one alternation)
        return hit.lastgroup if hit is not None else None


@attrs.frozen
class Lexicon:
    """Every language table merged and compiled; built once by :func:`lexicon`."""

    tables: tuple[LanguageTable, ...]
    #: whole-line phrase -> categories (boilerplate kinds and ``"related"``)
    phrases: Mapping[str, frozenset[str]]
    #: the phrases as a run of labels holds them: each word's edge punctuation and digits
    #: stripped (see :func:`newsparse.lines.run_categories`)
    run_labels: Mapping[str, frozenset[str]]
    #: every word of those, and every first word
    label_words: frozenset[str]
    run_leads: frozenset[str]
    #: patterns that must match at the start of a case-folded line, by category
    #: (a boilerplate kind, ``related`` or ``contributor``)
    prefix: PrefixIndex
    #: a byline marker word; the name after it must start upper case
    byline_marker: re.Pattern[str]
    #: a byline marker anywhere, before a name in any case ("by oz on December 4, 2006")
    byline_marker_any_case: re.Pattern[str]
    #: byline markers as bare words ("by", "von", "autor"), for a marker alone on its line
    byline_marker_words: frozenset[str]
    #: byline markers that are also a common preposition ("von"): names must follow them
    preposition_markers: frozenset[str]
    #: the prepositions that put a post's category after its author's name ("in")
    category_prepositions: frozenset[str]
    #: words that follow a time of day as part of it ("uhr")
    time_words: tuple[str, ...]
    #: the languages that write their nouns with a capital (see :class:`LanguageTable`)
    capitalised_nouns: frozenset[str]
    credit_marker: re.Pattern[str]
    #: the lower-case first words a credit marker can start with (``None``: any);
    #: a line starting with another word skips :attr:`credit_marker`
    credit_lead_words: frozenset[str] | None
    #: a credit marker standing inside a line, after caption text
    inline_credit: re.Pattern[str]
    #: a gallery counter or a lone number ("1/5", "Image 1 of 8", "3")
    counter: re.Pattern[str]
    #: a separator of a breadcrumb trail (``Home » News``)
    breadcrumb_separator: re.Pattern[str]
    #: a label that introduces caption text, at the start of a line
    caption_marker: re.Pattern[str]
    #: "Name Name/Outlet" credits
    slash_credit: re.Pattern[str]
    #: case-folded photo agencies a bare credit line ends with
    photo_agencies: tuple[str, ...]
    agencies: frozenset[str]
    #: the names a newsroom signs with in place of a person's (``redaktion``, ``staff``)
    newsroom_names: frozenset[str]
    #: words that make a name an outlet's ("insider", "zeitung")
    outlet_words: frozenset[str]
    given_names: frozenset[str]
    #: family names that open a name in the languages that write the family name first (Korean)
    family_names: frozenset[str]
    name_joiner: re.Pattern[str]
    #: "with", "mit": joins authors to the agencies credited beside them
    agency_joiner: re.Pattern[str]
    byline_titles: regex.Pattern[str]
    months: Mapping[str, int]
    month_names: re.Pattern[str]
    #: the names of the days of the week, case folded
    weekdays: frozenset[str]
    #: a comments heading quoting the post's title (``5 thoughts on “Title”``): group ``title``
    title_echo: re.Pattern[str]
    published_words: re.Pattern[str]
    updated_words: re.Pattern[str]
    #: the note under a blog post that says when it was posted, searched in a line whose
    #: date is replaced by :data:`DATE_MARK` (``This entry was posted on \x00 and is ...``)
    post_note: re.Pattern[str]
    #: what a post's note says before its date (most lines with a digit have none of it)
    post_note_lead: re.Pattern[str]
    #: a publication word inside a line ("... Veröffentlicht am")
    published_words_inline: re.Pattern[str]
    #: a relative time that starts with a word ("yesterday", "vor 3 Stunden")
    relative_time: re.Pattern[str]
    #: the tables' wire-story ledes that open with a byline (see :attr:`LanguageTable.byline_ledes`)
    byline_ledes: tuple[re.Pattern[str], ...]
    #: a relative time that starts with its count ("13 hours ago")
    relative_count: re.Pattern[str]
    stopwords: Mapping[str, frozenset[str]]
    #: stopword -> the languages it is a stopword of
    stop_index: Mapping[str, tuple[str, ...]]
    #: the :func:`phrase_key` of every author box's label (``About the author``)
    author_labels: frozenset[str]
    #: the words an author box's heading puts before the author's name ("about")
    about_author: tuple[str, ...]
    #: the :func:`phrase_key` of every recipe's ingredients heading (``Zutaten``)
    recipe_ingredients: frozenset[str]
    #: the :func:`phrase_key` of every recipe's steps heading (``Zubereitung``)
    recipe_steps: frozenset[str]
    #: language -> the words that end a name in a byline: its stopwords and the first
    #: table's (English: site templates write "By ... On ..." on pages in every language)
    name_stopwords: Mapping[str, frozenset[str]]

    def categories(self, text: str) -> frozenset[str]:
        """Categories of the whole-line phrase *text* is, if any."""
        return self.phrases.get(phrase_key(text), frozenset())

    def name_stopwords_for(self, language: str | None) -> Container[str]:
        """The words that are no part of a name on a page in *language*: its
        :attr:`name_stopwords`, or every language's stopwords when it is unknown
        ("Adam Clark Estes" on an English page, though "estes" is Portuguese)."""
        return self.name_stopwords.get(language or "", self.stop_index)


def _stop_index(tabs: tuple[LanguageTable, ...]) -> dict[str, tuple[str, ...]]:
    index: dict[str, tuple[str, ...]] = {}
    for t in tabs:
        for w in t.stopwords:
            index[w] = (*index.get(w, ()), t.code)
    return index


def tables() -> tuple[LanguageTable, ...]:
    """The registered language tables, in :data:`LANGUAGES` order."""
    return tuple(importlib.import_module(f"newsparse.rules.{code}").TABLE for code in LANGUAGES)


@functools.cache
def lexicon() -> Lexicon:
    """Merge and compile every registered table (cached: built once)."""
    tabs = tables()
    phrases: dict[str, set[str]] = {}
    prefixes: dict[str, list[str]] = {}
    for t in tabs:
        for cat, items in t.lines.items():
            for p in items:
                phrases.setdefault(phrase_key(p), set()).add(cat)
        for cat, frags in t.prefixes.items():
            prefixes.setdefault(cat, []).extend(frags)
        prefixes.setdefault("comments", []).extend(t.title_echoes)  # (a comments heading, which quotes the title)
        for label in t.author_labels:  # (an author box's label is furniture itself)
            phrases.setdefault(phrase_key(label), set()).add("other")
    run_labels: dict[str, frozenset[str]] = {}
    for key, cats in phrases.items():
        words = " ".join(w for w in (w.strip(KEY_EDGE) for w in key.split()) if w)
        if words:
            run_labels[words] = run_labels.get(words, frozenset()) | cats
    # contributor lines ("Additional reporting by ...") first: they win over other prompts
    prefixes = {"contributor": [r for t in tabs for r in t.contributors], **prefixes}
    prefix = PrefixIndex.build(prefixes, tuple(p for t in tabs for p in t.contributor_phrases))
    markers = [m for t in tabs for m in t.byline_markers]
    notes = [f for t in tabs for f in t.post_notes]
    credit = [m for t in tabs for m in t.credit_markers]
    months = {k: v for t in reversed(tabs) for k, v in t.months.items()}
    agencies = frozenset(a.casefold() for a in common.AGENCIES)
    titles = [w for t in tabs for w in t.byline_titles]
    joiners = [w for t in tabs for w in t.name_joiners if w.isalpha()]
    joiner_marks = sorted({w for t in tabs for w in t.name_joiners if len(w) == 1 and not w.isalnum()})
    credit_alt = _alternation(credit)
    sign = common.COPYRIGHT_SIGN  # (a line's circled letters c are read as it first: common.as_copyright_sign)
    # a colon may follow any marker: "By: Jane Doe", "Par : Jean Dupont"; what follows
    # the markers is written once after their alternation, not after each marker (the
    # same matches: no marker is the first words of a multi-word one), which halves the
    # patterns and the time compiling them takes
    after_marker = r"(?:\s*[:：]\s*|\s+|(?<=[:：])\s*)"  # (a full-width colon too: "作者：张三")
    marker_entries = _phrase_entries(dict.fromkeys(markers, ""))
    # a multi-word marker may be glued to the name: "Geschrieben vonElisa Marvena"
    glued_markers = _dispatched(_phrase_entries(dict.fromkeys([m for m in markers if " " in m], "")))
    # and a table's single-word markers as written, before a capital and a small letter: "ByAlex Bozarjian"
    glued_words = "".join(
        f"|{re.escape(m)}(?=[{UPPER}][{LOWER}])" for m in sorted({m for t in tabs for m in t.glued_markers})
    )
    relative = _fragment_entries([r for t in tabs for r in t.relative_time])
    word_led = [(lead, tail) for lead, tail in relative if not lead.isdigit()]
    count_tails = sorted({tail for lead, tail in relative if lead.isdigit()})
    # "Image copyright Getty Images", "Courtesy Google", "Video von Justin Amaral": these need no colon
    # (and an abbreviation with its dot: "Fot. PAP/Radek Pietruszka")
    no_colon = [m for m in credit if re.search(r"(?:copyright|credits\?|credit|courtesy(?: of\)\?)|courtesy|\\\.| von)$", m)]
    return Lexicon(
        tables=tabs,
        phrases={k: frozenset(v) for k, v in phrases.items() if k},
        label_words=frozenset(word for key in run_labels for word in key.split()),
        run_labels=run_labels,
        run_leads=frozenset(key.split(None, 1)[0] for key in run_labels),
        prefix=prefix,
        byline_marker=re.compile(
            rf"(?:{_dispatched(marker_entries)}{after_marker}|{glued_markers}(?=[^\W\d_]){glued_words})(?=[^\W\d_])"
        ),
        byline_marker_any_case=re.compile(_dispatched(marker_entries, word_start=True) + after_marker + r"(?=\w)"),
        byline_marker_words=frozenset(m.rstrip(":").strip() for m in markers),
        preposition_markers=frozenset(m for t in tabs for m in t.preposition_markers),
        category_prepositions=frozenset(w for t in tabs for w in t.category_prepositions),
        time_words=tuple(sorted({w for t in tabs for w in t.time_words})),
        capitalised_nouns=frozenset(t.code for t in tabs if t.capitalised_nouns),
        credit_marker=re.compile(  # (anchored: only ever matched at the start of a line)
            rf"\A(?:(?:{credit_alt})\s*(?:[:：=]|\bby\b|(?={sign}))\s*(?:{sign}\s*)?"
            rf"|(?:{_alternation(no_colon)})(?:\b|(?<=\.))\s*:?\s*(?:{sign}\s*)?"
            rf"|(?:{sign}|\(c\)|copyright\b)\s*(?:by\s+)?)",
            re.IGNORECASE,
        ),
        # (a copyright sign may follow a sentence's end unspaced, as two inline elements
        # render: "... im Garten.© Hoklatherm")
        inline_credit=re.compile(
            rf"(?:(?:\s|\A)(?:{_dispatched(_fragment_entries(credit))}\s*[:：=]\s*|(?:{sign}|Copyright\b)\s*)|(?<=[.!?]){sign}\s*)(?=\S)"
        ),
        counter=re.compile(
            rf"\A(?:\d{{1,3}}|(?:\w+\s+)?\d{{1,3}}\s*(?:/|{_words([w for t in tabs for w in t.counter_words])})\s*/?\s*\d{{1,3}})\Z",
            re.IGNORECASE,
        ),
        # (?<!\s): white space before a mark is matched from where its run starts
        breadcrumb_separator=re.compile(
            rf"(?<!\s)\s*[{re.escape(common.BREADCRUMB_MARKS)}]\s*|\s[{re.escape(common.BREADCRUMB_SPACED_MARKS)}]\s"
        ),
        caption_marker=re.compile(  # (anchored: only ever matched at the start of a line)
            rf"\A(?i:{_alternation([m for t in tabs for m in t.caption_markers])})\s*:?\s+(?=\S)"
        ),
        credit_lead_words=_lead_word_set([*credit, "copyright"]),
        slash_credit=re.compile(r"\A[^\W\d_][\w.,'-]*(?:\s+[^\W\d_][\w.,'-]*){0,4}\s*/\s*\S"),
        photo_agencies=tuple(sorted({a.casefold() for a in common.PHOTO_AGENCIES}, key=len, reverse=True)),
        agencies=agencies,
        newsroom_names=frozenset(n for t in tabs for n in t.newsroom_names),
        outlet_words=frozenset(w for t in tabs for w in t.outlet_words),
        given_names=common.GIVEN_NAMES,
        family_names=frozenset(n for t in tabs for n in t.family_names),
        # (?<!\s): a joiner's white space is matched from where its run starts, not
        # again from every offset inside it (which is quadratic on long runs)
        # the tables' marks ("&", "、") join names as a comma does, with or without spaces
        name_joiner=re.compile(
            rf"(?<!\s)\s*(?:[,;|/{''.join(map(re.escape, joiner_marks))}]|\s(?:{'|'.join(sorted(set(joiners)))})\s)\s*", re.IGNORECASE
        ),
        # also glued to the name before it: "Meg JamesStaff Writer"
        agency_joiner=re.compile(
            rf"(?<!\s)\s+(?:{'|'.join(sorted({w for t in tabs for w in t.agency_joiners} - set(joiners)))})\s+", re.IGNORECASE
        ),
        byline_titles=re.compile(_dispatched_words(titles, r"\b", glued_upper=True)),
        months=months,
        month_names=re.compile(_dispatched_words(list(months), r"\b\.?")),
        weekdays=frozenset(w for t in tabs for w in t.weekdays),
        # (anchored at both ends, the title bounded: a line tried here is short)
        title_echo=re.compile(
            rf"\A\W{{0,3}}(?i:{_alternation([f for t in tabs for f in t.title_echoes])})\s*[\"“„«‘‚']\s*"
            rf"(?P<title>\S.{{1,{_MAX_ECHOED_TITLE}}}?)\s*[\"”“»’‘']\s*\Z"
        ),
        published_words=re.compile(rf"(?i:\A(?:{_words([w for t in tabs for w in t.published_words])})\b\s*:?)"),
        published_words_inline=re.compile(
            _dispatched_words([w for t in tabs for w in t.published_words if len(w) > 3], r"\b")
        ),
        updated_words=re.compile(_dispatched_words([w for t in tabs for w in t.updated_words], r"\b\s*:?")),
        # (searched only in a line its lead was found in: a plain alternation, quick to compile)
        post_note=re.compile(rf"(?i:{'|'.join(f.replace('{date}', DATE_MARK) for f in notes) or '(?!)'})"),
        post_note_lead=re.compile(_dispatched(_fragment_entries([_before_optional(f.split("{date}", 1)[0]) for f in notes]), word_start=True)),
        relative_time=re.compile(_dispatched(word_led, word_start=True) + r"\b"),
        byline_ledes=tuple(re.compile(lede) for t in tabs for lede in t.byline_ledes),
        # the count's tail once, not once for each of the ten digits a dispatch would give it
        # (five sixths of the pattern, and of the time compiling it took); [0-9] as the
        # lead keeps the scan in C for the characters a match can start with
        relative_count=re.compile(rf"[0-9](?<!\w.)(?i:{'|'.join(count_tails) or '(?!)'})\b"),
        stopwords={t.code: t.stopwords for t in tabs},
        stop_index=_stop_index(tabs),
        name_stopwords={t.code: t.stopwords | tabs[0].stopwords for t in tabs},
        author_labels=frozenset(phrase_key(label) for t in tabs for label in t.author_labels),
        about_author=tuple(sorted({w for t in tabs for w in t.about_author})),
        recipe_ingredients=frozenset(phrase_key(h) for t in tabs for h in t.recipe_ingredients),
        recipe_steps=frozenset(phrase_key(h) for t in tabs for h in t.recipe_steps),
    )
