"""Every builder ends in make_chart: an empty chart is refused, rows fit their header, CSV keeps raw numbers."""

from __future__ import annotations

import pytest

from macros.charts.kit.chart import EmptyChart, make_chart
from macros.charts.kit.provenance import FigureReader


def parts(catalogue, **overrides):
    figures = FigureReader(catalogue)
    figure = figures["cluster_gpus"]
    arguments = dict(
        chart_id="demo",
        title="A title",
        description="A description.",
        figures=figures,
        header=["What", "Value"],
        rows=[["GPUs", "100,000"]],
        csv_header=["what", "GPUs"],
        csv_rows=[["GPUs", figure.value]],
        draw=lambda ax: ax.bar([0], [figure.value]),
    )
    return {**arguments, **overrides}


def test_a_chart_with_no_rows_is_refused_as_empty(catalogue):
    with pytest.raises(ValueError, match="chart 'demo' would be empty") as caught:
        make_chart(**parts(catalogue, rows=[], csv_rows=[]))
    assert isinstance(caught.value, EmptyChart)


def test_a_row_that_does_not_fit_the_header_is_refused(catalogue):
    with pytest.raises(ValueError, match="a table row has 3 cells for 2 columns"):
        make_chart(**parts(catalogue, rows=[["GPUs", "100,000", "extra"]]))


def test_the_chart_carries_the_sources_of_what_it_read(catalogue):
    chart = make_chart(**parts(catalogue))
    assert chart.sources == ["semianalysis-100k-h100"]
    assert "Source: SemiAnalysis." in chart.svg_file and "SemiAnalysis" not in chart.svg
