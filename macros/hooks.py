"""MkDocs hooks: add the generated downloads to the site as real files.

Generated in memory at build time (nothing is written into docs/ or data/), and
registered as site files so links to them are checked like any other link.
"""

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from macros.exports import DOWNLOADS
from macros.model import DataError, load_catalogue


def on_files(files, config):
    # The first place a build reads data/: a bad file stops it here, with the
    # loader's message (file, entry, field) and no traceback to wade through.
    try:
        catalogue = load_catalogue()
    except DataError as exc:
        raise PluginError(f"data/ has problems to fix:\n{exc}") from None
    for path, build in DOWNLOADS.items():
        files.append(File.generated(config, path, content=build(catalogue)))
    return files
