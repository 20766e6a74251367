"""The number model: sourced inputs in, named figures out. Nothing in this package imports MkDocs.

Pages, charts, the notebook and the downloads all read figures through :func:`load_catalogue`,
so a change in ``data/`` moves every one of them. The modules, in the order data flows:

- ``records``: the shape of every record in data/ (pydantic), strict about text, numbers and dates;
  ``loader``: reads data/ into a ``Dataset``, checking ids and cross-references; ``errors``: the
  errors that name file, entry and field, and the one for an unknown id.
- ``units``: the single pint registry; ``dates``: the date grammar of data/ and the build's date.
- ``derivation``: how a derived figure is declared; ``estimate``: a value with a range, and the
  rule that carries ranges through formulas.
- ``power``, ``compute``, ``money``, ``reach``: the derived figures of each topic, as declarations;
  ``peers``: Meta beside its peers, like for like (and the rule that refuses anything else).
- ``figures``: a ``Figure`` and the ``FigureTable`` that finds one by id; ``evaluation``: every
  derived figure computed once, in dependency order.
- ``claims`` and ``forecasts``: the verdict rules for the articles' numbers and the 2024 forecasts.
- ``catalogue``: the ``Catalogue`` (data, figures, verdicts, scores) and ``load_catalogue``.
- ``freshness``: how current each source and page is; ``releases``: the recorded snapshots of the
  numbers in releases/ and what changed between them.
"""

from macros.model.catalogue import Catalogue, build_catalogue, load_catalogue
from macros.model.errors import DataError, UnknownId
from macros.model.estimate import Estimate
from macros.model.figures import Figure
from macros.model.units import ureg

__all__ = ["Catalogue", "DataError", "Estimate", "Figure", "UnknownId", "build_catalogue", "load_catalogue", "ureg"]
