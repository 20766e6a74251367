"""Each page's share card: its title and its headline figure, named in the page's front matter
(``share: figure_id``), as a 1200 x 630 PNG drawn by the chart kit (macros/charts/kit/card.py).

The card is made from the catalogue at every build, so it moves when its figure moves. An unknown
figure fails the build, naming the page. Pure, no MkDocs.
"""

from __future__ import annotations

from dataclasses import dataclass

from macros.charts.kit.card import HEIGHT_PX, WIDTH_PX, CardText, card_png
from macros.charts.kit.provenance import source_line
from macros.formatting import figure_text
from macros.model.catalogue import Catalogue
from macros.model.errors import UnknownId
from macros.text.how_to_cite import SITE_NAME


@dataclass(frozen=True)
class ShareCard:
    text: CardText
    png: bytes
    width: int = WIDTH_PX
    height: int = HEIGHT_PX

    @property
    def alt(self) -> str:
        return card_alt(self.text)


def card_alt(text: CardText) -> str:
    """The card in words, for og:image:alt."""
    return f"{text.title}: {text.figure}, {text.label}. {text.source}"


class UnknownShareFigure(ValueError):
    pass


def share_card(catalogue: Catalogue, figure_id: object, page_title: str, page_path: str) -> ShareCard:
    """The card of the page at ``page_path`` (its source in docs/) whose headline figure is ``figure_id``."""
    text = card_text(catalogue, figure_id, page_title, page_path)
    return ShareCard(text, card_png(text))


def card_text(catalogue: Catalogue, figure_id: object, page_title: str, page_path: str) -> CardText:
    """What that card says, to draw now or apart (macros/published/drawing.py)."""
    try:
        figure = catalogue[figure_id]
    except UnknownId as exc:
        raise UnknownShareFigure(f"docs/{page_path}, front matter 'share': {exc}") from None
    return CardText(
        site=SITE_NAME,
        title=page_title,
        figure=figure_text(figure, part="bare"),
        label=figure.label,
        source=source_line(catalogue, list(figure.sources)),
    )
