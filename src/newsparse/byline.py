"""Bylines: split a byline's text into authors and wire agencies.

The classifier decides which line is the byline (a marker word, a name beside
a date, a name with an agency's job title); this module reads the names out of
it, for the assembly of the article and for the rules that need to know
whether a line holds names.
"""

from __future__ import annotations

import re
from collections.abc import Container

import regex

from newsparse.dates import DateFinder
from newsparse.features import (
    HANGUL,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    UNSPACED_LETTERS,
    UNSPACED_NAME_LETTERS,
    caseless,
    is_name_like,
)
from newsparse.lines import doubled_half
from newsparse.model import Byline
from newsparse.normalize import LOWER, without_soft_hyphens
from newsparse.rules import Lexicon

# a word in capitals, not an initial ("C.")
_CAPS_WORD = regex.compile(r"(?!\p{Lu}\.\Z)[\p{Lu}\d&.'-]{2,}")
# What ends the names of a byline: a bar or bullet, a slash (full-width ones too), a dash, a bracket, a
# (lower-case word and a) number.  It starts where a run of white space starts
# ((?<!\s)): tried inside the run as well, it would rescan the run at every offset.
# (A middle dot after a Korean, Chinese or Japanese letter is in the names: it joins two Korean
# names, "홍길동·김철수 기자", or a foreign name's parts, "约翰·史密斯".)
_BYLINE_CUT = re.compile(
    rf"(?<!\s)(?:\s+(?:[|•·｜]\s*|(?:[/／]|[-–—]\s)\s*|\(|(?:[{LOWER}]\w*\s+)?\d)"
    rf"|(?:[|•｜／]|(?<![{UNSPACED_NAME_LETTERS}])·)\s*|\()"
)


def name_like(name: str) -> bool:
    """A person's name (:func:`~newsparse.features.is_name_like`), or two to four words in capitals."""
    return is_name_like(name) or (name.isupper() and 2 <= len(name.split()) <= 4)


def strip_trailing_caps(part: str) -> str:
    """*part* without one to four words in capitals after a word with a lower-case
    letter: ``Tom Davies ASSOCIATED PRESS`` gives ``Tom Davies``, but ``Chokri GHARBI``
    stays whole (a given name alone would be left)."""
    words = part.split()
    k = len(words)
    while k > 1 and len(words) - k < 4 and _CAPS_WORD.fullmatch(words[k - 1]):
        k -= 1
    if k == len(words) or k < 2 or not any(c.islower() for c in words[k - 1]):
        return part
    return " ".join(words[:k])


def _unspaced_names(part: str) -> list[str] | None:
    """The names *part* holds when it is written in a script that sets no space inside a name
    (a Chinese name is two to four characters, so a space sets two apart: ``李四 王五``, as does
    a middle dot between Korean names: ``홍길동·김철수``; not Arabic, caseless too but spaced),
    else ``None``."""
    words = _KOREAN_NAMES_JOINED.sub(" ", part).split()
    return words if words and all(map(unspaced_name, words)) else None


#: A name in a script that sets no space inside it (a transliterated foreign name is longer).
_UNSPACED_NAME = re.compile(f"[{UNSPACED_NAME_LETTERS}]{{2,12}}")
#: A middle dot joining two Korean names (in Chinese it joins a foreign name's parts: 约翰·史密斯).
_KOREAN_NAMES_JOINED = re.compile(f"(?<=[{HANGUL}])[·ㆍ](?=[{HANGUL}])")


def unspaced_name(name: str) -> bool:
    """Is *name* one name in a script that sets no space inside it (Chinese, Japanese, Korean)?"""
    return _UNSPACED_NAME.fullmatch(name) is not None


