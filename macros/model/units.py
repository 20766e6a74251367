"""The project's single pint registry and the units it adds.

Units are checked by dimension, not by spelling: an input in kW feeds a formula
that wants MW, but an input in kWh where power is expected is an error.
"""

from __future__ import annotations

import re

import pint

# The parsed default definitions are cached on disk (the user cache folder): a build
# reads them twice, in MkDocs and in the notebook kernel, and parsing costs most of a second.
ureg = pint.UnitRegistry(cache_folder=":auto:")
# Counts (GPUs, tokens, parameters, homes, users) are plain numbers: giving them
# their own dimension would make 6 x parameters x tokens need a fudge unit.
ureg.define("GPU = [] ")
ureg.define("token = []")
ureg.define("parameter = []")
ureg.define("household = []")
ureg.define("user = []")
ureg.define("person = []")
ureg.define("FLOP = [computation]")
ureg.define("USD = [currency] = $")
ureg.define("million_USD = 1e6 USD")
ureg.define("billion_USD = 1e9 USD")
ureg.define("GPU_hour = GPU * hour")
# Compute counted in H100s: a data centre of other chips, at what they would add up to in H100s.
ureg.define("H100_equivalent = GPU")
# An accelerator that is not a GPU (Amazon's Trainium, Google's TPUs), counted as one.
ureg.define("chip = []")
ureg.define("tCO2e = tonne")
# Scaled counts, so data files can keep the numbers as their sources print them.
ureg.define("million_users = 1e6 user")
ureg.define("billion_people = 1e9 person")
ureg.define("billion_parameters = 1e9 parameter")
ureg.define("trillion_tokens = 1e12 token")
ureg.define("million_GPU_hours = 1e6 GPU_hour")

Quantity = ureg.Quantity


class UnitProblem(ValueError):
    pass


# Unit names, products, quotients and small whole powers: enough for every unit a source prints.
UNIT_TEXT = re.compile(r"[A-Za-z_%][A-Za-z0-9_%]*(\s*(\*\*?|/)\s*([A-Za-z_%][A-Za-z0-9_%]*|\d))*")


def check_unit(text: str) -> pint.Unit:
    """The pint unit for ``text``, or UnitProblem saying why not (never another error)."""
    if not isinstance(text, str) or not UNIT_TEXT.fullmatch(text.strip()):
        raise UnitProblem(
            f"'{text}' is not a unit: write a unit name such as MW, GWh or billion_USD, "
            "or a product or quotient of them such as kg/kWh"
        )
    try:
        unit = ureg.Unit(text)
    except Exception as exc:  # noqa: BLE001 - pint raises many kinds for bad text; all mean "not a unit"
        raise UnitProblem(f"'{text}' is not a unit pint knows ({exc.__class__.__name__})") from None
    return unit


def same_dimension(a: str | pint.Unit, b: str | pint.Unit) -> bool:
    return ureg.Unit(a).dimensionality == ureg.Unit(b).dimensionality
