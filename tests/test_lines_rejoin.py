"""Sentences split at their links (``get_text("\\n")`` puts every text node on a line)
are joined again; text laid out by a browser is left as it is."""

from hypothesis import given
from hypothesis import strategies as st
from test_properties import assert_lossless, assert_structure

import newsparse
from newsparse.lines import rejoin_sentences, split_lines
from newsparse.rules import lexicon
from newsparse.testing import Noise, rendered_articles

SPLIT = [
    "Harbour ferry returns after repairs",
    "The harbour ferry returned to service on Thursday after a repair programme run by",
    "the city's port authority",
    ", the operator said.",
    "Tickets went on sale at",
    "the harbour office",
    "and online, and the first crossing was full within an hour of the doors opening.",
    "The mayor thanked the crews who kept the old boats afloat through two winters in",
    "Harbour Lane",
    "; the council will pay for a new pier next year, according to",
    "the budget",
    ".",
]


def _lines(text):
    return rejoin_sentences(split_lines(text, lexicon()), text)


def test_pieces_of_a_sentence_split_at_its_links_are_one_line():
    text = "\n".join(SPLIT)
    lines = _lines(text)
    assert lines.texts[1] == ("The harbour ferry returned to service on Thursday after a repair programme run by "
                              "the city's port authority , the operator said.")
    assert lines.texts[2].startswith("Tickets went on sale at the harbour office and online,")
    # an upper-case link text ("Harbour Lane") stops the joining: a browser's line could start so
    assert "Harbour Lane" in lines.texts
    a = newsparse.parse(text)
    assert a.body[0].text == lines.texts[1]
    assert_lossless(text, a)


def test_text_laid_out_by_a_browser_is_not_joined():
    # no line opens with a comma or a full stop: the line breaks are the page's own
    shown = ["Share on", "facebook", "The council met on", "the plan for the harbour, and agreed."]
    assert _lines("\n".join(shown)).texts == shown


def test_widget_labels_and_short_lines_are_not_joined():
    shown = [", a", ". b", ", c", "Share this article", "in the city, they said.", "By", "the mayor, today."]
    assert _lines("\n".join(shown)).texts == shown


@given(rendered_articles(st.just(Noise(split_at_links=True, menu=True, footer=True, scripts=True))))
def test_structure_is_recovered_from_text_split_at_links(page):
    a = newsparse.parse(page.text)
    assert_structure(a, page.article, split_at_links=True)
    assert_lossless(page.text, a)
