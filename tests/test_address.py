"""The page's address as evidence: the day in its path, the headline its slug spells."""

import datetime as dt
import json
import re
import time

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_properties import assert_lossless, assert_structure

import newsparse
from newsparse import cli
from newsparse.address import Address, read_address, slug_titles
from newsparse.testing import rendered_articles

# ---------------------------------------------------------------- the day in the path


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example.com/2019/7/3/20680681/ios-13-beta-3-facetime", dt.date(2019, 7, 3)),
        ("https://news.example.org/2019/11/18/new-york-state-attorney-general/", dt.date(2019, 11, 18)),
        ("https://www.example.com/business/story/2019-11-19/disney-plus-kevin-mayer", dt.date(2019, 11, 19)),
        ("https://www.example.se/20200428/meet-the-swede-who-tattooed", dt.date(2020, 4, 28)),
        ("https://www.example.de/texte/22/20220127-gedenkstunde-kranzniederlegung.html", dt.date(2022, 1, 27)),
        ("https://example.net/archive/2021_06_30_summer-fair.html", dt.date(2021, 6, 30)),
        ("https://example.net/2019/13/45/not-a-day/", None),  # no such month
        ("https://www.example.ie/news/level-3-live-cork-ireland-19056312", None),  # an id after a slug
        ("https://www.example.com/de/acht-produkte-praemiert/19837156", None),  # eight digits, no date
        ("https://1337kultur.example/2020/folge-70-star-trek-picard/", None),  # a year alone
        ("https://example.com/article?date=2020-01-02", None),  # the query is not the path
        ("https://example.com/1889/10/11/too-early", None),
    ],
)
def test_day_in_the_path(url, day):
    assert read_address(url).day == day


def test_the_first_valid_date_counts():
    assert read_address("https://example.com/2019/02/30/x/2019/03/01/y").day == dt.date(2019, 3, 1)


# ---------------------------------------------------------------- the slug


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://www.example.ch/leben/drinks/453207266-sazerac-alles-ueber-den-cocktail",
         ("sazerac", "alles", "ueber", "den", "cocktail")),
        ("https://example.de/n/M%C3%BCnchen-baut-neue-Br%C3%BCcke.html", ("muenchen", "baut", "neue", "bruecke")),
        ("https://example.fr/economie/la-bce-releve-ses-taux-d-interet_6123.php", ("la", "bce", "releve", "ses", "taux", "d", "interet")),
        ("https://example.de/texte/was-bringen-alternative-therapien;art114,3177663", ("was", "bringen", "alternative", "therapien")),
        ("https://example.com/Y3JpZDovL3N3ci5kZS9hZXgvbzExNjIyMjY/night-trains-return", ("night", "trains", "return")),
        ("https://example.com/politics/news/", ()),  # fewer than three words
        ("https://example.com/", ()),
    ],
)
def test_slug_words(url, slug):
    assert read_address(url).slug == slug


def test_no_address():
    assert read_address(None) == Address()


@pytest.mark.parametrize("url", [b"https://example.com/", 42, ["https://example.com/"]])
def test_an_address_that_is_no_string_is_refused(url):
    with pytest.raises(TypeError, match=type(url).__name__):
        read_address(url)
    with pytest.raises(TypeError, match="url"):
        newsparse.parse("Some text.", url=url)


@given(st.text(max_size=300))
def test_any_string_is_read(url):
    address = read_address(url)
    assert all(word and not any(c.isdigit() for c in word) for word in address.slug)


def test_a_huge_or_malformed_address_is_read_quickly():
    start = time.perf_counter()
    read_address("https://example.com/" + "a-" * 500_000)
    read_address("http://[::1/2020/01/02/bracket-left-open")
    assert time.perf_counter() - start < 1.0  # (only the first few thousand characters are read)


# ---------------------------------------------------------------- lines the slug spells

SLUG = read_address("https://news.example.org/travel/night-trains-return-to-the-alps/")


def test_the_line_the_slug_spells():
    lines = ["Travel", "Night trains return to the Alps", "The sleeper is back"]
    assert slug_titles(SLUG, lines) == ["night trains return to the alps"]


def test_a_paragraph_holding_the_words_is_not_a_title():
    paragraph = ("Night trains return to the Alps this winter, the operator said on Sunday, after years in which "
                 "every overnight route was cut.")
    assert slug_titles(SLUG, [paragraph]) == []


def test_a_cut_slug_names_every_line_holding_all_its_words():
    slug = read_address("https://example.de/abnehmen/weihnachten-nicht-zunehmen/")
    lines = ["Weihnachten nicht zunehmen", "Weihnachten nicht zunehmen: so geht es", "Weihnachten ohne Stress"]
    assert slug_titles(slug, lines) == ["weihnachten nicht zunehmen", "weihnachten nicht zunehmen: so geht es"]


def test_umlauts_written_out_or_dropped():
    lines = ["München baut eine neue Brücke"]
    assert slug_titles(read_address("https://example.de/muenchen-baut-neue-bruecke"), lines)
    assert slug_titles(read_address("https://example.de/munchen-baut-neue-brucke"), lines)


