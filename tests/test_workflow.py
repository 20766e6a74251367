"""Every workflow is valid GitHub Actions, clean under zizmor's offline audits, pinned and time-limited;
the publishing one tests before it deploys, and the upkeep one keeps its write permission apart."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github/workflows"
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    return str(BIN / name) if (BIN / name).exists() else shutil.which(name)


def test_workflow_matches_the_github_workflow_schema():
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    result = subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *files],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_is_clean_under_zizmor():
    result = subprocess.run([tool("zizmor"), "--offline", str(WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_tests_before_it_deploys_with_least_privilege():
    workflow = yaml.safe_load((WORKFLOWS / "publish.yml").read_text())
    assert workflow["permissions"] == {}
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    commands = [step.get("run", "") for step in build["steps"]]
    assert commands.index("make test") < commands.index("make site")
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert all(
        "@" in s["uses"] and len(s["uses"].split("@")[1]) == 40
        for job in (build, deploy)
        for s in job["steps"]
        if "uses" in s
    )


def workflows() -> dict[str, dict]:
    return {path.name: yaml.safe_load(path.read_text()) for path in sorted(WORKFLOWS.glob("*.yml"))}


def test_the_checks_cover_both_workflows():
    # The schema and zizmor checks above take every file in the folder; this names the ones expected.
    assert {"publish.yml", "upkeep.yml"} <= set(workflows())


def test_every_job_has_a_time_limit():
    # A hung build or test must not hold a runner for GitHub's default six hours.
    for name, workflow in workflows().items():
        assert all(0 < job.get("timeout-minutes", 0) <= 60 for job in workflow["jobs"].values()), name


def test_every_action_is_pinned_to_a_full_commit():
    for name, workflow in workflows().items():
        uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
        assert all(re.fullmatch(r"[\w./-]+@[0-9a-f]{40}", u) for u in uses), (name, uses)


def test_no_expression_is_pasted_into_a_script():
    # zizmor's template-injection audit, kept as a rule of the project: values reach scripts by env.
    for name, workflow in workflows().items():
        scripts = [step.get("run", "") for job in workflow["jobs"].values() for step in job["steps"]]
        assert not [s for s in scripts if "${{" in s], name


def test_upkeep_runs_weekly_and_only_its_issue_job_can_write():
    workflow = workflows()["upkeep.yml"]
    # PyYAML reads the key "on" as True.
    triggers = workflow[True]
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    [cron] = [entry["cron"] for entry in triggers["schedule"]]
    *_, day, month, weekday = cron.split()
    assert (day, month) == ("*", "*") and weekday.isdigit(), f"not weekly: {cron}"
    assert workflow["permissions"] == {}
    build, issue = workflow["jobs"]["list"], workflow["jobs"]["issue"]
    assert build["permissions"] == {"contents": "read"}
    assert issue["permissions"] == {"issues": "write"}
    assert issue["needs"] == "list" and "uses" not in str(issue["steps"]), "the writing job runs no action"
    commands = [step.get("run", "") for step in build["steps"]]
    assert commands[1] == "make site" and "macros.published.upkeep_issue" in commands[2]
    checkouts = [s for s in build["steps"] if s.get("uses", "").startswith("actions/checkout@")]
    assert [s["with"]["persist-credentials"] for s in checkouts] == [False]


def test_upkeep_checks_out_with_the_same_pinned_action_as_publish():
    def checkouts(workflow):
        return {s["uses"] for job in workflow["jobs"].values() for s in job["steps"] if "checkout" in s.get("uses", "")}

    assert checkouts(workflows()["upkeep.yml"]) == checkouts(workflows()["publish.yml"])


def test_upkeep_asks_the_index_about_the_engine_with_read_only_permission():
    engine = workflows()["upkeep.yml"]["jobs"]["engine"]
    assert engine["permissions"] == {"contents": "read"}
    assert any("scripts/engine_check.py --index-only" in step.get("run", "") for step in engine["steps"])
