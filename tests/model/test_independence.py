"""The number model works without MkDocs: it must survive a move off Material (end of life 2027)."""

import subprocess
import sys

BLOCK_MKDOCS = """
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {"mkdocs", "material", "mkdocs_macros", "mkdocs_jupyter"}:
            raise ImportError("the model imported " + name)

sys.meta_path.insert(0, Block())
from macros.model import load_catalogue
import macros.formatting, macros.text.listings, macros.published.downloads, macros.pages.macro_set
catalogue = load_catalogue()
print(len(catalogue.figures))
"""


def test_model_and_formatting_import_with_mkdocs_blocked():
    result = subprocess.run([sys.executable, "-c", BLOCK_MKDOCS], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 50
