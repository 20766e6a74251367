"""The GPU counts charts put on an axis: sourced counts only, never invented ones."""

from __future__ import annotations

from macros.charts.kit.provenance import FigureReader
from macros.model.figures import Figure

# The Llama 3.1 405B run, one of Meta's GenAI clusters, the articles' cluster, Meta's 2024 fleet.
SOURCED_GPU_COUNTS = ("llama3_405b_run_gpus", "meta_genai_cluster_gpus", "cluster_gpus", "meta_h100_fleet_2024")


def sourced_gpu_counts(figures: FigureReader) -> list[Figure]:
    """The counts, smallest first (the order of an axis, whatever the data say)."""
    return sorted((figures[figure_id] for figure_id in SOURCED_GPU_COUNTS), key=lambda figure: figure.value)
