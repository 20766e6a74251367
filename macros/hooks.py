"""MkDocs hooks: add the generated downloads to the site as real files.

Generated in memory at build time (nothing is written into docs/ or data/), and
registered as site files so links to them are checked like any other link.
"""

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from macros.chart_blocks import chart_csvs
from macros.exports import DOWNLOADS
from macros.model import DataError, load_catalogue
from macros.page_html import slim_notebook_page, unwrap_abbr_in_svg

NOTEBOOK_SOURCES = (".ipynb", ".py")


def on_files(files, config):
    # The first place a build reads data/: a bad file stops it here, with the
    # loader's message (file, entry, field) and no traceback to wade through.
    try:
        catalogue = load_catalogue()
    except DataError as exc:
        raise PluginError(f"data/ has problems to fix:\n{exc}") from None
    downloads = {path: build(catalogue) for path, build in DOWNLOADS.items()}
    downloads.update(chart_csvs(catalogue))
    for path, content in downloads.items():
        files.append(File.generated(config, path, content=content))
    return files


def on_post_page(output, page, config):
    if page.file.src_uri.endswith(NOTEBOOK_SOURCES):
        return slim_notebook_page(output)
    return output


def on_page_content(html, page, config, files):
    return unwrap_abbr_in_svg(html)
