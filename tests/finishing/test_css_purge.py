"""Purging a stylesheet for one page keeps every rule that can match and drops the rest."""

from macros.finishing.css_purge import classes_in_html, compile_css, purged, purged_together, words_in_script

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
        "[data-md-color-scheme=slate]{--bg:black}body{color:var(--c);background:var(--bg)}"
    )
    used = classes_in_html('<body data-md-color-scheme="default" data-md-color-primary="indigo">')
    kept = purged(css, used)
    assert "indigo" in kept and "red" not in kept and "slate" in kept


ROOT = ":root{--used:1px;--unused:2px;--icon:url(data:x);--via:var(--icon);--chart:red;--scripted:blue}"


def test_custom_properties_nothing_reads_are_dropped():
    css = purged(compile_css(ROOT + ".md-header{margin:var(--used)}"), {"md-header"})
    assert "--used:1px" in css and "--unused" not in css and "--icon" not in css


def test_a_custom_property_read_through_another_one_is_kept():
    css = purged(compile_css(ROOT + ".md-header{background:var(--via)}"), {"md-header"})
    assert "--via:var(--icon)" in css and "--icon:url(data:x)" in css


def test_custom_properties_read_by_the_page_or_the_script_are_kept():
    used = classes_in_html('<svg style="fill:var(--chart)"></svg>') | words_in_script('s.setProperty("--scripted")')
    css = purged(compile_css(ROOT), used)
    assert "--chart:red" in css and "--scripted:blue" in css and "--unused" not in css


def test_custom_properties_of_a_rule_that_cannot_match_do_not_count_as_read():
    css = purged(compile_css(ROOT + ".md-blog{margin:var(--unused)}"), {"md-header"})
    assert "--unused" not in css


def test_ordinary_declarations_and_important_survive_beside_dropped_properties():
    css = purged(compile_css(":root{color:red!important;--unused:1px}"), set())
    assert css == ":root{color:red!important}"


def test_one_stylesheet_keeps_what_another_on_the_same_page_reads():
    # Material's palette stylesheet reads --md-hue, which its main stylesheet declares.
    main = compile_css(":root{--md-hue:225deg;--unused:1px}")
    palette = compile_css("[data-md-color-scheme=slate]{--fg:hsla(var(--md-hue),15%,90%,1)}body{color:var(--fg)}")
    main_css, palette_css = purged_together([main, palette], classes_in_html('<body data-md-color-scheme="slate">'))
    assert "--md-hue:225deg" in main_css and "--unused" not in main_css and "--fg" in palette_css
