"""The "Embed" snippet in a chart's caption: an absolute iframe with title, width and height, shown as text."""

from __future__ import annotations

import dataclasses
import html

from bs4 import BeautifulSoup

from macros.charts import chart_for
from macros.model import load_catalogue
from macros.text.chart_block import chart_figure
from macros.text.embed_snippet import FRAME_WIDTH_PX, embed_details, frame_height, iframe_html
from tests.hostile import PAYLOADS

SITE_URL = "https://example.org/llama4-by-the-numbers/"


def test_the_snippet_is_an_absolute_iframe_with_title_and_size():
    chart = chart_for(load_catalogue(), "q2_results")
    frame = BeautifulSoup(iframe_html(chart, SITE_URL), "html.parser").iframe
    assert frame["src"] == "https://example.org/llama4-by-the-numbers/embed/q2_results/"
    assert frame["title"] == f"Chart: {chart.title}"
    assert frame["width"] == str(FRAME_WIDTH_PX) and int(frame["height"]) == frame_height(chart) > 300


def test_the_caption_shows_the_snippet_as_text_to_copy():
    catalogue = load_catalogue()
    figure = BeautifulSoup(chart_figure(catalogue, "q2_results", "../sources/", "../x.csv", SITE_URL), "html.parser")
    details = figure.select_one("figcaption details.embed")
    assert details.summary.get_text() == "Embed"
    assert details.code.get_text() == iframe_html(chart_for(catalogue, "q2_results"), SITE_URL)
    assert figure.find("iframe") is None  # shown, never loaded: no page waits on an embed


def test_no_site_url_no_snippet():
    catalogue = load_catalogue()
    assert embed_details(chart_for(catalogue, "q2_results"), "") == ""
    assert "details" not in chart_figure(catalogue, "q2_results", "../sources/", "../x.csv")


def test_a_hostile_title_stays_text_in_the_snippet_and_in_the_pasted_frame():
    payload = " ".join(PAYLOADS)
    chart = dataclasses.replace(chart_for(load_catalogue(), "q2_results"), title=payload)
    shown = BeautifulSoup(embed_details(chart, SITE_URL), "html.parser")
    assert [tag.name for tag in shown.find_all(True)] == ["details", "summary", "p", "code"]
    pasted = BeautifulSoup(shown.code.get_text(), "html.parser")
    assert [tag.name for tag in pasted.find_all(True)] == ["iframe"]
    assert (
        pasted.iframe["title"] == f"Chart: {payload}"
        and html.unescape(pasted.iframe["title"]) == pasted.iframe["title"]
    )
