"""Chart: training compute of the Llama models beside other frontier models, on a log scale.

Meta's figures are the site's own (the Llama 3 paper's reported compute, 6ND for Llama 4 as
released, and our estimate for Behemoth with its range); the others are Epoch AI's estimates,
each marked with the confidence Epoch gives it. Rows run from the least compute to the most.
"""

from __future__ import annotations

from macros.charts.kit.cells import label_text, values_in
from macros.charts.kit.chart import Chart, make_chart
from macros.charts.kit.draw import log_axis, name_over, no_row_axis, point, wrapped
from macros.charts.kit.provenance import FigureReader
from macros.charts.kit.theme import SERIES
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue

CHART_ID = "frontier_compute"
UNIT = "FLOP"
TITLE = "Training compute: Llama models beside other frontier models"
# (name on the chart, figure, Meta's?)
MODELS = (
    ("Llama 3.1 405B (Meta)", "llama3_405b_reported_flop", True),
    ("Llama 4 Scout, as released (Meta)", "llama4_scout_flop_6nd", True),
    ("Llama 4 Maverick, as released (Meta)", "llama4_maverick_flop_6nd", True),
    ("Llama 4 Behemoth, never released (our estimate)", "llama4_behemoth_flop_6nd", True),
    ("GPT-4 (OpenAI)", "epoch_gpt4_flop", False),
    ("Gemini 1.0 Ultra (Google)", "epoch_gemini_1_ultra_flop", False),
    ("Claude 3 Opus (Anthropic)", "epoch_claude_3_opus_flop", False),
    ("DeepSeek-V3 (DeepSeek)", "epoch_deepseek_v3_flop", False),
    ("Qwen2.5-72B (Alibaba)", "epoch_qwen25_72b_flop", False),
    ("Grok 3 (xAI)", "epoch_grok_3_flop", False),
    ("GPT-4.5 (OpenAI)", "epoch_gpt45_flop", False),
    ("Grok 4 (xAI)", "epoch_grok_4_flop", False),
    ("GPT-5 (OpenAI)", "epoch_gpt5_flop", False),
)
ROW_HALF = 0.2  # rows are 1 apart; a name sits this far over its row's centre


def how_sure(figure) -> str:
    """The source's own grade for an estimate (Epoch AI's), or how the site's figure was made."""
    if figure.confidence:
        return f"Epoch AI: {figure.confidence}"
    return "our estimate" if figure.estimate.has_range else "Meta's figure or 6ND from Meta's figures"


def build(catalogue: Catalogue) -> Chart:
    figures = FigureReader(catalogue)
    models = sorted(
        ((name, figures[figure_id], meta) for name, figure_id, meta in MODELS), key=lambda row: row[1].value
    )

    def draw(ax):
        for row, (name, figure, meta) in enumerate(models):
            value, low, high = values_in(figure.estimate, UNIT)
            colour = SERIES[0] if meta else SERIES[1]
            if low is not None:
                ax.plot([low, high], [row, row], color=colour, linewidth=7, alpha=0.4, solid_capstyle="butt")
            # A hollow marker for an estimate its source calls speculative: the reader sees how sure each is.
            hollow = figure.confidence == "speculative"
            point(ax, value, row, row, color=colour, markerfacecolor="none" if hollow else colour)
            ax.annotate(
                label_text(figure), (high or value, row), xytext=(6, 0), textcoords="offset points", va="center"
            )
            name_over(ax, row - ROW_HALF, name)
        no_row_axis(ax)
        ax.set_ylim(len(models) - 0.6, -1 + ROW_HALF)
        log_axis(ax, "x")
        ax.set_xlim(min(f.value for _, f, _ in models) / 3, max(f.value for _, f, _ in models) * 60)
        ax.set_xlabel(
            wrapped("Training compute (FLOP, logarithmic scale); a hollow dot: Epoch AI calls it speculative")
        )
        ax.grid(axis="x")

    description = (
        "Dot chart of training compute on a logarithmic scale, least first: "
        + "; ".join(f"{name}: {figure_text(figure)} ({how_sure(figure)})" for name, figure, _ in models)
        + "."
    )
    return make_chart(
        chart_id=CHART_ID,
        title=TITLE,
        description=description,
        figures=figures,
        header=["Model", "Training compute", "How sure"],
        rows=[[name, figure_text(figure), how_sure(figure)] for name, figure, _ in models],
        csv_header=["model", "figure", f"compute ({UNIT})", f"low ({UNIT})", f"high ({UNIT})", "confidence"],
        csv_rows=[
            [name, figure.id, *values_in(figure.estimate, UNIT), figure.confidence or ""] for name, figure, _ in models
        ],
        draw=draw,
        height=5.5,
    )
