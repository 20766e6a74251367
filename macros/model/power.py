"""Power and energy of a 100,000-H100 cluster, built up from per-GPU figures.

Belongs here: IT power, facility power (cooling overhead as PUE), average draw, annual energy
and its comparisons (El Capitan, US homes), the gigawatt campuses, and the two sensitivity
curves the charts draw (facility power at another PUE, and at another number of GPUs). Not here:
FLOP counts, or the energy and emissions of training runs, which need GPU-hours (compute); money.
"""

from macros.model.derivation import derive, span
from macros.model.estimate import Estimate, propagate
from macros.model.units import Quantity, ureg

YEAR = 1 * ureg.year  # pint's Julian year, 365.25 days: the unit in "per year"


def facility_power_at(it_power: Quantity, pue: Quantity) -> Quantity:
    """Facility power at another PUE: IT power times PUE (the PUE sensitivity chart's line)."""
    return (it_power * pue).to("MW")


def facility_power_for_gpus(gpus: Estimate, cluster_power: Estimate, cluster_gpus: Estimate) -> Estimate:
    """Facility power of ``gpus`` GPUs at the cluster's power per GPU, its range carried by the
    catalogue's own rule (the power-by-GPU-count chart's line)."""
    return propagate(lambda n, power, per: (power / per * n).to("MW"), [gpus, cluster_power, cluster_gpus])


