"""Where things are on the site: page files and URLs per language, and what is public."""

from __future__ import annotations

from datetime import date

from partdem.content.hub import Record
from partdem.content.languages import url_prefix


def is_published(record: Record, today: date) -> bool:
    """Newsletter issues dated in the future wait for their day; everything else is public."""
    return record.kind != "newsletter" or record.entity.date <= today


def page_url(stem: str, lang: str) -> str:
    """The site-relative URL of a page, such as es/cases/x/."""
    path = stem[: -len("index")] if stem.endswith("index") else f"{stem}/"
    return url_prefix(lang) + path
