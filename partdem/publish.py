"""What the build writes beside the pages, once all languages are built: feeds, open data,
calendars, newsletter emails, and a sitemap per language (the theme's language switcher looks
for one beside each language's feeds)."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from partdem import calendar, email, export, feeds, search
from partdem.check import check
from partdem.enrich import derive
from partdem.generate import build_date
from partdem.languages import CODES, DEFAULT_LANGUAGE
from partdem.urls import is_published

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def language_sitemaps(site_dir: Path, site_url: str) -> list[str]:
    """Split the site's sitemap into one per language folder, each with its own pages only."""
    base = site_url.rstrip("/") + "/"
    source = site_dir / "sitemap.xml"
    if not source.exists():
        return []
    written = []
    for lang in CODES:
        if lang == DEFAULT_LANGUAGE:
            continue
        tree = etree.parse(str(source))
        root = tree.getroot()
        for url in list(root):
            loc = url.findtext(f"{{{SITEMAP_NS}}}loc") or ""
            if not loc.startswith(f"{base}{lang}/"):
                root.remove(url)
        (site_dir / lang).mkdir(exist_ok=True)
        tree.write(str(site_dir / lang / "sitemap.xml"), xml_declaration=True, encoding="UTF-8")
        written.append(f"{lang}/sitemap.xml")
    return written


def publish(root: Path, site_dir: Path, site_url: str) -> list[str]:
    """Write every output beside the built pages; returns the site-relative paths written."""
    hub = check(root)
    derived = derive(hub)
    today = build_date()
    base = site_url.rstrip("/") + "/"
    written = feeds.write_all(hub, site_dir, site_url, today)
    written += export.write_all(hub, derived, site_dir, lambda r: is_published(r, today))
    for lang in CODES:
        path = site_dir / calendar.calendar_file(lang)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(calendar.render(hub, lang, base, today), encoding="utf-8", newline="")
        written.append(calendar.calendar_file(lang))
    written += email.write_all(hub, site_dir, site_url, today)
    written += language_sitemaps(site_dir, site_url)
    written += search.split_index(site_dir)
    return written
