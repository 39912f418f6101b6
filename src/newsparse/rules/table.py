"""The shape of a per-language rule table.

A table is plain data: phrases and small regular-expression fragments grouped
by what they signal.  :mod:`newsparse.rules` merges every table into one
:class:`~newsparse.rules.Lexicon` that the pipeline consults, so adding a
language means adding one module that defines a ``TABLE``.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

#: Boilerplate kinds defined by SPEC.md.
BOILERPLATE_KINDS = (
    "share",
    "navigation",
    "comments",
    "newsletter",
    "advertisement",
    "cookie",
    "paywall",
    "footer",
    "other",
)


@attrs.frozen
class LanguageTable:
    """Lexicons and patterns for one language.

    ``lines`` maps a boilerplate kind (or ``"related"`` for related-list
    headings) to phrases that make up a whole line; they are compared after
    case folding, with digits, brackets and edge punctuation removed.
    ``prefixes`` maps the same keys to regular-expression fragments that
    must match at the start of a line (bounded, linear patterns only).
    """

    code: str
    name: str
    #: Short words frequent in the language's prose, lowercase: they tell the language and
    #: prose from furniture.  Empty for a language that sets no spaces between its words or
    #: writes its particles onto them.
    stopwords: frozenset[str]
    #: Whether the language sets its words apart by spaces.  One that does not (Chinese,
    #: Japanese) has no stopwords: its lines' words cannot be told apart.
    writes_spaces: bool = True
    #: Whether the language writes its particles onto its words (Korean: ``대중들의``, ``반응은``):
    #: its function words seldom stand alone, so it has no stopwords either.
    particles_glued: bool = False
    lines: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    prefixes: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    #: Words that introduce a byline (``By``, ``Von``); lowercase.  A colon may follow any of them
    #: (``By: Jane Doe``); one that ends with a colon (``author:``) needs it.
    byline_markers: tuple[str, ...] = ()
    #: Byline markers a page may glue to the name after them, as written (``By``: ``ByAlex
    #: Bozarjian``, two inline elements rendered without a space); the name must then open
    #: with a capital and a small letter.  (Markers of several words may always be glued.)
    glued_markers: tuple[str, ...] = ()
    #: Byline markers that are also a common preposition (``von``): a line opening with
    #: one is a byline only when names follow it (``Von Risiken und Nebenwirkungen`` is a
    #: title); lowercase.
    preposition_markers: tuple[str, ...] = ()
    #: Words that follow a time of day as part of it (``16:14 Uhr``); lowercase.
    time_words: tuple[str, ...] = ()
    #: Whether the language writes its nouns with a capital (German): two capitalised
    #: words are then as often a noun phrase (``Aktuelle Produkte``) as a name, and a
    #: name alone on its line needs a known given name first.
    capitalised_nouns: bool = False
    #: Whole-line labels of an author box (``About the author``, ``Über die Autorin``); lowercase.
    #: The short lines after one are about the author, not part of the article.
    author_labels: tuple[str, ...] = ()
    #: The words an author box's heading puts before the author's name (``About``: ``About Jane
    #: Doe``, the byline's author), lowercase.
    about_author: tuple[str, ...] = ()
    #: Words joining several names in a byline (``and``, ``und``).
    name_joiners: tuple[str, ...] = ()
    #: The preposition that puts a post's category after its author's name (``in``: ``Von Henry
    #: In Aktuell``, ``VON Sina Giebel IN Fashion``); lowercase.  It ends the name in any case.
    category_prepositions: tuple[str, ...] = ()
    #: Words joining authors to an agency (``with``, ``mit``).
    agency_joiners: tuple[str, ...] = ()
    #: Job titles and similar words that follow a name in a byline.
    byline_titles: tuple[str, ...] = ()
    #: The names a newsroom signs with in place of a person's (``Redaktion``, ``Staff``),
    #: lowercase: the author when the byline names no one else, though they are job titles
    #: after a name (``Anna Muster, Redaktion``) or a marker word (``Redacción: ...``).
    newsroom_names: tuple[str, ...] = ()
    #: Words that make a name an outlet's (``Insider``, ``Zeitung``, ``Diario``), lowercase: after
    #: a person's name in a byline it is the outlet they write for (``Jill Disis, CNN Business``),
    #: not a second author.
    outlet_words: tuple[str, ...] = ()
    #: Common family names, where the language writes a person's family name first and joined to
    #: the given name (Korean ``김``, ``이``, ``박``, ``남궁``): a name before a job title opens with one.
    family_names: tuple[str, ...] = ()
    #: How a wire story's first paragraph may open with its byline (``(서울=연합뉴스) 홍길동 기자 =``,
    #: ``新华社北京2月20日电（记者 李四）``): regex fragments matched at the paragraph's start, with a
    #: group ``names`` (the names, maybe with a job title) and maybe a group ``agency``.
    byline_ledes: tuple[str, ...] = ()
    #: Words that introduce a photo credit (``Photo:``); regex fragments.
    credit_markers: tuple[str, ...] = ()
    #: Labels that introduce caption text (``Image caption``); regex fragments.
    caption_markers: tuple[str, ...] = ()
    #: The word in a gallery counter ("Image 1 of 8": ``of``); lowercase.
    counter_words: tuple[str, ...] = ()
    #: The names of the days of the week, lowercase.
    weekdays: tuple[str, ...] = ()
    #: Month names and abbreviations, lowercase, mapped to 1-12.
    months: Mapping[str, int] = attrs.field(factory=dict)
    #: Words that mark a publication stamp (``Published``); lowercase.
    published_words: tuple[str, ...] = ()
    #: Words that mark an update stamp (``Updated``); lowercase.
    updated_words: tuple[str, ...] = ()
    #: The note under a blog post that says when it was posted (``This entry was posted
    #: on {date} and is filed under ...``): regex fragments, lowercase, matched anywhere
    #: in the line with ``{date}`` standing for the date the line holds (its time too), a
    #: date with its year in full (only lines holding ``19`` or ``20`` are tried).
    post_notes: tuple[str, ...] = ()
    #: Whole-line headings of a recipe's ingredients (``Ingredients``, ``Zutaten``); lowercase.
    recipe_ingredients: tuple[str, ...] = ()
    #: Whole-line headings of a recipe's steps, after its ingredients (``Directions``,
    #: ``Zubereitung``); lowercase.
    recipe_steps: tuple[str, ...] = ()
    #: Relative times (``\d{1,7}\s*hours? ago``, ``yesterday``) as regex fragments,
    #: each starting with a letter, a group of literal words (``(?:an?|one)``) or a
    #: count ``\d{1,N}`` followed by its unit word.
    relative_time: tuple[str, ...] = ()
    #: A comments heading that quotes the post's title after it (``\d{1,5} thoughts on``:
    #: ``5 thoughts on “Title”``); regex fragments, lowercase.
    title_echoes: tuple[str, ...] = ()
    #: Lines after the article that credit contributors; regex fragments.
    contributors: tuple[str, ...] = ()
    #: Phrases that make a short line a contributor line wherever they stand
    #: ("... contributed to this report"); lowercase.
    contributor_phrases: tuple[str, ...] = ()
