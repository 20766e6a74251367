"""The publishing workflow is valid GitHub Actions and clean under zizmor's offline audits."""

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


def test_every_job_has_a_time_limit():
    # A hung build or test must not hold a runner for GitHub's default six hours.
    workflow = yaml.safe_load((WORKFLOWS / "publish.yml").read_text())
    assert all(0 < job.get("timeout-minutes", 0) <= 60 for job in workflow["jobs"].values())
