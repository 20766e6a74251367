"""Each page's share card under MkDocs: planned when the page's context is made (its title and front
matter are known then), drawn beside the pages (macros/published/drawing.py) and written after the
last page. The card itself is macros/published/share_cards.py.

A page names its headline figure in its front matter (``share: figure_id``); a page that names none,
such as the notebook's, takes the site's (``extra.share`` in mkdocs.yml).
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

from macros.addresses import share_card as card_path
from macros.charts.kit.card import HEIGHT_PX, WIDTH_PX
from macros.model import load_catalogue
from macros.published.drawing import card
from macros.published.share_cards import UnknownShareFigure, card_alt, card_text


def plan_card(page, config, build) -> None:
    """Asks for the page's card to be drawn and gives the template its address and words."""
    figure_id = (page.meta or {}).get("share") or config.extra.get("share")
    if figure_id is None:
        raise PluginError(f"docs/{page.file.src_uri}: no headline figure for its share card (front matter 'share')")
    title = page.title or config.site_name
    try:
        text = card_text(load_catalogue(), figure_id, title, page.file.src_uri)
    except UnknownShareFigure as exc:
        raise PluginError(str(exc)) from None
    path = card_path(page.file.src_uri)
    build.pngs[path] = card(text)
    build.drawer.submit(build.pngs[path])
    page.meta["share_image"] = f"{(config.site_url or '').rstrip('/')}/{path}"
    page.meta["share_image_alt"] = card_alt(text)
    page.meta["share_image_size"] = (WIDTH_PX, HEIGHT_PX)
