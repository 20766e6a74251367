"""Known answers for training compute: the Llama 3 paper and model cards, worked by hand."""

import pytest

from macros.model import load_catalogue


@pytest.fixture(scope="module")
def cat():
    return load_catalogue()


def test_six_n_d_reproduces_the_llama3_paper_compute(cat):
    # 6 x 405e9 parameters x 15.6e12 tokens = 3.79e25, which the paper rounds to 3.8e25 FLOP.
    assert cat["llama3_405b_flop_6nd"].value == pytest.approx(3.7908e25, rel=1e-4)
    assert cat["llama3_405b_flop_6nd"].value == pytest.approx(cat["llama3_405b_reported_flop"].value, rel=0.01)


def test_average_utilisation_matches_a_hand_calculation(cat):
    # 3.8e25 / (30.84e6 h x 3600 s x 989.4e12 FLOP/s) = 0.3459
    assert cat["llama31_405b_avg_utilisation_pct"].value == pytest.approx(34.59, abs=0.01)


def test_model_card_gpu_hours_times_rated_power_gives_gpu_energy(cat):
    # 30.84e6 GPU-hours x 0.7 kW = 21.588 GWh
    assert cat["llama31_405b_gpu_energy_gwh"].value == pytest.approx(21.588)


def test_ten_times_llama3_is_a_range_over_which_llama3_is_meant(cat):
    projection = cat["llama4_projected_flop"]
    assert projection.value == pytest.approx(3.8e26)
    assert projection.high == pytest.approx(3.8e26)
    assert projection.low == pytest.approx(10 * 6 * 70e9 * 15e12)


def test_run_time_on_100k_gpus_uses_the_mfu_range(cat):
    days = cat["llama4_run_days_100k"]
    seconds_per_day = 86400
    central = 3.8e26 / (100_000 * 989.4e12 * 0.41) / seconds_per_day
    assert days.value == pytest.approx(central)
    assert days.low == pytest.approx(3.8e26 / (100_000 * 989.4e12 * 0.43) / seconds_per_day)
    assert days.high == pytest.approx(3.8e26 / (100_000 * 989.4e12 * 0.38) / seconds_per_day)


def test_more_gpus_means_a_shorter_run(cat):
    assert cat["llama4_run_days_16k"].value > cat["llama4_run_days_24k"].value > cat["llama4_run_days_100k"].value


def test_llama4_released_gpu_hours_are_a_quarter_of_llama31_405b(cat):
    assert cat["llama4_gpu_hours_vs_405b_x"].value == pytest.approx(7.38 / 30.84)


def test_fp8_dense_peak_is_half_the_sparse_headline(cat):
    assert cat["h100_fp8_dense_tflops"].value == pytest.approx(3957.8 / 2)


def test_released_llama4_compute_against_llama3():
    cat = load_catalogue()
    released = 6 * 17e9 * (40e12 + 22e12)
    assert cat["llama4_released_vs_llama3_x"].value == pytest.approx(released / 3.8e25)
    assert cat["llama4_behemoth_share_of_cluster_pct"].value == pytest.approx(32)
