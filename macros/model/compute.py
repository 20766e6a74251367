"""Training compute: FLOP counts, GPU-hours, utilisation and run times.

Belongs here: 6 x parameters x tokens, the "ten times Llama 3" projection, how
long such a run takes on a cluster, Llama 4 as released, and the energy and emissions
of training runs (they need GPU-hours). Not here: the power of a cluster (power) or money.
"""

from macros.model.derivation import derive, span
from macros.model.estimate import Estimate
from macros.model.units import ureg

DAY = 1 * ureg.day


def training_days(flop, gpus, peak, utilisation):
    """Days for ``gpus`` GPUs, each doing ``utilisation`` of its ``peak``, to compute ``flop``.
    The training-time chart draws its lines with this same function."""
    return (flop / (gpus * peak * utilisation)).to("day")


def _training_flop(per_param_token, params, tokens):
    return per_param_token * params * tokens


def _multiple_of_either_llama3(multiple, flop_405b, flop_70b):
    """The projection's range is about which model "Llama 3" means, so it is built, not propagated."""
    big = multiple.value * flop_405b.value
    return Estimate(big, multiple.value * flop_70b.value, big)


FIGURES = (
    derive(
        "h100_fp8_dense_tflops",
        "H100 SXM dense FP8 tensor peak",
        unit="TFLOP/s",
        digits=4,
        how="NVIDIA's with-sparsity FP8 figure halved: structured sparsity doubles the headline number",
        inputs={"h100_fp8_sparse_tflops": "TFLOP/s"},
        formula=lambda sparse: sparse / 2,
    ),
    derive(
        "llama3_405b_flop_6nd",
        "Llama 3.1 405B training compute, 6 x parameters x tokens",
        unit="FLOP",
        style="sci",
        digits=3,
        how="6 FLOP per parameter per token, times parameters, times training tokens",
        inputs={"flop_per_parameter_token": "FLOP", "llama3_405b_params": "parameter", "llama3_405b_tokens": "token"},
        formula=_training_flop,
    ),
    derive(
        "llama3_405b_flop_check_pct",
        "6ND estimate against the paper's reported compute",
        unit="percent",
        style="signed_percent",
        digits=2,
        how="our 6ND estimate divided by the paper's figure, minus one",
        inputs={"llama3_405b_flop_6nd": "FLOP", "llama3_405b_reported_flop": "FLOP"},
        formula=lambda ours, paper: ours / paper - 1,
    ),
    derive(
        "llama3_70b_flop_6nd",
        "Llama 3 70B training compute, 6 x parameters x tokens",
        unit="FLOP",
        style="sci",
        digits=2,
        how="6 FLOP per parameter per token, times parameters, times training tokens",
        inputs={"flop_per_parameter_token": "FLOP", "llama3_70b_params": "parameter", "llama3_70b_tokens": "token"},
        formula=_training_flop,
    ),
    derive(
        "llama2_70b_flop_implied",
        'Llama 2 70B training compute implied by the paper\'s "almost 50x"',
        unit="FLOP",
        style="sci",
        digits=2,
        how="the Llama 3.1 405B compute divided by the paper's multiple over Llama 2",
        inputs={"llama3_405b_reported_flop": "FLOP", "llama3_405b_vs_llama2_x": "dimensionless"},
        formula=lambda flop, x: flop / x,
    ),
    derive(
        "llama31_405b_avg_utilisation_pct",
        "Average use of the H100's dense BF16 peak over all GPU-hours",
        unit="percent",
        style="percent",
        digits=2,
        how="reported compute divided by (GPU-hours times the H100's dense BF16 peak)",
        inputs={
            "llama3_405b_reported_flop": "FLOP",
            "llama31_405b_gpu_hours": "GPU_hour",
            "h100_bf16_dense_tflops": "TFLOP/s",
        },
        formula=lambda flop, hours, peak: flop / (hours * peak),
    ),
    derive(
        "llama4_projected_flop",
        'Llama 4 training compute if it is "almost ten times Llama 3"',
        unit="FLOP",
        style="sci",
        digits=2,
        how="the multiple Zuckerberg gave, times Llama 3's compute: the 405B run (central, high) or the "
        'April 2024 70B model (low), since "Llama 3" can mean either',
        inputs={
            "llama4_compute_multiple_x": "dimensionless",
            "llama3_405b_reported_flop": "FLOP",
            "llama3_70b_flop_6nd": "FLOP",
        },
        formula=_multiple_of_either_llama3,
        on_estimates=True,
    ),
    derive(
        "llama4_ten_x_405b_flop",
        "Ten times the Llama 3.1 405B run",
        unit="FLOP",
        style="sci",
        digits=2,
        how="the multiple Zuckerberg gave, times the 405B run's reported compute",
        inputs={"llama4_compute_multiple_x": "dimensionless", "llama3_405b_reported_flop": "FLOP"},
        formula=lambda x, flop: x * flop,
    ),
    *(
        derive(
            f"llama4_run_days_{name}",
            f"Days to train ten times Llama 3.1 405B on {label} H100s",
            unit="day",
            digits=2,
            how="compute divided by (GPUs times dense BF16 peak times model FLOP utilisation)",
            inputs={
                "llama4_ten_x_405b_flop": "FLOP",
                gpus: "GPU",
                "h100_bf16_dense_tflops": "TFLOP/s",
                "llama3_405b_mfu_pct": "percent",
            },
            formula=training_days,
        )
        for name, label, gpus in (
            ("16k", "16,384", "llama3_405b_run_gpus"),
            ("24k", "24,576", "meta_genai_cluster_gpus"),
            ("100k", "100,000", "cluster_gpus"),
        )
    ),
    derive(
        "llama31_405b_gpu_energy_gwh",
        "Electricity of the Llama 3.1 405B run's GPUs at their rated power",
        unit="GWh",
        how="GPU-hours times the power per GPU Meta's model card uses",
        inputs={"llama31_405b_gpu_hours": "GPU_hour", "h100_tdp_w": "W"},
        formula=lambda h, w: h * w,
    ),
    derive(
        "llama31_405b_energy_homes",
        "US homes with the same yearly electricity use as the 405B run",
        unit="household",
        style="count",
        digits=2,
        how="the run's GPU energy divided by a US home's yearly use",
        inputs={"llama31_405b_gpu_energy_gwh": "GWh", "us_household_kwh_per_year": "kWh"},
        formula=lambda e, home: e / home,
    ),
    derive(
        "llama31_405b_implied_kg_per_kwh",
        "Carbon intensity implied by Meta's figures for the 405B run",
        unit="kg/kWh",
        digits=2,
        how="reported location-based emissions divided by the run's GPU energy",
        inputs={"llama31_405b_emissions_t": "tCO2e", "llama31_405b_gpu_energy_gwh": "GWh"},
        formula=lambda t, e: t / e,
    ),
    derive(
        "us_grid_kg_per_kwh",
        "US grid carbon intensity in kilograms",
        unit="kg/kWh",
        digits=3,
        how="EIA's pounds of CO2 per kWh in kilograms",
        inputs={"us_grid_lb_per_kwh": "lb/kWh"},
        formula=lambda q: q,
    ),
    derive(
        "llama4_projected_energy_gwh",
        "GPU electricity of a run ten times Llama 3.1 405B",
        unit="GWh",
        how="ten times the 405B run's GPU energy, at the same hardware and efficiency",
        inputs={"llama4_compute_multiple_x": "dimensionless", "llama31_405b_gpu_energy_gwh": "GWh"},
        formula=lambda x, e: x * e,
    ),
    derive(
        "llama4_projected_emissions_t",
        "Location-based emissions of that run on the average US grid",
        unit="tCO2e",
        style="count",
        digits=2,
        how="projected energy times the US grid's carbon intensity",
        inputs={"llama4_projected_energy_gwh": "GWh", "us_grid_kg_per_kwh": "kg/kWh"},
        formula=lambda e, k: e * k,
    ),
    derive(
        "llama4_scout_flop_6nd",
        "Llama 4 Scout training compute, 6 x active parameters x tokens",
        unit="FLOP",
        style="sci",
        digits=2,
        how="6 FLOP per active parameter per token (a mixture-of-experts model "
        "computes with its active parameters only)",
        inputs={
            "flop_per_parameter_token": "FLOP",
            "llama4_active_params": "parameter",
            "llama4_scout_tokens": "token",
        },
        formula=_training_flop,
    ),
    derive(
        "llama4_maverick_flop_6nd",
        "Llama 4 Maverick training compute, 6 x active parameters x tokens",
        unit="FLOP",
        style="sci",
        digits=2,
        how="6 FLOP per active parameter per token",
        inputs={
            "flop_per_parameter_token": "FLOP",
            "llama4_active_params": "parameter",
            "llama4_maverick_tokens": "token",
        },
        formula=_training_flop,
    ),
    derive(
        "llama4_released_flop_6nd",
        "Scout and Maverick together",
        unit="FLOP",
        style="sci",
        digits=2,
        how="the sum of the two released models' 6ND estimates",
        inputs={"llama4_scout_flop_6nd": "FLOP", "llama4_maverick_flop_6nd": "FLOP"},
        formula=lambda a, b: a + b,
    ),
    derive(
        "llama4_released_vs_projection_pct",
        "Released Llama 4 compute as a share of the ten-times projection",
        unit="percent",
        style="percent",
        digits=2,
        how="Scout plus Maverick divided by ten times the 405B run",
        inputs={"llama4_released_flop_6nd": "FLOP", "llama4_ten_x_405b_flop": "FLOP"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "llama4_gpu_hours_vs_405b_x",
        "Llama 4 pre-training GPU-hours against the Llama 3.1 405B run",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Llama 4's reported GPU-hours divided by the 405B's",
        inputs={"llama4_gpu_hours": "GPU_hour", "llama31_405b_gpu_hours": "GPU_hour"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "llama4_behemoth_fp8_share_pct",
        "Behemoth's FP8 throughput as a share of the H100's dense FP8 peak",
        unit="percent",
        style="percent",
        digits=2,
        how="Meta's reported TFLOPs per GPU divided by the H100's dense FP8 peak (assumes H100s: the blog does "
        "not name the GPU)",
        inputs={"llama4_behemoth_tflops_per_gpu": "TFLOP/s", "h100_fp8_dense_tflops": "TFLOP/s"},
        formula=lambda a, b: a / b,
    ),
)


# After the release: what Llama 4 used against the projection, and the models since.
AFTER_RELEASE = (
    # Behemoth was trained but never released, and Meta never gave its compute: an estimate, from the
    # preview's active parameters and a range of tokens, so the scorecard can show what Meta spent.
    derive(
        "llama4_behemoth_tokens_t",
        "Tokens Behemoth was pre-trained on (our assumption)",
        unit="trillion_tokens",
        digits=2,
        how=(
            "at least the 30 trillion tokens of Llama 4's data mixture (Meta: more than that), at most the 40 "
            "trillion Scout was trained on, the most Meta gave for any Llama 4 model"
        ),
        inputs={
            "llama4_data_mixture_tokens": "trillion_tokens",
            "llama4_scout_tokens": "trillion_tokens",
        },
        formula=lambda mixture, scout: span(mixture, mixture, scout),
        on_estimates=True,
    ),
    derive(
        "llama4_behemoth_flop_6nd",
        "Llama 4 Behemoth training compute, 6 x active parameters x tokens (our estimate)",
        unit="FLOP",
        style="sci",
        digits=2,
        how="6 FLOP per active parameter per token, times Behemoth's 288B active parameters, times its assumed tokens",
        inputs={
            "flop_per_parameter_token": "FLOP",
            "llama4_behemoth_active_params": "parameter",
            "llama4_behemoth_tokens_t": "token",
        },
        formula=_training_flop,
    ),
    derive(
        "llama4_behemoth_vs_llama3_x",
        "Behemoth's estimated compute against Llama 3.1 405B's",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Behemoth's 6ND estimate divided by the 405B run's reported compute",
        inputs={"llama4_behemoth_flop_6nd": "FLOP", "llama3_405b_reported_flop": "FLOP"},
        formula=lambda behemoth, llama3: behemoth / llama3,
    ),
    derive(
        "llama4_released_vs_llama3_x",
        "Released Llama 4 compute against Llama 3.1 405B's",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Scout and Maverick's 6ND estimates added up, divided by the 405B run's reported compute",
        inputs={"llama4_released_flop_6nd": "FLOP", "llama3_405b_reported_flop": "FLOP"},
        formula=lambda llama4, llama3: llama4 / llama3,
    ),
    derive(
        "llama4_behemoth_share_of_cluster_pct",
        "GPUs in Behemoth's pre-training against the 100,000-H100 cluster",
        unit="percent",
        style="percent",
        digits=2,
        how="the GPUs Meta said pre-trained Behemoth divided by the cluster Zuckerberg described",
        inputs={"llama4_behemoth_gpus": "GPU", "llama4_cluster_gpus_oct": "GPU"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "llama4_data_vs_llama3_x",
        "Llama 4's pre-training data mixture against Llama 3.1 405B's tokens",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="the tokens of Llama 4's data mixture divided by the 405B's training tokens",
        inputs={"llama4_data_mixture_tokens": "token", "llama3_405b_tokens": "token"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "muse_spark_vs_leaders_pct",
        "Muse Spark's index score against the leading models' (April 2026)",
        unit="percent",
        style="percent",
        digits=2,
        how="Muse Spark's Artificial Analysis Intelligence Index divided by the leaders' score",
        inputs={"muse_spark_aa_index": "dimensionless", "muse_spark_aa_index_leader": "dimensionless"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "muse_spark_vs_maverick_index_x",
        "Muse Spark's index score against Llama 4 Maverick's",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="Muse Spark's Artificial Analysis Intelligence Index divided by Maverick's, on the same version",
        inputs={"muse_spark_aa_index": "dimensionless", "llama4_maverick_aa_index_v4": "dimensionless"},
        formula=lambda a, b: a / b,
    ),
    derive(
        "scale_ai_booked_share_pct",
        "Scale AI stake Meta booked against the reported deal size",
        unit="percent",
        style="percent",
        digits=2,
        how="the amount in Meta's 10-Q divided by the reported $14.3 billion",
        inputs={"scale_ai_stake_booked_jun_2025_busd": "USD", "scale_ai_investment_busd": "USD"},
        formula=lambda a, b: a / b,
    ),
)
