"""Where a chart's numbers come from: the figures it read, their sources, and the source line it prints.

A builder reads figures through a :class:`FigureReader` instead of the catalogue
itself, so the source line names exactly the sources of what was drawn, and a
figure added to a chart can never be left out of its credits.
"""

from __future__ import annotations

import re

from macros.model.catalogue import Catalogue
from macros.model.figures import Figure


class FigureReader:
    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self._read: dict[str, Figure] = {}

    def __getitem__(self, figure_id: str) -> Figure:
        figure = self.catalogue[figure_id]
        self._read.setdefault(figure_id, figure)
        return figure

    def matching(self, pattern: re.Pattern) -> list[tuple[re.Match, Figure]]:
        """Every figure whose id matches ``pattern`` in full, by id: a series that grows when data/ grows."""
        found = sorted(
            (figure_id, match) for figure_id in self.catalogue.figures if (match := pattern.fullmatch(figure_id))
        )
        return [(match, self[figure_id]) for figure_id, match in found]

    def figure_ids(self) -> list[str]:
        """The figures read, in the order first read."""
        return list(self._read)

    def source_ids(self) -> list[str]:
        """The sources of every figure read, in the order first read, each once."""
        return list(dict.fromkeys(s for figure in self._read.values() for s in figure.sources))

    def source_line(self) -> str:
        return source_line(self.catalogue, self.source_ids())


def source_line(catalogue: Catalogue, source_ids: list[str]) -> str:
    """ "Sources: Meta; SemiAnalysis." for a chart's ``Chart.sources``: each publisher once, in order."""
    sources = catalogue.data.sources
    publishers = list(dict.fromkeys(sources[s].publisher for s in source_ids))
    if not publishers:
        raise ValueError("a chart that read no figures has no sources to name")
    return ("Source: " if len(publishers) == 1 else "Sources: ") + "; ".join(publishers) + "."
