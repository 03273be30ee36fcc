"""The cards of one language: for the home page and every page of a case, newsletter issue and
training module, the image link previews show (``site/cards.py`` draws it), at the page's folder
+ ``card.png``.

A card says what its page says, in the page's words: the labels, dates, macros and messages of
its templates. Drawing takes about 9 ms a card, seconds for a build, so cards are kept between
builds in ``.cache/cards/<fingerprint>.png`` under the project's root: the fingerprint names
everything the picture depends on (its texts, the fonts, the size and the drawing's version),
so a card is drawn again only when one of those changes, and read from the cache otherwise.
Nothing removes cards no page uses any more: deleting the folder costs one slower build.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from partdem.content.hub import Record
from partdem.outputs.job import Job
from partdem.site import cards
from partdem.site.cards import CARD, Card, has_card
from partdem.site.context import Context
from partdem.site.language import SiteLanguage
from partdem.site.render import Renderer, generated
from partdem.site.shell import DESCRIPTION

CACHE = Path(".cache") / "cards"  # under the project's root


@cache  # one per language and process: the templates' labels, dates and macros
def _renderer(lang: SiteLanguage) -> Renderer:
    return Renderer(None, lang)


def _macros(lang: SiteLanguage) -> Any:
    return _renderer(lang).env.get_template("_macros.j2").module


def _text(markup: object) -> str:
    """What a macro says, as plain text."""
    return Markup(str(markup)).unescape().strip()


def _case(context: Context, lang: SiteLanguage, record: Record) -> tuple[str, ...]:
    """Place, dates and benchmark summary, as the case's page states them."""
    entity = record.localized(lang.code)
    macros = _macros(lang)
    return tuple(_text(text) for text in (
        macros.where(entity), macros.held(entity),
        macros.benchmark_sentence(context.derived.summaries[record.slug])))


def _issue(context: Context, lang: SiteLanguage, record: Record) -> tuple[str, ...]:
    """Number and date, as the issue's page shows them."""
    return (_text(_macros(lang).issue_line(record.entity)),)


def _training(context: Context, lang: SiteLanguage, record: Record) -> tuple[str, ...]:
    """Level and length, as the module's page shows them."""
    entity = record.entity
    length = _text(_macros(lang).duration(entity.duration_minutes))
    return (f"{lang.label('training_level', entity.level)} · {length}",)


# What the card of each kind in cards.KINDS shows below its title.
DETAILS: dict[str, Callable[[Context, SiteLanguage, Record], tuple[str, ...]]] = {
    "cases": _case, "newsletter": _issue, "training": _training,
}


def card_for(context: Context, lang: SiteLanguage, record: Record | None) -> Card:
    """The card of an entity's page in ``lang``, or of the home page (``record`` None): the
    site's name and tagline."""
    site = lang.gettext("PartDem Hub")
    if record is None:
        return Card(lang.code, lang.rtl, "", site, (lang.gettext(DESCRIPTION),))
    return Card(lang.code, lang.rtl, site, record.localized(lang.code).display_title,
                DETAILS[record.kind](context, lang, record))


def cached(card: Card, folder: Path) -> Path | bytes:
    """The card's PNG in the cache in ``folder``, drawn and kept there first if need be; its
    bytes when the cache cannot be written."""
    path = folder / f"{cards.fingerprint(card)}.png"
    if path.is_file():
        return path
    data = cards.draw(card)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Whole or not at all, for the workers of other languages and builds running at once.
        partial = path.with_name(f"{path.name}.{os.getpid()}.part")
        partial.write_bytes(data)
        partial.replace(path)
    except OSError:
        return data  # a cache that cannot be written only costs the next build time
    return path


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Write the card of every page of ``lang`` that has one; returns their paths."""
    folder = job.hub.root / CACHE
    written = []
    for route in generated(job.context):
        if has_card(route.stem):
            png = cached(card_for(job.context, lang, route.record), folder)
            path = lang.url(route.stem) + CARD
            written.append(job.place(path, png) if isinstance(png, Path)
                           else job.write(path, png))
    return written