def name_and_title(text: str, lex: Lexicon) -> int | None:
    """Where the names start in a byline that is Korean, Chinese or Japanese names with a job
    title after them, as Korean pages sign (``홍길동 기자``, ``홍길동·김철수 기자 gildong@example.co.kr``),
    maybe after the outlet or the place and the agency in brackets (``[항구일보=홍길동 기자]``,
    ``(서울=연합뉴스) 홍길동 특파원``), or with the title before them (``칼럼니스트 박생강``); else ``None``."""
    start = 0
    opened = _OUTLET_BEFORE_NAMES.match(text)
    if opened is not None:
        start = opened.end()
    words = text[start:].replace("]", " ").split()
    while words and ("@" in words[-1] or words[-1] == "="):
        words.pop()  # an e-mail address, the "=" before the story
    if len(words) < 2:
        return None
    if lex.byline_titles.fullmatch(words[-1]) is not None:
        names = words[:-1]
    elif lex.byline_titles.fullmatch(words[0]) is not None:
        names = words[1:]
        start = text.index(words[1], start + len(words[0]))
    else:
        return None
    names = _KOREAN_NAMES_JOINED.sub(" ", " ".join(names)).split()
    if not names or len(names) > _MAX_TITLED_NAMES:
        return None
    for name in names:
        if _TITLED_HANGUL_NAME.fullmatch(name) is not None:
            if name[0] not in lex.family_names and name[:2] not in lex.family_names:
                return None  # a beat ("스포츠 기자"), not a name
        elif _TITLED_NAME.fullmatch(name) is None:
            return None
    return start


#: What may stand before the names in brackets: an outlet and ``=`` (``[항구일보=``), or a
#: place, ``=`` and an agency (``(서울=연합뉴스)``).
_OUTLET_BEFORE_NAMES = re.compile(r"[\[(][^\[\]()=]{1,30}=(?:[^\[\]()=]{1,30}\)\s*)?")
#: A Korean name before a job title: three or four Hangul syllables (a family name and a given
#: name of two, or two and two: a two-syllable word is as often a beat: ``현장 기자``), opening
#: with a family name; or a Chinese or Japanese one of two to five characters.
_TITLED_HANGUL_NAME = re.compile(f"[{HANGUL}]{{3,4}}")
_TITLED_NAME = re.compile(f"[{UNSPACED_LETTERS}]{{2,5}}")
#: The most names before one job title.
_MAX_TITLED_NAMES = 3


def is_newsroom(text: str, lex: Lexicon) -> bool:
    """Is *text* (its edge punctuation apart) a name a newsroom signs with (``Redaktion``,
    ``La rédaction``, ``Staff``)?"""
    return text.strip(_NAME_EDGE).casefold() in lex.newsroom_names


#: The punctuation around a name in a byline.
_NAME_EDGE = " .,:;|-–—"


def opens_with_newsroom_or_agency(text: str, lex: Lexicon) -> bool:
    """Does *text* open with a name a newsroom or a wire agency signs with, a word of its own,
    whatever its case (``la rédaction, 12 mars``, ``the Associated Press``)?"""
    low = text.casefold()
    return any(
        low.startswith(name) and not low[len(name) : len(name) + 1].isalnum()
        for names in (lex.newsroom_names, lex.agencies)
        for name in names
    )


def _clean_name(part: str, lex: Lexicon, stopwords: Container[str]) -> str:
    original = part = without_soft_hyphens(part)
    part = part.strip(_NAME_EDGE)
    if is_newsroom(part, lex):
        return part  # the newsroom signs: "Redaktion" is no job title after a name here
    twice = doubled_half(part)
    if twice is not None and " " in twice.strip():
        part = twice.strip()  # a name written twice, for small and large screens: "Olivier Minot Olivier Minot"
    words = part.split()
    if len(words) >= 3 and words[1][:1].isupper() and _job_title(words[0], lex):
        words = words[1:]  # a job title before the name: "FOCUS-Online-Experte Robin Tschöpe"
    # a lower-case word that is no name particle ends the name ("Fatima in Gefühle"), and so
    # does the preposition before a post's category in any case ("Henry In Aktuell")
    for k, w in enumerate(words[1:], 1):
        category = k + 1 < len(words) and w.casefold() in lex.category_prepositions
        if category or w[0].islower() and w.casefold() not in NAME_PARTICLES:
            # "Richard Adams Education editor": a beat before a job title goes with it
            beat = not category and k >= 3 and words[k - 1][0].isupper() and lex.byline_titles.match(" ".join(words[k:])) is not None
            words = words[: k - 1 if beat else k]
            break
    while len(words) > 1 and (words[-1].casefold() in stopwords or "@" in words[-1]):
        last = words.pop()  # "Cooper am", "Mariano Martín mmartin@ambito.com.ar"
        surname, _, handle = last.partition("@")
        if surname[:1].isupper() and handle and "." not in handle:
            words.append(surname)  # "Chris Pokorny@DawgsByNature": a handle glued to the name
            break
    part = " ".join(words)
    m = lex.byline_titles.search(part)
    if m is not None:
        part = part[: m.start()].strip(_NAME_EDGE)
    if " " in part and not part.isupper():
        part = strip_trailing_caps(part)
    part = part.strip(_NAME_EDGE)
    last = part.rsplit(" ", 1)[-1]
    degree = "." in last and len(last) <= _DEGREE_CHARS and last.replace(".", "").isalpha()
    if (part[-2:-1] == " " and part[-1].isupper() or f"{last.casefold()}." in NAME_SUFFIXES or degree) and f"{part}." in original:
        # an initial, a suffix or a degree ending the name keeps its dot ("Juan Carlos Muñoz C.",
        # "Georg N. am ...", "John Smith Jr.", "Jane Doe Ph.D.")
        part += "."
    return part


