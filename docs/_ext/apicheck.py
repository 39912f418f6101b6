"""Fail the build (a warning, an error under ``-W``) when a name in
``newsparse.__all__`` is missing from the API reference or has no docstring."""

from __future__ import annotations

import inspect
import pkgutil
from typing import Any

from sphinx.application import Sphinx
from sphinx.pycode import ModuleAnalyzer
from sphinx.util import logging

logger = logging.getLogger(__name__)


def _constant_doc(name: str) -> tuple[str, str]:
    """The module assigning constant *name* with a ``#:`` comment, and the comment."""
    import newsparse

    modules = ["newsparse"] + [
        m.name for m in pkgutil.walk_packages(newsparse.__path__, "newsparse.") if not m.name.endswith("__main__")
    ]
    for modname in modules:
        docs = ModuleAnalyzer.for_module(modname).find_attr_docs()
        if ("", name) in docs:
            return modname, "\n".join(docs[("", name)])
    return "newsparse", ""


def check_api(app: Sphinx, env: Any) -> None:
    """Warn for each public name the reference lacks or that has no docstring."""
    import newsparse

    documented = set(env.get_domain("py").objects)
    for name in newsparse.__all__:
        obj = getattr(newsparse, name)
        if inspect.isclass(obj) or inspect.isroutine(obj):
            module, doc = obj.__module__, inspect.getdoc(obj) or ""
        else:
            module, doc = _constant_doc(name)
        if f"newsparse.{name}" not in documented and f"{module}.{name}" not in documented:
            logger.warning("newsparse.%s is in __all__ but not in the API reference", name)
        if not doc.strip():
            logger.warning("newsparse.%s has no docstring", name)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("env-check-consistency", check_api)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