# ---------------------------------------------------------------- parsing with an address

TEXT = """Travel
Night trains return to the Alps
The sleeper is back
The first of the new sleeper trains left Vienna on Sunday evening with every compartment sold, the operator \
said, after a winter in which demand for overnight routes rose faster than any forecast had expected.
Passengers who had booked months ahead filled the platform long before departure, and many said they had \
chosen the train over a short flight for the first time.
"""
URL = "https://news.example.org/travel/2024/03/14/night-trains-return-to-the-alps/"


def test_the_slug_points_at_the_headline():
    assert newsparse.parse(TEXT).headline == "The sleeper is back"  # (without it, the line before the body)
    article = newsparse.parse(TEXT, url=URL)
    assert article.headline == "Night trains return to the Alps"
    assert article.published == dt.date(2024, 3, 14)


def test_the_line_the_slug_spells_counts_however_far_above_the_body():
    menu = [f"Section {c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"] + [f"Topic number {i}" for i in range(50)]
    text = "\n".join(["Night trains return to the Alps", *menu, *TEXT.splitlines()[2:]])
    assert newsparse.parse(text).headline == "The sleeper is back"
    assert newsparse.parse(text, url=URL).headline == "Night trains return to the Alps"


def test_the_day_in_the_address_does_not_overrule_the_page():
    dated = TEXT.replace("The sleeper is back\n", "The sleeper is back\nMarch 12, 2024\n")
    assert newsparse.parse(dated, url=URL).published == dt.date(2024, 3, 12)


def test_an_address_without_evidence_changes_nothing():
    assert newsparse.parse(TEXT, url="https://news.example.org/") == newsparse.parse(TEXT)


HTML = f"""<!DOCTYPE html><html><head><title>News</title></head><body>
<h1>The sleeper is back</h1><p>{TEXT.splitlines()[3]}</p><p>{TEXT.splitlines()[4]}</p></body></html>"""


def test_html_is_dated_by_its_address_and_keeps_its_h1():
    article = newsparse.parse_html(HTML, url=URL)
    assert article.headline == "The sleeper is back"
    assert article.published == dt.date(2024, 3, 14)


def test_command_line_url(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    assert cli.main([str(page), "--url", URL]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["headline"] == "Night trains return to the Alps" and out["published"] == "2024-03-14"


def test_command_line_url_names_one_page(tmp_path, capsys):
    page = tmp_path / "page.txt"
    page.write_text(TEXT, encoding="utf-8")
    with pytest.raises(SystemExit) as stop:
        cli.main([str(page), str(page), "--url", URL])
    assert stop.value.code == 2
    assert "one input" in capsys.readouterr().err


def test_batch_reads_the_records_address(tmp_path):
    dump, out = tmp_path / "pages.jsonl", tmp_path / "out.jsonl"
    dump.write_text(json.dumps({"text": TEXT, "url": URL}) + "\n" + json.dumps({"text": TEXT, "url": 7}) + "\n")
    assert cli.main(["batch", str(dump), "-o", str(out), "--workers", "1"]) == 0
    first, second = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert first["url"] == URL and first["article"]["published"] == "2024-03-14"
    assert second["url"] == 7 and second["article"]["published"] is None  # (not a string: no address)


# ---------------------------------------------------------------- properties


@given(rendered_articles(), st.text(max_size=200))
def test_lossless_with_any_address(page, url):
    assert_lossless(page.text, newsparse.parse(page.text, url=url))


@given(rendered_articles())
def test_the_address_a_site_would_give_keeps_the_structure(page):
    g = page.article
    day = g.published or dt.date(2024, 3, 14)
    words = re.findall(r"[^\W_]+", g.headline.casefold())
    url = f"https://news.example.org/{day:%Y/%m/%d}/{'-'.join(words)}/"
    a = newsparse.parse(page.text, url=url)
    assert_structure(a, attrs.evolve(g, published=day), split_at_links=page.noise.split_at_links)


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_pairs_each_input_with_its_address(workers):
    got = list(newsparse.parse_many([TEXT, TEXT, TEXT], urls=[URL, None, "https://x.example/"], workers=workers))
    assert got == [newsparse.parse(TEXT, url=URL), newsparse.parse(TEXT), newsparse.parse(TEXT)]
    assert got[0].published == dt.date(2024, 3, 14)


def test_parse_many_refuses_addresses_that_do_not_pair():
    with pytest.raises(ValueError, match="different number of urls"):
        list(newsparse.parse_many([TEXT, TEXT], urls=[URL], workers=1))


def test_batch_url_field_names_where_the_address_is(tmp_path):
    dump, out = tmp_path / "pages.jsonl", tmp_path / "out.jsonl"
    dump.write_text(json.dumps({"text": TEXT, "link": URL, "url": "https://x.example/"}) + "\n")
    assert cli.main(["batch", str(dump), "-o", str(out), "--workers", "1", "--url-field", "link"]) == 0
    (record,) = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert record["link"] == URL and record["article"]["published"] == "2024-03-14"
