"""Page HTML corrections: notebook slimming and SVG text left free of glossary markup."""

import signal

import pytest

from macros.finishing.page_html import (
    first_abbr_only,
    inline_stylesheets,
    keep_permalink_with_last_word,
    slim_notebook_page,
    unwrap_abbr_in_svg,
)

NOTEBOOK_PAGE = """<html><head><style>.md{}</style></head><body><article class="md-content__inner">
<style>.jupyter-wrapper{--a:1}</style><script src=""></script><!-- mathjax -->
<div class="jupyter-wrapper"><div class="jp-Cell"><div class="jp-Cell-inputWrapper" tabindex="0">
<div class="jp-Collapser"></div><div class="zeroclipboard-container"><clipboard-copy>copy</clipboard-copy></div>
<div class="highlight-ipynb hl-python"><pre>x = 1</pre></div><div class="clipboard-copy-txt">x = 1</div>
</div><div class="jp-OutputArea"><pre>153 MW</pre></div></div></div></article></body></html>"""


def test_notebook_page_loses_inline_styles_scripts_and_copy_widgets():
    slim = slim_notebook_page(NOTEBOOK_PAGE)
    article = slim[slim.index("<article") :]
    assert "<style" not in article and "<script" not in article and "<!--" not in article
    assert "zeroclipboard" not in slim and "clipboard-copy-txt" not in slim and "jp-Collapser" not in slim
    assert "<style>.md{}</style>" in slim  # the theme's own head is left alone


def test_notebook_code_uses_the_themes_code_style_and_keeps_its_output():
    slim = slim_notebook_page(NOTEBOOK_PAGE)
    assert 'class="highlight hl-python"' in slim
    assert "153 MW" in slim and "x = 1" in slim
    assert '<div class="jp-Cell-inputWrapper">' in slim  # static text: no keyboard stop
    assert '<pre tabindex="0">x = 1</pre>' in slim  # code that may scroll: reachable by keyboard


def test_a_page_that_is_not_a_notebook_is_refused():
    with pytest.raises(ValueError, match="not a notebook page"):
        slim_notebook_page("<html><body><article><p>text</p></article></body></html>")


def test_abbreviations_are_unwrapped_inside_svg_only():
    html = '<p><abbr title="Megawatt">MW</abbr></p><svg><text>Power (<abbr title="Megawatt">MW</abbr>)</text></svg>'
    fixed = unwrap_abbr_in_svg(html)
    assert "<text>Power (MW)</text>" in fixed
    assert '<p><abbr title="Megawatt">MW</abbr></p>' in fixed


def test_linked_stylesheets_are_inlined_when_readable():
    html = '<head><link rel="stylesheet" href="../a.css"><link rel="stylesheet" href="https://x/b.css"></head>'
    inlined = inline_stylesheets(html, lambda href: "p{color:red}" if href == "../a.css" else None)
    assert "<style>p{color:red}</style>" in inlined
    assert '<link rel="stylesheet" href="https://x/b.css">' in inlined


def test_stylesheet_links_are_found_in_any_attribute_order():
    # As BeautifulSoup writes them back on the notebook's page.
    html = '<link href="../a.css" rel="stylesheet"/><link href="../" rel="prev"/>'
    inlined = inline_stylesheets(html, lambda href: "p{color:red}")
    assert inlined == '<style>p{color:red}</style><link href="../" rel="prev"/>'


def test_a_stylesheet_that_refers_to_other_files_is_not_inlined_silently():
    with pytest.raises(ValueError, match="url"):
        inline_stylesheets('<link rel="stylesheet" href="a.css">', lambda href: "p{background:url(img.png)}")


def test_a_term_keeps_its_hover_definition_on_first_use_only():
    html = (
        '<p><abbr title="Megawatt">MW</abbr> and <abbr title="Megawatt">MW</abbr>, <abbr title="Usage">PUE</abbr></p>'
    )
    assert first_abbr_only(html) == '<p><abbr title="Megawatt">MW</abbr> and MW, <abbr title="Usage">PUE</abbr></p>'


PERMALINK = '<a class="headerlink" href="#x" title="Permanent link">&para;</a>'


def test_a_headings_permalink_is_glued_to_its_last_word():
    html = keep_permalink_with_last_word(f'<h2 id="x">What &quot;ten times&quot; means{PERMALINK}</h2>')
    assert html == f'<h2 id="x">What &quot;ten times&quot; <span class="heading-end">means{PERMALINK}</span></h2>'


def test_a_heading_ending_in_markup_is_left_alone():
    html = f'<h2 id="x">The <code>ratio</code>{PERMALINK}</h2>'
    assert keep_permalink_with_last_word(html) == html


def test_a_long_unbroken_run_does_not_stall_the_permalink_glue():
    # An inline SVG path or a data address is one long "word". A pattern that retried it from
    # every character took over a second of each build on this site and grows with the square of the run;
    # at this length it would take minutes, so the alarm turns a regression into a failure.
    run = "M0,0L1,1" * 25_000
    html = f'<svg><path d="{run}"/></svg><h2 id="x">Power{PERMALINK}</h2>'
    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.alarm(10)
    try:
        glued = keep_permalink_with_last_word(html)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert glued.endswith(f'<h2 id="x"><span class="heading-end">Power{PERMALINK}</span></h2>')


def _too_slow(signum, frame):
    raise AssertionError("keep_permalink_with_last_word did not finish within 10 s")
