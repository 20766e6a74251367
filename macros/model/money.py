"""Meta's money: capital spending, quarterly results, growth rates, the cost of a cluster.

Belongs here: growth rates recomputed from reported figures, the 2024 capex
guidance against 2023, year-to-date sums, and the OpenAI contrast. Not here:
user counts (reach) or power.
"""

from macros.model.derivation import derive


def _growth(now, before):
    return now / before - 1


def _growth_figure(id, label, now, before, how):
    return derive(
        id,
        label,
        unit="percent",
        style="signed_percent",
        digits=3,
        how=how,
        inputs={now: "USD", before: "USD"},
        formula=_growth,
    )


def _sum(*values):
    total = values[0]
    for value in values[1:]:
        total = total + value
    return total


FIGURES = (
    derive(
        "capex_2023_billion_usd",
        "Meta's 2023 capital expenditures, including finance-lease principal",
        unit="billion_USD",
        style="usd",
        digits=4,
        how="purchases of property and equipment plus principal payments on finance leases (Meta's definition)",
        inputs={"capex_ppe_2023_musd": "USD", "finance_lease_principal_2023_musd": "USD"},
        formula=_sum,
    ),
    _growth_figure(
        "capex_2024_guidance_growth_pct",
        "Growth of 2024 capex guidance (October) over 2023",
        "capex_2024_guidance_oct_busd",
        "capex_2023_billion_usd",
        "the October 2024 guidance range divided by 2023's capital expenditures, minus one",
    ),
    _growth_figure(
        "capex_2024_july_guidance_growth_pct",
        "Growth of 2024 capex guidance (July) over 2023",
        "capex_2024_guidance_jul_busd",
        "capex_2023_billion_usd",
        "the July 2024 guidance range divided by 2023's capital expenditures, minus one",
    ),
    _growth_figure(
        "capex_2024_actual_growth_pct",
        "Actual 2024 capex growth over 2023",
        "capex_2024_actual_busd",
        "capex_2023_billion_usd",
        "2024's reported capital expenditures divided by 2023's, minus one",
    ),
    _growth_figure(
        "capex_2025_guidance_growth_pct",
        "Growth of the first 2025 capex guidance over 2024's actual",
        "capex_2025_guidance_jan_busd",
        "capex_2024_actual_busd",
        "the January 2025 guidance range divided by 2024's capital expenditures, minus one",
    ),
    _growth_figure(
        "q2_2024_revenue_growth_pct",
        "Q2 2024 revenue growth",
        "q2_2024_revenue_musd",
        "q2_2023_revenue_musd",
        "Q2 2024 revenue divided by Q2 2023's, minus one",
    ),
    _growth_figure(
        "q2_2024_costs_growth_pct",
        "Q2 2024 growth of costs and expenses",
        "q2_2024_costs_musd",
        "q2_2023_costs_musd",
        "Q2 2024 costs and expenses divided by Q2 2023's, minus one",
    ),
    _growth_figure(
        "q2_2024_operating_income_growth_pct",
        "Q2 2024 operating income growth",
        "q2_2024_operating_income_musd",
        "q2_2023_operating_income_musd",
        "Q2 2024 income from operations divided by Q2 2023's, minus one",
    ),
    _growth_figure(
        "q2_2024_net_income_growth_pct",
        "Q2 2024 net income growth",
        "q2_2024_net_income_musd",
        "q2_2023_net_income_musd",
        "Q2 2024 net income divided by Q2 2023's, minus one",
    ),
    derive(
        "q2_2024_operating_margin_pct",
        "Q2 2024 operating margin",
        unit="percent",
        style="percent",
        digits=2,
        how="income from operations divided by revenue",
        inputs={"q2_2024_operating_income_musd": "USD", "q2_2024_revenue_musd": "USD"},
        formula=lambda income, revenue: income / revenue,
    ),
    derive(
        "q2_2023_operating_margin_pct",
        "Q2 2023 operating margin",
        unit="percent",
        style="percent",
        digits=2,
        how="income from operations divided by revenue",
        inputs={"q2_2023_operating_income_musd": "USD", "q2_2023_revenue_musd": "USD"},
        formula=lambda income, revenue: income / revenue,
    ),
    derive(
        "ytd_9m_2024_costs_musd",
        "Costs and expenses, January to September 2024",
        unit="million_USD",
        style="usd",
        digits=5,
        how="Q1 plus Q2 plus Q3 2024",
        inputs={"q1_2024_costs_musd": "USD", "q2_2024_costs_musd": "USD", "q3_2024_costs_musd": "USD"},
        formula=_sum,
    ),
    derive(
        "ytd_9m_2023_costs_musd",
        "Costs and expenses, January to September 2023",
        unit="million_USD",
        style="usd",
        digits=5,
        how="Q1 plus Q2 plus Q3 2023",
        inputs={"q1_2023_costs_musd": "USD", "q2_2023_costs_musd": "USD", "q3_2023_costs_musd": "USD"},
        formula=_sum,
    ),
    derive(
        "ytd_9m_2024_revenue_musd",
        "Revenue, January to September 2024",
        unit="million_USD",
        style="usd",
        digits=6,
        how="Q1 plus Q2 plus Q3 2024",
        inputs={"q1_2024_revenue_musd": "USD", "q2_2024_revenue_musd": "USD", "q3_2024_revenue_musd": "USD"},
        formula=_sum,
    ),
    derive(
        "ytd_9m_2023_revenue_musd",
        "Revenue, January to September 2023",
        unit="million_USD",
        style="usd",
        digits=5,
        how="Q1 plus Q2 plus Q3 2023",
        inputs={"q1_2023_revenue_musd": "USD", "q2_2023_revenue_musd": "USD", "q3_2023_revenue_musd": "USD"},
        formula=_sum,
    ),
    _growth_figure(
        "ytd_9m_2024_costs_growth_pct",
        "Growth of costs and expenses, first nine months of 2024",
        "ytd_9m_2024_costs_musd",
        "ytd_9m_2023_costs_musd",
        "January-September 2024 costs divided by the same months of 2023, minus one",
    ),
    _growth_figure(
        "ytd_9m_2024_revenue_growth_pct",
        "Revenue growth, first nine months of 2024",
        "ytd_9m_2024_revenue_musd",
        "ytd_9m_2023_revenue_musd",
        "January-September 2024 revenue divided by the same months of 2023, minus one",
    ),
    _growth_figure(
        "q2_2024_tax_growth_pct",
        "Q2 2024 growth of the provision for income taxes",
        "q2_2024_tax_provision_musd",
        "q2_2023_tax_provision_musd",
        "Q2 2024 provision for income taxes divided by Q2 2023's, minus one",
    ),
    _growth_figure(
        "q3_2024_costs_growth_pct",
        "Q3 2024 growth of costs and expenses",
        "q3_2024_costs_musd",
        "q3_2023_costs_musd",
        "Q3 2024 costs and expenses divided by Q3 2023's, minus one",
    ),
    derive(
        "cluster_capex_share_pct",
        "A 100,000-H100 cluster's servers as a share of Meta's 2024 capex",
        unit="percent",
        style="percent",
        digits=2,
        how="SemiAnalysis's server cost for such a cluster divided by Meta's 2024 capital expenditures",
        inputs={"h100k_cluster_server_capex_busd": "USD", "capex_2024_actual_busd": "USD"},
        formula=lambda cluster, capex: cluster / capex,
    ),
    derive(
        "q2_2024_capex_share_of_revenue_pct",
        "Q2 2024 capex as a share of Q2 revenue",
        unit="percent",
        style="percent",
        digits=2,
        how="Q2 2024 capital expenditures divided by Q2 2024 revenue",
        inputs={"q2_2024_capex_busd": "USD", "q2_2024_revenue_musd": "USD"},
        formula=lambda capex, revenue: capex / revenue,
    ),
    derive(
        "openai_2024_costs_busd",
        "OpenAI's reported 2024 costs for compute and staff",
        unit="billion_USD",
        style="usd",
        digits=2,
        how="reported compute costs plus reported staff costs",
        inputs={"openai_2024_compute_costs_busd": "USD", "openai_2024_staff_costs_busd": "USD"},
        formula=_sum,
    ),
    derive(
        "meta_q2_net_income_vs_openai_loss_x",
        "Meta's Q2 2024 net income against OpenAI's projected 2024 loss",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="one quarter of Meta's net income divided by OpenAI's projected loss for the whole year",
        inputs={"q2_2024_net_income_musd": "USD", "openai_2024_projected_loss_busd": "USD"},
        formula=lambda income, loss: income / loss,
    ),
    derive(
        "q2_2024_family_of_apps_margin_check_musd",
        "Family of Apps income less the Reality Labs loss, Q2 2024",
        unit="million_USD",
        style="usd",
        digits=4,
        how="Family of Apps operating income minus the Reality Labs operating loss; "
        "should equal total operating income",
        inputs={"q2_2024_family_of_apps_income_busd": "USD", "q2_2024_reality_labs_loss_busd": "USD"},
        formula=lambda apps, labs: apps - labs,
    ),
)