#: A degree after a name, written with dots, is at most this long ("Ph.D", "B.Sc").
_DEGREE_CHARS = 6


def signs_as_newsroom(part: str, lex: Lexicon) -> bool:
    """Is *part*, a byline's names, a newsroom signing: a newsroom's word alone (``Redaktion``,
    ``Staff``), or an outlet's name with one at either end (``Teufel Blog Redaktion``, ``Redaktion
    Gelbe Liste Pharmindex``), not a person's name with the word as a job title (``Anna Muster
    Redaktion``, ``Eric Song, IGN Staff``: a known given name opens the rest)?"""
    if is_newsroom(part, lex):
        return True
    words = part.strip(_NAME_EDGE).split()
    if len(words) < 2:
        return False
    if is_newsroom(words[0], lex):
        rest = words[1:]
    elif is_newsroom(words[-1], lex):
        rest = words[:-1]
    else:
        return False
    return len(rest) <= _OUTLET_WORDS and rest[0].casefold() not in lex.given_names


#: The most words of an outlet's name beside its newsroom's word (more are a menu's: ``Editorial ÚH
#: Combustible Ucrania Entrevista ÚH``).
_OUTLET_WORDS = 4


def _job_title(word: str, lex: Lexicon) -> bool:
    """Is *word* a job title, or a compound ending in one (``FOCUS-Online-Experte``)?"""
    return lex.byline_titles.fullmatch(word.rsplit("-", 1)[-1]) is not None


#: At most this many words of a beat between an agency and a job title (``AP Auto Writer``).
_MAX_BEAT_WORDS = 3


def agency_with_title(part: str, lex: Lexicon) -> str | None:
    """The agency of a credit that is an agency, a beat and a job title
    (``AP Auto Writer``, ``Associated Press Medical Writer``), else ``None``."""
    words = part.split()
    for k in range(min(len(words) - 1, 3), 0, -1):
        head = " ".join(words[:k])
        if head.casefold() in lex.agencies:
            rest = words[k:]
            if len(rest) <= _MAX_BEAT_WORDS + 1 and lex.byline_titles.search(" ".join(rest)) is not None:
                return head
            return None
    return None


def name_with_agency_title(text: str, lex: Lexicon) -> bool:
    """Is *text* a name and an agency's job title (``Tom Krisher, AP Auto Writer``)?
    (Not a name and an agency alone: ``Jae C. Hong, AP`` is as often a photo's credit.)"""
    name, comma, credit = text.partition(", ")
    return bool(comma) and name_like(name) and agency_with_title(credit.strip(), lex) is not None


def names_follow(rest: str, lex: Lexicon) -> bool:
    """Does the text after a byline's marker word hold a name (a person's name, a
    known given name) or an agency before what ends the names (a separator, a date)?
    Before such an end a capitalised word alone counts too (``Von Thilo / 6. November 2023``),
    when nothing else stands there (``Von Halloween und anderen Gruselgestalten – ...`` is a title)."""
    rest = without_soft_hyphens(rest)
    cut = _BYLINE_CUT.search(rest)
    ended = cut is not None and cut.start() > 0
    head = rest[: cut.start()] if cut is not None and ended else rest
    for joined in lex.name_joiner.split(head):
        for part in lex.agency_joiner.split(joined):
            words = part.split()
            if words and (
                is_name_like(part)
                or part.strip().casefold() in lex.agencies
                or words[0].casefold() in lex.given_names
                or ended and len(words) == 1 and words[0][0].isupper() and head.strip() == words[0]
            ):
                return True
    return False


#: At most this many names joined in a line that is only names.
_MAX_JOINED_NAMES = 4


def joined_names(text: str, lex: Lexicon) -> list[str]:
    """The names of *text* when it is several names joined (``and``, commas), maybe
    with the outlet in capitals after them (``Kevin Johnson and Kevin McCoy USA
    TODAY``), else an empty list."""
    names = [n for n in lex.name_joiner.split(strip_trailing_caps(text)) if n]
    return names if 2 <= len(names) <= _MAX_JOINED_NAMES and all(map(is_name_like, names)) else []


