"""``python -m macros.finishing SITE_DIR [--site-url URL]``: finish a site another engine built.

The site's address (for the feed and the numbers file) is ``--site-url``, else the SITE_URL
variable, as for ``make site``, else the home page's canonical address, which the engine wrote
from the same configuration. A bad data file or page record ends it with a message, no traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from macros.finishing.page_record import BadRecord
from macros.finishing.site import canonical_address, finish_site
from macros.model import DataError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m macros.finishing", description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, help="the folder the engine built")
    parser.add_argument("--site-url", default=os.environ.get("SITE_URL"), help="the published site's address")
    args = parser.parse_args(argv)
    home = args.site / "index.html"
    if not home.is_file():
        print(f"{args.site}: no index.html; build the site first", file=sys.stderr)
        return 2
    site_url = args.site_url if args.site_url is not None else canonical_address(home.read_text(encoding="utf-8"))
    try:
        done = finish_site(args.site, site_url)
    except (DataError, BadRecord, ValueError) as exc:
        print(f"finishing {args.site} failed:\n{exc}", file=sys.stderr)
        return 1
    print(f"{args.site}: {done.pages} pages finished ({done.already} were already), {done.files} files written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