# After 2024: capital spending by year on Meta's definition, the 2026 guidance, and the results
# of the quarters since, with the one-off tax items that move net income named.
AFTER_2024 = (
    derive(
        "capex_2022_billion_usd",
        "Meta's 2022 capital expenditures, including finance-lease principal",
        unit="billion_USD",
        style="usd",
        digits=4,
        how="purchases of property and equipment plus principal payments on finance leases (Meta's definition)",
        inputs={"capex_ppe_2022_musd": "USD", "finance_lease_principal_2022_musd": "USD"},
        formula=_sum,
    ),
    _growth_figure(
        "capex_2025_actual_growth_pct",
        "Actual 2025 capex growth over 2024",
        "capex_2025_actual_busd",
        "capex_2024_actual_busd",
        "2025's reported capital expenditures divided by 2024's, minus one",
    ),
    _growth_figure(
        "capex_2026_guidance_growth_pct",
        "Growth of the latest 2026 capex guidance over 2025",
        "capex_2026_guidance_jul_busd",
        "capex_2025_actual_busd",
        "the July 2026 guidance range divided by 2025's capital expenditures, minus one",
    ),
    derive(
        "capex_2026_guidance_vs_2024_x",
        "The latest 2026 capex guidance against 2024's capex",
        unit="dimensionless",
        style="multiple",
        digits=2,
        how="the July 2026 guidance range divided by 2024's capital expenditures",
        inputs={"capex_2026_guidance_jul_busd": "USD", "capex_2024_actual_busd": "USD"},
        formula=lambda later, earlier: later / earlier,
    ),
    derive(
        "fy2024_revenue_musd",
        "Meta revenue, 2024",
        unit="million_USD",
        style="usd",
        digits=6,
        how="the four quarters of 2024 added up",
        inputs={
            "q1_2024_revenue_musd": "USD",
            "q2_2024_revenue_musd": "USD",
            "q3_2024_revenue_musd": "USD",
            "q4_2024_revenue_musd": "USD",
        },
        formula=_sum,
    ),
    _growth_figure(
        "fy2025_revenue_growth_pct",
        "Revenue growth, 2025 over 2024",
        "fy2025_revenue_musd",
        "fy2024_revenue_musd",
        "2025 revenue divided by 2024's, minus one",
    ),
    derive(
        "capex_2025_share_of_revenue_pct",
        "2025 capex as a share of 2025 revenue",
        unit="percent",
        style="percent",
        digits=2,
        how="2025 capital expenditures divided by 2025 revenue",
        inputs={"capex_2025_actual_busd": "USD", "fy2025_revenue_musd": "USD"},
        formula=lambda c, r: c / r,
    ),
    derive(
        "q3_2025_net_income_before_tax_charge_musd",
        "Meta net income in Q3 2025 without the one-time tax charge",
        unit="million_USD",
        style="usd",
        digits=4,
        how="reported net income plus the one-time, non-cash tax charge",
        inputs={"q3_2025_net_income_musd": "USD", "q3_2025_tax_charge_busd": "USD"},
        formula=_sum,
    ),
    derive(
        "q1_2026_net_income_before_tax_benefit_busd",
        "Meta net income in Q1 2026 without the one-time tax benefit",
        unit="billion_USD",
        style="usd",
        digits=3,
        how="reported net income minus the one-time tax benefit",
        inputs={"q1_2026_net_income_busd": "USD", "q1_2026_tax_benefit_busd": "USD"},
        formula=lambda income, benefit: income - benefit,
    ),
    _growth_figure(
        "q2_2026_revenue_growth_pct",
        "Q2 2026 revenue growth",
        "q2_2026_revenue_busd",
        "q2_2025_revenue_musd",
        "Q2 2026 revenue divided by Q2 2025's, minus one",
    ),
)
