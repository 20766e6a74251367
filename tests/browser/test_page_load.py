"""Every page loads cleanly, and from our own server only."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_every_page_loads_without_errors_or_other_hosts(visits):
    # Console errors, uncaught exceptions, failed requests, HTTP >= 400, and any
    # request to a host but ours (a reader's privacy, and the site's offline build).
    failures = [f"{visit.name}: {problem}" for visit in visits for problem in visit.problems]
    assert not failures, "problems while loading pages:\n" + "\n".join(failures)


def test_no_script_file_runs_before_the_reader_interacts(visits):
    # Material's script costs a phone hundreds of milliseconds at load; it waits for a first
    # interaction (overrides/partials/scripts-on-interaction.html), which a visit makes only
    # after this was recorded. Inline scripts (palette, loader) are not files and not counted.
    failures = [
        f"{visit.name}: {visit.script_files_before_interaction}"
        for visit in visits
        if visit.script_files_before_interaction
    ]
    assert not failures, "script files fetched before any interaction:\n" + "\n".join(failures)
