# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Methodology notebook
#
# This notebook runs at every build of the site, so what it shows is what every page shows. It loads
# the same data and the same number model as the pages and holds no arithmetic of its own: each
# figure below comes from the catalogue in `macros/model`, which evaluates every formula once.
#
# The chain is always the same: a sourced input in `data/`, a derived figure that names its inputs and
# says how it is made, and a page that shows it with a link back to its sources.

# %%
from IPython.display import HTML, Markdown, Pretty, display

from macros.charts import chart_for
from macros.formatting import figure_text
from macros.model import load_catalogue
from macros.model.dates import period_label
from macros.model.freshness import newest_as_of
from macros.pages.shown import NOTEBOOK_SHOWS
from macros.text.chart_block import chart_figure
from macros.text.listings import markdown_table

catalogue = load_catalogue()
data = catalogue.data
print(
    f"{len(data.sources)} sources, {len(data.inputs)} sourced inputs, "
    f"{len(catalogue.derived())} derived figures, {len(data.claims)} checked claims, "
    f"{len(data.forecasts)} scored forecasts; the newest input is as of "
    f"{period_label(newest_as_of(catalogue, catalogue.figures))}"
)


def show(output, figure_ids):
    """Displays ``output``; its metadata tells the site's numbers file which figures this page shows."""
    display(output, metadata={NOTEBOOK_SHOWS: list(figure_ids)})


def explain(*figure_ids):
    """Each figure with how it is made and what it is made from."""
    lines = []
    for figure_id in figure_ids:
        figure = catalogue[figure_id]
        made_from = ", ".join(catalogue[name].label for name in figure.inputs) or "a source"
        lines.append(f"{figure.label}\n  = {figure_text(figure)}\n  how: {figure.how}\n  from: {made_from}\n")
    show(Pretty("\n".join(lines)), figure_ids)


# %% [markdown]
# ## An input carries its source
#
# Every number enters through a record like this one: value, unit, source and the exact words quoted.

# %%
record = data.inputs["h100_host_power_per_gpu_w"]
source = data.sources[record.source]
show(
    Pretty(
        f"{record.label}: {record.value} {record.unit}\n"
        f'source: {source.publisher}, "{source.title}", {source.published}\n'
        f'quote: "{record.quote}"'
    ),
    [record.id],
)

# %% [markdown]
# ## Power: from one GPU to a cluster
#
# The cluster's power is built up from the H100's rating, its host's share of each server, the IT
# outside the servers, and cooling. Cooling is uncertain, so its PUE is a range, and the range is
# carried through to every figure that depends on it.

# %%
explain(
    "gpu_server_power_w",
    "gpu_all_in_power_w",
    "cluster_it_power_mw",
    "cluster_pue",
    "cluster_facility_power_mw",
    "cluster_annual_energy_twh",
    "cluster_vs_el_capitan_x",
)

# %% [markdown]
# ### Sensitivity: how much cooling matters
#
# PUE is the assumption that moves the facility's power most. The chart sweeps it across the range,
# from Meta's own buildings to the industry average.

# %%
# Inline HTML, not an SVG image: the site's theme colours must reach inside the drawing.
# The links are relative to this page's address on the site.
sweep = chart_for(catalogue, "sensitivity_pue")
show(
    HTML(chart_figure(catalogue, "sensitivity_pue", "../sources/", "../data/charts/sensitivity_pue.csv")),
    sweep.figure_ids,
)
print(sweep.description)
display(Markdown(markdown_table(sweep.header, sweep.rows)))

# %% [markdown]
# ## Compute: the rule of thumb, checked
#
# Training compute is a fixed number of FLOP per parameter per token. Applied to Llama 3.1 405B it
# lands next to the figure Meta's paper reports, which is why it can be trusted for the projections.

# %%
explain(
    "flop_per_parameter_token",
    "llama3_405b_flop_6nd",
    "llama3_405b_flop_check_pct",
    "llama31_405b_avg_utilisation_pct",
    "llama4_projected_flop",
    "llama4_run_days_100k",
)

# %% [markdown]
# ## Money: growth rates recomputed
#
# Growth rates are recomputed from the reported amounts, never copied from a release's rounded column.

# %%
explain(
    "capex_2023_billion_usd",
    "capex_2024_guidance_growth_pct",
    "q2_2024_costs_growth_pct",
    "ytd_9m_2024_costs_growth_pct",
)

# %% [markdown]
# ## Claims: verdicts from rules
#
# Each number the articles state is compared with a figure, using the claim's own rounding as the
# tolerance. The table is computed, not typed.

# %%
rows = [
    [check.claim.words, figure_text(catalogue[check.claim.figure]) if check.claim.figure else "none", check.verdict]
    for check in catalogue.verdicts.values()
]
show(
    Markdown(markdown_table(["Claim", "Ours", "Verdict"], rows)),
    [c.claim.figure for c in catalogue.verdicts.values() if c.claim.figure],
)
