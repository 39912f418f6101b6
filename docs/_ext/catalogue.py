"""The ``rule-catalogue`` directive: every rule and rule table, read from the code at build time.

Nothing here is written by hand, so the catalogue cannot drift from the code:

- the local rules, from the ordered registry ``newsparse.classify.LOCAL_RULES``;
- every rule name a segment can carry, found in the source: the third argument
  of each ``Tag(...)`` / ``shared_tag(...)`` call and each ``rule=`` keyword,
  with the function that decides it; plus the HTML furniture rules of
  ``newsparse.rules.structure.BOILERPLATE_FLAGS``;
- the HTML evidence tables (tags, class/id tokens, ``itemprop`` and ARIA roles);
- each language table, field by field, and the shared tables.
"""

from __future__ import annotations

import ast
import inspect
import pathlib
import re
from collections.abc import Iterator
from typing import Any

import attrs
from docutils import nodes
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

_TAG_CALLS = {"Tag", "shared_tag"}


@attrs.frozen
class RuleEntry:
    """A rule name as written in the source (``phrase.<kind>`` for ``f"phrase.{kind}"``)."""

    name: str
    role: str
    kind: str
    where: str  # module.function
    summary: str

    def pattern(self) -> re.Pattern[str]:
        """The names this entry stands for (a placeholder matches one word)."""
        parts = re.split(r"<[a-z_]+>", self.name)
        return re.compile(r"[a-z_]+".join(map(re.escape, parts)) + r"\Z")


def _texts(node: ast.expr | None) -> list[str]:
    """The strings *node* can be: both branches of ``a if c else b``, else :func:`_text`."""
    if isinstance(node, ast.IfExp):
        return _texts(node.body) + _texts(node.orelse)
    text = _text(node)
    return [text] if text is not None else []


def _text(node: ast.expr | None) -> str | None:
    """A string constant as written; an f-string with ``<name>`` for each placeholder."""
    if isinstance(node, ast.IfExp):
        return " / ".join(_texts(node)) or None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for v in node.values:
            if isinstance(v, ast.Constant):
                out.append(str(v.value))
            elif isinstance(v, ast.FormattedValue):
                inner = v.value
                name = inner.attr if isinstance(inner, ast.Attribute) else getattr(inner, "id", "value")
                out.append(f"<{name}>")
        return "".join(out)
    return None


