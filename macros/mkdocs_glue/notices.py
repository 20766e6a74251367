"""Notices for the people who keep the site: stale sources, figures moved since the last release.

They are a to-do list, not a broken page, so they are printed on a logger of their own, which
MkDocs' strict mode does not count (`make site` stays strict on errors only). A release build
(SITE_RELEASE=1) refuses to publish with any.
"""

from __future__ import annotations

import logging
import os

from mkdocs.exceptions import PluginError

log = logging.getLogger("site.notices")
if not log.handlers:
    _handler = logging.StreamHandler()
    _handler.setFormatter(logging.Formatter("WARNING -  %(message)s"))
    log.addHandler(_handler)
    log.propagate = False


def is_release_build() -> bool:
    return os.environ.get("SITE_RELEASE") == "1"


def notice(headline: str, details: str) -> None:
    """Prints the notice, or stops a release build with it."""
    if is_release_build():
        raise PluginError(f"{headline} (a release build needs none):\n{details}")
    log.warning(f"{headline}:\n{details}")
