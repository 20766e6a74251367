"""Each page's share card under MkDocs: planned when the page's context is made (its title and front
matter are known then), written after the last page. The card itself is macros/published/share_cards.py.

A page names its headline figure in its front matter (``share: figure_id``); a page that names none,
such as the notebook's, takes the site's (``extra.share`` in mkdocs.yml).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError

from macros.addresses import share_card as card_path
from macros.model import load_catalogue
from macros.published.share_cards import UnknownShareFigure, share_card


def plan_card(page, config, cards: dict) -> None:
    """Draws the page's card into ``cards`` (site path -> PNG) and gives the template its address and words."""
    figure_id = (page.meta or {}).get("share") or config.extra.get("share")
    if figure_id is None:
        raise PluginError(f"docs/{page.file.src_uri}: no headline figure for its share card (front matter 'share')")
    title = page.title or config.site_name
    try:
        card = share_card(load_catalogue(), figure_id, title, page.file.src_uri)
    except UnknownShareFigure as exc:
        raise PluginError(str(exc)) from None
    path = card_path(page.file.src_uri)
    cards[path] = card.png
    page.meta["share_image"] = f"{(config.site_url or '').rstrip('/')}/{path}"
    page.meta["share_image_alt"] = card.alt
    page.meta["share_image_size"] = (card.width, card.height)


def write_cards(config, cards: dict) -> None:
    for path, png in cards.items():
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png)
