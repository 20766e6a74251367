"""Known answers for cluster power, worked by hand from SemiAnalysis's per-GPU figures."""

import pytest

from macros.model import load_catalogue
from macros.model.power import facility_power_at, facility_power_for_gpus
from macros.model.units import Quantity


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def test_all_in_power_per_gpu_is_server_power_plus_ten_percent(cat):
    # (700 + 575) W x 1.10 = 1,402.5 W
    assert cat["gpu_all_in_power_w"].value == pytest.approx(1402.5)


def test_cluster_it_power_is_a_hundred_thousand_gpus_at_all_in_power(cat):
    assert cat["cluster_it_power_mw"].value == pytest.approx(140.25)


def test_power_breakdown_adds_up_to_the_facility_total(cat):
    parts = sum(
        cat[p].value
        for p in (
            "cluster_gpu_only_power_mw",
            "cluster_host_power_mw",
            "cluster_network_storage_power_mw",
            "cluster_cooling_power_mw",
        )
    )
    assert parts == pytest.approx(cat["cluster_facility_power_mw"].value)


def test_facility_power_range_follows_the_pue_range(cat):
    facility = cat["cluster_facility_power_mw"]
    assert facility.low == pytest.approx(140.25 * 1.08)
    assert facility.high == pytest.approx(140.25 * 1.58)


def test_el_capitan_power_agrees_with_its_speed_over_efficiency(cat):
    assert cat["el_capitan_power_check_mw"].value == pytest.approx(cat["el_capitan_power_mw"].value, rel=1e-3)


def test_annual_energy_uses_a_julian_year(cat):
    average_mw = cat["cluster_average_power_mw"].value
    assert cat["cluster_annual_energy_twh"].value == pytest.approx(average_mw * 8766 / 1e6)


def test_household_equivalent_divides_by_eia_average(cat):
    twh = cat["cluster_annual_energy_twh"].value
    assert cat["cluster_annual_energy_homes"].value == pytest.approx(twh * 1e9 / 10715)


def test_semianalysis_yearly_energy_lies_inside_our_range(cat):
    energy = cat["cluster_annual_energy_twh"]
    assert energy.low <= cat["h100k_cluster_energy_twh_per_year"].value <= energy.high


def test_gigawatt_clusters_in_the_sites_units():
    cat = load_catalogue()
    facility_mw = cat["cluster_facility_power_mw"].value
    assert cat["prometheus_vs_h100k_clusters_x"].value == pytest.approx(1000 / facility_mw)
    assert cat["hyperion_full_vs_seed_cluster_x"].value == pytest.approx(5000 / 150)
    assert cat["prometheus_vs_el_capitan_x"].value == pytest.approx(1000 / 29.581)
    # A gigawatt for a Julian year, against a home's 10,500 kWh or so.
    homes = 1e6 * 8766 / cat["us_household_kwh_per_year"].value
    assert cat["prometheus_homes"].value == pytest.approx(homes, rel=1e-3)


def test_el_capitan_power_in_june_2026_from_speed_and_efficiency():
    assert load_catalogue()["el_capitan_power_jun2026_mw"].value == pytest.approx(1.809e18 / 60.94e9 / 1e6)


def test_nuclear_contracted_adds_clinton_to_the_2026_agreements():
    assert load_catalogue()["meta_nuclear_contracted_gw"].value == pytest.approx(1.121 + 6.6)


def test_nuclear_splits_into_operating_plants_and_capacity_not_yet_built():
    cat = load_catalogue()
    assert cat["meta_nuclear_operating_plants_gw"].value == pytest.approx(1.121 + 2.176)
    # Vistra's uprates, TerraPower's two reactors and six optional ones, Oklo's campus target.
    assert cat["meta_nuclear_not_yet_built_gw"].value == pytest.approx(0.433 + 0.690 + 2.1 + 1.2)
    # The two parts make up the total, but for the rounding of Meta's "up to 6.6 GW".
    parts = cat["meta_nuclear_operating_plants_gw"].value + cat["meta_nuclear_not_yet_built_gw"].value
    assert parts == pytest.approx(cat["meta_nuclear_contracted_gw"].value, abs=0.01)


# The sensitivity curves the charts draw.


def test_facility_power_is_it_power_times_pue():
    assert facility_power_at(Quantity(140.25, "MW"), Quantity(1.5, "dimensionless")).m == pytest.approx(210.375)


def test_the_cluster_scaled_to_its_own_size_is_the_catalogues_figure(cat):
    facility, gpus = cat["cluster_facility_power_mw"], cat["cluster_gpus"]
    scaled = facility_power_for_gpus(gpus.estimate, facility.estimate, gpus.estimate)
    assert [scaled.value.m, scaled.low.m, scaled.high.m] == pytest.approx([facility.value, facility.low, facility.high])


def test_power_grows_in_proportion_to_the_gpus(cat):
    facility, gpus = cat["cluster_facility_power_mw"], cat["cluster_gpus"]
    fleet = cat["meta_h100_fleet_2024"]
    scaled = facility_power_for_gpus(fleet.estimate, facility.estimate, gpus.estimate)
    assert scaled.value.m == pytest.approx(facility.value * fleet.value / gpus.value)
