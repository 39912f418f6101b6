"""Sphinx configuration for the newsparse documentation."""

from __future__ import annotations

import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "docs" / "_ext"))
try:  # the installed package (CI installs it), else the source tree
    import newsparse
except ImportError:
    sys.path.insert(0, str(ROOT / "src"))
    import newsparse

project = "newsparse"
author = "newsparse developers"
copyright = "2026, newsparse developers"
release = newsparse.__version__  # the one place the version is written
version = ".".join(release.split(".")[:2])

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
    "myst_parser",
    "catalogue",  # the rule catalogue, generated from the rule tables
    "apicheck",  # every name in newsparse.__all__ documented, with a docstring
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build"]
root_doc = "index"

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True}

# every example runs: >>> blocks, testcode blocks and the docstrings autodoc pulls in
doctest_global_setup = f"""
import importlib.util
import os
import pathlib
import shutil
import newsparse
EXAMPLES = pathlib.Path({str(ROOT / "examples")!r})
# the Spark example runs where PySpark and the Java it needs are installed (as in CI)
HAVE_SPARK = importlib.util.find_spec("pyspark") is not None and bool(shutil.which("java") or os.environ.get("JAVA_HOME"))
"""

html_theme = "alabaster"
html_title = f"newsparse {release}"
html_theme_options = {
    "description": "Typed structure from the raw text or the HTML of news pages",
    "fixed_sidebar": True,
}
