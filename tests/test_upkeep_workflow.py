"""What the upkeep workflow's two scripts do, run here as GitHub runs them: the body passes from the
build job to the issue job intact, and the issue job opens, edits or closes the one upkeep issue.

The GitHub CLI is replaced by a stand-in that records each call and answers "which upkeep issue is
open"; nothing here reaches the network.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/upkeep.yml"
FAKE_GH = """#!/bin/bash
printf '%s\\n' "$*" >> "$GH_CALLS"
for argument in "$@"; do [ "$argument" = "-" ] && cat > "$GH_CALLS.stdin"; done
[ "$1 $2" = "issue list" ] && printf '%s' "$OPEN_ISSUE"
exit 0
"""


def step_script(job: str, step_id_or_name: str) -> str:
    steps = yaml.safe_load(WORKFLOW.read_text())["jobs"][job]["steps"]
    [step] = [s for s in steps if step_id_or_name in (s.get("id"), s.get("name"))]
    return step["run"]


def run_as_github_does(script: str, cwd: Path, env: dict) -> subprocess.CompletedProcess:
    # GitHub's default shell on Linux runners: bash --noprofile --norc -eo pipefail {0}.
    path = cwd / "step.sh"
    path.write_text(script)
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(path)],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def github_output(path: Path) -> dict[str, str]:
    """The outputs a step wrote, read as GitHub reads $GITHUB_OUTPUT (name<<delimiter ... delimiter)."""
    outputs, lines = {}, path.read_text().split("\n")
    while lines and lines[0]:
        name, delimiter = lines.pop(0).split("<<")
        end = lines.index(delimiter)
        outputs[name], lines = "\n".join(lines[:end]), lines[end + 1 :]
    return outputs


@pytest.mark.parametrize("day", [dt.date(2030, 1, 1), dt.date(2000, 1, 1)], ids=["stale", "nothing-stale"])
def test_the_body_reaches_the_issue_job_intact(tmp_path, day):
    # The step runs the project's script with the build's virtualenv: here, this test's Python.
    venv_python = tmp_path / ".venv/bin/python"
    venv_python.parent.mkdir(parents=True)
    venv_python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    venv_python.chmod(0o755)
    epoch = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
    env = {"GITHUB_OUTPUT": str(tmp_path / "output"), "PYTHONPATH": str(ROOT), "SOURCE_DATE_EPOCH": str(epoch)}
    result = run_as_github_does(step_script("list", "body"), tmp_path, env)
    assert result.returncode == 0, result.stderr
    written = (tmp_path / "issue-body.md").read_text()
    assert github_output(tmp_path / "output") == {"body": written.removesuffix("\n")}
    assert bool(written) == (day.year == 2030)


def run_issue_job(tmp_path, body: str, open_issue: str) -> tuple[list[str], str | None]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "gh").write_text(FAKE_GH)
    (bin_dir / "gh").chmod(0o755)
    calls = tmp_path / "gh-calls"
    env = {
        "PATH": f"{bin_dir}:{os.environ['PATH']}",
        "GH_CALLS": str(calls),
        "OPEN_ISSUE": open_issue,
        "BODY": body,
        "GH_TOKEN": "not-a-token",
        "GH_REPO": "owner/repository",
    }
    result = run_as_github_does(step_script("issue", "Open, update or close the issue"), tmp_path, env)
    assert result.returncode == 0, result.stderr
    stdin = Path(f"{calls}.stdin")
    return calls.read_text().splitlines(), stdin.read_text() if stdin.exists() else None


BODY = "**2 sources are past their check-again date**\n\n### A: B\n"


def test_stale_sources_and_no_open_issue_open_one_with_its_label(tmp_path):
    calls, sent = run_issue_job(tmp_path, BODY, open_issue="")
    assert [call.split(" --")[0] for call in calls] == ["issue list", "label create upkeep", "issue create"]
    assert "--label upkeep --body-file -" in calls[2] and "--title Sources past their check-again date" in calls[2]
    assert sent == BODY + "\n"


def test_stale_sources_and_an_open_issue_edit_it(tmp_path):
    calls, sent = run_issue_job(tmp_path, BODY, open_issue="17")
    assert calls[0].startswith("issue list --label upkeep --state open")
    assert calls[1:] == ["issue edit 17 --body-file -"]
    assert sent == BODY + "\n"


def test_nothing_stale_closes_the_open_issue(tmp_path):
    calls, sent = run_issue_job(tmp_path, "", open_issue="17")
    assert calls[1].startswith("issue close 17 --comment ") and len(calls) == 2
    assert sent is None


def test_nothing_stale_and_no_open_issue_does_nothing(tmp_path):
    calls, sent = run_issue_job(tmp_path, "", open_issue="")
    assert [call.split(" --")[0] for call in calls] == ["issue list"]
    assert sent is None
