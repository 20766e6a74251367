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
# This notebook runs at every build of the site. It loads the same data and the same number model as
# every page, so what it prints is what the pages show. It holds no arithmetic of its own: each figure
# below comes from the catalogue in `macros/model`.

# %%
from macros.formatting import figure_text
from macros.model import load_catalogue

catalogue = load_catalogue()
print(f"{len(catalogue.data.sources)} sources, {len(catalogue.data.inputs)} inputs, "
      f"{len(catalogue.derived())} derived figures")

# %% [markdown]
# ## Power of a cluster of H100s
#
# Each derived figure knows its inputs and how it is made.

# %%
for figure_id in ["gpu_all_in_power_w", "cluster_it_power_mw", "cluster_facility_power_mw",
                  "cluster_annual_energy_twh"]:
    figure = catalogue[figure_id]
    print(f"{figure.label}: {figure_text(figure)}\n    = {figure.how}\n")
