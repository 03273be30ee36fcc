"""Newsletter issues as email: one self-contained HTML file (inline styles, table layout that
mail clients render) and a plain-text version per issue and language, every link absolute, at
stable URLs beside the issue's page (email.html, email.txt), so any mailing tool can send it.

The body passes the sanitiser of every contributed HTML; images can only be the hub's own, and
the email's Content-Security-Policy allows images from the hub alone, and only when the issue
shows some (data: always, for the empty icon): a mail client fetches images by itself, telling
their host who read the issue."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import markdown
from markupsafe import Markup, escape

from partdem.content import sanitize, translations
from partdem.content.hub import Hub, Record
from partdem.content.markup import md_text
from partdem.content.urls import is_published, page_url
from partdem.site.render import Renderer

_RELATIVE_LINK = re.compile(r'(href|src)="(?!https?://|mailto:)([^"]*)"')
_RELATIVE_MD_LINK = re.compile(r"(\]\(\s*<?)(?!https?://|mailto:)([^)\s>]+)")
_IMAGE = re.compile(r"<img [^>]*\bsrc=")  # as the sanitiser writes it: src is kept or gone


def _resolve(target: str, base: str, page: str) -> str:
    """A link of contributed Markdown as a reader of the issue's web ``page`` follows it: /paths
    from the site's root, anything else (../x, #part) from the page. A mail client has no page
    to resolve them against."""
    return base + target.lstrip("/") if target.startswith("/") else urljoin(page, target)


def _absolute(html: str, base: str, page: str) -> str:
    """Relative links and images of the HTML made absolute."""
    return _RELATIVE_LINK.sub(lambda m: f'{m[1]}="{_resolve(m[2], base, page)}"', html)


def _absolute_md(text: str, base: str, page: str) -> str:
    """Relative link targets of the Markdown (the plain-text email) made absolute."""
    return _RELATIVE_MD_LINK.sub(lambda m: m[1] + _resolve(m[2], base, page), text)


def image_sources(html: str, base: str) -> Markup:
    """The img-src of the email's Content-Security-Policy: data: for its empty icon (a browser
    loads the icon under img-src; data: reaches no host), and the hub's origin when the email
    shows images (all of them the hub's own)."""
    if not _IMAGE.search(html):
        return Markup("data:")
    parts = urlsplit(base)
    origin = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else "'self'"
    return escape(origin) + Markup(" data:")


def render(hub: Hub, record: Record, lang: str, base: str) -> tuple[str, str]:
    """The HTML and the plain text of one issue in one language."""
    renderer = Renderer(None, lang)
    renderer.stem = f"newsletter/{record.slug}"
    entity = record.localized(lang)
    featured = []
    for kind in ("cases", "chapters", "training", "resources"):
        for slug in getattr(record.entity.featured, kind):
            target = hub.get(kind, slug)
            stem = "resources/index" if kind == "resources" else f"{kind}/{slug}"
            featured.append((target.localized(lang).display_title, base + page_url(stem, lang)))
    state = record.status(lang)
    notice = ""
    if state is translations.Status.MISSING:
        notice = renderer.gettext("This issue is not yet translated: you are reading the "
                                  "original.")
    web_url = base + page_url(f"newsletter/{record.slug}", lang)
    body = _absolute(sanitize.page(markdown.markdown(str(md_text(entity.body)))), base, web_url)
    values = dict(entity=entity, lang=lang, rtl=renderer.env.globals["rtl"], featured=featured,
                  img_src=image_sources(body, base),
                  notice=notice, text_lang=record.text_lang(lang, "body"), body=Markup(body),
                  text=_absolute_md(entity.body, base, web_url), web_url=web_url,
                  archive_url=base + page_url("newsletter/index", lang))
    html = renderer.env.get_template("email.html.j2").render(**values)
    text = renderer.env.get_template("email.txt.j2").render(**values)
    return html, text


def write(hub: Hub, site_dir: Path, site_url: str, today: date, lang: str) -> list[str]:
    """Write the emails of every published issue in ``lang``; returns the paths written."""
    base = site_url.rstrip("/") + "/"
    written = []
    for record in hub.of("newsletter"):
        if not is_published(record, today):
            continue
        html, text = render(hub, record, lang, base)
        folder = site_dir / page_url(f"newsletter/{record.slug}", lang)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "email.html").write_text(html, encoding="utf-8")
        (folder / "email.txt").write_text(text, encoding="utf-8")
        written += [f"{page_url(f'newsletter/{record.slug}', lang)}email.{ext}"
                    for ext in ("html", "txt")]
    return written
