"""`make bench-cards`: what the share cards cost a build, drawn as the build draws them.

One card per page: each docs page's headline figure (front matter ``share:``, else mkdocs.yml's
``extra.share``), drawn by macros/published/share_cards.py in three rounds after a warm-up (the
first card also pays for the chart kit's fonts). Prints the median time per round and per card,
and each card's size.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from macros.model import load_catalogue  # noqa: E402
from macros.published.share_cards import share_card  # noqa: E402

ROUNDS = 3


class _Loader(yaml.SafeLoader):
    pass


_Loader.add_constructor("!ENV", lambda loader, node: None)


def headline_figures() -> dict[str, str]:
    """Each page's source path to the figure its card shows."""
    default = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=_Loader)["extra"]["share"]
    found = {}
    for page in sorted((ROOT / "docs").glob("*.md")) + [ROOT / "docs/methodology.py"]:
        text = page.read_text(encoding="utf-8")
        meta = yaml.safe_load(text.split("---", 2)[1]) if text.startswith("---") else {}
        found[page.name] = (meta or {}).get("share") or default
    return found


def main() -> int:
    catalogue = load_catalogue()
    figures = headline_figures()

    def draw() -> list:
        return [share_card(catalogue, figure, name, name) for name, figure in figures.items()]

    start = time.perf_counter()
    cards = draw()
    first = time.perf_counter() - start
    rounds = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        draw()
        rounds.append(time.perf_counter() - start)
    median = statistics.median(rounds)
    print(f"{len(cards)} share cards, 1200 x 630 PNG")
    print(f"first round (fonts loaded): {first * 1000:.0f} ms")
    print(f"median of {ROUNDS} rounds: {median * 1000:.0f} ms, {median * 1000 / len(cards):.0f} ms a card")
    sizes = sorted(len(card.png) for card in cards)
    print(f"PNG sizes: {sizes[0] / 1000:.0f}-{sizes[-1] / 1000:.0f} KB, {sum(sizes) / 1000:.0f} KB in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
