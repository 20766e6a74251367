"""Dropping the CSS rules a page cannot use, before the stylesheet is inlined into it.

Material's stylesheet styles every component it offers (blog, admonitions, code
annotations ...), most of which this site never shows. A rule is kept when at least
one of its selectors only names classes that occur in the page or in the theme's
script (which adds classes at run time, so every name in it counts as used). Classes
inside :not(), :is(), :where() and :has() are not required, so a rule is only ever
dropped when it cannot match. At-rules that hold rules (@media, @supports) are purged
inside; every other at-rule (@keyframes, @font-face ...) is kept whole.

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


@dataclass(frozen=True)
class Rule:
    text: str  # the whole rule, or the at-rule's head such as "@media screen"
    needs: tuple[frozenset[str], ...] = ()  # one set of classes per selector; empty: always kept
    children: tuple[Rule, ...] | None = None


def compile_css(css: str) -> tuple[Rule, ...]:
    return tuple(_compile(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)))


def _compile(nodes) -> list[Rule]:
    rules = []
    for node in nodes:
        if node.type == "qualified-rule":
            prelude = tinycss2.serialize(node.prelude)
            needs = tuple(_needs(FUNCTIONAL_PSEUDO.sub("", selector)) for selector in _selectors(prelude))
            rules.append(Rule(f"{prelude.strip()}{{{tinycss2.serialize(node.content)}}}", needs))
        elif node.type == "at-rule" and node.lower_at_keyword in GROUPING_AT_RULES and node.content is not None:
            head = f"@{node.at_keyword}{tinycss2.serialize(node.prelude)}".rstrip()
            inner = tinycss2.parse_stylesheet(node.content, skip_comments=True, skip_whitespace=True)
            rules.append(Rule(head, children=tuple(_compile(inner))))
        elif node.type == "at-rule":
            rules.append(Rule(tinycss2.serialize([node])))
        elif node.type == "error":
            raise ValueError(f"CSS that cannot be parsed: {node.message}")
    return rules


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
    parts = []
    for rule in rules:
        if rule.children is not None:
            inner = purged(rule.children, used)
            if inner:
                parts.append(f"{rule.text}{{{inner}}}")
        elif not rule.needs or any(classes <= used for classes in rule.needs):
            parts.append(rule.text)
    return "".join(parts)


def classes_in_html(html: str) -> set[str]:
    """The page's class names, plus its palette colours as "data-md-color-primary=indigo"."""
    classes = {name for value in CLASS_ATTRIBUTE.findall(html) for name in value.split()}
    return classes | {f"{name}={value}" for name, value in PALETTE_ATTRIBUTE.findall(html)}


def words_in_script(script: str) -> set[str]:
    """Every identifier-like word of a script: a superset of the class names it can add."""
    return set(WORD.findall(script))
