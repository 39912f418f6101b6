"""Find and parse publication and update stamps.

Recognises ISO dates, numeric day-month-year dates and dates with month names
in every registered language, with an optional time of day.
"""

from __future__ import annotations

import datetime as _dt
import re

import attrs

from newsparse.normalize import LOWER, UPPER
from newsparse.rules import Lexicon, word_alternation

_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?")
# Patterns start with a digit rather than a lookbehind: the regex engine scans
# for a first character much faster than it tries a lookbehind at every offset.
# (a year may run into the next numeric date: a page's published and updated dates glued, "17/11/201917/11/2019")
_NUMERIC = re.compile(
    r"(\d(?<![\d.:/]\d)\d?)([./-])(\d{1,2})\2(\d{4}(?=\d{1,2}[./-]\d{1,2}[./-]\d)|\d{4}(?![\d/])|\d{2}(?![\d/]))"
)
# the year first, as Chinese, Japanese and Korean pages write a date: "2020年2月20日", "2020년 2월 20일",
# "2020/2/20", "2020.02.20" (with dots, month and day in two digits, and no word, dot or slash
# around: not a version number, "v2019.1.3", "2020.3.1", nor an address's path, ".../2016/07/07/...")
_CJK_DATE = re.compile(r"((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]")
_YEAR_FIRST = re.compile(r"((?:1(?<![\w./]1)9|2(?<![\w./]2)0)\d\d)(?:/(\d{1,2})/(\d{1,2})|\.(\d\d)\.(\d\d))(?![\d./])")
# "4. 2. 2022": day and month each followed by a dot and a space (the year written in full)
_SPACED = re.compile(r"(\d(?<![\d.:/]\d)\d?)\. (\d{1,2})\. ((?:19|20)\d\d)(?!\d)")
# a time of day, with "a.m."/"p.m." after it or a word of the tables' time_words ("16:14 Uhr");
# not a date's day and month ("10.01" of "erstellt am 10.01.2021")
_TIME = r"(?:T|(?<![\d:]))(\d{{1,2}})[:.h](\d{{2}})(?!\d|\.\d)(?:\s*([ap])\.?\s?m\b\.?{words})?"
_YEAR = r"((?:19|20)\d{2})"
_HAS_YEAR = re.compile(r"(?:19|20)(?:(?<!\d19|\d20)\d\d(?!\d)|\d\d(?=\d{1,2}:\d\d))")
# The day and year that end a month-first date ("May 5, 2019"): found first,
# so the slow month-name alternation only runs just before them.
_DAY_YEAR = re.compile(r"\d{1,2}(?:st|nd|rd|th|er|º|\.)?,?\s+(?:19|20)\d\d")
# What every date found here holds: an ISO date's year and dash, a numeric date's
# separated fields, or a year of this or the last century (dates with a month name
# and spaced dates); most lines with a digit hold none of these
_DATE_SHAPE = re.compile(r"\d{4}-\d|\d[./-]\d{1,2}[./-]\d\d|(?:19|20)\d\d")
_MONTH_REACH = 32  # longest month name, its dot and the space before the day
# a year ends at a word boundary, or runs into a time ("NOV 20 20194:29 AM") or into
# the next date (a page's published and updated dates glued: "10. Februar 20199. Februar
# 2019", "3. April 20223. April 2022"; a month or weekday before its day: "Dezember 29,
# 2021Dezember 29, 2021", "15. April 2016Samstag, 4. März 2017", not "2022Edición Impresa")
_YEAR_END = rf"(?:\b|(?=\d{{1,2}}:\d\d)|(?=\d{{1,2}}\.?\s*[{UPPER}])|(?=[{UPPER}][^\W\d_]{{1,11}}\.?,?\s+\d))"
_DAY = r"(\d{1,2})(?:st|nd|rd|th|er|º|\.)?"
#: A capitalised word glued to a small letter before it, and its dot (a month's name, if the tables know it).
_GLUED_MONTH = re.compile(rf"(?<=[{LOWER}])([{UPPER}][{LOWER}]{{2,11}})\.?")


#: The longest text a date is looked for in (a stamp stands in a short line).
MAX_DATED_TEXT = 400
#: How much of a paragraph's start a date opening it is looked for in, and what follows such a date.
_LEAD_CHARS = 48
_AFTER_DATE_LEAD = frozenset("–—-|:.")
#: How many of an article's first paragraphs may open with its date (see :meth:`DateFinder.lead`):
#: the first, or the second under a teaser the site sets first.
DATED_PARAGRAPHS = 2


@attrs.frozen
class Stamp:
    """A date found in a line: the value and where it stands in the text."""

    value: _dt.date
    start: int
    end: int


