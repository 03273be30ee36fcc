"""The pages of one language made from data, as files of the built site: rendered
(``render.py``), turned from Markdown into HTML, framed (``shell.py``) and written, with the
language's 404 page."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from markupsafe import Markup

from partdem.content import docs, sanitize
from partdem.content.models.vocab import N_
from partdem.outputs.job import Job
from partdem.site.context import Context
from partdem.site.language import SiteLanguage
from partdem.site.render import Rendered, page_notice, render_pages
from partdem.site.shell import Page, Shell, Site, table_of_contents

NOT_FOUND = N_("Page not found")
NOT_FOUND_TEXT = N_("There is no page at this address. Search the hub, or start from the home "
                    "page.")


def ready_to_frame(rendered: Rendered, lang: SiteLanguage, site: Site) -> Page:
    """A generated page ready to frame."""
    toc, skip = table_of_contents(rendered.toc)
    edit = (f"{site.repo_url.rstrip('/')}/edit/main/{rendered.source}"
            if rendered.source and site.repo_url else "")
    return Page(lang=lang, stem=rendered.stem, title=rendered.title,
                description=rendered.description, content=rendered.html, toc=toc, skip=skip,
                edit_url=edit, home=rendered.stem == "index", filters=rendered.filters,
                published=rendered.published, modified=rendered.modified)


def not_found(lang: SiteLanguage) -> Page:
    gettext = lang.gettext
    return Page(lang=lang, stem="404", title=gettext(NOT_FOUND), description="",
                content=Markup("<h1>{}</h1>\n<p>{}</p>").format(gettext(NOT_FOUND),
                                                                gettext(NOT_FOUND_TEXT)))


def framed_pages(context: Context, site: Site, lang: SiteLanguage) -> Iterator[
        tuple[Rendered, Page, str]]:
    """Every generated page of ``lang``: as rendered, ready to frame, and framed (its HTML)."""
    shell = Shell(site, lang)
    for rendered in render_pages(context, lang):
        framed = ready_to_frame(rendered, lang, site)
        yield rendered, framed, shell.render(framed)


def write(job: Job, lang: SiteLanguage) -> list[str]:
    """Write every generated page of ``lang`` and its 404 page; returns the site-relative paths
    written."""
    written = [job.write(framed.url + "index.html", html)
               for _, framed, html in framed_pages(job.context, job.site, lang)]
    missing = not_found(lang)
    written.append(job.write(missing.url, _shell(job.site, lang).render(missing)))
    return written


@dataclass(frozen=True)
class DocsPage:
    """A hand-written page of docs/ in one language, as the engine turned it into HTML."""

    lang: SiteLanguage
    source: Path  # its file: English, or the translation
    stem: str
    title: str
    description: str
    content: str  # the engine's HTML, not yet sanitised
    tokens: list[dict]  # Markdown's table of contents
    edit_url: str


def frame_hand_written(site: Site, made: DocsPage) -> str:
    """A hand-written page of docs/ that the engine turned into HTML, framed like the others,
    with its translation notice."""
    toc, skip = table_of_contents(made.tokens)
    notice = page_notice(made.stem, made.lang, docs.file_status(made.source, made.lang.code))
    framed = Page(lang=made.lang, stem=made.stem, title=made.title, description=made.description,
                  content=Markup(sanitize.page(made.content)), toc=toc, skip=skip,
                  edit_url=made.edit_url, notice=notice)
    return _shell(site, made.lang).render(framed)


@cache
def _shell(site: Site, lang: SiteLanguage) -> Shell:
    return Shell(site, lang)  # built once per language for the engine's pages
