"""The number model: sourced inputs in, named figures out.

Nothing in this package imports MkDocs. Pages, charts, the notebook and the CSV
exports all read figures through :func:`load_catalogue`, so a change in
``data/`` moves every one of them.
"""

from macros.model.catalogue import Catalogue, Figure, load_catalogue
from macros.model.errors import DataError
from macros.model.estimate import Estimate
from macros.model.units import ureg

__all__ = ["Catalogue", "DataError", "Estimate", "Figure", "load_catalogue", "ureg"]