def _summary(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ")


def rule_entries(package: pathlib.Path) -> list[RuleEntry]:
    """Every rule name decided in the source files of *package*, with the
    top-level function that decides it and the first paragraph of its docstring."""
    from newsparse.rules import structure

    found: dict[str, RuleEntry] = {}
    docs: dict[str, str] = {}
    for path in sorted(package.glob("*.py")):
        module = f"newsparse.{path.stem}"
        for function, call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            where = module if function is None else f"{module}.{function.name}"
            if function is not None:
                docs[where] = _summary(ast.get_docstring(function))
            role, kind, rules = _decision(call)
            for rule in rules:
                if rule not in found:
                    found[rule] = RuleEntry(rule, role or "(varies)", kind or "(varies)", where, docs.get(where, ""))
                elif where not in found[rule].where.split(", "):
                    found[rule] = attrs.evolve(found[rule], where=f"{found[rule].where}, {where}")
    structure_rule = "newsparse.classify.rule_structure"  # (decides the flags' rules by a table)
    for _flag, kind, rule in structure.BOILERPLATE_FLAGS:
        found.setdefault(rule, RuleEntry(rule, "boilerplate", kind, structure_rule, docs.get(structure_rule, "")))
    return sorted(found.values(), key=lambda e: e.name)


def _decision(call: ast.Call) -> tuple[str | None, str | None, list[str]]:
    """The role, kind and rule names a call decides: ``Tag(role, kind, rule)``,
    ``shared_tag(...)`` or a ``rule=`` keyword (no rules for another call)."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    if name in _TAG_CALLS and len(call.args) >= 3:
        role, kind, rule = call.args[:3]
        no_kind = isinstance(kind, ast.Constant) and kind.value is None
        return _text(role), "-" if no_kind else _text(kind), _texts(rule)
    keywords = {k.arg: k.value for k in call.keywords}
    if "rule" not in keywords:
        return None, None, []
    return _text(keywords.get("role")), _text(keywords.get("kind")), _texts(keywords["rule"])


def _calls(tree: ast.Module) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef | None, ast.Call]]:
    """Every call in *tree*, with the top-level function around it (``None`` outside one)."""
    for top in tree.body:
        function = top if isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
        for node in ast.walk(top):
            if isinstance(node, ast.Call):
                yield function, node


def all_rule_entries() -> list[RuleEntry]:
    """:func:`rule_entries` of the installed newsparse package."""
    import newsparse

    return rule_entries(pathlib.Path(newsparse.__file__).parent)


# ---------------------------------------------------------------- rendering


def _literal(text: str) -> str:
    text = text.replace("\\", "\\\\").replace("`", "'")
    return f"``{text}``" if text.strip() else "(space)"


def _table(header: list[str], rows: list[list[str]], widths: str = "auto") -> list[str]:
    out = [".. list-table::", "   :header-rows: 1", f"   :widths: {widths}", ""]
    for row in [header, *rows]:
        for k, cell in enumerate(row):
            out.append(("   * - " if k == 0 else "     - ") + (cell.replace("\n", " ") or "\\"))
    return [*out, ""]


def _section(title: str, char: str) -> list[str]:
    return [title, char * len(title), ""]


def _words(items: Any) -> str:
    return ", ".join(_literal(str(i)) for i in items) if items else "\\-"


def _local_rules() -> list[str]:
    from newsparse.classify import LOCAL_RULES

    rows = []
    for k, e in enumerate(LOCAL_RULES, 1):
        when = [f"at most {e.max_words:,} words"]
        if e.needs_digit:
            when.append("a digit in the line")
        if e.html_only:
            when.append("HTML input only")
        rows.append([str(k), _literal(e.name), f"``{e.apply.__module__}.{e.apply.__name__}``", "; ".join(when),
                     _summary(inspect.getdoc(e.apply))])
    return _table(["#", "rule", "function", "tried on", "what it finds"], rows, "3 10 22 20 45")


def _rule_names() -> list[str]:
    rows = [[_literal(e.name), e.role, e.kind, ", ".join(f"``{w}``" for w in e.where.split(", ")), e.summary]
            for e in all_rule_entries()]
    return _table(["rule", "role", "kind", "decided in", "what it means"], rows, "16 10 10 24 40")


def _structure() -> list[str]:
    from newsparse.rules import structure as S

    flags = {v: k for k, v in vars(S).items() if k.isupper() and isinstance(v, int) and v and not v & (v - 1)}
    lines: list[str] = []
    for title, table in (("Elements", S.TAG_FLAGS), ("Class and id tokens", S.CLASS_FLAGS),
                         ("itemprop values", S.ITEMPROP_FLAGS), ("ARIA roles", S.ROLE_FLAGS)):
        by_flag: dict[str, list[str]] = {}
        for key, value in sorted(table.items()):
            for bit, name in flags.items():
                if value & bit:
                    by_flag.setdefault(name, []).append(key)
        lines += _section(title, "^")
        lines += _table(["flag", "set by"], [[f"``{f}``", _words(keys)] for f, keys in sorted(by_flag.items())], "15 85")
    lines += _section("Page builders' class prefixes", "^")
    lines += ["Dropped from a class name before it is split: they name every block the builder lays out.", "",
              _words(list(S.BUILDER_CLASS_PREFIXES)), ""]
    lines += _section("Furniture flags and the rule they give", "^")
    lines += _table(["flag", "boilerplate kind", "rule"],
                    [[f"``{flags[f]}``", kind, _literal(rule)] for f, kind, rule in S.BOILERPLATE_FLAGS], "20 20 60")
    return lines


def _languages() -> list[str]:
    from newsparse.rules import tables

    lines: list[str] = []
    for t in tables():
        lines += _section(f"{t.name} (``{t.code}``)", "^")
        rows = [["stopwords", f"{len(t.stopwords)} words"]]
        for cat, phrases in t.lines.items():
            rows.append([f"whole line: {cat}", _words(phrases)])
        for cat, frags in t.prefixes.items():
            rows.append([f"line start: {cat}", _words(frags)])
        for field in attrs.fields(type(t)):
            if field.name in ("code", "name", "stopwords", "lines", "prefixes"):
                continue
            value = getattr(t, field.name)
            if isinstance(value, bool):  # a property of the language, not a list of entries
                rows.append([field.name.replace("_", " "), "yes" if value else "no"])
                continue
            if isinstance(value, dict):
                value = [f"{k} = {v}" for k, v in value.items()]
            rows.append([field.name.replace("_", " "), _words(value)])
        lines += _table(["table", "entries"], rows, "20 80")
    return lines


def _common() -> list[str]:
    from newsparse.rules import common

    rows = [["wire agencies", _words(sorted(common.AGENCIES))],
            ["photo agencies", _words(sorted(common.PHOTO_AGENCIES))],
            ["given names (for bare-name bylines)", f"{len(common.GIVEN_NAMES):,} names"],
            ["breadcrumb marks", _words(common.BREADCRUMB_MARKS + common.BREADCRUMB_SPACED_MARKS)],
            ["previous / next arrows", _words(common.PREVIOUS_ARROWS + common.NEXT_ARROWS)],
            ["copyright notice (a footer line's start, every language)", _literal(common.COPYRIGHT_NOTICE)]]
    return _table(["table", "entries"], rows, "25 75")


_PARTS = {"local-rules": _local_rules, "rule-names": _rule_names, "structure": _structure,
          "languages": _languages, "common": _common}


class RuleCatalogue(SphinxDirective):
    """``.. rule-catalogue:: PART`` with PART one of local-rules, rule-names, structure, languages, common."""

    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        part = self.arguments[0]
        if part not in _PARTS:
            raise self.error(f"unknown catalogue part {part!r}; one of {', '.join(_PARTS)}")
        container = nodes.section() if part in ("structure", "languages") else nodes.container()
        container.document = self.state.document
        self.state.nested_parse(StringList(_PARTS[part](), source="<rule catalogue>"), self.content_offset,
                                container, match_titles=True)
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("rule-catalogue", RuleCatalogue)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
