"""Markdown tables and listings generated from the catalogue: claims, figures, sources, glossary.

Pure functions returning Markdown text; the glue registers them as macros. Strings from
data/ pass :mod:`macros.escape` here; Markdown built by :mod:`macros.text.citations` is already safe.
"""

from __future__ import annotations

import itertools
import re

from macros import escape
from macros.addresses import FIGURES_PAGE, SOURCES_PAGE, claim_anchor, figure_anchor, figure_permalink, source_anchor
from macros.formatting import figure_text, plain_number, with_unit
from macros.model.catalogue import Catalogue
from macros.model.figures import Figure
from macros.model.records import Claim, Source
from macros.text import freshness
from macros.text.citations import Shown, figure_link, source_link, verdict_badge
from macros.text.how_to_cite import figure_citation

CLAIM_STYLES = {"percent": "percent", "dimensionless": "multiple"}


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table of plain text cells (a chart's numbers, the notebook's verdicts)."""
    line = lambda cells: "| " + " | ".join(escape.text(c) for c in cells) + " |"  # noqa: E731
    return "\n".join([line(header), "|" + "---|" * len(header), *(line(row) for row in rows)])


def claimed_text(claim: Claim) -> str:
    prefix = {"about": "about ", "over": "over ", "under": "under ", "exact": ""}[claim.comparator]
    style = "usd" if claim.unit.endswith("USD") else CLAIM_STYLES.get(claim.unit, "number")
    return prefix + with_unit(plain_number(claim.claimed, None), claim.unit, style)


def claims_list(catalogue: Catalogue, figures_page: str, topic: str | None = None, shown: Shown | None = None) -> str:
    """One card per claim: the article's words, our figure, the verdict and why. Cards, not a table,
    because four columns of sentences do not fit a phone."""
    cards = []
    for claim_id, result in catalogue.verdicts.items():
        claim = result.claim
        if topic and claim.topic != topic:
            continue
        article = catalogue.data.articles[claim.article].name.split(":")[0]
        ours = (
            figure_link(catalogue, claim.figure, figures_page, shown)
            if claim.figure
            else "no sourced figure to check it"
        )
        cards.append(
            f'<div class="claim" id="{claim_anchor(claim_id)}" markdown>\n\n'
            f'{verdict_badge(result.verdict)} “{escape.text(claim.words)}” <span class="claim__meta">'
            f"{escape.text(article)}, {escape.text(claimed_text(claim))}</span>\n\n"
            f"**Our figure:** {ours}. {escape.text(claim.why)}\n\n</div>\n"
        )
    if not cards:
        raise ValueError(f"no claims for topic '{topic}'")
    return "\n".join(cards)


def figures_table(catalogue: Catalogue, figure_ids: list[str], figures_page: str, shown: Shown | None = None) -> str:
    """Assumptions and inputs with their ranges and basis, for 'show your working' sections."""
    rows = ["| What | Value | Low | High | Basis |", "|---|---|---|---|---|"]
    for figure_id in figure_ids:
        figure = catalogue[figure_id]
        has_range = figure.estimate.has_range
        low = escape.text(figure_text(figure, part="low")) if has_range else "–"
        high = escape.text(figure_text(figure, part="high")) if has_range else "–"
        rows.append(
            f"| {escape.text(figure.label)} | {figure_link(catalogue, figure_id, figures_page, shown, part='bare')} "
            f"| {low} | {high} | {escape.text(figure.how)} |"
        )
    return "\n".join(rows)


def sources_listing(catalogue: Catalogue) -> str:
    """Every source and the figures that use it (the Sources page). The exact quotes stand once,
    beside each figure on the figures page; repeating them here doubled the size."""
    parts = []
    data = catalogue.data
    quoted_in_text = {r.source for r in data.statements.values()}
    for source_id, source in sorted(data.sources.items(), key=lambda kv: (kv[1].publisher.lower(), kv[0])):
        users = catalogue.figures_using_source(source_id)
        figures = ", ".join(f"[{escape.text(catalogue[f].label)}]({FIGURES_PAGE}#{figure_anchor(f)})" for f in users)
        uses = " ".join(
            filter(
                None,
                [
                    f"Used for: {figures}." if figures else "",
                    "Quoted in the text." if source_id in quoted_in_text else "",
                ],
            )
        )
        note = f" {escape.rich(source.note)}" if source.note else ""
        age = freshness.source_age(source, catalogue.today)
        parts.append(
            f'<div class="src-entry" id="{source_anchor(source_id)}" markdown>\n\n'
            f"{source_entry(source)}{note}\n\n"
            f"{uses or 'Cited as the origin of a checked article.'} {age}\n\n</div>\n"
        )
    return "\n".join(parts)


# How the Sources page names each tier (macros/model/records.py has the rule).
TIER_WORDS = {
    "primary": "primary text",
    "outlet": "the original report",
    "quoting": "a report quoting the original",
    "copy": "a copy; its original could not be confirmed",
}


def source_entry(source: Source) -> str:
    """The original work (publisher, title linked to its address where one is known, date, tier),
    then what was read: the original at its address, or the copy the text was checked in.
    Raw <a> elements, not Markdown links: an address from data stays an attribute value."""
    title = escape.text(source.title)
    work = f'<a href="{escape.href(source.url)}">{title}</a>' if source.url is not None else f"“{title}”"
    unknown = "" if source.url is not None else " No stored text gives the original's address."
    if source.read_in is None:
        read = f"Read at its address on {source.accessed}."
    elif source.read_in.url is None:
        # A copy found by its text in an index of public files that gives no address for it.
        read = (
            f"Text checked in a copy in {escape.text(source.read_in.host)}, read {source.accessed}; "
            f"no stored index gives the copy's address.{unknown}"
        )
    else:
        copy = f'<a class="src-copy" href="{escape.href(source.read_in.url)}">{escape.text(source.read_in.host)}</a>'
        read = f"Text checked in a copy on {copy}, read {source.accessed}.{unknown}"
    return (
        f"**{escape.text(source.publisher)}**, {work} ({TIER_WORDS[source.tier]}; published "
        f"{escape.text(source.published)}). {read}"
    )


def figures_listing(catalogue: Catalogue, site_url: str = "") -> str:
    """Every figure: value, how it is made, and where its inputs come from (the figures page).

    Alphabetical by the word that tells figures apart (as a printed index lists "revenue, Meta's"),
    one table per initial letter inside a ``figure-index`` block: the letters are the page's
    contents, and a phone lays out only the tables near the screen (content-visibility in
    site.css) instead of all the rows at once.
    """
    ordered = sorted(catalogue.figures.values(), key=lambda f: (index_letter(f.label), index_key(f.label)))
    sections = ['<div class="figure-index" markdown>', ""]
    for letter, figures in itertools.groupby(ordered, key=lambda f: index_letter(f.label)):
        sections += [f"## {letter}", "", "| Figure | Value | How it is made | From |", "|---|---|---|---|"]
        sections += [figure_row(catalogue, figure, site_url) for figure in figures]
        sections.append("")
    sections.append("</div>")
    return "\n".join(sections)


# Most labels start with the company's name; listed under it, one letter would hold half the index.
INDEX_SKIPS = re.compile(r"^(?:Meta's|Meta|Facebook's|The|An|A)\s+", re.I)


def index_key(label: str) -> str:
    return INDEX_SKIPS.sub("", label).lower()


def index_letter(label: str) -> str:
    """The heading a label is listed under: the initial A-Z of its index key, "0–9" for a digit, else "Other"."""
    initial = index_key(label)[:1].upper()
    if initial.isdigit():
        return "0–9"
    return initial if "A" <= initial <= "Z" else "Other"


def figure_row(catalogue: Catalogue, figure: Figure, site_url: str = "") -> str:
    if figure.kind == "input":
        record = catalogue.data.inputs[figure.id]
        # Hundreds of rows: a tooltip on each costs a phone more script time than it helps.
        origin = f"{source_link(catalogue, record.source, SOURCES_PAGE, tooltip=False)}: “{escape.text(record.quote)}”"
    else:
        origin = ", ".join(f"[{escape.text(catalogue[i].label)}](#{figure_anchor(i)})" for i in figure.inputs)
    # The row's anchor is the figure's permalink; a renamed figure's old ids keep pointing here.
    old_ids = [old for old, now in catalogue.aliases.items() if now == figure.id]
    anchor = "".join(f'<span id="{figure_anchor(i)}"></span>' for i in [figure.id, *old_ids])
    cite = figure_citation(figure.label, figure_text(figure), figure_permalink(site_url, figure.id))
    return (
        f'| {anchor}{escape.text(figure.label)} <details class="cite-figure"><summary>Cite</summary>'
        f"{escape.text(cite)}</details> "
        f"| {escape.text(figure_text(figure))} | {escape.text(figure.how)} | {origin} |"
    )


def glossary_listing(catalogue: Catalogue) -> str:
    return "\n".join(f"{escape.text(term.term)}\n:   {escape.rich(term.meaning)}\n" for term in catalogue.data.glossary)


def abbreviations(catalogue: Catalogue) -> str:
    """Markdown abbreviation definitions: the abbr extension turns every use into a hover definition."""
    # The abbr extension writes the meaning into a title attribute, which Material makes a tooltip.
    return "\n".join(f"*[{t.term}]: {escape.tooltip(escape.words_of(t.meaning))}" for t in catalogue.data.glossary)
