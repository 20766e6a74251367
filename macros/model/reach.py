"""Meta AI's reach: monthly users over time against Meta's daily audience.

Belongs here: user counts and the ratios between them. Not here: money from
those users (money) or the compute behind the assistant (compute).
"""

from macros.model.derivation import derive

FIGURES = (
    derive(
        "meta_ai_share_of_dap_pct",
        "Meta AI monthly users as a share of Meta's daily audience (Oct 2024)",
        unit="percent",
        style="percent",
        digits=2,
        how="Meta AI's monthly users (October 2024) divided by daily active people (June 2024)",
        inputs={"meta_ai_mau_oct_2024_m": "user", "meta_dap_jun_2024_bn": "person"},
        formula=lambda users, people: users / people,
    ),
    derive(
        "meta_ai_mau_growth_oct_to_may_x",
        "Growth of Meta AI's monthly users, October 2024 to May 2025",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="users reported in May 2025 divided by users reported in October 2024",
        inputs={"meta_ai_mau_may_2025_m": "user", "meta_ai_mau_oct_2024_m": "user"},
        formula=lambda later, earlier: later / earlier,
    ),
)


# After May 2025: Meta's daily audience to the latest stored quarter.
AFTER_2025 = (
    derive(
        "meta_dap_growth_two_years_pct",
        "Growth of Meta's daily audience, June 2024 to June 2026",
        unit="percent",
        style="signed_percent",
        digits=2,
        how="daily active people in June 2026 divided by June 2024's, minus one",
        inputs={"meta_dap_jun_2026_bn": "person", "meta_dap_jun_2024_bn": "person"},
        formula=lambda later, earlier: later / earlier - 1,
    ),
)