def _after_marker(text: str, marker_end: int, lex: Lexicon) -> str:
    """The part of a byline after its marker word(s)."""
    rest = text[marker_end:]
    if marker_end == 0:  # "Zum Profil von jesusfreak": the names follow a marker inside the line
        for found in lex.byline_marker.finditer(rest):
            if found.start() == 0 or not rest[found.start() - 1].isalnum():
                if not _particle_after_given_name(rest, found.start(), lex):
                    rest = rest[found.end():]
                break
    again = lex.byline_marker.match(rest.lstrip())  # "Post author By Helge Fahrnberger"
    return rest.lstrip()[again.end():] if again is not None else rest


def _particle_after_given_name(text: str, at: int, lex: Lexicon) -> bool:
    """Is the marker word at *at* a name's particle after its given name
    (``Christoph von Ritter``), not a marker before the names (``Ein Beitrag von ...``)?"""
    before = text[:at].split()
    word = text[at:].split(maxsplit=1)[0].casefold()
    return len(before) == 1 and before[0].casefold() in lex.given_names and word in NAME_PARTICLES


def strip_trailing_labels(field: str, lex: Lexicon) -> str:
    """*field* without the comment and share labels glued after a name (``Ulrike Stockhausen
    Schreibe einen Kommentar``, ``Frau Sabienes Kommentare 4 Kommentare``: the name alone);
    two words are kept at least.  (A menu's words may name an outlet: ``CNN Business``.)"""
    words = field.split()
    end = len(words)
    while end > 2:
        # the longest label (of a few words) that ends what is left
        cut = next(
            (k for k in range(max(2, end - _MAX_LABEL_WORDS), end) if _WIDGET_LABELS & lex.categories(" ".join(words[k:end]))),
            None,
        )
        if cut is None:
            break
        end = cut
    return field if end == len(words) else " ".join(words[:end])


#: The most words of a widget label glued after a name.
_MAX_LABEL_WORDS = 6
#: The phrase categories of the labels cut from after a name.
_WIDGET_LABELS = frozenset(("comments", "share"))


def _names_region(rest: str, lex: Lexicon, finder: DateFinder) -> str:
    """*rest* cut before what follows the names: a date, a credit, a stamp, a job title."""
    stamp = finder.find(rest)
    if stamp is not None:
        before = _without_weekday(rest[: stamp.start], lex)
        rest = before if any(c.isalpha() for c in before) else rest[stamp.end:]
    # "Alexander Karper Foto: GEPA", "Herr_Rein Veröffentlicht am ..."
    for pattern in (lex.inline_credit, lex.updated_words, lex.published_words_inline):
        hit = pattern.search(rest)
        if hit is not None and hit.start() > 0:
            rest = rest[: hit.start()]
    # "Meg JamesStaff Writer": a job title glued to the name
    title = lex.byline_titles.search(rest)
    if title is not None and title.start() > 0 and rest[title.start() - 1].islower():
        rest = rest[: title.start()]
    # "Katharina Schmidt Kategorien: Mode": a label after the names starts something else
    label = _LABEL_AFTER_NAMES.search(rest)
    if label is not None:
        rest = rest[: label.start()]
    return _first_of_doubled(rest, lex)


def _first_of_doubled(rest: str, lex: Lexicon) -> str:
    """*rest* up to a byline marker that opens its names again (``Claudio Kummerfeld Twitter
    Account von Claudio Kummerfeld``: the byline shown twice, for two screens)."""
    opening = " ".join(rest.split()[:2])
    if " " not in opening:
        return rest
    for m in lex.byline_marker_any_case.finditer(rest, len(opening)):
        if rest.startswith(opening, m.end()):
            return rest[: m.start()]
    return rest


def _without_weekday(before: str, lex: Lexicon) -> str:
    """*before*, what stands before a date, without the day of the week that opens
    the date (``Blackswan Thursday, May 30, 2019``: the name is ``Blackswan``); a
    given name alone before it keeps it, a surname (``Lena Sonntag, 12. März 2020``)."""
    head, _, last = before.rstrip(" ,").rpartition(" ")
    if not head.strip() or last.casefold() not in lex.weekdays:
        return before
    words = head.split()
    return before if len(words) == 1 and words[0].casefold() in lex.given_names else head


