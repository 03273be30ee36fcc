"""Newsletter issues as email: one self-contained HTML file (inline styles, table layout that
mail clients render) and a plain-text version per issue and language, every link absolute, at
stable URLs beside the issue's page (email.html, email.txt), so any mailing tool can send it.

The body passes the sanitiser of every contributed HTML; images can only be the hub's own, and
the email's Content-Security-Policy allows images from the hub alone, and only when the issue
shows some (data: always, for the empty icon): a mail client fetches images by itself, telling
their host who read the issue."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import markdown
from markupsafe import Markup, escape

from partdem.content import sanitize, translations
from partdem.content.hub import Hub, Record
from partdem.content.markup import md_text
from partdem.content.models import TYPES
from partdem.content.models.common import references
from partdem.outputs.job import Job
from partdem.site.language import SiteLanguage
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


def compose(hub: Hub, record: Record, lang: SiteLanguage, base: str) -> tuple[str, str]:
    """The HTML and the plain text of one issue in one language."""
    renderer = Renderer(None, lang)
    renderer.stem = record.stem
    entity = record.localized(lang.code)
    featured = []  # every entity the issue refers to (those it features), where it is shown
    for _, mark, slug in references(record.entity):
        target = hub.get(mark.folder, slug)
        featured.append((target.localized(lang.code).display_title, base + lang.url(target.stem)))
    state = record.status(lang.code)
    notice = ""
    if state is translations.Status.MISSING:
        notice = lang.gettext("This issue is not yet translated: you are reading the "
                                  "original.")
    web_url = base + lang.url(record.stem)
    body = _absolute(sanitize.page(markdown.markdown(str(md_text(entity.body)))), base, web_url)
    values = dict(entity=entity, lang=lang.code, rtl=lang.rtl, featured=featured,
                  img_src=image_sources(body, base),
                  notice=notice, text_lang=record.text_lang(lang.code, "body"), body=Markup(body),
                  text=_absolute_md(entity.body, base, web_url), web_url=web_url,
                  archive_url=base + lang.url(record.type.list_stem))
    html = renderer.env.get_template("email.html.j2").render(**values)
    text = renderer.env.get_template("email.txt.j2").render(**values)
    return html, text


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Write the emails of every public entity of the types sent as email, in ``lang``, beside
    its page; returns the paths written."""
    written = []
    for record in (r for kind in TYPES if kind.emailed for r in job.hub.of(kind)):
        if record.is_published(job.today):
            html, text = compose(job.hub, record, lang, job.base)
            folder = lang.url(record.stem)
            written += [job.write(f"{folder}email.html", html),
                        job.write(f"{folder}email.txt", text)]
    return written
