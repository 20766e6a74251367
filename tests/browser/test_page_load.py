"""Every page loads cleanly, and from our own server only."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_every_page_loads_without_errors_or_other_hosts(visits):
    # Console errors, uncaught exceptions, failed requests, HTTP >= 400, and any
    # request to a host but ours (a reader's privacy, and the site's offline build).
    failures = [f"{visit.name}: {problem}" for visit in visits for problem in visit.problems]
    assert not failures, "problems while loading pages:\n" + "\n".join(failures)
