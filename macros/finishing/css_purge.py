"""Dropping the CSS rules a page cannot use, before the stylesheet is inlined into it.

Material's stylesheet styles every component it offers (blog, admonitions, code
annotations ...), most of which this site never shows. A rule is kept when at least
one of its selectors only names classes that occur in the page or in the theme's
script (which adds classes at run time, so every name in it counts as used). Classes
inside :not(), :is(), :where() and :has() are not required, so a rule is only ever
dropped when it cannot match. At-rules that hold rules (@media, @supports) are purged
inside; every other at-rule (@keyframes, @font-face ...) is kept whole.

Then custom properties: Material declares dozens on :root (icons as data: URIs among them,
some of several kilobytes) that only the rules of components a page lacks read. A custom
property is kept when a kept rule, another kept custom property, the page (a chart's
style attribute) or the theme's script names it; every other one is dropped.

Pure functions, no MkDocs: :func:`compile_css` parses once per build, :func:`purged`
is then a cheap filter per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import tinycss2

CLASS_NAME = re.compile(r"\.(-?[_a-zA-Z][\w-]*)")
# Material's palette stylesheet has a block per colour name; a page uses one or two of them.
PALETTE_SELECTOR = re.compile(r"\[(data-md-color-(?:primary|accent))=[\"']?([\w-]+)[\"']?\]")
PALETTE_ATTRIBUTE = re.compile(r'\b(data-md-color-(?:primary|accent))="([\w-]+)"')
# Depth-two parentheses are enough for the selectors in Material's stylesheet.
FUNCTIONAL_PSEUDO = re.compile(r":(?:not|is|where|has)\((?:[^()]|\([^()]*\))*\)")
CLASS_ATTRIBUTE = re.compile(r'\bclass="([^"]*)"')
WORD = re.compile(r"[A-Za-z_][\w-]*")
GROUPING_AT_RULES = {"media", "supports", "container", "layer"}


VAR_REFERENCE = re.compile(r"var\(\s*--([\w-]+)")


@dataclass(frozen=True)
class Rule:
    text: str  # the whole rule, or the at-rule's head such as "@media screen"
    needs: tuple[frozenset[str], ...] = ()  # one set of classes per selector; empty: always kept
    children: tuple[Rule, ...] | None = None
    # For a rule that declares custom properties: its selector, and each declaration as
    # (custom property name without "--", or None for an ordinary one, its text).
    prelude: str = ""
    declarations: tuple[tuple[str | None, str], ...] = ()


def compile_css(css: str) -> tuple[Rule, ...]:
    return tuple(_compile(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)))


def _compile(nodes) -> list[Rule]:
    rules = []
    for node in nodes:
        if node.type == "qualified-rule":
            prelude = tinycss2.serialize(node.prelude)
            needs = tuple(_needs(FUNCTIONAL_PSEUDO.sub("", selector)) for selector in _selectors(prelude))
            content = tinycss2.serialize(node.content)
            declarations = _custom_declarations(node.content) if "--" in content else ()
            rules.append(
                Rule(f"{prelude.strip()}{{{content}}}", needs, prelude=prelude.strip(), declarations=declarations)
            )
        elif node.type == "at-rule" and node.lower_at_keyword in GROUPING_AT_RULES and node.content is not None:
            head = f"@{node.at_keyword}{tinycss2.serialize(node.prelude)}".rstrip()
            inner = tinycss2.parse_stylesheet(node.content, skip_comments=True, skip_whitespace=True)
            rules.append(Rule(head, children=tuple(_compile(inner))))
        elif node.type == "at-rule":
            rules.append(Rule(tinycss2.serialize([node])))
        elif node.type == "error":
            raise ValueError(f"CSS that cannot be parsed: {node.message}")
    return rules


def _custom_declarations(content) -> tuple[tuple[str | None, str], ...]:
    """The rule's declarations, when one of them is a custom property (else (): kept whole)."""
    declarations = []
    for item in tinycss2.parse_declaration_list(content, skip_comments=True, skip_whitespace=True):
        if item.type != "declaration":
            return ()
        important = "!important" if item.important else ""
        text = f"{item.name}:{tinycss2.serialize(item.value).strip()}{important}"
        declarations.append((item.name[2:] if item.name.startswith("--") else None, text))
    return tuple(declarations) if any(name for name, _ in declarations) else ()


