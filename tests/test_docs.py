"""The documentation's promises: its rule catalogue covers every rule, its command lines run.

(Its Python examples run as doctests in the Sphinx build: ``sphinx-build -b doctest docs ...``.)
"""

from __future__ import annotations

import pathlib
import re
import shlex
import subprocess
import sys

import pytest
from hypothesis import given, settings

import newsparse
from newsparse.testing import rendered_articles, rendered_html_articles

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"

sys.path.insert(0, str(DOCS / "_ext"))


@pytest.fixture(scope="module")
def catalogue():
    return pytest.importorskip("catalogue", reason="needs sphinx (the docs extra) for the catalogue extension")


@pytest.fixture(scope="module")
def uncatalogued(catalogue):
    patterns = [e.pattern() for e in catalogue.all_rule_entries()]

    def rules_missing(article: newsparse.Article) -> set[str]:
        return {rule for _, _, rule in article.segments.decisions() if not any(p.match(rule) for p in patterns)}

    return rules_missing


def test_catalogue_finds_the_rules_of_the_code(catalogue):
    names = {e.name for e in catalogue.all_rule_entries()}
    # one of each way a rule name is written: a literal, an f-string, a conditional, a structure table, rule=
    assert {"byline.marker", "phrase.<kind>", "leftover.before", "html.nav", "meta.author"} <= names


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.*[lt]")), ids=lambda p: p.name)  # .txt, .html
def test_catalogue_covers_the_rules_of_the_examples(path, uncatalogued):
    data = path.read_text(encoding="utf-8")
    article = newsparse.parse_html(data) if path.suffix == ".html" else newsparse.parse(data)
    assert uncatalogued(article) == set()


@settings(max_examples=60, deadline=None)
@given(page=rendered_articles())
def test_catalogue_covers_the_rules_of_generated_text(page, uncatalogued):
    assert uncatalogued(newsparse.parse(page.text)) == set()


@settings(max_examples=60, deadline=None)
@given(page=rendered_html_articles())
def test_catalogue_covers_the_rules_of_generated_html(page, uncatalogued):
    assert uncatalogued(newsparse.parse_html(page.html)) == set()


def _console_commands() -> list[tuple[str, str]]:
    """``$ newsparse ...`` and ``$ python -m newsparse ...`` lines of the docs' console blocks."""
    found = []
    for page in sorted(DOCS.glob("*.rst")):
        for line in page.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s+\$ (.*)", line)
            if m and re.match(r"(?:cat \S+ \| )?(?:newsparse|python -m newsparse)\b", m.group(1)):
                found.append((page.name, m.group(1)))
    return found


COMMANDS = _console_commands()


def test_docs_show_command_lines():
    assert len(COMMANDS) >= 4


@pytest.mark.parametrize(("page", "command"), COMMANDS, ids=[c for _, c in COMMANDS])
def test_docs_command_line_runs(page, command, tmp_path):
    (tmp_path / "examples").symlink_to(EXAMPLES)  # (run where the docs' paths lead, writing nothing in the checkout)
    stdin = None
    if command.startswith("cat "):
        source, command = command[4:].split(" | ", 1)
        stdin = (ROOT / source).read_bytes()
    argv = shlex.split(command)
    argv = [sys.executable, "-m", "newsparse", *argv[1:]] if argv[0] == "newsparse" else [sys.executable, *argv[1:]]
    done = subprocess.run(argv, check=False, cwd=tmp_path, input=stdin, capture_output=True, timeout=120)
    assert done.returncode == 0, done.stderr.decode()
    if "-o" in argv:  # (newsparse batch writes its output file)
        assert (tmp_path / argv[argv.index("-o") + 1]).read_text(encoding="utf-8").strip()
    else:
        assert done.stdout.strip()