#: A word with a colon after it and more after that, after the names ("Kategorien: Mode",
#: "Lesezeit: 4 Min."; not "Autor Mark Newton:", where the colon ends the byline).
_LABEL_AFTER_NAMES = re.compile(r"(?<=\w)\s+\w+:\s+(?=\S)")


#: The kinds of widget label that never sign an article (a desk's name, ``Redaktion``, is a footer link too).
_NO_NAME_KINDS = frozenset(("advertisement", "share", "comments", "cookie", "newsletter", "paywall", "navigation"))


def _outlet(name: str, lex: Lexicon) -> bool:
    """Is *name*, after a person's in a byline, an outlet's: a word of it an outlet's word
    (``Business Insider``, ``Diario Libre``), the first no known given name (``Emily Post``
    is a person)?"""
    words = name.casefold().split()
    return len(words) > 1 and words[0] not in lex.given_names and not lex.outlet_words.isdisjoint(words)


#: What the place and the agency in brackets before a byline's names are set apart by.
_BRACKETED_PIECES = re.compile(r"[\[\]()=]")


def parse_byline(text: str, marker_end: int, lex: Lexicon, finder: DateFinder, language: str | None = None) -> Byline:
    """Split a byline into authors and wire agencies.

    ``By Euronews with AP`` gives authors ``["Euronews"]`` and agencies
    ``["AP"]``; an agency credited alone is the author.  A stopword is no part
    of a name: of the page's *language* when it is known ("Sarah Yang" on an
    English page, though "yang" is an Indonesian word), else of any language.
    """
    stopwords = lex.name_stopwords_for(language)
    head = strip_trailing_labels(_names_region(_after_marker(text, marker_end, lex), lex, finder), lex)
    # keep the names, not what follows them ("| Special to ...", "(AP)", dates)
    tail = ""
    cut = _BYLINE_CUT.search(head)
    if cut is not None and cut.start() > 0:
        head, tail = head[: cut.start()], head[cut.end():]
    names: list[str] = []
    agencies: list[str] = []
    # "Staff and agencies": one name, though "and" joins names; so is an outlet's newsroom ("Teufel Blog Redaktion")
    if signs_as_newsroom(head, lex):
        names.append(head.strip(_NAME_EDGE))
        head = ""
    for raw in lex.name_joiner.split(head):
        for part in lex.agency_joiner.split(raw):
            agency = agency_with_title(part.strip(_NAME_EDGE), lex)
            if agency is not None:  # "By Tom Krisher, AP Auto Writer"
                agencies.append(agency)
                continue
            name = _clean_name(part, lex, stopwords)
            folded = name.casefold()
            if not name or folded in lex.byline_marker_words and folded not in lex.newsroom_names or folded in stopwords:
                continue  # a label ("Author information", "AUTOR/IN"), not a name ("Por Redacción" signs)
            if not _NO_NAME_KINDS.isdisjoint(lex.categories(name)):
                continue  # a widget's label ("PAID CONTENT", "Video schließen"); a desk ("Redaktion") may sign
            if name.casefold() in lex.agencies:
                agencies.append(name)
            elif (unspaced_names := _unspaced_names(name)) is not None:
                for one in unspaced_names:  # "李四 王五": two names; "张三 新华社": a name and an agency
                    (agencies if one.casefold() in lex.agencies else names).append(one)
            elif not names and agencies and " " not in name:
                continue  # "Reuters, Washington,": the place the agency reports from
            elif not names and (name[0].isupper() or caseless(name[0]) or " " not in name or folded in lex.newsroom_names) and len(name.split()) <= 6:
                names.append(name)  # the first name as written; a user name may be lower case
            elif names and _outlet(name, lex):
                continue  # "Jill Disis, CNN Business": the outlet the author writes for
            elif names and name_like(name):
                names.append(name)
    for raw in lex.name_joiner.split(tail):
        name = raw.strip(" .,:;()|-–—")
        if name.casefold() in lex.agencies:
            agencies.append(name)
    for piece in _BRACKETED_PIECES.split(text[:marker_end]):  # "(서울=연합뉴스) 홍길동 기자": the agency before the names
        if piece.strip().casefold() in lex.agencies:
            agencies.append(piece.strip())
    if not names and agencies:
        names, agencies = agencies[:1], agencies[1:]
    return Byline(text=text, authors=tuple(dict.fromkeys(names)), agencies=tuple(dict.fromkeys(agencies)))