FIGURES = (
    derive(
        "gpu_server_power_w",
        "Server power per GPU (GPU plus its share of CPUs, NICs, power supplies)",
        unit="W",
        how="H100 thermal design power plus the host share per GPU",
        inputs={"h100_tdp_w": "W", "h100_host_power_per_gpu_w": "W"},
        formula=lambda gpu, host: gpu + host,
    ),
    derive(
        "gpu_all_in_power_w",
        "All-in IT power per GPU (servers, network, storage)",
        unit="W",
        digits=4,
        how="server power per GPU, plus the share of IT power outside the GPU servers",
        inputs={"gpu_server_power_w": "W", "non_server_it_share_pct": "percent"},
        formula=lambda server, share: server * (1 + share),
    ),
    derive(
        "cluster_gpu_only_power_mw",
        "Power of the GPUs alone",
        unit="MW",
        how="number of GPUs times H100 thermal design power",
        inputs={"cluster_gpus": "GPU", "h100_tdp_w": "W"},
        formula=lambda n, w: n * w,
    ),
    derive(
        "cluster_host_power_mw",
        "Power of the rest of the GPU servers",
        unit="MW",
        how="number of GPUs times the host share per GPU",
        inputs={"cluster_gpus": "GPU", "h100_host_power_per_gpu_w": "W"},
        formula=lambda n, w: n * w,
    ),
    derive(
        "cluster_network_storage_power_mw",
        "Power of network, storage and other IT",
        unit="MW",
        how="share of IT power outside the GPU servers, applied to the servers' power",
        inputs={"cluster_gpus": "GPU", "gpu_server_power_w": "W", "non_server_it_share_pct": "percent"},
        formula=lambda n, w, share: n * w * share,
    ),
    derive(
        "cluster_it_power_mw",
        "IT power of a 100,000-H100 cluster (bottom-up)",
        unit="MW",
        how="number of GPUs times all-in IT power per GPU",
        inputs={"cluster_gpus": "GPU", "gpu_all_in_power_w": "W"},
        formula=lambda n, w: n * w,
    ),
    derive(
        "cluster_pue",
        "Power usage effectiveness assumed for the cluster",
        unit="dimensionless",
        style="count",
        digits=3,
        how="Meta's newest buildings as the central case; Meta's fleet average and the industry average as the ends",
        inputs={
            "meta_pue_2021_buildings": "dimensionless",
            "meta_pue_2023_fleet": "dimensionless",
            "industry_pue_2023": "dimensionless",
        },
        formula=span,
        on_estimates=True,
    ),
    derive(
        "cluster_cooling_power_mw",
        "Cooling and other facility overhead",
        unit="MW",
        how="IT power times (PUE minus one)",
        inputs={"cluster_it_power_mw": "MW", "cluster_pue": "dimensionless"},
        formula=lambda p, pue: p * (pue - 1),
    ),
    derive(
        "cluster_facility_power_mw",
        "Facility power of the cluster at full load",
        unit="MW",
        how="IT power times PUE",
        inputs={"cluster_it_power_mw": "MW", "cluster_pue": "dimensionless"},
        formula=lambda p, pue: p * pue,
    ),
    derive(
        "cluster_load_factor_pct",
        "Average draw as a share of maximum",
        unit="percent",
        style="percent",
        digits=2,
        how="a DGX H100's typical power as a share of its maximum",
        inputs={"dgx_h100_typical_kw": "kW", "dgx_h100_max_kw": "kW"},
        formula=lambda typ, mx: typ / mx,
    ),
    derive(
        "cluster_average_power_mw",
        "Average facility power over a year",
        unit="MW",
        how="facility power at full load times the load factor",
        inputs={"cluster_facility_power_mw": "MW", "cluster_load_factor_pct": "percent"},
        formula=lambda p, load: p * load,
    ),
    derive(
        "cluster_annual_energy_twh",
        "Electricity a 100,000-H100 cluster uses in a year",
        unit="TWh",
        how="average facility power times the hours in a year",
        inputs={"cluster_average_power_mw": "MW"},
        formula=lambda p: p * YEAR,
    ),
    derive(
        "cluster_full_load_energy_twh",
        "Electricity in a year at full load, all year",
        unit="TWh",
        how="facility power at full load times the hours in a year",
        inputs={"cluster_facility_power_mw": "MW"},
        formula=lambda p: p * YEAR,
    ),
    derive(
        "cluster_annual_energy_homes",
        "US homes with the same yearly electricity use",
        unit="household",
        style="count",
        digits=2,
        how="annual energy divided by an average US home's yearly use",
        inputs={"cluster_annual_energy_twh": "TWh", "us_household_kwh_per_year": "kWh"},
        formula=lambda e, home: e / home,
    ),
    derive(
        "semianalysis_energy_average_mw",
        "Average power implied by SemiAnalysis's yearly energy",
        unit="MW",
        how="SemiAnalysis's energy per year divided by the hours in a year",
        inputs={"h100k_cluster_energy_twh_per_year": "TWh"},
        formula=lambda e: e / YEAR,
    ),
    derive(
        "el_capitan_power_mw",
        "El Capitan's measured power on the HPL benchmark",
        unit="MW",
        digits=3,
        how="TOP500's kilowatt figure in megawatts",
        inputs={"el_capitan_power_kw": "kW"},
        formula=lambda p: p,
    ),
    derive(
        "el_capitan_power_check_mw",
        "El Capitan's power implied by its speed and efficiency",
        unit="MW",
        digits=3,
        how="HPL speed divided by energy efficiency, a check on the reported power",
        inputs={"el_capitan_rmax_eflops": "EFLOP/s", "el_capitan_efficiency_gflops_per_w": "GFLOP/s/W"},
        formula=lambda speed, eff: speed / eff,
    ),
    derive(
        "cluster_vs_el_capitan_x",
        "A 100,000-H100 cluster's IT power in El Capitans",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="bottom-up IT power divided by El Capitan's measured power",
        inputs={"cluster_it_power_mw": "MW", "el_capitan_power_mw": "MW"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "seed_power_ratio_x",
        "The articles' 150 MW in El Capitans",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="SemiAnalysis's 150 MW divided by El Capitan's measured power",
        inputs={"h100k_cluster_power_mw": "MW", "el_capitan_power_mw": "MW"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "seed_vs_bottom_up_pct",
        "SemiAnalysis's 150 MW against our bottom-up IT power",
        unit="percent",
        style="signed_percent",
        digits=2,
        how="150 MW divided by the bottom-up IT power, minus one",
        inputs={"h100k_cluster_power_mw": "MW", "cluster_it_power_mw": "MW"},
        formula=lambda a, b: a / b - 1,
    ),
)


def _ratio(a, b):
    return a / b


def _in_the_sites_units(name: str, label: str, capacity: str) -> tuple:
    """A planned cluster's power in the units the site already uses: 100,000-H100 clusters (at the
    bottom-up facility power, so the PUE range carries through), El Capitans, and US homes (its
    power drawn for a whole year, against a home's yearly use)."""
    return (
        derive(
            f"{name}_vs_h100k_clusters_x",
            f"{label} in 100,000-H100 clusters",
            unit="dimensionless",
            style="multiple",
            digits=2,
            how="its power divided by the facility power of a 100,000-H100 cluster (bottom-up, cooling included)",
            inputs={capacity: "MW", "cluster_facility_power_mw": "MW"},
            formula=_ratio,
        ),
        derive(
            f"{name}_vs_el_capitan_x",
            f"{label} in El Capitans",
            unit="dimensionless",
            style="multiple",
            digits=2,
            how="its power divided by El Capitan's measured power",
            inputs={capacity: "MW", "el_capitan_power_mw": "MW"},
            formula=_ratio,
        ),
        derive(
            f"{name}_homes",
            f"US homes using as much electricity in a year as {label.lower()} at full power",
            unit="household",
            style="count",
            digits=2,
            how="its power drawn for a year, divided by a US home's yearly electricity use",
            inputs={capacity: "MW", "us_household_kwh_per_year": "kWh"},
            formula=lambda power, home: power * YEAR / home,
        ),
    )


# After 2024: the gigawatt clusters that followed the 150 MW one, and their power supply.
GIGAWATT_CLUSTERS = (
    *_in_the_sites_units("prometheus", "Prometheus (Ohio)", "prometheus_capacity_gw"),
    *_in_the_sites_units("hyperion_2030", "Hyperion as planned for 2030 (Louisiana)", "hyperion_capacity_2030_gw"),
    *_in_the_sites_units("hyperion_full", "Hyperion at full scale", "hyperion_capacity_full_gw"),
    derive(
        "prometheus_vs_seed_cluster_x",
        "Prometheus against the articles' 150 MW cluster",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Prometheus's power divided by SemiAnalysis's 150 MW",
        inputs={"prometheus_capacity_gw": "MW", "h100k_cluster_power_mw": "MW"},
        formula=_ratio,
    ),
    derive(
        "hyperion_full_vs_seed_cluster_x",
        "Hyperion at full scale against the articles' 150 MW cluster",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Hyperion's full-scale power divided by SemiAnalysis's 150 MW",
        inputs={"hyperion_capacity_full_gw": "MW", "h100k_cluster_power_mw": "MW"},
        formula=_ratio,
    ),
    derive(
        "hyperion_gas_vs_2030_capacity_pct",
        "Approved gas generation for Hyperion against its 2030 capacity",
        unit="percent",
        style="percent",
        digits=3,
        how="the three approved gas plants' capacity divided by the 2 GW planned for 2030",
        inputs={"entergy_hyperion_gas_mw": "MW", "hyperion_capacity_2030_gw": "MW"},
        formula=_ratio,
    ),
    derive(
        "meta_nuclear_contracted_gw",
        "Nuclear capacity in all of Meta's agreements since 2025: operating plants, uprates, new reactors, "
        "options and targets (up to)",
        unit="GW",
        digits=3,
        how="the Clinton agreement plus the up-to 6.6 GW of the Vistra, TerraPower and Oklo agreements",
        inputs={"constellation_clinton_ppa_mw": "GW", "meta_nuclear_2035_gw": "GW"},
        formula=lambda clinton, rest: clinton + rest,
    ),
    derive(
        "meta_nuclear_operating_plants_gw",
        "Nuclear output Meta has contracted from operating plants (Clinton; Vistra's Perry and Davis-Besse)",
        unit="GW",
        digits=3,
        how="the Clinton agreement plus Vistra's operating generation",
        inputs={"constellation_clinton_ppa_mw": "GW", "vistra_meta_ppa_mw": "GW"},
        formula=lambda clinton, vistra: clinton + vistra,
    ),
    derive(
        "meta_nuclear_not_yet_built_gw",
        "Nuclear capacity in Meta's agreements from plants and uprates not yet built: uprates, new reactors, "
        "options and targets (up to)",
        unit="GW",
        digits=3,
        how="Vistra's uprates, TerraPower's first two reactors and the options on six more, and Oklo's campus target",
        inputs={
            "vistra_meta_uprates_mw": "GW",
            "terrapower_meta_first_units_mw": "GW",
            "terrapower_meta_rights_gw": "GW",
            "oklo_pike_county_gw": "GW",
        },
        formula=lambda uprates, first, options, oklo: uprates + first + options + oklo,
    ),
    derive(
        "el_capitan_power_jun2026_mw",
        "El Capitan's power implied by the June 2026 list",
        unit="MW",
        digits=3,
        how="its measured speed divided by its energy efficiency",
        inputs={"el_capitan_rmax_jun2026_eflops": "EFLOP/s", "el_capitan_efficiency_jun2026_gflops_per_w": "GFLOP/s/W"},
        formula=_ratio,
    ),
    derive(
        "lineshine_vs_el_capitan_speed_x",
        "LineShine's speed against El Capitan's (June 2026)",
        unit="dimensionless",
        style="multiple",
        digits=3,
        how="LineShine's measured HPL speed divided by El Capitan's",
        inputs={"lineshine_rmax_jun2026_eflops": "EFLOP/s", "el_capitan_rmax_jun2026_eflops": "EFLOP/s"},
        formula=_ratio,
    ),
    derive(
        "lineshine_vs_el_capitan_power_x",
        "LineShine's power against El Capitan's (June 2026)",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="LineShine's power during its run divided by El Capitan's implied power",
        inputs={"lineshine_power_jun2026_mw": "MW", "el_capitan_power_jun2026_mw": "MW"},
        formula=_ratio,
    ),
)
