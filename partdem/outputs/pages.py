"""The pages of one language made from data, as files of the built site: rendered
(``render.py``), turned from Markdown into HTML, framed (``shell.py``) and written, with the
language's 404 page and search index."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from markupsafe import Markup

from partdem.content import docs, sanitize, strings
from partdem.content.languages import url_prefix
from partdem.content.models.vocab import N_
from partdem.outputs import search
from partdem.site.render import Context, Rendered, page_notice, render_pages
from partdem.site.shell import Page, Shell, Site, headings

NOT_FOUND = N_("Page not found")
NOT_FOUND_TEXT = N_("There is no page at this address. Search the hub, or start from the home "
                    "page.")


def page(rendered: Rendered, lang: str, site: Site) -> Page:
    """A generated page ready to frame."""
    toc, skip = headings(rendered.toc)
    edit = (f"{site.repo_url.rstrip('/')}/edit/main/{rendered.source}"
            if rendered.source and site.repo_url else "")
    return Page(lang=lang, stem=rendered.stem, title=rendered.title,
                description=rendered.description, content=rendered.html, toc=toc, skip=skip,
                edit_url=edit, home=rendered.stem == "index")


def not_found(lang: str) -> Page:
    gettext = strings.translations(lang).gettext
    return Page(lang=lang, stem="404", title=gettext(NOT_FOUND), description="",
                content=Markup("<h1>{}</h1>\n<p>{}</p>").format(gettext(NOT_FOUND),
                                                                gettext(NOT_FOUND_TEXT)))


def framed_pages(context: Context, site: Site, lang: str) -> Iterator[tuple[Rendered, Page, str]]:
    """Every generated page of ``lang``: as rendered, ready to frame, and framed (its HTML)."""
    shell = Shell(site, lang)
    for rendered in render_pages(context, lang):
        framed = page(rendered, lang, site)
        yield rendered, framed, shell.render(framed)


def write_language(context: Context, site: Site, site_dir: Path, lang: str) -> list[str]:
    """Write every generated page of ``lang``, its 404 page and its search index; returns the
    site-relative paths written."""
    docs = search.hand_written(context.hub.root, lang)
    written = []
    for rendered, framed, html in framed_pages(context, site, lang):
        written.append(_write(site_dir, framed.url + "index.html", html))
        sections = None if rendered.source else [(h.id, h.title.unescape()) for h in framed.toc]
        docs.append(search.entry(framed.url.removeprefix(url_prefix(lang)), rendered.title,
                                 rendered.description, rendered.keywords, sections))
    missing = not_found(lang)
    written.append(_write(site_dir, missing.url, _shell(site, lang).render(missing)))
    written.append(search.write_index(site_dir, lang, sorted(docs, key=lambda doc: doc["u"])))
    return written


def _write(site_dir: Path, path: str, text: str) -> str:
    (site_dir / path).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / path).write_text(text, encoding="utf-8")
    return path


def hand_written(site: Site, lang: str, source: Path, stem: str, title: str, description: str,
                 content: str, tokens: list[dict], edit_url: str) -> str:
    """A hand-written page of docs/ that the engine turned into HTML, framed like the others,
    with its translation notice. ``source`` is its file (English, or the translation)."""
    toc, skip = headings(tokens)
    notice = page_notice(stem, lang, docs.file_status(source, lang))
    framed = Page(lang=lang, stem=stem, title=title, description=description,
                  content=Markup(sanitize.page(content)), toc=toc, skip=skip,
                  edit_url=edit_url, notice=notice)
    return _shell(site, lang).render(framed)


@cache
def _shell(site: Site, lang: str) -> Shell:
    return Shell(site, lang)  # built once per language for the engine's pages
