"""Purging a stylesheet for one page keeps every rule that can match and drops the rest."""

from macros.mkdocs_glue.css_purge import classes_in_html, compile_css, purged, words_in_script

CSS = """
.md-header{color:red}
.md-blog-post .title{margin:0}
a:not(.md-nav__link){text-decoration:underline}
.md-typeset :is(.admonition,.details){border:1px}
@media screen and (min-width:60em){.md-sidebar{width:12rem}.md-blog{width:1px}}
@media print{.md-blog{display:none}}
@keyframes spin{from{transform:rotate(0)}to{transform:rotate(1turn)}}
.md-search-result__meta,.unused-thing{font-size:1px}
"""


def test_rules_whose_classes_are_on_the_page_are_kept():
    css = purged(compile_css(CSS), {"md-header", "md-sidebar"})
    assert ".md-header{color:red}" in css
    assert "@media screen and (min-width:60em){.md-sidebar{width:12rem}}" in css


def test_rules_for_components_the_page_lacks_are_dropped_with_empty_media_blocks():
    css = purged(compile_css(CSS), {"md-header"})
    assert "md-blog" not in css and "@media print" not in css


def test_classes_inside_negations_and_alternatives_are_not_required():
    css = purged(compile_css(CSS), {"md-typeset"})
    assert "a:not(.md-nav__link)" in css and ":is(.admonition,.details)" in css


def test_keyframes_are_kept_whole_and_one_matching_selector_keeps_a_rule():
    css = purged(compile_css(CSS), {"md-search-result__meta"})
    assert "@keyframes spin" in css and ".md-search-result__meta,.unused-thing" in css


def test_class_names_come_from_html_and_from_the_theme_script():
    assert classes_in_html('<div class="md-grid md-main"><p class="x">') == {"md-grid", "md-main", "x"}
    assert "md-search-result__meta" in words_in_script('h("div",{class:"md-search-result__meta"})')


def test_palette_colours_the_page_does_not_use_are_dropped():
    css = compile_css(
        "[data-md-color-primary=red]{--c:red}[data-md-color-primary=indigo]{--c:blue}"
        "[data-md-color-scheme=slate]{--bg:black}"
    )
    used = classes_in_html('<body data-md-color-scheme="default" data-md-color-primary="indigo">')
    kept = purged(css, used)
    assert "indigo" in kept and "red" not in kept and "slate" in kept
