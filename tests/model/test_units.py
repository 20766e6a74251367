"""The one pint registry: custom units convert, and wrong dimensions are told apart."""

import pytest

from macros.model.units import Quantity, same_dimension, ureg


def test_currency_scales_convert():
    assert Quantity(39071, "million_USD").to("billion_USD").magnitude == pytest.approx(39.071)


def test_gpu_hours_times_power_is_energy():
    energy = Quantity(30.84, "million_GPU_hours") * Quantity(700, "W")
    assert energy.to("GWh").magnitude == pytest.approx(21.588)


def test_power_and_energy_are_different_dimensions():
    assert same_dimension("MW", "kW")
    assert not same_dimension("MW", "TWh")


def test_flop_over_flop_per_second_is_time():
    time = Quantity(3.8e26, "FLOP") / Quantity(1e20, "FLOP/s")
    assert time.to("day").magnitude == pytest.approx(3.8e6 / 86400)


def test_counts_are_dimensionless():
    assert ureg.Unit("GPU").dimensionality == ureg.Unit("dimensionless").dimensionality
