"""GPU counts on an axis are sourced ones, smallest first."""

from macros.charts.kit.cluster_sizes import SOURCED_GPU_COUNTS, sourced_gpu_counts
from macros.charts.kit.provenance import FigureReader


def test_counts_are_the_sourced_figures_smallest_first(catalogue):
    counts = sourced_gpu_counts(FigureReader(catalogue))
    assert {c.id for c in counts} == set(SOURCED_GPU_COUNTS)
    assert [c.value for c in counts] == sorted(c.value for c in counts)
    assert all(c.kind == "input" and c.unit == "GPU" for c in counts)
