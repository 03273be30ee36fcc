"""The sitemaps: for each language, every page with its address in every other language
(hreflang) and when an entity's page last changed.

``sitemap.xml`` at the site's root is an index of the six; at each other language's root, an
index of that language's. Indexes, because the theme's script downloads the sitemap.xml beside
every feed a page names, on every first visit: a list of every page would be most of what a
reader downloads.
"""

from __future__ import annotations

import gzip

from lxml import etree

from partdem.content import docs
from partdem.content.languages import CODES, DEFAULT_LANGUAGE, url_prefix
from partdem.content.routes import page_url
from partdem.outputs.job import Job
from partdem.site.context import Context
from partdem.site.language import SiteLanguage
from partdem.site.render import generated

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NS = "http://www.w3.org/1999/xhtml"
INDEX = "sitemap.xml"
PAGES = "sitemap-pages.xml"


def stems(context: Context) -> list[tuple[str, str]]:
    """Every page of the site in every language: (stem, last change as YYYY-MM-DD or '')."""
    found = []
    for route in generated(context):
        record = route.record
        found.append((route.stem, record.type.date_of(record.entity).isoformat() if record else ""))
    top = context.hub.root / docs.DOCS_DIR
    found += [(path.relative_to(top).with_suffix("").as_posix(), "")
              for path in docs.hand_written(context.hub.root)]
    return found


def sitemap(context: Context, site_url: str, lang: str) -> bytes:
    """The sitemap of ``lang``."""
    base = site_url.rstrip("/") + "/"
    root = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS, "xhtml": XHTML_NS})
    for stem, changed in stems(context):
        url = etree.SubElement(root, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = base + page_url(stem, lang)
        if changed:
            etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = changed
        for other in CODES:
            etree.SubElement(url, f"{{{XHTML_NS}}}link", rel="alternate", hreflang=other,
                             href=base + page_url(stem, other))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def index(site_url: str, langs: list[str]) -> bytes:
    """A sitemap index of the page sitemaps of ``langs``."""
    base = site_url.rstrip("/") + "/"
    root = etree.Element(f"{{{SITEMAP_NS}}}sitemapindex", nsmap={None: SITEMAP_NS})
    for lang in langs:
        entry = etree.SubElement(root, f"{{{SITEMAP_NS}}}sitemap")
        etree.SubElement(entry, f"{{{SITEMAP_NS}}}loc").text = base + url_prefix(lang) + PAGES
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Write the sitemap of ``lang`` and the index at its root (the site's root: of every
    language), also gzipped with no time in the header; returns the site-relative paths."""
    site_url, prefix = job.site.url, lang.prefix
    files = {prefix + PAGES: sitemap(job.context, site_url, lang.code),
             prefix + INDEX: index(site_url, list(CODES) if lang.code == DEFAULT_LANGUAGE
                                   else [lang.code])}
    files[prefix + INDEX + ".gz"] = gzip.compress(files[prefix + INDEX], mtime=0)
    return [job.write(path, data) for path, data in files.items()]