def _needs(selector: str) -> frozenset[str]:
    """What a page must contain for the selector to match: its classes and palette colours."""
    palette = {f"{name}={value}" for name, value in PALETTE_SELECTOR.findall(selector)}
    return frozenset(CLASS_NAME.findall(selector)) | palette


def _selectors(prelude: str) -> list[str]:
    """A selector list split at its top-level commas (not those inside :is(a, b))."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(prelude):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(prelude[start:index])
            start = index + 1
    return [*parts, prelude[start:]]


def purged(rules: tuple[Rule, ...], used: set[str]) -> str:
    """The rules ``used`` (class names, palette colours and other words the page or script has) can
    match, less the custom properties none of them reads."""
    return purged_together([rules], used)[0]


def purged_together(sheets: list[tuple[Rule, ...]], used: set[str]) -> list[str]:
    """Each of a page's stylesheets purged, custom properties judged across all of them: Material's
    palette stylesheet reads properties its main one declares (--md-hue) and ours reads both."""
    kept = [_kept(rules, used) for rules in sheets]
    read = _read_properties([rule for rules in kept for rule in rules], used)
    return [_serialize(rules, read) for rules in kept]


def _kept(rules: tuple[Rule, ...], used: set[str]) -> list[Rule]:
    kept = []
    for rule in rules:
        if rule.children is not None:
            inner = _kept(rule.children, used)
            if inner:
                kept.append(Rule(rule.text, children=tuple(inner)))
        elif not rule.needs or any(classes <= used for classes in rule.needs):
            kept.append(rule)
    return kept


def _flat(rules: list[Rule]):
    for rule in rules:
        yield from _flat(list(rule.children)) if rule.children is not None else [rule]


def _read_properties(kept: list[Rule], used: set[str]) -> set[str]:
    """The custom properties something reads: kept rules' ordinary declarations, the page, the script,
    and, in turn, the values of the custom properties so read."""
    read = {name for name in used if not name.startswith(".")}  # words of the page and script
    custom: dict[str, list[str]] = {}
    for rule in _flat(kept):
        if not rule.declarations:
            read |= set(VAR_REFERENCE.findall(rule.text))
            continue
        for name, text in rule.declarations:
            if name is None:
                read |= set(VAR_REFERENCE.findall(text))
            else:
                custom.setdefault(name, []).append(text)
    pending = [name for name in custom if name in read]
    while pending:
        for text in custom.get(pending.pop(), []):
            for name in VAR_REFERENCE.findall(text):
                if name not in read:
                    read.add(name)
                    pending.append(name)
    return read


def _serialize(rules: list[Rule], read: set[str]) -> str:
    parts = []
    for rule in rules:
        if rule.children is not None:
            inner = _serialize(list(rule.children), read)
            if inner:
                parts.append(f"{rule.text}{{{inner}}}")
        elif rule.declarations:
            kept = [text for name, text in rule.declarations if name is None or name in read]
            if kept:
                parts.append(f"{rule.prelude}{{{';'.join(kept)}}}")
        else:
            parts.append(rule.text)
    return "".join(parts)


def classes_in_html(html: str) -> set[str]:
    """The page's class names, its palette colours as "data-md-color-primary=indigo", and the custom
    properties its own markup reads (a chart's style attributes: "chart-fg")."""
    classes = {name for value in CLASS_ATTRIBUTE.findall(html) for name in value.split()}
    palette = {f"{name}={value}" for name, value in PALETTE_ATTRIBUTE.findall(html)}
    return classes | palette | set(VAR_REFERENCE.findall(html))


def words_in_script(script: str) -> set[str]:
    """Every identifier-like word of a script: a superset of the class names it can add."""
    return set(WORD.findall(script))