@attrs.frozen
class DateFinder:
    """Date patterns compiled for one lexicon's month names."""

    lex: Lexicon
    day_month_year: re.Pattern[str]
    #: what follows the month name of a month-first date (the month is found by
    #: the lexicon's ``month_names``, so its alternation is not compiled again)
    day_year_after_month: re.Pattern[str]
    time: re.Pattern[str]

    @classmethod
    def build(cls, lex: Lexicon) -> DateFinder:
        """Compile the month-name patterns for *lex*."""
        # inside the pattern the engine reaches the month only after a day and a
        # separator matched: the plain alternation serves (no dispatch on the
        # first letter, which would write it twice, in both cases)
        month = rf"(?i:{word_alternation(list(lex.months))})\b\.?"
        sep = r"(?:\s*,?\s+|\s*(?:de|del)\s+|\.\s*)"
        # the day first: the engine scans for a digit, then checks the boundary before
        # it and that what follows can start a suffix or a separator; a label in capitals
        # may be glued to the day, as its element and the date's render ("FINTECH20. Juni 2019")
        day_first = rf"(\d(?:(?<!\w\d)|(?<=[{UPPER}]\d))\d?)(?=[\s,.dsnrteº])(?:st|nd|rd|th|er|º|\.)?"
        return cls(
            lex,
            re.compile(rf"{day_first}{sep}({month}){sep}{_YEAR}{_YEAR_END}"),
            # (?<!\s): white space is matched from where its run starts (never again from inside it)
            re.compile(rf"(?<!\s)\s*{_DAY},?\s+{_YEAR}{_YEAR_END}"),
            re.compile(_TIME.format(words="".join(rf"|\s*{re.escape(w)}\b" for w in lex.time_words)), re.IGNORECASE),
        )

    def kind(self, text: str, stamp: Stamp) -> str:
        """``"updated"`` when an update's label stands before *stamp* in *text*
        (``Last updated 4 May``, ``Evgenia Karp Zuletzt geändert am ...``), else ``"published"``."""
        return "updated" if self.lex.updated_words.search(text, 0, stamp.start + 1) else "published"

    def _month(self, name: str) -> int | None:
        return self.lex.months.get(name.casefold().rstrip("."))

    def lead(self, paragraph: str) -> _dt.date | None:
        """The date that opens *paragraph*, set off by a dash, a bar, a colon or a full stop
        (``27.1.2022 – Bei der ...``, ``31. Oktober 2023. Woher ...``), if any."""
        head = paragraph[:_LEAD_CHARS]
        stamp = self.find(head)
        if stamp is None or stamp.start != 0 or head[stamp.end :].lstrip()[:1] not in _AFTER_DATE_LEAD:
            return None
        return stamp.value

    def find(self, text: str, *, day_first: bool = True) -> Stamp | None:
        """The first date in *text*, with the time of day when one follows it."""
        if len(text) > MAX_DATED_TEXT or _DATE_SHAPE.search(text) is None:
            return None
        found: list[tuple[int, int, int, int, int]] = []  # start, end, y, m, d
        if m := _ISO.search(text):
            end = m.end(3)  # a time after "T" is read below like any other
            found.append((m.start(), end, int(m[1]), int(m[2]), int(m[3])))
        if m2 := _NUMERIC.search(text):
            a, b, y = int(m2[1]), int(m2[3]), int(m2[4])
            if y < 100:
                y += 2000 if y < 70 else 1900
            d, mo = (a, b) if (day_first or m2[2] == ".") else (b, a)
            if mo > 12 and d <= 12:
                d, mo = mo, d
            found.append((m2.start(), m2.end(), y, mo, d))
        elif ". " in text and (m5 := _SPACED.search(text)):
            found.append((m5.start(), m5.end(), int(m5[3]), int(m5[2]), int(m5[1])))
        if ("年" in text or "년" in text) and (m6 := _CJK_DATE.search(text)):
            found.append((m6.start(), m6.end(), int(m6[1]), int(m6[2]), int(m6[3])))
        elif m7 := _YEAR_FIRST.search(text):
            found.append((m7.start(), m7.end(), int(m7[1]), int(m7[2] or m7[4]), int(m7[3] or m7[5])))
        if not text.isdigit() and _HAS_YEAR.search(text):
            if m3 := self.day_month_year.search(text):
                mo3 = self._month(m3[2])
                if mo3:
                    found.append((m3.start(), m3.end(), int(m3[3]), mo3, int(m3[1])))
            anchor = _DAY_YEAR.search(text)
            if anchor:
                reach = max(0, anchor.start() - _MONTH_REACH)
                for m4 in self.lex.month_names.finditer(text, reach):
                    if rest := self.day_year_after_month.match(text, m4.end()):
                        mo4 = self._month(m4[0])
                        if mo4:
                            found.append((m4.start(), rest.end(), int(rest[2]), mo4, int(rest[1])))
                        break
                else:  # a month glued to the word before it, as a byline's elements render: "By Jane DoeNovember 6, 2023"
                    for m8 in _GLUED_MONTH.finditer(text, reach, anchor.start()):
                        mo8 = self._month(m8[1])
                        if mo8 and (rest := self.day_year_after_month.match(text, m8.end())):
                            found.append((m8.start(1), rest.end(), int(rest[2]), mo8, int(rest[1])))
                            break
        for start, end, y, mo, d in sorted(found):
            try:
                day = _dt.date(y, mo, d)
            except ValueError:
                continue
            t = self.time.search(text, end, min(len(text), end + 24)) or self.time.search(text, max(0, start - 14), start)
            if t:
                hour, minute = int(t[1]), int(t[2])
                if t[3]:
                    hour = hour % 12 + (12 if t[3].lower() == "p" else 0)
                if hour < 24 and minute < 60:
                    return Stamp(_dt.datetime(day.year, day.month, day.day, hour, minute), start, max(end, t.end()))
            return Stamp(day, start, end)
        return None
