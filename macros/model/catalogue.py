"""The single catalogue that every page, chart, download and the notebook read: the data, every
figure, and the verdicts on the articles' claims and the 2024 forecasts.

Built in three steps, each from the one before: the sourced inputs are loaded and checked
(:mod:`macros.model.loader`), every figure is evaluated once (:mod:`macros.model.evaluation`),
then the claims and forecasts are judged against those figures (:mod:`macros.model.claims`,
:mod:`macros.model.forecasts`). A bad claim or forecast therefore fails the load, not a page later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from macros.model.claims import Check, check_all
from macros.model.dates import build_date
from macros.model.derivation import Derivation
from macros.model.evaluation import DERIVATIONS, evaluate
from macros.model.figures import Figure, FigureTable
from macros.model.forecasts import Score, score_all
from macros.model.loader import DATA_DIR, Dataset, load_dataset


# eq=False: two catalogues are the same only if they are one object (charts are cached per catalogue).
@dataclass(frozen=True, eq=False)
class Catalogue:
    """Everything a page can show, for one build.

    ``catalogue["cluster_it_power_mw"]`` is a :class:`Figure` (a renamed id still finds it);
    ``data`` holds the records of data/ (sources, statements, claims ...); ``verdicts`` and
    ``scores`` are the judged claims and forecasts by id; ``today`` is the build's date, which
    decides which forecasts can be scored yet and which sources are stale.
    """

    data: Dataset
    table: FigureTable
    verdicts: dict[str, Check]
    scores: dict[str, Score]
    today: dt.date

    def __getitem__(self, figure_id: str) -> Figure:
        return self.table[figure_id]

    def __contains__(self, figure_id: str) -> bool:
        return figure_id in self.table

    @property
    def aliases(self) -> dict[str, str]:
        """Old figure ids that still resolve, to the id each figure has now."""
        return self.data.aliases

    @property
    def figures(self) -> dict[str, Figure]:
        return self.table.figures

    def derived(self) -> list[Figure]:
        return [f for f in self.table.figures.values() if f.kind == "derived"]

    def figures_using_source(self, source_id: str) -> list[str]:
        return [f.id for f in self.table.figures.values() if source_id in f.sources]


def build_catalogue(
    data: Dataset, derivations: tuple[Derivation, ...] = DERIVATIONS, today: dt.date | None = None
) -> Catalogue:
    """The catalogue of ``data``: figures evaluated, then claims and forecasts judged against them."""
    today = today or build_date()
    table = FigureTable(evaluate(data, derivations), data.aliases)
    verdicts = check_all(table, data.claims, data.origin)
    scores = score_all(table, data.forecasts, today, data.origin, data.claims)
    return Catalogue(data, table, verdicts, scores, today)


_CACHE: dict[Path, tuple[tuple, Catalogue]] = {}


def load_catalogue(data_dir: Path = DATA_DIR) -> Catalogue:
    """The catalogue for ``data_dir``, rebuilt whenever any file there changes (or the day does)."""
    data_dir = Path(data_dir).resolve()
    stamp = (max((p.stat().st_mtime_ns for p in data_dir.rglob("*") if p.is_file()), default=0), build_date())
    cached = _CACHE.get(data_dir)
    if cached and cached[0] == stamp:
        return cached[1]
    catalogue = build_catalogue(load_dataset(data_dir))
    _CACHE[data_dir] = (stamp, catalogue)
    return catalogue
