"""The charts' embed pages as built: one per chart, valid HTML, a policy that allows only their own
stylesheet, links that resolve on the site; and the snippet beside each chart names its page by an
absolute address. No page of the site loads an embed itself."""

from __future__ import annotations

from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from bench.site_pages import EMBEDS as BENCH_EMBEDS
from macros.addresses import EMBEDS, embed_page
from macros.charts import CHARTS
from macros.published.embeds import style_hash
from tests.site.html import embed_pages, ids, pages, resolve, soup
from tests.site.test_html_valid import html_errors

SITE_URL = "http://127.0.0.1:8000/llama4-by-the-numbers/"  # mkdocs.yml's default
# The methodology notebook draws this chart in its own kernel, which is not told the site's address:
# it has an embed page, but no snippet beside it yet.
WITHOUT_SNIPPET = {"sensitivity_pue"}


def test_every_chart_has_an_embed_page_in_the_site(built_site):
    assert sorted(embed_pages(built_site)) == sorted(built_site / embed_page(chart_id) for chart_id in CHARTS)


def test_every_embed_page_is_valid_html(built_site, hostile_site):
    errors = html_errors(built_site / EMBEDS, hostile_site / EMBEDS)
    assert not errors, errors[-6000:]


def test_every_embed_page_runs_nothing_and_allows_only_its_stylesheet(built_site):
    for page in embed_pages(built_site):
        document = soup(page)
        policy = document.select_one('meta[http-equiv="Content-Security-Policy"]')["content"]
        styles = document.find_all("style")
        assert len(styles) == 1 and style_hash(styles[0].string) in policy, page
        assert policy.startswith("default-src 'none';") and "unsafe-eval" not in policy, page
        assert not document.find_all(["script", "link", "iframe", "img", "object"]), page


def test_every_link_of_an_embed_page_resolves_on_the_site(built_site):
    for page in embed_pages(built_site):
        links = soup(page).select("a[href]")
        assert len(links) >= 3, page  # a source, the numbers, the page it belongs to
        for link in links:
            target, anchor = resolve(built_site, page, link["href"])
            assert target.exists(), f"{page.relative_to(built_site)} links to missing {link['href']}"
            assert not anchor or anchor in ids(target), f"{page.relative_to(built_site)}: no anchor {link['href']}"


def test_each_embed_page_links_back_to_the_page_that_shows_its_chart(built_site):
    for page in embed_pages(built_site):
        chart_id = page.parent.name
        home, _ = resolve(built_site, page, soup(page).select("figcaption a")[-1]["href"])
        assert soup(home).select_one(f"#chart-{chart_id}") is not None, (chart_id, home)


def test_each_charts_snippet_names_its_embed_page_by_an_absolute_address(built_site):
    found = {}
    for page in pages(built_site):
        for figure in soup(page).select("figure.chart"):
            snippet = figure.select_one("details.embed code")
            if snippet is None:
                continue
            frame = BeautifulSoup(snippet.get_text(), "html.parser").iframe
            assert frame["src"].startswith(SITE_URL), frame
            found[figure["id"].removeprefix("chart-")] = built_site / urlsplit(frame["src"]).path.removeprefix(
                urlsplit(SITE_URL).path
            )
            assert frame["title"] and int(frame["width"]) > 0 and int(frame["height"]) > 0
    assert sorted(found) == sorted(set(CHARTS) - WITHOUT_SNIPPET)
    assert all((target / "index.html").is_file() for target in found.values())


def test_no_page_of_the_site_loads_an_embed(built_site):
    # The snippet is text to copy: a page's first paint never waits on a frame.
    for page in pages(built_site):
        assert not soup(page).find_all("iframe"), page


def test_planted_markup_reaches_an_embed_page_as_text(hostile_site):
    for page in embed_pages(hostile_site):
        document = soup(page)
        assert not document.find_all(["script", "img", "details", "iframe"]), page
        handlers = [a for tag in document.find_all(True) for a in tag.attrs if a.lower().startswith("on")]
        assert not handlers, page


def test_the_benchmark_leaves_out_the_embed_pages_by_their_folder():
    assert BENCH_EMBEDS == EMBEDS
