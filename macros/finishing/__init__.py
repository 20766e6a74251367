"""What turns an engine's built HTML into the published site, knowing no engine (pure Python).

- ``page``: one page finished: :func:`~macros.finishing.page.corrected_content` (the body's
  corrections), :func:`~macros.finishing.page.finished_page` (stylesheets purged and inlined, the
  Content-Security-Policy) and :func:`~macros.finishing.page.finished_template` (a page made from a
  template alone, such as 404.html).
- ``page_html``: the HTML corrections and the policy, each a function of a string.
- ``css_purge``: a stylesheet parsed once and filtered to the classes a page uses.
- ``stylesheets``: a page's own stylesheets found in the folders they are served from, purged, inlined.
- ``site``: a whole built site finished in place: every page, then the downloads, feed and numbers
  file; ``page_record``: what a page shows, carried in its HTML by an engine whose pages render
  out of the step's reach (Zensical), and kept beside the site for the next run.
- ``__main__``: ``python -m macros.finishing SITE_DIR``, the step run after another engine's build.

The MkDocs hooks call these page by page as they write; after a Zensical build,
``python -m macros.finishing`` runs the same step over the built folder.
"""
