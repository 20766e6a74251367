"""A chart's caption credits its sources: each publisher named once, each source one link."""

from types import SimpleNamespace

from bs4 import BeautifulSoup

from macros.text.chart_block import credits


def catalogue_of(**sources: tuple[str, str]) -> SimpleNamespace:
    """Just what the credits read: each source's publisher and title."""
    entries = {sid: SimpleNamespace(publisher=publisher, title=title) for sid, (publisher, title) in sources.items()}
    return SimpleNamespace(data=SimpleNamespace(sources=entries))


def links(html: str) -> list:
    return BeautifulSoup(html, "html.parser").select("a")


def test_a_publisher_with_one_source_is_the_link_itself():
    html = credits(catalogue_of(semi=("SemiAnalysis", "A cluster")), ["semi"], "../sources/")
    [link] = links(html)
    assert html == link.decode() and link.text == "SemiAnalysis" and link["href"] == "../sources/#src-semi"


def test_a_publisher_with_several_sources_is_named_once_and_each_source_numbered():
    catalogue = catalogue_of(q1=("Meta", "Q1 results"), semi=("SemiAnalysis", "A cluster"), q2=("Meta", "Q2 results"))
    html = credits(catalogue, ["q1", "semi", "q2", "q1"], "../sources/")
    assert BeautifulSoup(html, "html.parser").get_text() == "Meta (1, 2); SemiAnalysis"
    numbered = [link for link in links(html) if link.text in {"1", "2"}]
    assert [link["aria-label"] for link in numbered] == ["Meta, source 1: Q1 results", "Meta, source 2: Q2 results"]
    assert [link["href"] for link in numbered] == ["../sources/#src-q1", "../sources/#src-q2"]


def test_a_hostile_publisher_or_title_lands_as_text():
    planted = '<img src=x onerror=alert(1)>" onmouseover="x'
    catalogue = catalogue_of(a=(planted, planted), b=(planted, "t"))
    html = credits(catalogue, ["a", "b"], "../sources/")
    parsed = BeautifulSoup(html, "html.parser")
    assert not parsed.select("img") and all(set(link.attrs) <= {"href", "aria-label"} for link in links(html))
    assert parsed.get_text().startswith(planted)
