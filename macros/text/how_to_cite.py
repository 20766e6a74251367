"""How to cite the site: a page (plain text and BibTeX) or one figure. Pure, no MkDocs.

The date in a citation is the date the page's figures last changed, from the release history
(macros/model/releases.py), so a citation says which version of the numbers it means.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from macros.model.dates import period_label

SITE_NAME = "Llama 4, by the numbers"
# BibTeX's special characters, and what to write for each inside a braced field.
BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "%": r"\%",
    "&": r"\&",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Citation:
    text: str
    bibtex: str


def bibtex_text(value: str) -> str:
    return "".join(BIBTEX_ESCAPES.get(char, char) for char in " ".join(value.split()))


def citation_key(page_path: str) -> str:
    """A BibTeX key from the page's path on the site ("money/" gives llama4-by-the-numbers-money)."""
    slug = re.sub(r"[^a-z0-9]+", "-", page_path.lower()).strip("-")
    return f"llama4-by-the-numbers-{slug or 'home'}"


def page_citation(title: str, url: str, changed: dt.date, page_path: str = "") -> Citation:
    """ "Title." Llama 4, by the numbers. Figures last changed 1 December 2026. <url>"""
    heading = title if title != SITE_NAME else "Home"
    text = f"“{heading}.” {SITE_NAME}. Figures last changed {period_label(changed.isoformat())}. {url}"
    bibtex = "\n".join(
        [
            f"@misc{{{citation_key(page_path)},",
            f"  title = {{{bibtex_text(heading)}}},",
            f"  howpublished = {{{bibtex_text(SITE_NAME)}}},",
            f"  year = {{{changed.year}}},",
            f"  month = {MONTHS[changed.month - 1]},",
            f"  url = {{{url}}},",
            f"  note = {{Figures last changed {changed.isoformat()}}}",
            "}",
        ]
    )
    return Citation(text, bibtex)


def figure_citation(label: str, text: str, permalink: str) -> str:
    """One line to cite one figure: its label, its value as shown, and its permanent address."""
    return f"{SITE_NAME}, “{label}”: {text}. {permalink}"
